package dev.adder.jsr223;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Serializable;
import java.util.List;
import javax.script.ScriptEngine;
import javax.script.ScriptException;
import org.junit.jupiter.api.Test;

/** Deny by default: no files, processes, environment or Java classes unless the host allows them. */
class SandboxTest {
    private final ScriptEngine engine = Engines.python();

    private void denied(String script, String errorStart) {
        ScriptException e = assertThrows(ScriptException.class, () -> engine.eval(script), script);
        assertTrue(e.getMessage().startsWith(errorStart), script + " -> " + e.getMessage());
    }

    @Test
    void noFilesProcessesOrEnvironment() {
        denied("open('/etc/hostname')", "PermissionError: [Errno 13]");
        for (String module : List.of("os", "subprocess", "socket", "io", "posix", "ctypes")) {
            denied("import " + module, "ModuleNotFoundError: No module named '" + module + "'");
        }
    }

    @Test
    void codeAndFunctionObjectsAreNotSerializable() throws Exception {
        Object fn = engine.eval("def f():\n    x = 1\n    def g():\n        return x\n    return g\nf()");
        assertFalse(fn instanceof Serializable, "function");
        assertFalse(engine.eval("f.__code__") instanceof Serializable, "code object");
        assertFalse(engine.eval("f().__closure__[0]") instanceof Serializable, "cell");
        assertFalse(Serializable.class.isAssignableFrom(dev.adder.bytecode.PyCode.class), "PyCode");
    }
}
