package dev.adder.syntax;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs python3 (the CPython 3.11 oracle) for the string tests; skips the test loudly without it. */
final class StringPython {
    private StringPython() {}

    /**
     * Runs {@code script} with one argument, a file holding {@code inputs} hex-encoded (UTF-8), one
     * per line, and returns python's stdout lines.
     */
    static List<String> run(String script, List<String> inputs) {
        List<byte[]> raw = new ArrayList<>();
        for (String s : inputs) {
            raw.add(s.getBytes(StandardCharsets.UTF_8));
        }
        return runBytes(script, raw);
    }

    /** As {@link #run}, with inputs given as raw bytes (which need not be valid UTF-8). */
    static List<String> runBytes(String script, List<byte[]> inputs) {
        try {
            Path dir = Files.createTempDirectory("adder-str");
            Path py = dir.resolve("oracle.py");
            Path in = dir.resolve("inputs.txt");
            Files.writeString(py, script);
            StringBuilder b = new StringBuilder();
            for (byte[] s : inputs) {
                b.append(HexFormat.of().formatHex(s)).append('\n');
            }
            Files.writeString(in, b);
            Process p;
            try {
                p = new ProcessBuilder("python3", py.toString(), in.toString())
                        .redirectErrorStream(false).start();
            } catch (IOException e) {
                Assumptions.assumeTrue(false, "python3 is not available: SKIPPING the CPython comparison");
                return List.of();
            }
            byte[] out = p.getInputStream().readAllBytes();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("python3 failed: " + err);
            }
            String version = new String(out, StandardCharsets.UTF_8);
            List<String> lines = new ArrayList<>(List.of(version.split("\n", -1)));
            if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            Assumptions.assumeTrue(!lines.isEmpty() && lines.get(0).startsWith("3.11"),
                    "python3 is not CPython 3.11: SKIPPING the CPython comparison");
            return lines.subList(1, lines.size());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static String hex(String s) {
        return HexFormat.of().formatHex(s.getBytes(StandardCharsets.UTF_8));
    }

    static String unhex(String h) {
        return new String(HexFormat.of().parseHex(h), StandardCharsets.UTF_8);
    }

    /** The UTF-16 code units of {@code s} as hex: exact even for lone surrogates. */
    static String utf16Hex(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            b.append(String.format("%04x", (int) s.charAt(i)));
        }
        return b.toString();
    }
}
