package dev.adder.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.adder.bytecode.PyCode;
import dev.adder.objects.PyDict;
import dev.adder.runtime.PyBuiltinFunction;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.ScriptTermination;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code Thread.interrupt()} stops Python code on that thread quickly, whatever the script catches,
 * and leaves the interpreter and thread ready for the next evaluation.
 */
class InterruptTest {
    private static ExecutorService worker;
    private static final AtomicReference<Thread> workerThread = new AtomicReference<>();

    @BeforeAll
    static void startWorker() throws Exception {
        worker = Executors.newSingleThreadExecutor();
        worker.submit(() -> workerThread.set(Thread.currentThread())).get();
    }

    @AfterAll
    static void stopWorker() {
        worker.shutdownNow();
    }

    /** Globals whose {@code started()} opens {@code latch}; runs on the worker. */
    private static PyDict globals(CountDownLatch[] latch) {
        PyDict g = new PyDict();
        g.put("__name__", "__main__");
        g.put("started", new PyBuiltinFunction("started", null, (args, kw) -> {
            latch[0].countDown();
            return PyNone.NONE;
        }));
        return g;
    }

    private static long[] trials(String source, int n) throws Exception {
        InterpreterState interp = VmHarness.newInterpreter(new StringBuilder());
        PyCode code = AdderCode.compile(source, "<loop>");
        PyCode after = AdderCode.compile("x = sum3(6, 7, 29)\n", "<after>");
        CountDownLatch[] latch = new CountDownLatch[1];
        PyDict g = globals(latch);
        Interpreter.runModule(interp, AdderCode.compile("def sum3(a, b, c):\n    return a + b + c\n", "<def>"), g);
        long[] ms = new long[n];
        for (int i = 0; i < n; i++) {
            latch[0] = new CountDownLatch(1);
            long[] stoppedAt = new long[1];
            Future<ScriptTermination> run = worker.submit(() -> {
                try {
                    Interpreter.runModule(interp, code, g);
                    return null;
                } catch (ScriptTermination e) {
                    stoppedAt[0] = System.nanoTime();
                    return e;
                }
            });
            assertTrue(latch[0].await(5, TimeUnit.SECONDS), "script did not start");
            Thread.sleep(i % 3);
            long t0 = System.nanoTime();
            workerThread.get().interrupt();
            ScriptTermination e = run.get(5, TimeUnit.SECONDS);
            if (e == null) {
                fail("script ended without termination");
            }
            assertEquals(ScriptTermination.Reason.INTERRUPTED, e.reason());
            ms[i] = (stoppedAt[0] - t0) / 1_000_000;
            // the next evaluation on the same interpreter and thread is correct
            Future<Object[]> next = worker.submit(() -> {
                ThreadState ts = interp.threadState();
                Object[] state = {Thread.currentThread().isInterrupted(), ts.depth(), ts.currentFrame(),
                    ts.handledException(), null};
                Interpreter.runModule(interp, after, g);
                state[4] = g.get("x");
                return state;
            });
            Object[] state = next.get(5, TimeUnit.SECONDS);
            assertEquals(Arrays.asList(false, 0, null, null, 42), Arrays.asList(state), "state after trial " + i);
        }
        Arrays.sort(ms);
        return ms;
    }

    private static void check(String source) throws Exception {
        long[] ms = trials(source, 100);
        System.out.println("interrupt latency ms (min/median/max): " + ms[0] + " / " + ms[50] + " / " + ms[99]);
        assertTrue(ms[99] < 200, "slowest stop took " + ms[99] + " ms");
        assertTrue(ms[50] < 50, "median stop took " + ms[50] + " ms");
    }

    @Test
    void interruptStopsBusyLoop() throws Exception {
        check("started()\nwhile True: pass\n");
    }

    @Test
    void interruptStopsLoopThatCatchesEverything() throws Exception {
        check("started()\nwhile True:\n    try:\n        pass\n    except BaseException:\n        pass\n");
    }

    @Test
    void interruptStopsHandlersAndFinallyFromRunning() throws Exception {
        check("""
                started()
                def f(n):
                    try:
                        while True:
                            try:
                                n += 1
                            finally:
                                n -= 1
                    except BaseException:
                        f(n)
                    finally:
                        while True:
                            pass
                try:
                    f(0)
                except BaseException:
                    while True:
                        pass
                """);
    }

    @Test
    void interruptStopsRecursionWithoutLoops() throws Exception {
        // no backward jump anywhere: only calls count steps
        check("""
                started()
                def f(n):
                    try:
                        f(n + 1)
                    except BaseException:
                        f(n + 1)
                f(0)
                """);
    }

    @Test
    void interruptInsideGeneratorAndComprehension() throws Exception {
        check("""
                started()
                def gen():
                    while True:
                        try:
                            yield 1
                        except BaseException:
                            pass
                for _ in gen():
                    [y for y in range(3)]
                """);
    }

    @Test
    void interruptFlagIsClearedByTermination() throws Exception {
        InterpreterState interp = VmHarness.newInterpreter(new StringBuilder());
        PyCode code = AdderCode.compile("i = 0\nwhile i < 100000:\n    i += 1\n", "<loop>");
        boolean flag = worker.submit(() -> {
            Thread.currentThread().interrupt();
            try {
                Interpreter.runModule(interp, code, new PyDict());
                return true;
            } catch (ScriptTermination e) {
                return Thread.currentThread().isInterrupted();
            }
        }).get();
        assertFalse(flag, "interrupt flag should be cleared and the script stopped");
    }

    @Test
    void shortScriptLeavesInterruptFlagAlone() throws Exception {
        InterpreterState interp = VmHarness.newInterpreter(new StringBuilder());
        PyCode code = AdderCode.compile("x = 1\n", "<short>");
        PyDict g = new PyDict();
        boolean flag = worker.submit(() -> {
            Thread.currentThread().interrupt();
            Interpreter.runModule(interp, code, g);
            return Thread.interrupted();
        }).get();
        assertTrue(flag);
        assertEquals(1, g.get("x"));
        assertNull(workerThread.get().isInterrupted() ? "still interrupted" : null);
    }
}
