package dev.adder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.ast.Python3;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks {@code adder --dump-ast} line for line against {@code cpython_ast_dump.py}. */
class MainTest {
    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void dumpAstMatchesTheReferenceScript() throws IOException {
        Python3.assumeAvailable();
        Path script = ScriptLimitsTest.referenceScript();
        Path dir = Files.createTempDirectory("adder-main");
        String[] sources = {"x = 1\n", "def f(a, *b, c=2, **d):\n    return a + b\n", "x = (\n",
            "if x:\npass\n", "s = 'é\\u2028' + b'\\xff'\n", "1 +\n", "class C:\n\tx = 1\n        y = 2\n"};
        List<String> files = new ArrayList<>();
        for (int i = 0; i < sources.length; i++) {
            Path p = dir.resolve("m" + i + ".py");
            Files.writeString(p, sources[i], StandardCharsets.UTF_8);
            files.add(p.toString());
        }
        for (boolean positions : new boolean[] {false, true}) {
            List<String> command = new ArrayList<>(List.of("python3", script.toString()));
            List<String> args = new ArrayList<>(List.of("--dump-ast"));
            if (positions) {
                command.add("--positions");
                args.add("--positions");
            }
            command.addAll(files);
            args.addAll(files);
            List<String> expected = Python3.runCommand(command);
            Run actual = run(args.toArray(new String[0]));
            assertEquals(0, actual.status, actual.err);
            assertEquals(String.join("\n", expected) + "\n", actual.out.replace("\r\n", "\n"));
        }
    }

    @Test
    void missingFileStopsLikeTheScript() {
        Run r = run("--dump-ast", "/nonexistent/x.py");
        assertEquals(1, r.status);
        assertEquals("FileNotFoundError: [Errno 2] No such file or directory: '/nonexistent/x.py'", r.err.trim());
    }

    @Test
    void unknownOptionsAreAUsageError() {
        Run r = run("--no-such-option");
        assertEquals(Main.USAGE, r.status);
        assertTrue(r.err.startsWith("usage: adder"), r.err);
    }

    @Test
    void aMissingProgramFileIsStatusTwoAsInCPython() {
        Run r = run("no/such/prog.py");
        assertEquals(Main.USAGE, r.status);
        assertTrue(r.err.startsWith("adder: can't open file '"), r.err);
        assertTrue(r.err.trim().endsWith("no/such/prog.py': [Errno 2] No such file or directory"), r.err);
    }
}
