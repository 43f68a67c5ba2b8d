package dev.adder.runtime;

/**
 * Stops a running script from outside Python: thrown by the VM when the thread running Python code
 * is interrupted ({@link Thread#interrupt()}) or the interpreter's step or time limit is used up.
 *
 * <p>It is a Java {@link Error}, not a Python exception, so no {@code except} clause, {@code finally}
 * block or {@code __exit__} method runs while it unwinds: a script cannot catch or delay it. The
 * VM leaves its per-thread state clean, so the next evaluation on the same thread runs normally.
 * No Java stack trace is captured (it would describe the interpreter, not the script).
 */
public final class ScriptTermination extends Error {
    private static final long serialVersionUID = 1L;

    /** Why a script was stopped. */
    public enum Reason {
        /** The thread running it was interrupted. */
        INTERRUPTED,
        /** It ran more steps than the interpreter's step limit. */
        STEP_LIMIT,
        /** It ran longer than the interpreter's time limit. */
        TIME_LIMIT
    }

    private final Reason reason;

    /** A termination for {@code reason}, described by {@code message}. */
    public ScriptTermination(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    /** Why the script was stopped. */
    public Reason reason() {
        return reason;
    }

    /** The termination of a script whose thread was interrupted. */
    public static ScriptTermination interrupted() {
        return new ScriptTermination(Reason.INTERRUPTED, "script interrupted");
    }

    /**
     * Throws {@link #interrupted()} (clearing the thread's interrupt flag) if the current thread was
     * interrupted: for Java loops called from Python that may run long between Python steps
     * ({@code sum(range(10**12))}); polling every few thousand iterations costs nothing measurable.
     */
    public static void pollInterrupt() {
        if (Thread.interrupted()) {
            throw interrupted();
        }
    }
}
