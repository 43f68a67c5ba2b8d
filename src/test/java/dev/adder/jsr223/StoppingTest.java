package dev.adder.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.runtime.ScriptTermination;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptException;
import org.junit.jupiter.api.Test;

/** Thread.interrupt() stops a script within milliseconds, even one that catches everything; limits too. */
class StoppingTest {
    private final ScriptEngine engine = Engines.python();
    private final AdderScriptEngine adder = (AdderScriptEngine) engine;

    /** Runs {@code script} on a new thread, interrupts it once it runs, returns the stop latency in ms. */
    private double interruptOnce(String script) throws Exception {
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(1);
        long[] stoppedAt = new long[1];
        Thread t = new Thread(() -> {
            try {
                engine.put("started", started);
                engine.eval(script);
            } catch (Throwable x) {
                stoppedAt[0] = System.nanoTime();
                outcome.set(x);
                started.countDown();
            }
        });
        t.start();
        assertTrue(started.await(10, java.util.concurrent.TimeUnit.SECONDS), "the script never started");
        assertEquals(null, outcome.get(), "the script failed before it was interrupted");
        Thread.sleep(2);
        long interruptedAt = System.nanoTime();
        t.interrupt();
        t.join(5_000);
        assertTrue(!t.isAlive(), "the script did not stop");
        ScriptException e = (ScriptException) outcome.get();
        assertTrue(e.getCause() instanceof ScriptTermination, String.valueOf(e.getCause()));
        assertEquals(ScriptTermination.Reason.INTERRUPTED, ((ScriptTermination) e.getCause()).reason());
        return (stoppedAt[0] - interruptedAt) / 1e6;
    }

    private void interruptTrials(String script) throws Exception {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            ms.add(interruptOnce(script));
            assertEquals(6, engine.eval("2 * 3"), "the engine stays usable");
        }
        Collections.sort(ms);
        assertTrue(ms.get(99) < 200, "slowest stop " + ms.get(99) + " ms");
        assertTrue(ms.get(50) < 50, "median stop " + ms.get(50) + " ms");
    }

    @Test
    void interruptStopsAnEndlessLoop() throws Exception {
        interruptTrials("started.countDown()\nwhile True:\n    pass\n");
    }

    @Test
    void interruptStopsALoopThatCatchesEverything() throws Exception {
        interruptTrials("started.countDown()\nwhile True:\n    try:\n        pass\n    except BaseException:\n        pass\n");
    }

    @Test
    void stepLimitStopsRunawayCode() throws Exception {
        adder.setStepLimit(100_000);
        ScriptException e = assertThrows(ScriptException.class, () -> engine.eval("while True:\n    pass"));
        assertEquals(ScriptTermination.Reason.STEP_LIMIT, ((ScriptTermination) e.getCause()).reason());
        assertEquals(4950, engine.eval("sum(i for i in range(100))"), "small scripts still run");
        adder.setStepLimit(0);
    }

    @Test
    void timeLimitStopsRunawayCode() throws Exception {
        adder.setTimeLimit(Duration.ofMillis(50));
        long t0 = System.nanoTime();
        ScriptException e = assertThrows(ScriptException.class,
                () -> engine.eval("def spin():\n    while True:\n        try:\n            pass\n        finally:\n            pass\nspin()"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(ScriptTermination.Reason.TIME_LIMIT, ((ScriptTermination) e.getCause()).reason());
        assertTrue(ms < 1_000, ms + " ms");
        adder.setTimeLimit(null);
        assertEquals(3, engine.eval("1 + 2"));
    }

    @Test
    void limitsThroughBindingsKeys() throws Exception {
        engine.getContext().setAttribute(AdderScriptEngine.STEP_LIMIT, 1000, ScriptContext.ENGINE_SCOPE);
        ScriptException e = assertThrows(ScriptException.class, () -> engine.eval("n = 0\nwhile True:\n    n += 1"));
        assertTrue(e.getMessage().startsWith("ScriptTermination: script exceeded its step limit"), e.getMessage());
    }
}
