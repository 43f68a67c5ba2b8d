package dev.adder.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.ast.Python3;
import dev.adder.cli.CodeDumpCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks {@code --dump-code} on tricky scoping cases against CPython 3.11, one dynamic test per
 * golden: each {@code src/test/resources/compiler/scopes/<name>.py} has a {@code <name>.code}
 * written by {@code tools/regen_code_goldens.py} from {@code shared/tools/cpython_code_dump.py}.
 * The test never writes goldens: a missing one fails. Where python3 is CPython 3.11, the goldens
 * are also checked to be current.
 */
class CodeGoldenTest {
    static final Path DIR = Path.of("src/test/resources/compiler/scopes");

    @TestFactory
    Stream<DynamicTest> goldens() {
        return cases().stream().map(py -> DynamicTest.dynamicTest(py.getFileName().toString(),
                py.toUri(), () -> check(py)));
    }

    private static void check(Path py) throws IOException {
        Path golden = goldenOf(py);
        assertTrue(Files.exists(golden), "missing golden (run tools/regen_code_goldens.py): " + golden);
        List<String> expected = Python3.splitLines(Files.readString(golden, StandardCharsets.UTF_8));
        CodeDumpCommand.Result result = CodeDumpCommand.run(py.toString());
        List<String> actual = result.isFatal() ? List.of("FATAL " + result.fatal()) : result.lines();
        assertEquals(String.join("\n", expected), String.join("\n", actual), py.getFileName().toString());
    }

    /** Enough cases to mean something, every golden has its case, and no case is an accident. */
    @Test
    void corpusIsComplete() throws IOException {
        List<Path> cases = cases();
        assertTrue(cases.size() >= 60, "expected at least 60 scope cases, found " + cases.size());
        long errors = cases.stream().filter(p -> p.getFileName().toString().startsWith("err_")).count();
        assertTrue(errors >= 40, "expected at least 40 error cases, found " + errors);
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path code : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".code"))::iterator) {
                String name = code.getFileName().toString();
                assertTrue(Files.exists(code.resolveSibling(name.substring(0, name.length() - 5) + ".py")),
                        "golden without a case: " + name);
            }
        }
        for (Path py : cases) {
            String first = Files.readString(goldenOf(py), StandardCharsets.UTF_8);
            boolean isError = first.startsWith("SyntaxError: ");
            assertEquals(py.getFileName().toString().startsWith("err_"), isError,
                    "err_ cases must be exactly the ones CPython rejects: " + py.getFileName());
        }
    }

    /** {@code adder --dump-code FILE} prints the same lines and exits with status 0. */
    @Test
    void commandLinePrintsTheDump() throws IOException {
        Path py = DIR.resolve("nested_closures.py");
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int status = dev.adder.cli.Main.run(new String[] {"--dump-code", py.toString()},
                new java.io.PrintWriter(out), new java.io.PrintWriter(err));
        assertEquals(0, status, err.toString());
        assertEquals(Files.readString(goldenOf(py), StandardCharsets.UTF_8), out.toString().replace(System.lineSeparator(), "\n"));
    }

    /** The goldens are what CPython 3.11 prints today (skipped loudly without it). */
    @Test
    void goldensAreCurrent() throws IOException {
        Python3.assumeAvailable();
        Path script = Path.of("..", "shared", "tools", "cpython_code_dump.py").toAbsolutePath().normalize();
        for (Path py : cases()) {
            List<String> live = Python3.runCommand(List.of("python3", script.toString(), py.toString()));
            List<String> golden = Python3.splitLines(Files.readString(goldenOf(py), StandardCharsets.UTF_8));
            assertEquals(golden, live, "stale golden (run tools/regen_code_goldens.py): " + py.getFileName());
        }
    }

    private static Path goldenOf(Path py) {
        String name = py.getFileName().toString();
        return py.resolveSibling(name.substring(0, name.length() - 3) + ".code");
    }

    static List<Path> cases() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
