package dev.adder.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.objects.PyDict;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.ScriptTermination;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Step and time limits: counted per outermost evaluation, uncatchable, and absent by default. */
class LimitsTest {
    private static Object run(InterpreterState interp, PyDict g, String source) {
        Interpreter.runModule(interp, AdderCode.compile(source, "<limits>"), g);
        return g.get("x");
    }

    private static PyDict globals() {
        PyDict g = new PyDict();
        g.put("__name__", "__main__");
        return g;
    }

    @Test
    void stepLimitIsExact() {
        InterpreterState interp = VmHarness.newInterpreter(new StringBuilder());
        interp.setStepLimit(1000);
        PyDict g = globals();
        // 1000 backward jumps: exactly the budget
        assertEquals(1000, run(interp, g, "x = 0\nfor i in range(1000):\n    x += 1\n"));
        assertEquals(1000, interp.threadState().stepsUsed());
        ScriptTermination e = assertThrows(ScriptTermination.class,
                () -> run(interp, g, "x = 0\nfor i in range(1001):\n    x += 1\n"));
        assertEquals(ScriptTermination.Reason.STEP_LIMIT, e.reason());
        assertEquals("script exceeded its step limit of 1000 steps", e.getMessage());
        // the 1001st body ran; its backward jump was the step too many
        assertEquals(1001, g.get("x"));
        // each evaluation gets the whole budget again
        assertEquals(1000, run(interp, g, "x = 0\nfor i in range(1000):\n    x += 1\n"));
    }

    @Test
    void callsCountAsSteps() {
        InterpreterState interp = VmHarness.newInterpreter(new StringBuilder());
        interp.setStepLimit(50);
        PyDict g = globals();
        run(interp, g, "def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\n");
        // f(49) enters 50 frames
        assertEquals(49, run(interp, g, "x = f(49)\n"));
        assertThrows(ScriptTermination.class, () -> run(interp, g, "x = f(50)\n"));
    }

    @Test
    void stepLimitCannotBeCaught() {
        InterpreterState interp = VmHarness.newInterpreter(new StringBuilder());
        interp.setStepLimit(100_000);
        PyDict g = globals();
        ScriptTermination e = assertThrows(ScriptTermination.class, () -> run(interp, g, """
                x = 0
                while True:
                    try:
                        while True:
                            x += 1
                    except BaseException:
                        x = -1000000000
                    finally:
                        x = -1000000000
                """));
        assertEquals(ScriptTermination.Reason.STEP_LIMIT, e.reason());
        assertTrue((Integer) g.get("x") > 0, "no handler ran: " + g.get("x"));
        ThreadState ts = interp.threadState();
        assertEquals(0, ts.depth());
        assertEquals(null, ts.currentFrame());
        assertEquals(null, ts.handledException());
    }

    @Test
    void handledExceptionIsRestoredAfterTermination() {
        InterpreterState interp = VmHarness.newInterpreter(new StringBuilder());
        interp.setStepLimit(10_000);
        PyDict g = globals();
        assertThrows(ScriptTermination.class, () -> run(interp, g, """
                try:
                    1 / 0
                except ZeroDivisionError:
                    while True:
                        pass
                """));
        assertEquals(null, interp.threadState().handledException());
        interp.setStepLimit(0);
        // a bare raise outside any handler must not see the old exception
        PyBaseException e = assertThrows(PyBaseException.class, () -> run(interp, g, "raise\n"));
        assertEquals("RuntimeError", e.typeName());
    }

    @Test
    void timeLimitTrips() {
        InterpreterState interp = VmHarness.newInterpreter(new StringBuilder());
        interp.setTimeLimit(Duration.ofMillis(100));
        assertEquals(Duration.ofMillis(100), interp.timeLimit());
        PyDict g = globals();
        long t0 = System.nanoTime();
        ScriptTermination e = assertThrows(ScriptTermination.class,
                () -> run(interp, g, "x = 0\nwhile True:\n    try:\n        x += 1\n    except BaseException:\n        pass\n"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(ScriptTermination.Reason.TIME_LIMIT, e.reason());
        assertEquals("script exceeded its time limit of 100 ms", e.getMessage());
        assertTrue(ms >= 100 && ms < 1000, "stopped after " + ms + " ms");
        // the next evaluation gets a fresh 100 ms
        assertEquals(5050, run(interp, g, "x = 0\nfor i in range(101):\n    x += i\n"));
    }

    @Test
    void timeLimitCountsFromOutermostEntryOfEachJavaCall() {
        InterpreterState interp = VmHarness.newInterpreter(new StringBuilder());
        PyDict g = globals();
        run(interp, g, "def spin(n):\n    x = 0\n    for i in range(n):\n        x += 1\n    return x\n");
        PyFunction spin = (PyFunction) g.get("spin");
        interp.setTimeLimit(Duration.ofMillis(200));
        long t0 = System.nanoTime();
        // many short host calls: each has its own budget
        while (System.nanoTime() - t0 < 400_000_000L) {
            assertEquals(1000, spin.call(new Object[] {1000}, null));
        }
        assertThrows(ScriptTermination.class, () -> spin.call(new Object[] {Integer.MAX_VALUE}, null));
        assertEquals(0, interp.threadState().depth());
    }

    @Test
    void noLimitsByDefault() {
        InterpreterState interp = VmHarness.newInterpreter(new StringBuilder());
        assertEquals(0, interp.stepLimit());
        assertEquals(null, interp.timeLimit());
        PyDict g = globals();
        assertEquals(3_000_000, run(interp, g, "x = 0\nfor i in range(3000000):\n    x += 1\n"));
        interp.setStepLimit(10);
        interp.setStepLimit(0);
        interp.setTimeLimit(Duration.ofMillis(1));
        interp.setTimeLimit(null);
        assertEquals(3_000_000, run(interp, g, "x = 0\nfor i in range(3000000):\n    x += 1\n"));
        assertThrows(IllegalArgumentException.class, () -> interp.setStepLimit(-1));
        assertThrows(IllegalArgumentException.class, () -> interp.setTimeLimit(Duration.ofSeconds(-1)));
    }
}
