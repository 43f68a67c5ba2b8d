package dev.adder.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.ast.Python3;
import dev.adder.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import dev.adder.jsr223.AdderScriptEngine;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code open()} and file objects print what python3 prints; a script engine opens no file by default. */
class OpenDifferentialTest {
    private static final Path SCRIPT = Path.of("src/test/resources/dev/adder/builtins/open_files.py");

    @Test
    void filesBehaveAsInCPython(@TempDir Path adderDir, @TempDir Path cpythonDir) throws IOException {
        Python3.assumeAvailable();
        String script = Files.readString(SCRIPT, StandardCharsets.UTF_8);
        List<String> expected = Python3.run(script, cpythonDir.toString());
        Path copy = adderDir.resolve("open_files.py");
        Files.writeString(copy, script, StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[] {copy.toString(), adderDir.toString()}, new PrintWriter(out),
                new PrintWriter(err));
        assertEquals("", err.toString());
        assertEquals(0, exit);
        assertEquals(String.join("\n", expected) + "\n", out.toString());
    }

    @Test
    void aScriptEngineOpensNoFileByDefault(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "s3cret");
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("python");
        engine.put("path", secret.toString());
        ScriptException e = assertThrows(ScriptException.class, () -> engine.eval("open(path).read()"));
        assertTrue(e.getMessage().startsWith("PermissionError: [Errno 13]"), e.getMessage());
        assertThrows(ScriptException.class, () -> engine.eval("open(path, 'w').write('x')"));
        assertEquals("s3cret", Files.readString(secret));
        assertFalse(Files.exists(dir.resolve("new.txt")));
        assertThrows(ScriptException.class, () -> engine.eval("open(path + '/../new.txt', 'x')"));
        assertFalse(Files.exists(dir.resolve("new.txt")));
    }

    @Test
    void aHostCanGrantFiles(@TempDir Path dir, @TempDir Path elsewhere) throws Exception {
        Path outside = elsewhere.resolve("outside.txt");
        Files.writeString(outside, "no");
        ScriptEngine engine = new ScriptEngineManager().getEngineByName("python");
        ((AdderScriptEngine) engine).setFileAccess(p -> p.startsWith(dir));
        engine.put("d", dir.toString());
        engine.eval("with open(d + '/out.txt', 'w') as f:\n    f.write('written by Python\\n')\n");
        assertEquals("written by Python\n", Files.readString(dir.resolve("out.txt")));
        assertEquals("written by Python\n", engine.eval("open(d + '/out.txt').read()"));
        engine.put("outside", outside.toString());
        assertThrows(ScriptException.class, () -> engine.eval("open(outside)"));
        assertThrows(ScriptException.class, () -> engine.eval("open(d + '/../' + '" + elsewhere.getFileName()
                + "/outside.txt')"));

        ScriptEngine keyed = new ScriptEngineManager().getEngineByName("python");
        keyed.put(AdderScriptEngine.FILE_ACCESS, Boolean.TRUE);
        keyed.put("outside", outside.toString());
        assertEquals("no", keyed.eval("open(outside).read()"));
    }
}
