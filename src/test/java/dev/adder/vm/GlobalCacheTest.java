package dev.adder.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.adder.builtins.PythonRuntime;
import dev.adder.objects.PyDict;
import java.io.StringWriter;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * LOAD_GLOBAL's cache never hides a change made by another thread: a loop spinning on a global sees
 * it change, whether the host writes the dict or Python code on another thread assigns it.
 * (Single-threaded invalidation is covered by the golden program scoping/global_lookup_changes.py.)
 */
class GlobalCacheTest {
    private static PyDict load(String source) {
        InterpreterState interp = PythonRuntime.create(new String[] {"cache"}, new StringWriter(),
                new StringWriter(), null);
        PyDict g = PythonRuntime.mainModule(interp, "<cache>").globals();
        Interpreter.runModule(interp, AdderCode.compile(source, "<cache>"), g);
        return g;
    }

    private static final String SPIN = """
            stop = False
            def spin(progress):
                while not stop:
                    progress[0] += 1
                return progress[0]
            def set_stop():
                global stop
                stop = True
            progress = [0]
            """;

    private static void spinUntilStopped(boolean fromPython) throws Exception {
        PyDict g = load(SPIN);
        PyFunction spin = (PyFunction) g.get("spin");
        dev.adder.objects.PyList progress = (dev.adder.objects.PyList) g.get("progress");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Object> done = pool.submit(() -> spin.call(new Object[] {progress}, null));
            // let the loop run long enough to be compiled with the cached value
            long until = System.nanoTime() + 200_000_000L;
            while (System.nanoTime() < until || ((Number) progress.get(0)).longValue() < 100_000) {
                Thread.onSpinWait();
            }
            assertFalse(done.isDone());
            if (fromPython) {
                ((PyFunction) g.get("set_stop")).call(new Object[0], null);
            } else {
                g.put("stop", Boolean.TRUE);
            }
            Object n = done.get(10, TimeUnit.SECONDS);
            assertEquals(true, ((Number) n).longValue() >= 100_000);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void hostWriteIsSeenByASpinningLoop() throws Exception {
        spinUntilStopped(false);
    }

    @Test
    void pythonWriteOnAnotherThreadIsSeenByASpinningLoop() throws Exception {
        spinUntilStopped(true);
    }
}
