package dev.adder.jsr223;

import dev.adder.PythonException;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.ScriptTermination;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.PythonExceptions;
import javax.script.ScriptException;

/**
 * Failures as the host sees them: a {@link ScriptException} whose message is {@code Type: message},
 * whose file and line are those of the innermost Python frame (and column, for syntax errors), and
 * whose cause is the {@link PythonException} with the whole CPython-format traceback.
 */
final class ScriptErrors {
    private ScriptErrors() {
    }

    /** The host's view of a Python exception. */
    static ScriptException of(InterpreterState interp, PyBaseException e) {
        PythonException p = PythonExceptions.of(interp, e);
        int column = -1;
        if (e.isInstance(ExceptionTypes.SYNTAX_ERROR) && e.dict().get("offset") instanceof Integer off) {
            column = off;
        }
        ScriptException s = new ScriptException(p.getMessage(), p.getFileName(), p.getLineNumber(), column);
        s.initCause(p);
        return s;
    }

    /** A Java fault inside the engine (an Adder bug): reported as Python's {@code SystemError}, never raw. */
    static ScriptException internal(Throwable t) {
        ScriptException s = new ScriptException("SystemError: internal error in Adder: " + t);
        s.initCause(t);
        return s;
    }

    /**
     * A script stopped from outside ({@code Thread.interrupt()}, a step or time limit): the message says
     * why, the cause is the {@code ScriptTermination} (its {@code reason()} names the limit).
     */
    static ScriptException stopped(ScriptTermination t) {
        ScriptException s = new ScriptException("ScriptTermination: " + t.getMessage());
        s.initCause(t);
        return s;
    }

    /** The unchecked exception to throw where an interface method cannot throw ScriptException. */
    static RuntimeException unchecked(ScriptException e) {
        Throwable cause = e.getCause();
        if (cause instanceof PythonException p) {
            return p;
        }
        return new PythonException("SystemError", e.getMessage(), "", null, -1, null, cause);
    }
}
