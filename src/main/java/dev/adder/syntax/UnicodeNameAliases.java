package dev.adder.syntax;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The character names CPython 3.11 accepts in {@code \N{...}} that Java 17's
 * {@link Character#codePointOf} does not: Unicode 14.0's name aliases and the names new in 14.0.
 *
 * <p>The table is the resource {@code unicode-names.txt} ("HEX NAME" lines, generated from
 * CPython 3.11.7's unicodedata), read once, on the first {@code \N{...}} that needs it.
 */
final class UnicodeNameAliases {
    private UnicodeNameAliases() {}

    /** Upper-case name to code point; built once, never changed. */
    static final Map<String, Integer> NAMES = load();

    private static Map<String, Integer> load() {
        Map<String, Integer> map = new HashMap<>(2048);
        try (InputStream in = UnicodeNameAliases.class.getResourceAsStream("unicode-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource dev/adder/syntax/unicode-names.txt is missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int sp = line.indexOf(' ');
                if (line.isEmpty() || line.charAt(0) == '#' || sp < 0) {
                    continue;
                }
                map.put(line.substring(sp + 1).toUpperCase(Locale.ROOT), Integer.parseInt(line, 0, sp, 16));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
