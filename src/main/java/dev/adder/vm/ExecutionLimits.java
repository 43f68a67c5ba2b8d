package dev.adder.vm;

import dev.adder.runtime.ScriptTermination;
import dev.adder.runtime.ScriptTermination.Reason;

/**
 * Makes running Python stoppable: a countdown that the dispatch loop decrements at every backward
 * jump and every entry of a Python frame (one <em>step</em> each), and a slow check, every so many
 * steps, of {@link Thread#isInterrupted()}, the time limit and the step limit. When one trips, the
 * thread's interrupt flag is cleared and a {@link ScriptTermination} is thrown, which no Python
 * handler can catch.
 *
 * <p>Limits are counted from the outermost entry of Python code on a thread (depth 0), so every
 * evaluation a host starts gets the whole budget. The number of steps between checks adapts so
 * that checks happen about every millisecond whatever a step costs: cheap, yet an interrupt is seen
 * within a few milliseconds of a loop iteration or call.
 */
public final class ExecutionLimits {
    /** Steps between the first checks of a thread. */
    static final int INITIAL_BATCH = 256;
    private static final int MIN_BATCH = 8;
    private static final int MAX_BATCH = 1 << 16;
    /** Checks further apart than this make the batch smaller, closer than FAST_NANOS larger. */
    private static final long SLOW_NANOS = 1_000_000;
    private static final long FAST_NANOS = 250_000;

    private ExecutionLimits() {
    }

    /** Outermost entry of Python code on this thread: the limits start counting from here. */
    static void start(ThreadState ts) {
        InterpreterState interp = ts.interp();
        long stepLimit = interp.stepLimit();
        long timeLimit = interp.timeLimitNanos();
        ts.steps = 0;
        ts.stepLimit = stepLimit;
        ts.timeLimit = timeLimit;
        if (timeLimit > 0) {
            ts.deadline = System.nanoTime() + timeLimit;
        }
        int batch = ts.batch;
        int n = stepLimit > 0 && stepLimit < batch ? (int) stepLimit : batch;
        ts.countdown = n;
        ts.countFrom = n;
    }

    /**
     * One step (a backward jump or a frame entry): checks the limits when the countdown runs out, and
     * then returns true (the loop's moment to consider compiling a hot loop, {@link Tier2}).
     */
    static boolean tick(ThreadState ts) {
        if (--ts.countdown < 0) {
            check(ts);
            return true;
        }
        return false;
    }

    /** The slow path of {@link #tick}: counts the batch, checks everything, starts the next batch. */
    private static void check(ThreadState ts) {
        ts.steps += ts.countFrom - ts.countdown;
        ts.countdown = 0;
        ts.countFrom = 0;
        if (Thread.interrupted()) {
            throw interrupted();
        }
        long stepLimit = ts.stepLimit;
        if (stepLimit > 0 && ts.steps > stepLimit) {
            throw new ScriptTermination(Reason.STEP_LIMIT, "script exceeded its step limit of " + stepLimit + " steps");
        }
        long now = System.nanoTime();
        if (ts.timeLimit > 0 && now - ts.deadline > 0) {
            throw timeLimitExceeded(ts);
        }
        int batch = ts.batch;
        long since = now - ts.lastCheck;
        if (since > SLOW_NANOS) {
            batch = Math.max(MIN_BATCH, batch >> 1);
        } else if (since < FAST_NANOS) {
            batch = Math.min(MAX_BATCH, batch << 1);
        }
        ts.lastCheck = now;
        ts.batch = batch;
        int n = stepLimit > 0 ? (int) Math.min(batch, stepLimit - ts.steps) : batch;
        ts.countdown = n;
        ts.countFrom = n;
    }

    /**
     * Checks the interrupt flag and the time limit now, without counting a step: for Java code that
     * may run long between Python steps (a builtin looping over a huge range, a blocking wait).
     */
    public static void checkpoint(ThreadState ts) {
        if (Thread.interrupted()) {
            throw interrupted();
        }
        if (ts.depth > 0 && ts.timeLimit > 0 && System.nanoTime() - ts.deadline > 0) {
            throw timeLimitExceeded(ts);
        }
    }

    /**
     * How long a blocking wait on this thread may last before the time limit trips, in nanoseconds;
     * {@code Long.MAX_VALUE} when no time limit applies.
     */
    public static long nanosLeft(ThreadState ts) {
        if (ts.depth == 0 || ts.timeLimit <= 0) {
            return Long.MAX_VALUE;
        }
        return Math.max(0, ts.deadline - System.nanoTime());
    }

    /**
     * The termination for a wait that saw {@link InterruptedException} (which already cleared the
     * thread's interrupt flag) or for a check that found the flag set.
     */
    public static ScriptTermination interrupted() {
        return ScriptTermination.interrupted();
    }

    /** The termination for a script that ran past this thread's time limit. */
    public static ScriptTermination timeLimitExceeded(ThreadState ts) {
        long ms = ts.timeLimit / 1_000_000;
        return new ScriptTermination(Reason.TIME_LIMIT, "script exceeded its time limit of " + ms + " ms");
    }
}
