package dev.adder.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the front end's syntax errors against CPython 3.11's, one dynamic test per golden.
 *
 * <p>Each {@code src/test/resources/syntax/errors/<name>.py} is an invalid program; its
 * {@code <name>.err}, written by {@code tools/regen_syntax_errors.py} from CPython 3.11's
 * {@code ast.parse(bytes, "<name>.py")}, holds {@code Type|msg|lineno|offset|end_lineno|end_offset}.
 * {@code None} there stands for "no value", which {@link PythonSyntaxError} spells 0. The test
 * never writes goldens: a missing one fails.
 */
class SyntaxErrorGoldenTest {
    static final Path DIR = Path.of("src/test/resources/syntax/errors");

    @TestFactory
    Stream<DynamicTest> goldens() {
        return cases().stream().map(py -> DynamicTest.dynamicTest(py.getFileName().toString(),
                py.toUri(), () -> check(py)));
    }

    /** The corpus stays big enough to mean something, and no golden is left without its case. */
    @Test
    void corpusIsComplete() throws IOException {
        assertTrue(cases().size() >= 150, "expected at least 150 error cases, found " + cases().size());
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path err : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".err"))::iterator) {
                String name = err.getFileName().toString();
                Path py = err.resolveSibling(name.substring(0, name.length() - 4) + ".py");
                assertTrue(Files.exists(py), "golden without a case: " + name);
            }
        }
    }

    static List<Path> cases() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(Path py) throws IOException {
        String name = py.getFileName().toString();
        Path errFile = py.resolveSibling(name.substring(0, name.length() - 3) + ".err");
        if (!Files.exists(errFile)) {
            fail("missing golden " + errFile + ": run python3 tools/regen_syntax_errors.py " + name);
        }
        String expected = normalize(Files.readString(errFile, StandardCharsets.UTF_8).strip(), name);
        byte[] bytes = Files.readAllBytes(py);
        String actual = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> outcome(bytes, name));
        assertEquals(expected, actual, name);
    }

    /** What the front end makes of the file, in the golden's format; never throws. */
    static String outcome(byte[] bytes, String name) {
        try {
            Parser.parseFile(Source.fromBytes(bytes, name));
            return "OK";
        } catch (PythonSyntaxError e) {
            return e.pythonType() + "|" + e.msg() + "|" + e.lineno() + "|" + e.offset() + "|"
                    + e.endLineno() + "|" + e.endOffset();
        } catch (Throwable t) { // StackOverflowError included: a front-end bug the golden must show
            return "JAVA " + t + " at " + firstFrames(t);
        }
    }

    /** The golden line with CPython's {@code None} spelled 0, as PythonSyntaxError does. */
    static String normalize(String golden, String name) {
        if (golden.equals("OK")) {
            fail(name + " parses in CPython: it tests nothing; delete it");
        }
        int first = golden.indexOf('|');
        List<String> tail = new ArrayList<>();
        int end = golden.length();
        for (int i = 0; i < 4; i++) {
            int bar = golden.lastIndexOf('|', end - 1);
            if (bar <= first) {
                fail(name + ": malformed golden " + golden);
            }
            tail.add(0, golden.substring(bar + 1, end));
            end = bar;
        }
        StringBuilder sb = new StringBuilder(golden.substring(0, end));
        for (String field : tail) {
            sb.append('|').append(field.equals("None") ? "0" : field);
        }
        return sb.toString();
    }

    private static String firstFrames(Throwable t) {
        StackTraceElement[] trace = t.getStackTrace();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(3, trace.length); i++) {
            sb.append(i == 0 ? "" : " < ").append(trace[i]);
        }
        return sb.toString();
    }
}
