package dev.adder.vm;

import dev.adder.runtime.PyBaseException;

/**
 * The per-thread part of an interpreter (CPython's {@code PyThreadState}): the Python recursion
 * depth, the exception being handled ({@code sys.exc_info()}) and the innermost running frame.
 * Found through {@link InterpreterState#threadState()}, never through static state.
 */
public final class ThreadState {
    private final InterpreterState interp;
    /** The thread this state belongs to (it is made on that thread, by the interpreter's ThreadLocal). */
    final Thread thread = Thread.currentThread();
    /** Python frames (and Java entries into Python) active on this thread. */
    int depth;
    /** The exception being handled ({@code tstate->exc_info->exc_value}), or null. */
    PyBaseException handled;
    /** The innermost frame executing on this thread, or null. */
    Frame current;
    /** Compiled (second-tier) frames running on this thread's Java stack ({@link Tier2}). */
    int javaDepth;
    /** Steps left before {@link ExecutionLimits} checks the interrupt flag and the limits. */
    int countdown;
    /** What the current countdown started from. */
    int countFrom;
    /** How many steps a countdown lasts (adapted so that checks come about every millisecond). */
    int batch = ExecutionLimits.INITIAL_BATCH;
    /** Steps counted before the current countdown, since the outermost entry of Python code. */
    long steps;
    /** The step limit of the current evaluation, or 0. */
    long stepLimit;
    /** The time limit of the current evaluation in nanoseconds, or 0. */
    long timeLimit;
    /** When the time limit trips ({@code System.nanoTime()}), if there is one. */
    long deadline;
    /** When the limits were last checked ({@code System.nanoTime()}). */
    long lastCheck;

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

    /** Steps (backward jumps and Python frame entries) run since the outermost entry of Python code. */
    public long stepsUsed() {
        return steps + countFrom - countdown;
    }
}
