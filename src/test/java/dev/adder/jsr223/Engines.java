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

    /** Runs {@code body} on {@code n} threads at once; returns what they threw (empty when all went well). */
    static java.util.List<Throwable> inThreads(int n, dev.adder.TestThreads.Body body) throws InterruptedException {
        return dev.adder.TestThreads.run(n, body);
    }
}
