package dev.adder.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.PythonException;
import dev.adder.ast.Python3;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.script.ScriptEngine;
import javax.script.ScriptException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every failure is a ScriptException: innermost file and line, "Type: message", the Python traceback as cause. */
class ErrorsTest {
    private final ScriptEngine engine = Engines.python();

    private ScriptException fail(String script) {
        return assertThrows(ScriptException.class, () -> engine.eval(script));
    }

    private static PythonException python(ScriptException e) {
        return assertInstanceOf(PythonException.class, e.getCause());
    }

    @Test
    void runtimeErrorNamesTheInnermostFrame() {
        engine.put(ScriptEngine.FILENAME, "app.py");
        ScriptException e = fail("def inner():\n    return {}['k']\n\ndef outer():\n    inner()\n\nouter()\n");
        assertEquals("app.py", e.getFileName());
        assertEquals(2, e.getLineNumber());
        assertTrue(e.getMessage().startsWith("KeyError: 'k'"), e.getMessage());
        PythonException p = python(e);
        assertEquals("KeyError", p.getPythonType());
        assertEquals("'k'", p.getPythonMessage());
        assertTrue(p.getPythonTraceback().contains("  File \"app.py\", line 5, in outer\n    inner()\n"),
                p.getPythonTraceback());
    }

    @Test
    void syntaxErrorHasLineAndColumn() {
        engine.put(ScriptEngine.FILENAME, "bad.py");
        ScriptException e = fail("x = 1\ny = (2 +\n");
        assertEquals("bad.py", e.getFileName());
        assertEquals(2, e.getLineNumber());
        assertEquals(5, e.getColumnNumber());
        assertTrue(e.getMessage().startsWith("SyntaxError: '(' was never closed"), e.getMessage());
        assertEquals("SyntaxError", python(e).getPythonType());
    }

    @Test
    void tracebackTextIsCPythons(@TempDir Path dir) throws Exception {
        Python3.assumeAvailable();
        String script = "class Config:\n    def __init__(self, d):\n        self.d = d\n"
                + "    def port(self):\n        return int(self.d['port'])\n\n"
                + "def load():\n    try:\n        return Config({'port': 'eighty'}).port()\n"
                + "    except ValueError as e:\n        raise RuntimeError('bad config') from e\n\nload()\n";
        Path file = dir.resolve("conf.py");
        Files.writeString(file, script);
        List<String> cpython = Python3.runCommand(List.of("sh", "-c", "python3 \"$0\" 2>&1; true", file.toString()));
        engine.put(ScriptEngine.FILENAME, file.toString());
        ScriptException e = fail(script);
        List<String> ours = Python3.splitLines(python(e).getPythonTraceback());
        assertEquals(cpython, ours);
    }

    @Test
    void recursionErrorAndTheEngineStaysUsable() throws Exception {
        ScriptException e = fail("def f(n):\n    return f(n + 1)\nf(0)");
        assertTrue(e.getMessage().startsWith("RecursionError: maximum recursion depth exceeded"), e.getMessage());
        assertEquals(3, engine.eval("1 + 2"));
        ScriptException deep = fail("import sys\nsys.setrecursionlimit(10**6)\ndef g(n):\n    return g(n + 1)\ng(0)");
        assertTrue(deep.getMessage().startsWith("RecursionError") || deep.getMessage().startsWith("MemoryError"),
                deep.getMessage());
        assertEquals(4, engine.eval("2 + 2"));
    }

    @Test
    void systemExitIsDistinguishableAndNeverExitsTheJvm() throws Exception {
        PythonException p = python(fail("import sys\nsys.exit(3)"));
        assertTrue(p.isSystemExit());
        assertEquals(3, p.getExitCode());
        PythonException q = python(fail("raise SystemExit('bye')"));
        assertEquals("bye", q.getExitCode());
        assertEquals("ok", engine.eval("'ok'"));
    }

    @Test
    void userExceptionsKeepTheirType() {
        ScriptException e = fail("class AppError(Exception):\n    pass\nraise AppError('boom')");
        assertTrue(e.getMessage().startsWith("AppError: boom"), e.getMessage());
        assertEquals("AppError", python(e).getPythonType());
    }
}
