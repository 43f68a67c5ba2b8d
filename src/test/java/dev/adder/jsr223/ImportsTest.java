package dev.adder.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptException;
import javax.script.SimpleScriptContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Python modules in the engine: none from files by default, a host-given module path, sources by name. */
class ImportsTest {
    @TempDir
    Path dir;

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String message(ScriptEngine e, String script) {
        return assertThrows(ScriptException.class, () -> e.eval(script), script).getMessage();
    }

    @Test
    void noFilesUnlessTheHostSaysSo() throws Exception {
        write(dir.resolve("secret.py"), "VALUE = 1\n");
        ScriptEngine e = Engines.python();
        e.eval("import sys");
        assertEquals(0L, ((Number) e.eval("len(sys.path)")).longValue());
        // a script may add a directory to sys.path, but the engine still reads no file there
        e.put("d", dir.toString());
        e.eval("sys.path.append(d)");
        assertTrue(message(e, "import secret").startsWith("ModuleNotFoundError: No module named 'secret'"));
        // nor through importlib.util with a file's path
        String m = message(e, "import importlib.util\n"
                + "spec = importlib.util.spec_from_file_location('secret', d + '/secret.py')\n"
                + "spec.loader.exec_module(importlib.util.module_from_spec(spec))");
        assertTrue(m.startsWith("ImportError: reading '") && m.contains("is not allowed"), m);
    }

    @Test
    void modulePathSetting() throws Exception {
        write(dir.resolve("helpers.py"), "def twice(x):\n    return 2 * x\n");
        write(dir.resolve("pkg/__init__.py"), "from .util import NAME\n");
        write(dir.resolve("pkg/util.py"), "NAME = 'util:' + __name__\n");
        AdderScriptEngine e = (AdderScriptEngine) Engines.python();
        e.setModulePath(List.of(dir));
        assertEquals(42, e.eval("import helpers\nhelpers.twice(21)"));
        assertEquals("util:pkg.util", e.eval("from pkg import NAME\nNAME"));
        assertEquals(dir.toAbsolutePath().resolve("helpers.py").toString(), e.eval("helpers.__file__"));
        assertEquals(List.of(dir.toAbsolutePath().toString()), e.eval("import sys\nlist(sys.path)"));
        assertEquals(Boolean.TRUE, e.eval("sys.modules['pkg.util'] is __import__('pkg.util').util"));
        // tracebacks show the lines of module files (the engine reads no other file for them)
        write(dir.resolve("failing.py"), "def boom():\n    return {}['key']\n");
        ScriptException x = assertThrows(ScriptException.class, () -> e.eval("import failing\nfailing.boom()"));
        String tb = ((dev.adder.PythonException) x.getCause()).getPythonTraceback();
        assertTrue(tb.contains("failing.py\", line 2, in boom\n    return {}['key']\n"), tb);
    }

    @Test
    void filesOutsideTheModulePathStayClosed() throws Exception {
        Path allowed = dir.resolve("allowed");
        Path other = dir.resolve("other");
        write(allowed.resolve("ok.py"), "X = 1\n");
        write(other.resolve("hidden.py"), "X = 2\n");
        AdderScriptEngine e = (AdderScriptEngine) Engines.python();
        e.setModulePath(List.of(allowed));
        assertEquals(1, e.eval("import ok\nok.X"));
        e.put("o", other.toString());
        e.eval("import sys\nsys.path.append(o)");
        assertTrue(message(e, "import hidden").startsWith("ModuleNotFoundError: No module named 'hidden'"));
    }

    @Test
    void modulePathBindingsKey() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        write(a.resolve("mod_a.py"), "WHO = 'a'\n");
        write(b.resolve("mod_b.py"), "WHO = 'b'\n");
        ScriptEngine e = Engines.python();
        e.put(AdderScriptEngine.MODULE_PATH, a + File.pathSeparator + b);
        assertEquals("ab", e.eval("import mod_a, mod_b\nmod_a.WHO + mod_b.WHO"));
        ScriptEngine e2 = Engines.python();
        ScriptContext ctx = new SimpleScriptContext();
        ctx.setBindings(e2.createBindings(), ScriptContext.ENGINE_SCOPE);
        ctx.setAttribute(AdderScriptEngine.MODULE_PATH, List.of(b), ScriptContext.ENGINE_SCOPE);
        assertEquals("b", e2.eval("import mod_b\nmod_b.WHO", ctx));
    }

    @Test
    void moduleSourcesWithoutFiles() throws Exception {
        Map<String, String> sources = Map.of(
                "greet.py", "def hello(n):\n    return 'hello ' + n\n",
                "tools/__init__.py", "from . import text\n",
                "tools/text.py", "def shout(s):\n    return s.upper()\n",
                "broken.py", "x = 1\ndef f():\n    return 1 / 0\n");
        AdderScriptEngine e = (AdderScriptEngine) Engines.python();
        e.setModuleSource(sources::get);
        assertEquals("hello py", e.eval("import greet\ngreet.hello('py')"));
        assertEquals("HI", e.eval("import tools\ntools.text.shout('hi')"));
        assertEquals("HO", e.eval("from tools.text import shout\nshout('ho')"));
        assertEquals("greet.py", e.eval("greet.__file__"));
        assertEquals("tools", e.eval("tools.__package__"));
        ScriptException x = assertThrows(ScriptException.class, () -> e.eval("import broken\nbroken.f()"));
        assertTrue(x.getMessage().startsWith("ZeroDivisionError: division by zero"), x.getMessage());
        // the traceback shows the provided module's file name and source line
        String tb = ((dev.adder.PythonException) x.getCause()).getPythonTraceback();
        assertTrue(tb.contains("File \"broken.py\", line 3, in f\n    return 1 / 0\n"), tb);
        assertTrue(message(e, "import nothing_there").startsWith("ModuleNotFoundError: No module named 'nothing_there'"));
    }

    @Test
    void circularAndRelativeImportMessages() throws Exception {
        Map<String, String> sources = Map.of(
                "ca.py", "from cb import y\nx = 1\n",
                "cb.py", "from ca import x\ny = 2\n");
        AdderScriptEngine e = (AdderScriptEngine) Engines.python();
        e.setModuleSource(sources::get);
        String m = message(e, "import ca");
        assertTrue(m.startsWith("ImportError: cannot import name 'x' from partially initialized module 'ca'"
                + " (most likely due to a circular import) (ca.py)"), m);
        m = message(e, "from . import x");
        assertTrue(m.startsWith("ImportError: attempted relative import with no known parent package"), m);
    }

    @Test
    void importlibAndReload() throws Exception {
        Map<String, String> sources = new java.util.concurrent.ConcurrentHashMap<>();
        sources.put("conf.py", "VALUE = 1\n");
        AdderScriptEngine e = (AdderScriptEngine) Engines.python();
        e.setModuleSource(sources::get);
        assertEquals(1, e.eval("import importlib, conf\nconf.VALUE"));
        sources.put("conf.py", "VALUE = 2\n");
        assertEquals(1, e.eval("import conf\nconf.VALUE"));
        assertEquals(2, e.eval("importlib.reload(conf)\nconf.VALUE"));
        assertEquals("conf", e.eval("importlib.import_module('conf').__name__"));
    }

    @Test
    void javaImportsStillWork() throws Exception {
        AdderScriptEngine e = (AdderScriptEngine) Engines.python();
        e.setClassFilter(name -> name.equals("java.util.ArrayList"));
        assertEquals(0, e.eval("from java.util import ArrayList\nArrayList().size()"));
        assertTrue(message(e, "from java.util import HashMap").startsWith("ModuleNotFoundError"));
    }
}
