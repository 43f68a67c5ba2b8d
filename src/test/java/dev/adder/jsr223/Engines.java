package dev.adder.jsr223;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.StringWriter;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;

/** Test helper: engines found the way hosts find them, through {@link ScriptEngineManager}. */
final class Engines {
    private Engines() {
    }

    /** A new engine from a new manager's lookup of "python". */
    static ScriptEngine python() {
        ScriptEngine e = new ScriptEngineManager().getEngineByName("python");
        assertNotNull(e, "no engine named python");
        return e;
    }

    /** Sends the engine's default context's output to a new writer, returned. */
    static StringWriter captureOut(ScriptEngine e) {
        StringWriter w = new StringWriter();
        e.getContext().setWriter(w);
        return w;
    }

    /** Sends the engine's default context's error output to a new writer, returned. */
    static StringWriter captureErr(ScriptEngine e) {
        StringWriter w = new StringWriter();
        e.getContext().setErrorWriter(w);
        return w;
    }

    /** The ENGINE_SCOPE bindings of the default context. */
    static javax.script.Bindings globals(ScriptEngine e) {
        return e.getBindings(ScriptContext.ENGINE_SCOPE);
    }

    /** A body run on one thread: gets the thread's number. */
    interface ThreadBody {
        void run(int thread) throws Exception;
    }

    /** Runs {@code body} on {@code n} threads at once; returns what they threw (empty when all went well). */
    static java.util.List<Throwable> inThreads(int n, ThreadBody body) throws InterruptedException {
        java.util.List<Throwable> errors = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.List<Thread> threads = new java.util.ArrayList<>();
        for (int t = 0; t < n; t++) {
            int id = t;
            Thread th = new Thread(() -> {
                try {
                    body.run(id);
                } catch (Throwable x) {
                    errors.add(x);
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        return errors;
    }
}
