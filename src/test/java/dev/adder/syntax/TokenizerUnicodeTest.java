package dev.adder.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The tokenizer's Unicode tables against the running CPython 3.11 (every code point). */
class TokenizerUnicodeTest {
    private static final String SCRIPT = String.join("\n",
            "def ranges(pred):",
            "    out = []",
            "    lo = None",
            "    for cp in range(0x110000):",
            "        ok = pred(cp)",
            "        if ok and lo is None:",
            "            lo = cp",
            "        elif not ok and lo is not None:",
            "            out += [lo, cp - 1]",
            "            lo = None",
            "    if lo is not None:",
            "        out += [lo, 0x10FFFF]",
            "    return out",
            "print(' '.join(map(str, ranges(lambda c: chr(c).isidentifier()))))",
            "print(' '.join(map(str, ranges(lambda c: ('a' + chr(c)).isidentifier()))))",
            "print(' '.join(map(str, ranges(lambda c: chr(c).isprintable()))))",
            "");

    @Test
    void tablesMatchCPython() {
        List<String> out = TokenizerErrorsTest.oracle(SCRIPT, List.of());
        assertEquals(3, out.size());
        String[] names = {"start", "continue", "printable"};
        for (int i = 0; i < 3; i++) {
            List<String> mine = new ArrayList<>();
            for (int v : TokenizerUnicode.table(names[i])) {
                mine.add(String.valueOf(v));
            }
            assertEquals(out.get(i), String.join(" ", mine), names[i]);
        }
    }

    @Test
    void lookups() {
        assertEquals(true, TokenizerUnicode.isXidStart('a'));
        assertEquals(false, TokenizerUnicode.isXidStart('1'));
        assertEquals(true, TokenizerUnicode.isXidContinue('1'));
        assertEquals(false, TokenizerUnicode.isXidContinue(0x200B));
        assertEquals(true, TokenizerUnicode.isXidContinue(0xE0100));
        assertEquals(false, TokenizerUnicode.isPrintable(0xA0));
        assertEquals(true, TokenizerUnicode.isPrintable(0x20AC));
        assertEquals(false, TokenizerUnicode.isXidStart(-1));
        assertEquals(false, TokenizerUnicode.isXidStart(0x110000));
    }
}
