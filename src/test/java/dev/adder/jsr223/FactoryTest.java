package dev.adder.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.Version;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import org.junit.jupiter.api.Test;

/** The factory as {@link ScriptEngineManager} finds it: names, metadata, generated code. */
class FactoryTest {
    private final ScriptEngineManager manager = new ScriptEngineManager();

    @Test
    void foundByEveryNameExtensionAndMimeType() {
        for (String name : List.of("python", "python3", "py", "adder")) {
            assertInstanceOf(AdderScriptEngine.class, manager.getEngineByName(name), name);
        }
        assertInstanceOf(AdderScriptEngine.class, manager.getEngineByExtension("py"));
        for (String mime : List.of("text/x-python", "text/python", "application/x-python")) {
            assertInstanceOf(AdderScriptEngine.class, manager.getEngineByMimeType(mime), mime);
        }
    }

    @Test
    void metadata() {
        ScriptEngineFactory f = manager.getEngineByName("python").getFactory();
        assertEquals("Adder", f.getEngineName());
        assertEquals(Version.VERSION, f.getEngineVersion());
        assertEquals("python", f.getLanguageName());
        assertEquals("3.11", f.getLanguageVersion());
        assertEquals(List.of("py"), f.getExtensions());
        assertEquals(List.of("python", "python3", "py", "adder"), f.getNames());
        assertEquals("Adder", f.getParameter(ScriptEngine.ENGINE));
        assertEquals(Version.VERSION, f.getParameter(ScriptEngine.ENGINE_VERSION));
        assertEquals("python", f.getParameter(ScriptEngine.NAME));
        assertEquals("python", f.getParameter(ScriptEngine.LANGUAGE));
        assertEquals("3.11", f.getParameter(ScriptEngine.LANGUAGE_VERSION));
        assertEquals("MULTITHREADED", f.getParameter("THREADING"));
        assertNull(f.getParameter("no.such.key"));
    }

    @Test
    void versionIsThePomVersion() throws Exception {
        Matcher m = Pattern.compile("<artifactId>adder</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(m.find());
        assertEquals(m.group(1), Version.VERSION);
    }

    @Test
    void generatedCodeRunsAndPrintsTheTextExactly() throws Exception {
        ScriptEngine e = manager.getEngineByName("python");
        ScriptEngineFactory f = e.getFactory();
        String tricky = "it's \"quoted\" \\ back\nslash é 😀\t!";
        StringWriter out = Engines.captureOut(e);
        e.eval(f.getProgram(f.getOutputStatement(tricky), f.getOutputStatement("second")));
        assertEquals(tricky + "\nsecond\n", out.toString());
        assertEquals("obj.m(a, b)", f.getMethodCallSyntax("obj", "m", "a", "b"));
        e.eval("class C:\n    def m(self, a, b):\n        return a + b\nobj = C()\na, b = 2, 3");
        assertEquals(5, e.eval(f.getMethodCallSyntax("obj", "m", "a", "b")));
    }

    @Test
    void constructingTheFactoryDoesNothing() {
        // no interpreter, no threads: the factory is a plain object until an engine runs code
        int threads = Thread.activeCount();
        AdderScriptEngineFactory f = new AdderScriptEngineFactory();
        assertNotNull(f.getScriptEngine());
        assertEquals(threads, Thread.activeCount());
    }
}
