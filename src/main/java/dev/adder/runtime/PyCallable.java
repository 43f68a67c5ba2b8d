package dev.adder.runtime;

/**
 * Anything Python can call, with CPython's vectorcall convention: {@code args} holds the positional
 * arguments followed by the values of the keyword arguments, whose names are {@code kwnames}
 * ({@code null} or empty when there are none). Implementations must not keep or modify {@code args}.
 */
@FunctionalInterface
public interface PyCallable {
    /** Calls with positional arguments {@code args[0 .. args.length - kwnames.length)} and keywords after them. */
    Object call(Object[] args, String[] kwnames);

    /** The number of keyword arguments in a call. */
    static int kwCount(String[] kwnames) {
        return kwnames == null ? 0 : kwnames.length;
    }
}
