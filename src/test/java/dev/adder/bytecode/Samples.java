package dev.adder.bytecode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The sample functions of samples.py (plus generated extremes) as python3 compiled them. */
final class Samples {
    private Samples() {
    }

    /** Dumps samples.py: one entry per top-level function, then the module. */
    static List<Map<String, Object>> samples() {
        return dumpSource("samples.py", Resources.read("samples.py"));
    }

    /** Dumps generated code: a function past line 1000 and one with offsets past 10000, EXTENDED_ARG constants and jumps. */
    static List<Map<String, Object>> extremes() {
        StringBuilder src = new StringBuilder("def big(x):\n    if x:\n");
        for (int i = 0; i < 1100; i++) {
            src.append("        x = x + ").append(i).append('\n');
        }
        src.append("    return x\n");
        src.append("\n".repeat(200)).append("def late(x):\n    try:\n        return x\n    except E:\n        pass\n");
        return dumpSource("extremes.py", src.toString());
    }

    private static List<Map<String, Object>> dumpSource(String name, String text) {
        try {
            Path dir = Files.createTempDirectory("adder-bc");
            Path file = dir.resolve(name);
            try {
                Files.writeString(file, text);
                return CodeJson.dump(file);
            } finally {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
