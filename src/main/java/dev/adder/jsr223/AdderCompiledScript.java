package dev.adder.jsr223;

import javax.script.CompiledScript;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptException;

/**
 * A script parsed and compiled once, evaluated any number of times — concurrently too, each
 * evaluation with its own context and bindings: the code object is immutable and every run gets
 * its own frames.
 */
final class AdderCompiledScript extends CompiledScript {
    private final AdderScriptEngine engine;
    private final ScriptCode code;

    AdderCompiledScript(AdderScriptEngine engine, ScriptCode code) {
        this.engine = engine;
        this.code = code;
    }

    @Override
    public Object eval(ScriptContext context) throws ScriptException {
        return engine.run(code, context);
    }

    @Override
    public ScriptEngine getEngine() {
        return engine;
    }
}
