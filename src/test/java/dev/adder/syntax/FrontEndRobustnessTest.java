package dev.adder.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.adder.ast.Python3;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Feeds the front end hostile inputs (deep nesting, huge lines, bad encodings, random bytes) and
 * checks that each finishes within a second, on a normal and on a 256 KiB stack, and either parses
 * or throws a {@link PythonSyntaxError} whose pythonType is the exception CPython 3.11's
 * {@code ast.parse} raises on the same input: never another Java exception, never a stack overflow.
 *
 * <p>One exception is allowed: where CPython parses but then fails with "maximum recursion depth
 * exceeded during ast construction" (its conversion of the C tree to Python objects, not its
 * parser), the front end may either parse or raise RecursionError.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FrontEndRobustnessTest {
    /** The time each input may take; {@code -Dadder.robustness.millis=3000} relaxes it on a loaded machine. */
    private static final long LIMIT_MILLIS = Long.getLong("adder.robustness.millis", 1000);
    private static final String AST_RECURSION = "RecursionError (during ast construction)";

    /** One input: bytes for {@code Source.fromBytes}, or text for {@code Source.fromString}. */
    record Input(String name, byte[] bytes, String text) {
        static Input bytes(String name, byte[] bytes) {
            return new Input(name, bytes, null);
        }

        static Input ascii(String name, String text) {
            return new Input(name, text.getBytes(StandardCharsets.ISO_8859_1), null);
        }

        static Input text(String name, String text) {
            return new Input(name, null, text);
        }

        Source source() {
            return text != null ? Source.fromString(text, name) : Source.fromBytes(bytes, name);
        }
    }

    private final List<Input> inputs = all();
    /** CPython's outcome per input name; empty when python3 is absent. */
    private final Map<String, String> cpython = new HashMap<>();
    /** Parses still running: one that overran its second keeps going and must not slow the next. */
    private final AtomicInteger running = new AtomicInteger();

    @BeforeAll
    void askCPythonAndWarmUp() {
        if (Python3.available()) {
            cpython.putAll(cpythonOutcomes(inputs));
        } else {
            System.err.println("SKIPPED (comparison only): python3 (CPython 3.11) is not available;"
                    + " checking only for foreign exceptions and time");
        }
        // Class loading and the first JIT tiers should not count against an input's second.
        for (int i = 0; i < 50; i++) {
            outcome(Input.ascii("warm", "def f(a, *b, c=[1, {2: 3}], **d):\n    return (x for x in a if x)"
                    + "\nclass C(B):\n    x: int = f'{a!r:>{b}}' + b'\\x00' * 3\n" + "y = (((1 + 2) * 3) ** -4)\n"));
        }
    }

    @TestFactory
    Stream<DynamicTest> normalStack() {
        return inputs.stream().map(in -> DynamicTest.dynamicTest(in.name(), () -> judge(in, timed(in, 0))));
    }

    @TestFactory
    Stream<DynamicTest> smallStack() {
        return inputs.stream().map(in -> DynamicTest.dynamicTest(in.name() + " (256 KiB stack)",
                () -> judge(in, timed(in, 256 * 1024))));
    }

    /**
     * The outcome of one parse on a fresh thread ({@code stackBytes} 0: the JVM's default), which
     * must finish within the limit. One overrun is forgiven once: a busy machine or a GC of the
     * previous input's garbage can stall a single run, a slow parser stalls every run.
     */
    private String timed(Input in, long stackBytes) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            awaitQuiet();
            AtomicReference<String> result = new AtomicReference<>();
            Thread t = new Thread(null, () -> result.set(counted(in)), "robustness", stackBytes);
            t.setDaemon(true);
            t.start();
            t.join(LIMIT_MILLIS);
            if (!t.isAlive()) {
                return result.get();
            }
            t.interrupt();
            if (attempt == 2) {
                fail(in.name() + " took over " + LIMIT_MILLIS + " ms twice"
                        + (stackBytes > 0 ? " on a " + stackBytes / 1024 + " KiB stack" : ""));
            }
        }
    }

    private String counted(Input in) {
        running.incrementAndGet();
        try {
            return outcome(in);
        } finally {
            running.decrementAndGet();
        }
    }

    /** Waits (up to two minutes) for parses that overran their limit to end. */
    private void awaitQuiet() throws InterruptedException {
        for (int i = 0; i < 12_000 && running.get() > 0; i++) {
            Thread.sleep(10);
        }
    }

    private void judge(Input in, String actual) {
        assertTrue(!actual.startsWith("JAVA "), () -> in.name() + ": " + actual);
        String expected = cpython.get(in.name());
        if (expected == null) {
            return; // python3 absent: only the no-foreign-exception and time checks ran
        }
        if (expected.equals(AST_RECURSION)) {
            assertTrue(actual.equals("OK") || actual.equals("RecursionError"),
                    () -> in.name() + ": CPython parses this (its ast construction then recurses too deep);"
                            + " expected OK or RecursionError, got " + actual);
        } else {
            assertEquals(expected, actual, in.name());
        }
    }

    /** "OK", the PythonSyntaxError's pythonType, or "JAVA ..." for anything else; never throws. */
    static String outcome(Input in) {
        try {
            Parser.parseFile(in.source());
            return "OK";
        } catch (PythonSyntaxError e) {
            return e.pythonType();
        } catch (Throwable t) { // StackOverflowError and OutOfMemoryError included
            StackTraceElement[] trace = t.getStackTrace();
            return "JAVA " + t + (trace.length > 0 ? " at " + trace[0] : "");
        }
    }

    /** Runs python3 once over all inputs: name -> "OK", exception type, or AST_RECURSION. */
    static Map<String, String> cpythonOutcomes(List<Input> inputs) {
        Path dir;
        try {
            dir = Files.createTempDirectory("adder-robust");
            for (Input in : inputs) {
                if (in.text() != null) {
                    // UTF-16 code units in hex: the only lossless way to hand Python a lone surrogate.
                    StringBuilder hex = new StringBuilder();
                    for (int i = 0; i < in.text().length(); i++) {
                        hex.append(String.format("%04x", (int) in.text().charAt(i)));
                    }
                    Files.writeString(dir.resolve(in.name() + ".u16"), hex);
                } else {
                    Files.write(dir.resolve(in.name() + ".bin"), in.bytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Map<String, String> out = new HashMap<>();
            for (String line : Python3.run(ORACLE, dir.toString())) {
                int bar = line.indexOf('|');
                out.put(line.substring(0, bar), line.substring(bar + 1));
            }
            assertEquals(inputs.size(), out.size(), "python3 answered for every input");
            return out;
        } finally {
            deleteTree(dir);
        }
    }

    private static final String ORACLE = """
            import ast, os, sys, warnings
            sys.setrecursionlimit(1000)
            d = sys.argv[1]
            for f in sorted(os.listdir(d)):
                name, kind = f.rsplit('.', 1)
                with open(os.path.join(d, f), 'rb') as fh:
                    data = fh.read()
                src = bytes.fromhex(data.decode()).decode('utf-16-be', 'surrogatepass') if kind == 'u16' else data
                try:
                    with warnings.catch_warnings():
                        warnings.simplefilter('ignore')
                        ast.parse(src, name)
                    r = 'OK'
                except RecursionError as e:
                    r = '%s' if 'during ast construction' in str(e) else 'RecursionError'
                except BaseException as e:
                    r = type(e).__name__
                print(name + '|' + r)
            """.formatted(AST_RECURSION);

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The hostile inputs; random ones come from fixed seeds, so every run sees the same. */
    static List<Input> all() {
        List<Input> in = new ArrayList<>();
        in.add(Input.ascii("parens_100000", "(".repeat(100_000)));
        in.add(Input.ascii("braces_100000", "{".repeat(100_000)));
        in.add(Input.ascii("minus_100000", "-".repeat(100_000) + "1"));
        in.add(Input.ascii("tilde_100000", "~".repeat(100_000) + "1"));
        in.add(Input.ascii("not_100000", "not ".repeat(100_000) + "x"));
        in.add(Input.ascii("await_100000", "await ".repeat(100_000) + "x"));
        in.add(Input.ascii("star_100000", "*".repeat(100_000) + "a"));
        in.add(Input.ascii("lambda_100000", "lambda: ".repeat(100_000) + "x"));
        in.add(Input.ascii("ifexp_100000", "a if b else ".repeat(100_000) + "c"));
        in.add(Input.ascii("power_100000", "2 ** ".repeat(100_000) + "2"));
        in.add(Input.ascii("minus_1000", "-".repeat(1000) + "1"));
        in.add(Input.ascii("minus_3000", "-".repeat(3000) + "1"));
        in.add(Input.ascii("brackets_199", "[".repeat(199) + "]".repeat(199)));
        in.add(Input.ascii("brackets_200", "[".repeat(200) + "]".repeat(200)));
        in.add(Input.ascii("brackets_201", "[".repeat(201) + "]".repeat(201)));
        in.add(Input.ascii("calls_150", "f(".repeat(150) + ")".repeat(150)));
        in.add(Input.ascii("calls_200", "f(".repeat(200) + ")".repeat(200)));
        in.add(Input.ascii("attributes_100000", "a" + ".b".repeat(100_000)));
        in.add(Input.ascii("subscripts_100000", "a" + "[0]".repeat(100_000)));
        in.add(Input.ascii("call_chain_100000", "a" + "()".repeat(100_000)));
        in.add(Input.ascii("sum_100000", "1" + " + 1".repeat(100_000)));
        in.add(Input.ascii("and_100000", "a" + " and a".repeat(100_000)));
        in.add(Input.ascii("compare_100000", "a" + " < a".repeat(100_000)));
        in.add(Input.ascii("strings_100000", "'a' ".repeat(100_000)));
        in.add(Input.ascii("fstrings_nested_100", "f'{".repeat(100) + "}'".repeat(100)));
        in.add(Input.ascii("ifs_no_body_1000", "if x:\n".repeat(1000)));
        in.add(Input.ascii("indent_99", nestedIfs(99)));
        in.add(Input.ascii("indent_100", nestedIfs(100)));
        in.add(Input.ascii("sum_10mb", "x = " + "1 + ".repeat(2_500_000) + "1"));
        in.add(Input.ascii("string_10mb", "x = '" + "a".repeat(10_000_000) + "'"));
        in.add(Input.ascii("comment_10mb", "#" + "c".repeat(10_000_000) + "\nx = 1\n"));
        in.add(Input.text("surrogate_in_string", "x = '\ud800'\n"));
        in.add(Input.text("surrogate_alone", "\udc00"));
        in.add(Input.text("surrogate_in_comment", "# \udfff\nx = 1\n"));
        in.add(Input.text("text_valid", "x = '\u00e9\ud83d\ude00'\n"));
        in.add(Input.bytes("utf8_invalid_start", new byte[] {(byte) 0xff, (byte) 0xfe, 'x'}));
        in.add(Input.bytes("utf8_invalid_in_string", bytes("x = '\u00c3('\n")));
        in.add(Input.bytes("utf8_invalid_in_comment", bytes("# \u00ff\nx = 1\n")));
        in.add(Input.bytes("utf8_encoded_surrogate", bytes("x = '\u00ed\u00a0\u0080'\n")));
        in.add(Input.bytes("utf8_truncated", new byte[] {(byte) 0xef, (byte) 0xbb}));
        in.add(Input.bytes("nul_in_code", bytes("x = 1\u0000\n")));
        in.add(Input.bytes("nul_only", new byte[] {0}));
        in.add(Input.text("nul_in_text", "x = '\u0000'\n"));
        in.add(Input.bytes("bom_latin1_cookie", bytes("\u00ef\u00bb\u00bf# coding: latin-1\nx = 1\n")));
        in.add(Input.bytes("bom_unknown_cookie", bytes("\u00ef\u00bb\u00bf# coding: foobar\nx = 1\n")));
        in.add(Input.bytes("unknown_cookie", bytes("# -*- coding: foobar -*-\nx = 1\n")));
        in.add(Input.bytes("ascii_cookie_non_ascii", bytes("# coding: ascii\nx = '\u00c3\u00a9'\n")));
        in.add(Input.bytes("empty", new byte[0]));
        java.util.Random random = new java.util.Random(20231111);
        for (int i = 0; i < 20; i++) {
            byte[] b = new byte[1 + random.nextInt(300)];
            random.nextBytes(b);
            in.add(Input.bytes("random_bytes_" + i, b));
        }
        String alphabet = "abcxyz019_()[]{}:;,.=+-*/%&|^~<>!@'\"\\#\n\n\n\t    fjrbuFJRBU";
        for (int i = 0; i < 20; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = 1 + random.nextInt(400); n > 0; n--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            in.add(Input.ascii("random_chars_" + i, sb.toString()));
        }
        return in;
    }

    /** {@code depth} nested if statements: depth 100 is one level over CPython's limit. */
    private static String nestedIfs(int depth) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            sb.append(" ".repeat(i)).append("if x:\n");
        }
        return sb.append(" ".repeat(depth)).append("pass\n").toString();
    }

    /** Latin-1 encoding: each char below U+0100 becomes the byte of the same value. */
    private static byte[] bytes(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }
}
