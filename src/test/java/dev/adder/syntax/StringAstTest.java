package dev.adder.syntax;

import dev.adder.ast.AstDump;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Parses every program under {@code src/test/resources/syntax/strings} and compares the AST, positions
 * included, with what CPython 3.11 prints for it (python3 runs once for all files).
 */
class StringAstTest {
    private static final Path DIR = Path.of("src/test/resources/syntax/strings");
    private static final Path TOOL = Path.of("/work/shared/tools/cpython_ast_dump.py");

    @Test
    void astsMatchCPython() throws IOException, InterruptedException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertTrue(files.size() >= 5, "test programs are missing");
        Path tool = Files.exists(TOOL) ? TOOL : Path.of("../shared/tools/cpython_ast_dump.py");
        Assumptions.assumeTrue(Files.exists(tool), "cpython_ast_dump.py not found: SKIPPING");
        List<String> cmd = new ArrayList<>(List.of("python3", tool.toString(), "--positions"));
        files.forEach(f -> cmd.add(f.toString()));
        Process p;
        try {
            p = new ProcessBuilder(cmd).start();
        } catch (IOException e) {
            Assumptions.assumeTrue(false, "python3 is not available: SKIPPING the CPython comparison");
            return;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0, "python3 failed: " + err);
        String[] expected = out.split("\n");
        assertEquals(files.size(), expected.length);
        StringBuilder report = new StringBuilder();
        int failures = 0;
        for (int i = 0; i < files.size(); i++) {
            String actual;
            try {
                byte[] bytes = Files.readAllBytes(files.get(i));
                actual = AstDump.dump(Parser.parseFile(Source.fromBytes(bytes, files.get(i).toString())), true);
            } catch (PythonSyntaxError e) {
                actual = "SyntaxError: " + e.msg() + " (line " + e.lineno() + ")";
            }
            if (!actual.equals(expected[i])) {
                failures++;
                report.append(files.get(i).getFileName()).append(firstDifference(expected[i], actual));
            }
        }
        assertTrue(failures == 0, failures + " of " + files.size() + " files differ:\n" + report);
    }

    private static String firstDifference(String want, String got) {
        int i = 0;
        while (i < want.length() && i < got.length() && want.charAt(i) == got.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 150);
        return "\n  expected ..." + want.substring(from, Math.min(want.length(), i + 150))
                + "\n  actual   ..." + got.substring(from, Math.min(got.length(), i + 150)) + "\n";
    }
}
