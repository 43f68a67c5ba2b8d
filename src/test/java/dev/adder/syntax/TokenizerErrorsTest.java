package dev.adder.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.adder.ast.Python3;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every tokenizer and source-decoding error against CPython 3.11: each input is compiled by
 * python3 ({@code compile(src, "<adder>", mode)}, bytes or str) and tokenized here; the exception
 * type, message, filename, lineno, offset, end_lineno, end_offset and text must be equal.
 *
 * <p>An ERRORTOKEN at end of file inside brackets is turned into the error CPython's parser
 * raises for it ("'(' was never closed", {@code raise_unclosed_parentheses_error}), from the
 * tokenizer's bracket stack. Every input is chosen so that CPython's error is the tokenizer's.
 */
class TokenizerErrorsTest {
    static final String FILENAME = "<adder>";

    /** One input: text (compile(str)) or bytes (compile(bytes)), in exec or eval mode. */
    record Case(String mode, String text, byte[] bytes) {
        static Case exec(String text) {
            return new Case("exec", text, null);
        }

        static Case eval(String text) {
            return new Case("eval", text, null);
        }

        /** Bytes given as a String of chars 0-255. */
        static Case bytes(String latin1) {
            return new Case("exec", null, latin1.getBytes(StandardCharsets.ISO_8859_1));
        }

        static Case utf8(String text) {
            return new Case("exec", null, text.getBytes(StandardCharsets.UTF_8));
        }

        Source source() {
            return text != null ? Source.fromString(text, FILENAME, mode.equals("exec"))
                    : Source.fromBytes(bytes, FILENAME, mode.equals("exec"));
        }

        /** The line handed to the oracle script: mode, kind, UTF-16LE or raw bytes in hex. */
        String oracleLine() {
            if (text != null) {
                byte[] b = new byte[text.length() * 2];
                for (int i = 0; i < text.length(); i++) {
                    b[2 * i] = (byte) text.charAt(i);
                    b[2 * i + 1] = (byte) (text.charAt(i) >> 8);
                }
                return mode + " str " + HexFormat.of().formatHex(b);
            }
            return mode + " bytes " + HexFormat.of().formatHex(bytes);
        }

        @Override
        public String toString() {
            String s = text != null ? text : new String(bytes, StandardCharsets.ISO_8859_1);
            s = s.length() > 60 ? s.substring(0, 60) + "..." : s;
            return mode + (text != null ? " str " : " bytes ") + s.replace("\n", "\\n");
        }
    }

    static final String ORACLE = String.join("\n",
            "import sys, warnings",
            "warnings.simplefilter('ignore')",
            "def h(s):",
            "    return s.encode('utf-8', 'surrogatepass').hex()",
            "def n(v):",
            "    return 0 if v is None else v",
            "for line in open(sys.argv[1]):",
            "    mode, kind, data = line.split()",
            "    b = bytes.fromhex(data)",
            "    src = b if kind == 'bytes' else b.decode('utf-16-le', 'surrogatepass')",
            "    try:",
            "        compile(src, '" + FILENAME + "', mode)",
            "        print('OK')",
            "    except SyntaxError as e:",
            "        print('\\t'.join([type(e).__name__, h(e.msg), str(e.filename), str(n(e.lineno)),"
                    + " str(n(e.offset)), str(n(e.end_lineno)), str(n(e.end_offset)),"
                    + " 'None' if e.text is None else h(e.text)]))",
            "    except Exception as e:",
            "        print('\\t'.join([type(e).__name__, h(str(e)), 'None', '0', '0', '0', '0', 'None']))",
            "");

    /** Runs a python3 script on a file of input lines; returns its stdout lines. */
    static List<String> oracle(String script, List<String> inputLines) {
        Python3.assumeAvailable();
        try {
            Path in = Files.createTempFile("adder-tok", ".txt");
            try {
                Files.write(in, inputLines, StandardCharsets.UTF_8);
                return Python3.run(script, in.toString());
            } finally {
                Files.deleteIfExists(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What CPython reports for the input, as far as the tokenizer decides it; same format as ORACLE. */
    static String actual(Case c) {
        try {
            Source s = c.source();
            Tokenizer t = new Tokenizer(s);
            while (true) {
                Token k = t.next();
                if (k.type == TokenType.ENDMARKER) {
                    return "OK";
                }
                if (k.type == TokenType.ERRORTOKEN) {
                    return unclosed(t, s);
                }
            }
        } catch (PythonSyntaxError e) {
            return format(e.pythonType(), e.msg(), e.filename(), e.lineno(), e.offset(), e.endLineno(),
                    e.endOffset(), e.text());
        }
    }

    /** CPython 3.11: Parser/pegen_errors.c raise_unclosed_parentheses_error, from the bracket stack. */
    private static String unclosed(Tokenizer t, Source s) {
        int i = t.level() - 1;
        if (i < 0 || !t.atEof()) {
            return "ERRORTOKEN without open brackets at EOF";
        }
        int lineno = t.parenLineno(i);
        String text = t.errorLineText(lineno);
        int col = t.parenCol(i) + 1;
        if (s.hasEncoding()) {
            col = Source.byteOffsetToCharOffset(text, col);
        }
        return format("SyntaxError", "'" + t.parenChar(i) + "' was never closed", s.filename(), lineno, col, lineno,
                0, text);
    }

    static String format(String type, String msg, String filename, int lineno, int offset, int endLineno,
                         int endOffset, String text) {
        return String.join("\t", type, hex(msg), filename == null ? "None" : filename, String.valueOf(lineno),
                String.valueOf(offset), String.valueOf(endLineno), String.valueOf(endOffset),
                text == null ? "None" : hex(text));
    }

    private static String hex(String s) {
        return HexFormat.of().formatHex(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Makes a mismatch readable: hex fields decoded. */
    static String readable(String line) {
        String[] f = line.split("\t", -1);
        if (f.length < 8) {
            return line;
        }
        f[1] = new String(HexFormat.of().parseHex(f[1]), StandardCharsets.UTF_8);
        if (!f[7].equals("None")) {
            f[7] = "'" + new String(HexFormat.of().parseHex(f[7]), StandardCharsets.UTF_8).replace("\n", "\\n") + "'";
        }
        return String.join(" | ", f);
    }

    static Stream<DynamicTest> compare(List<Case> cases) {
        List<String> lines = new ArrayList<>();
        for (Case c : cases) {
            lines.add(c.oracleLine());
        }
        List<String> expected = oracle(ORACLE, lines);
        assertEquals(cases.size(), expected.size(), "oracle output lines");
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            String want = expected.get(i);
            tests.add(DynamicTest.dynamicTest(c.toString(),
                    () -> assertEquals(readable(want), readable(actual(c)))));
        }
        return tests.stream();
    }

    private static String nested(int depth, int extraIndent) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            b.append(" ".repeat(i)).append("if 1:\n");
        }
        return b.append(" ".repeat(depth + extraIndent)).append("x\n").toString();
    }

    @TestFactory
    Stream<DynamicTest> stringErrors() {
        return compare(List.of(
                Case.exec("x = \"abc\n"), Case.exec("x = 'abc"), Case.eval("'abc"), Case.exec("x = rb\"abc"),
                Case.exec("x = 1 + \"\"\"abc\n\n"), Case.exec("x = ('''\nabc"), Case.exec("f\"abc"),
                Case.exec("x = f\"\"\"abc\n"), Case.exec("\"abc\\\ndef"), Case.exec("'abc\\\n"),
                Case.exec("\"\"\"abc\\\"\"\""), Case.exec("x = \"\u00e9\n"), Case.exec("\u00e9 = \"abc\n"),
                Case.utf8("\u00e9 = \"abc\n"), Case.exec("x = 1\ny = (1,\n  '''abc\ndef\n"),
                Case.exec("x = \"\"\"a\nb\"\"\" + 'c\n")));
    }

    @TestFactory
    Stream<DynamicTest> indentationErrors() {
        return compare(List.of(
                Case.exec("if 1:\n    x\n  y\n"), Case.exec("if 1:\n\tx\n        y\n"),
                Case.exec("if 1:\n        if 1:\n\t\t x"), Case.exec("if 1:\n    \tx\n\ty"),
                Case.exec("if 1:\n  x\n\t\ty"), Case.exec("if 1:\n  x\n\f y"), Case.exec("if x:\n  pass\n y"),
                Case.exec("if 1:\n  x = \"\"\"a\nb\"\"\"\n y"), Case.utf8("if 1:\n  \u00e9\n \u00e9"),
                Case.exec("if 1:\n  \u00e9\n \u00e9"), Case.exec(nested(99, 1)), Case.exec(nested(98, 1)),
                Case.exec(nested(100, 1)), Case.exec("if 1:\n\tif 1:\n\t        x\n\t  y")));
    }

    @TestFactory
    Stream<DynamicTest> bracketErrors() {
        return compare(List.of(
                Case.exec("(]"), Case.exec("(\n]"), Case.exec(")"), Case.exec("x = [1,\n   (2, 3]\n"),
                Case.exec("x = 1)"), Case.exec("}"), Case.exec("x = {1: [2)}"), Case.exec("(".repeat(201)),
                Case.exec("(".repeat(200)), Case.exec("x = (1,\n 2"), Case.exec("(\n1,\n2"),
                Case.exec("[1,\n{2,\n(3"), Case.exec("\u00e9 = (1\n"), Case.utf8("\u00e9 = (1\n"),
                Case.exec("x = \"\"\"a\nb\"\"\" + (\n1 +"), Case.exec("x = (\"\"\"a\nb\"\"\"\n1 +"),
                Case.eval("(1"), Case.exec("x = (1 \\\n"), Case.exec("foo(\n  a,\n  b\n")));
    }

    @TestFactory
    Stream<DynamicTest> continuationErrors() {
        return compare(List.of(
                Case.exec("x = 1 \\ 2"), Case.exec("x = 1 \\\n"), Case.exec("x = 1 \\"), Case.exec("\\"),
                Case.eval("1\\"), Case.exec("\u00e9 = 1 \\ 2"), Case.utf8("\u00e9 = 1 \\ 2"),
                Case.exec("x = 1\\\n  + 2 \\\n"), Case.exec("x = 1 \\\n + 2 \\ 3"), Case.exec("  \\\n"),
                Case.exec("x = 1 +\\\n"), Case.exec("if 1:\n  \\\n\\ y")));
    }

    @TestFactory
    Stream<DynamicTest> characterErrors() {
        return compare(List.of(
                Case.exec("x = \u20ac"), Case.exec("x = a\u00a0b"), Case.exec("x\u0001"), Case.exec("a\u000bb"),
                Case.exec("\u007f"), Case.exec("x = 1 \u2044 2"), Case.exec("x = \ud83d\ude00"),
                Case.exec("x = a\ud83d\ude00"), Case.exec("x = \u200b"), Case.exec("x = a\u200db"),
                Case.exec("\ufeffx = 1"), Case.exec("x = \u00b7b"), Case.exec("x = 1\n\u00e9\u20ac = 2"),
                Case.utf8("x = \u00e9\u20acz"), Case.bytes("\u00f6=1"), Case.bytes("x=1\n\u00f6\n"),
                Case.bytes("x\u00e2\u0082 = 1"), Case.bytes("x\u00e2\u0082"), Case.bytes("x\u00e0\u0080 = 1"),
                Case.bytes("x\u00ed\u00a0\u0080 = 1"), Case.bytes("x\u00f0\u009f\u0098 = 1"),
                Case.bytes("x\u00f4\u0090\u0080\u0080"), Case.bytes("\u00ff"), Case.bytes("\u00ef\u00bb\u00bf\u00c3 = 1"),
                Case.bytes("x = 1\n\u00c3("), Case.bytes("x\u00e2\u0082\u00ac\u00ff = 1"),
                Case.bytes("\u00e2\u0082\u00acx\u00ff"), Case.bytes("x\u00ff\u00e2\u0082\u00ac"),
                Case.bytes("a\u00c2\u00a0\u00c3\u00a9\u00e2\u0082\u00ac = 1")));
    }

    @TestFactory
    Stream<DynamicTest> numberErrors() {
        List<Case> cases = new ArrayList<>();
        for (String n : new String[] {"1_", "1__0", "1e", "0x", "1abc", "0o8", "0o18", "012", "0_12", "1.5j_", "1jx",
            "0b12", "0b", "0xg", "1e+", "1.e5x", "0o", "0o_", "0b_2", "0x_", "0x1_", "0x1__2", "1.0__1", "1e1_", "1e_1",
            ".5_", "1_.5", "1._5", "0_", "00_", "0_0_", "09", "0_9", "01_", "1.__class__", "0b1e", "0o7a",
            "0xfg", "1e5e", "0777", "1_000_", "1e-_5", "0o_8", "0b_", "1E+5j_", "00012", "0_0_1", "0.5_",
            "5_j", "1_e5", "0xaz", "1.e", "1.E+", "0jx", "0e", "0e+"}) {
            cases.add(Case.exec("x = " + n));
        }
        cases.add(Case.exec("\u00e9 = 012"));
        cases.add(Case.utf8("\u00e9 = 012"));
        cases.add(Case.utf8("\u00e9 = 1abc"));
        cases.add(Case.eval("1_"));
        cases.add(Case.exec("x = 1\u200b"));
        cases.add(Case.exec("x = 1e\u00e9"));
        cases.add(Case.exec("x = 0x1\u00a0"));
        cases.add(Case.exec("x = 1.5j\u20ac"));
        cases.add(Case.exec("x = 0o7\u00a0"));
        return compare(cases);
    }

    @TestFactory
    Stream<DynamicTest> sourceErrors() {
        return compare(List.of(
                Case.bytes("\u0000"), Case.exec("\u0000"), Case.bytes("x = 1\n\u0000"), Case.exec("x\ud800"),
                Case.exec("x = '\udc80'"), Case.bytes("# coding: uft-8\nx=1"),
                Case.bytes("\u00ef\u00bb\u00bf# coding: latin-1\nx=1"), Case.bytes("\u00ef\u00bb\u00bf# coding: utf8\nx=1"),
                Case.bytes("# coding: ascii\nx=\"\u00c3\u00a9\""), Case.bytes("# coding: cp1252\nx=\"\u0081\""),
                Case.bytes("# coding: utf8\nx=\"\u0081\""), Case.bytes("# coding: utf8\nx=\"\u00e2\u0082\""),
                Case.bytes("x=1\n# coding: foo\n"), Case.bytes("\n# coding: foo\n"), Case.bytes("\n\n# coding: foo\n"),
                Case.bytes("#!/usr/bin/python\n# vim: set fileencoding=foo :\n"), Case.bytes("# coding=foo"),
                Case.bytes("  # -*- coding: Foo-Bar.1 -*-\n"), Case.bytes("x = 1 # coding: foo\n"),
                Case.bytes("# coding: latin-1\n\u00e9\u00a4 = 1"), Case.bytes("# coding: latin-1\nx = 1 \\ \u00e9"),
                Case.bytes("# coding: koi8-r\n\u00c1\u00c2 = 1 \\ 2"), Case.bytes("\u00ef\u00bb\u00bfx = (1,\n\u00e9"),
                Case.bytes("\u00ef\u00bb\u00bf\u00c3\u00a9 = 1 \\ 2"), Case.bytes("# coding: utf-8\n\u00c3\u00a9 = 1 \\ 2"),
                Case.bytes("x = 1\r\ny = 'a\r\n"), Case.bytes("x = 1\ry = 'a\r"), Case.bytes("x = (1,\r 2"),
                Case.exec("x = 1\r\nif 1:\r\n  y \\ 2\r\n")));
    }
}
