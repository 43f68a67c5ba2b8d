package dev.adder.ast;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the CPython 3.11 oracle from tests; a test that needs it is skipped loudly when it is absent.
 */
public final class Python3 {
    private Python3() {}

    /** Whether {@code python3} is CPython 3.11 (checked once per call; cheap enough for tests). */
    public static boolean available() {
        try {
            Process p = new ProcessBuilder("python3", "-c",
                    "import sys, platform; print(platform.python_implementation(), sys.version_info[:2] == (3, 11))")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && out.equals("CPython True");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Skips the calling test, printing why, unless python3 is CPython 3.11. */
    public static void assumeAvailable() {
        boolean ok = available();
        if (!ok) {
            System.err.println("SKIPPED: python3 (CPython 3.11) is not available; the differential test cannot run");
        }
        assumeTrue(ok, "python3 (CPython 3.11) is not available");
    }

    /**
     * Runs {@code python3 script args...} with UTF-8 I/O and returns its stdout lines.
     *
     * @throws AssertionError when python3 exits with an error
     */
    public static List<String> run(String script, String... args) {
        try {
            Path file = Files.createTempFile("adder-test", ".py");
            try {
                Files.writeString(file, script, StandardCharsets.UTF_8);
                List<String> command = new ArrayList<>(List.of("python3", file.toString()));
                command.addAll(List.of(args));
                return runCommand(command);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs {@code python3 script FILE}, where FILE holds {@code requests} one per line (ASCII), and
     * returns its stdout lines: the shape of every differential test that asks CPython many questions.
     */
    public static List<String> runOnRequests(String script, List<String> requests) {
        try {
            Path input = Files.createTempFile("adder-requests", ".txt");
            try {
                Files.writeString(input, String.join("\n", requests) + "\n", StandardCharsets.US_ASCII);
                return run(script, input.toString());
            } finally {
                Files.deleteIfExists(input);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a command with UTF-8 I/O, stdout into a temp file, and returns its stdout lines. */
    public static List<String> runCommand(List<String> command) {
        try {
            Path out = Files.createTempFile("adder-test", ".out");
            Path err = Files.createTempFile("adder-test", ".err");
            try {
                ProcessBuilder pb = new ProcessBuilder(command)
                        .redirectOutput(out.toFile()).redirectError(err.toFile());
                pb.environment().put("PYTHONIOENCODING", "utf-8");
                Process p = pb.start();
                int rc = p.waitFor();
                if (rc != 0) {
                    throw new AssertionError("python3 failed (" + rc + "): " + Files.readString(err));
                }
                return splitLines(Files.readString(out, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Splits on '\n' only (Python's print), unlike String.lines which also splits on '\r'. */
    public static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
            lines.add(text.substring(start, i));
            start = i + 1;
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
