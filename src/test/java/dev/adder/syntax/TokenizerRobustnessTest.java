package dev.adder.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The tokenizer on hostile input: huge lines and deep brackets finish well under a second, and on
 * any bytes nothing but a {@link PythonSyntaxError} of a Python type escapes (never its internal
 * "SystemError" safety net, never another Java exception).
 */
class TokenizerRobustnessTest {
    private static final int TEN_MB = 10 * 1024 * 1024;

    /** Tokenizes to the end; returns the number of tokens, or -1 after a syntax error. */
    private static int drain(Source s) {
        Tokenizer t = new Tokenizer(s);
        int n = 0;
        try {
            while (true) {
                Token k = t.next();
                n++;
                if (k.type == TokenType.ENDMARKER || k.type == TokenType.ERRORTOKEN) {
                    return n;
                }
            }
        } catch (PythonSyntaxError e) {
            assertTrue(e.isSyntaxError() || e.pythonType().equals("UnicodeEncodeError"),
                    "unexpected error type " + e);
            return -1;
        }
    }

    /** The best of three timed runs after a warm-up (the machine may be busy). */
    private static long millis(Runnable r) {
        r.run();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            r.run();
            best = Math.min(best, (System.nanoTime() - t0) / 1_000_000);
        }
        return best;
    }

    private static void assertFast(String what, byte[] src) {
        long ms = millis(() -> {
            try {
                drain(Source.fromBytes(src, "<big>"));
            } catch (PythonSyntaxError e) {
                assertTrue(e.isSyntaxError(), e.toString());
            }
        });
        assertTrue(ms < 1000, what + " took " + ms + " ms");
    }

    private static byte[] repeat(String head, String unit, int totalBytes, String tail) {
        StringBuilder b = new StringBuilder(totalBytes + 64).append(head);
        while (b.length() < totalBytes) {
            b.append(unit);
        }
        return b.append(tail).toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void hugeInputsAreFast() {
        assertFast("10 MB expression line", repeat("x = ", "1+", TEN_MB, "1\n"));
        assertFast("10 MB identifier", repeat("", "a", TEN_MB, " = 1\n"));
        assertFast("10 MB non-ASCII identifier", repeat("", "\u00e9", TEN_MB, " = 1\n"));
        assertFast("10 MB string", repeat("x = '", "ab\\'", TEN_MB, "'\n"));
        assertFast("10 MB unterminated string", repeat("x = '", "ab", TEN_MB, "\n"));
        assertFast("10 MB triple-quoted string", repeat("x = '''", "ab\n", TEN_MB, "'''\n"));
        assertFast("10 MB comment", repeat("x = 1 #", "ab", TEN_MB, "\n"));
        assertFast("10 MB number", repeat("x = 1", "0_0", TEN_MB, "\n"));
        assertFast("10 MB of blank lines", repeat("", "\n", TEN_MB, "x\n"));
        assertFast("10 MB of continuation lines", repeat("x = 1", " \\\n", TEN_MB, "\n"));
        assertFast("10 MB inside brackets", repeat("x = [", "1,\n", TEN_MB, "]\n"));
        assertFast("10 MB of indentation", repeat("if 1:\n", " ", TEN_MB, "x\n"));
        assertFast("10 MB of tabs", repeat("if 1:\n", "\t", TEN_MB, "x\n"));
        assertFast("(" + " * 100000", repeat("", "(", 100_000, ""));
        assertFast("nested brackets", repeat("", "([{", 100_000, ""));
    }

    @Test
    void deepBracketsStopAt200() {
        Tokenizer t = new Tokenizer(Source.fromString("(".repeat(100_000), "<big>"));
        try {
            for (int i = 0; i < 300; i++) {
                t.next();
            }
            fail("expected too many nested parentheses");
        } catch (PythonSyntaxError e) {
            assertEquals("too many nested parentheses", e.msg());
            assertEquals(201, e.offset());
            assertEquals(200, t.level());
        }
    }

    /** Random bytes, and random byte edits of valid Python: only syntax errors may come out. */
    @Test
    void fuzzNeverThrowsJavaExceptions() {
        Random rnd = new Random(20240611);
        byte[] seed = String.join("\n",
                "# -*- coding: utf-8 -*-",
                "import os, sys as s",
                "class C(object):",
                "    def f(self, a=1_000, *b, **k) -> 'x':",
                "        \"\"\"doc \\\"\"\" string\"\"\"",
                "        x = [0x1F, 0o17, 0b1, 1.5e-3j, .5, 1., 1_0.0_1E+1_0] + (a, b)",
                "        if x <> 3 or x != 4 and not x: return f'{x!r:>{w}}' rb'\\x00' u'\u00e9'",
                "        \tz = x @ y // 2 ** 3 >> 4 << 5 ^ 6 | 7 & ~8 % 9",
                "        y = lambda q: (yield q) if q else ...",
                "\u00e9t\u00e9 = {1: 2, **d}  # comment \u20ac",
                "with open(x) as f, \\",
                "        g: pass",
                "").getBytes(StandardCharsets.UTF_8);
        byte[] alphabet = " \t\n\r\f\\\"'#([{}])0123456789xobjeEJ_.+-=<>!@:;,rbufRBUF".getBytes(StandardCharsets.US_ASCII);
        for (int iter = 0; iter < 30_000; iter++) {
            byte[] src;
            if (iter % 3 == 0) {
                src = new byte[rnd.nextInt(64)];
                rnd.nextBytes(src);
            } else {
                src = Arrays.copyOf(seed, seed.length);
                int edits = 1 + rnd.nextInt(8);
                for (int e = 0; e < edits; e++) {
                    int pos = rnd.nextInt(src.length);
                    src[pos] = rnd.nextBoolean() ? alphabet[rnd.nextInt(alphabet.length)] : (byte) rnd.nextInt(256);
                }
                if (rnd.nextInt(4) == 0) {
                    src = Arrays.copyOf(src, rnd.nextInt(src.length + 1));
                }
            }
            boolean eval = rnd.nextInt(4) == 0;
            try {
                Source s = rnd.nextBoolean()
                        ? Source.fromBytes(src, "<fuzz>", !eval)
                        : Source.fromString(new String(src, StandardCharsets.ISO_8859_1), "<fuzz>", !eval);
                drain(s);
            } catch (PythonSyntaxError e) {
                assertTrue(e.isSyntaxError() || e.pythonType().equals("UnicodeEncodeError"),
                        "unexpected " + e + " for " + Arrays.toString(src));
            } catch (RuntimeException e) {
                throw new AssertionError("Java exception for " + Arrays.toString(src), e);
            }
        }
    }
}
