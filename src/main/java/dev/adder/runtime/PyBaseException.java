package dev.adder.runtime;

/**
 * A Python exception: the Python exception object is this Java throwable, so raising is
 * {@code throw} and catching is {@code catch} (DESIGN.md §2, "Exceptions").
 *
 * <p>For now the type is known by its built-in name ({@code "TypeError"}); the type objects of the
 * runtime replace the name when classes arrive. No Java stack trace is captured: Python code
 * raises and catches exceptions in loops, and the traceback is Python's, not Java's.
 */
public class PyBaseException extends RuntimeException {
    private final String typeName;

    /** An exception of the built-in type {@code typeName} whose {@code str()} is {@code message}. */
    public PyBaseException(String typeName, String message) {
        super(message, null, false, false);
        this.typeName = typeName;
    }

    /** The Python type's name, as a traceback's last line shows it. */
    public String typeName() {
        return typeName;
    }

    /** {@code str(exc)}: the message, or "" when there is none. */
    public String str() {
        String m = getMessage();
        return m == null ? "" : m;
    }

    /** The last line of a Python traceback: {@code TypeError: message}, or just the type name. */
    @Override
    public String toString() {
        String s = str();
        return s.isEmpty() ? typeName : typeName + ": " + s;
    }
}
