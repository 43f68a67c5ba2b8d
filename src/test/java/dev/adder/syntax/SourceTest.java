package dev.adder.syntax;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Source decoding (newlines, BOM, PEP 263 cookies) and the line index used by error messages. */
class SourceTest {
    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void newlinesAreTranslatedAndExecInputEndsWithOne() {
        assertEquals("a\nb\nc\n", utf8(Source.fromBytes(latin1("a\r\nb\rc"), "f").bytes()));
        assertEquals("a\n\n", utf8(Source.fromBytes(latin1("a\r\r"), "f").bytes()));
        assertEquals("\n", utf8(Source.fromBytes(new byte[0], "f").bytes()));
        assertEquals("a", utf8(Source.fromBytes(latin1("a"), "f", false).bytes()));
        assertEquals("a\n", utf8(Source.fromString("a\r", "f", false).bytes()));
        assertEquals("x = 1\n", utf8(Source.fromString("x = 1", "f").bytes()));
    }

    @Test
    void bomAndCookie() {
        Source bom = Source.fromBytes(latin1("\u00ef\u00bb\u00bfx = 1\n"), "f");
        assertEquals("x = 1\n", utf8(bom.bytes()));
        assertTrue(bom.hasEncoding());
        Source plain = Source.fromBytes(latin1("x = 1\n"), "f");
        assertFalse(plain.hasEncoding());
        assertTrue(Source.fromString("x = 1\n", "f").hasEncoding());
        Source latin = Source.fromBytes(latin1("# coding: latin-1\nx = '\u00e9'\n"), "f");
        assertEquals("# coding: latin-1\nx = '\u00e9'\n", utf8(latin.bytes()));
        assertTrue(latin.hasEncoding());
        // compile(str) ignores the cookie and keeps a BOM character as text
        assertEquals("# coding: latin-1\n\u00e9\n", utf8(Source.fromString("# coding: latin-1\n\u00e9", "f").bytes()));
    }

    /** Sources with cookies decode to what CPython decodes (python3 prints the string literal's value). */
    @Test
    void cookiesDecodeLikeCPython() {
        List<String> inputs = List.of(
                "# -*- coding: latin-1 -*-\nx = '\u00e9\u00ff'\n",
                "#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-15 :\nx = '\u00a4'\n",
                "# coding=cp1252\nx = '\u0080\u0099'\n",
                "# coding: koi8-r\nx = '\u00c1\u00c2'\n",
                "\n# coding: utf8\nx = '\u00c3\u00a9'\n",
                "# coding: utf-8-sig\nx = '\u00c3\u00a9'\n",
                "# coding: Latin_1\nx = '\u00e9'\n",
                "# coding: euc-jp\nx = '\u00a4\u00a2'\n",
                "# coding: shift_jis\nx = '\u0082\u00a0'\n",
                "\u00ef\u00bb\u00bf# coding: utf-8\nx = '\u00c3\u00a9'\n",
                "x = '\u00c3\u00a9'\n# coding: latin-1\n",
                "\u000c# coding: latin-1\nx = '\u00e9'\n");
        String script = String.join("\n",
                "import sys, ast",
                "for line in open(sys.argv[1]):",
                "    b = bytes.fromhex(line.strip())",
                "    v = ast.parse(b).body[0].value.value",
                "    print(v.encode('utf-8').hex())",
                "");
        List<String> hexInputs = new ArrayList<>();
        for (String s : inputs) {
            hexInputs.add(HexFormat.of().formatHex(latin1(s)));
        }
        List<String> expected = TokenizerErrorsTest.oracle(script, hexInputs);
        for (int i = 0; i < inputs.size(); i++) {
            Tokenizer t = new Tokenizer(Source.fromBytes(latin1(inputs.get(i)), "f"));
            Token k;
            do {
                k = t.next();
            } while (k.type != TokenType.STRING);
            String value = k.string.substring(1, k.string.length() - 1);
            assertEquals(utf8(HexFormat.of().parseHex(expected.get(i))), value, inputs.get(i));
        }
    }

    @Test
    void lineIndex() {
        Source s = Source.fromString("ab\n\u00e9\u20ac\ud83d\ude00x\n\nlast", "f");
        assertEquals(4, s.lineCount());
        assertEquals(0, s.lineStart(1));
        assertEquals(3, s.lineStart(2));
        assertEquals("ab", s.lineText(1));
        assertEquals("\u00e9\u20ac\ud83d\ude00x", s.lineText(2));
        assertEquals("", s.lineText(3));
        assertEquals("last", s.lineText(4));
        assertEquals("last", s.lineText(99));
        assertEquals(0, s.charOffset(2, 0));
        assertEquals(1, s.charOffset(2, 2));
        assertEquals(2, s.charOffset(2, 5));
        assertEquals(3, s.charOffset(2, 9));
        assertEquals(4, s.charOffset(2, 10));
        assertEquals(5, s.charOffset(2, 11));
        assertEquals(1, Source.fromString("x\n", "f").lineCount());
        assertEquals(1, Source.fromBytes(new byte[0], "f").lineCount());
    }

    @Test
    void invalidUtf8IsReplacedInLineText() {
        Source s = Source.fromBytes(latin1("# \u00f6 \u00e2\u0082 \u00ed\u00a0\u0080x\nb"), "f");
        assertEquals("# \ufffd \ufffd \ufffd\ufffd\ufffdx", s.lineText(1));
        assertEquals(5, s.charOffset(1, 5));
        assertEquals(5, s.charOffset(1, 6));
        assertArrayEquals(latin1("# \u00f6 \u00e2\u0082 \u00ed\u00a0\u0080x\nb\n"), s.bytes());
    }

    @Test
    void cpythonByteToCharOffset() {
        assertEquals(0, Source.byteOffsetToCharOffset("\u00e9x", 0));
        assertEquals(1, Source.byteOffsetToCharOffset("\u00e9x", 1));
        assertEquals(1, Source.byteOffsetToCharOffset("\u00e9x", 2));
        assertEquals(2, Source.byteOffsetToCharOffset("\u00e9x", 3));
        assertEquals(3, Source.byteOffsetToCharOffset("\u00e9x", 4));
        assertEquals(3, Source.byteOffsetToCharOffset("\u00e9x", 99));
    }
}
