package dev.adder.syntax;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every character name CPython 3.11's unicodedata knows resolves to the same code point here. */
class StringNamesTest {
    private static final String ORACLE = """
            import sys, platform, unicodedata
            print(platform.python_version())
            for cp in range(0x110000):
                n = unicodedata.name(chr(cp), None)
                if n:
                    print("%X %s" % (cp, n))
            """;

    @Test
    void everyCPythonNameResolves() {
        List<String> lines = StringPython.run(ORACLE, List.of());
        assertTrue(lines.size() > 130000, "too few names: " + lines.size());
        int failures = 0;
        StringBuilder report = new StringBuilder();
        for (int li = 0; li < lines.size(); li++) {
            String line = lines.get(li);
            int sp = line.indexOf(' ');
            int cp = Integer.parseInt(line, 0, sp, 16);
            String name = line.substring(sp + 1);
            // every name, and a tenth of them in lower case (inside other text, as in a literal)
            String[] variants = li % 10 == 0 ? new String[] {name, "x" + name.toLowerCase() + "x"} : new String[] {name};
            for (String n : variants) {
                int got = UnicodeNames.lookup(n, n.charAt(0) == 'x' ? 1 : 0, n.charAt(0) == 'x' ? n.length() - 1 : n.length());
                boolean algorithmic = name.startsWith("HANGUL SYLLABLE ") || name.startsWith("CJK UNIFIED IDEOGRAPH-");
                // CPython matches names case-insensitively, but not the algorithmic ones
                int want = n == name || !algorithmic ? cp : -1;
                if (got != want && failures++ < 20) {
                    report.append(n).append(": want ").append(Integer.toHexString(want)).append(" got ")
                            .append(Integer.toHexString(got)).append('\n');
                }
            }
        }
        assertTrue(failures == 0, failures + " names differ:\n" + report);
    }
}
