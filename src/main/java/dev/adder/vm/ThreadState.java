package dev.adder.vm;

import dev.adder.runtime.PyBaseException;

/**
 * The per-thread part of an interpreter (CPython's {@code PyThreadState}): the Python recursion
 * depth, the exception being handled ({@code sys.exc_info()}) and the innermost running frame.
 * Found through {@link InterpreterState#threadState()}, never through static state.
 */
public final class ThreadState {
    private final InterpreterState interp;
    /** Python frames (and Java entries into Python) active on this thread. */
    int depth;
    /** The exception being handled ({@code tstate->exc_info->exc_value}), or null. */
    PyBaseException handled;
    /** The innermost frame executing on this thread, or null. */
    Frame current;

    ThreadState(InterpreterState interp) {
        this.interp = interp;
    }

    /** The interpreter this thread state belongs to. */
    public InterpreterState interp() {
        return interp;
    }

    /** The exception being handled now ({@code sys.exc_info()[1]}), or null. */
    public PyBaseException handledException() {
        return handled;
    }

    /** The current Python recursion depth. */
    public int depth() {
        return depth;
    }

    /** The innermost Python frame running on this thread, or null ({@code sys._getframe()}). */
    public Frame currentFrame() {
        return current;
    }
}
