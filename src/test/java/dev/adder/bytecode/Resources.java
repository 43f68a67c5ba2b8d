package dev.adder.bytecode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the test resources under src/test/resources/bytecode. */
final class Resources {
    private Resources() {
    }

    static String read(String name) {
        try (InputStream in = Resources.class.getResourceAsStream("/bytecode/" + name)) {
            if (in == null) {
                throw new AssertionError("missing test resource bytecode/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
