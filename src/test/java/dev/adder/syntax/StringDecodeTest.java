package dev.adder.syntax;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Decodes str and bytes literals and compares values and error messages with CPython 3.11. */
class StringDecodeTest {
    private static final String ORACLE = """
            import ast, sys, platform, warnings
            warnings.simplefilter("ignore")
            print(platform.python_version())
            for line in open(sys.argv[1]):
                lit = bytes.fromhex(line.strip()).decode()
                try:
                    v = ast.parse(lit, mode="eval").body.value
                    if isinstance(v, bytes):
                        print("B", v.hex())
                    else:
                        print("S", v.encode("utf-16-be", "surrogatepass").hex())
                except SyntaxError as e:
                    print("E", e.msg.encode().hex())
            """;

    static final String[] HAND = {
        "'abc'", "''", "\"\"", "''''''", "'''a'b'''", "\"\"\"x\"y\"\"\"", "u'x'", "U'x'", "r'\\n'", "R'\\x'",
        "'\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\r'", "'\\0\\7\\77\\777\\1234\\8\\9'", "'\\x41\\xff\\x4'", "'\\x'",
        "'\\xg1'", "'\\u00e9\\u12'", "'\\U0001F600'", "'\\U00110000'", "'\\Uffffffff'", "'\\ud800\\udc00'",
        "'\\N{LATIN SMALL LETTER A}'", "'\\N{latin small letter a}'", "'\\N{LINE FEED}'", "'\\N{NBSP}'",
        "'\\N{foo}'", "'\\N{}'", "'\\N'", "'\\N{'", "'\\N{LATIN'", "'\\Nx'", "'\\N{ LATIN SMALL LETTER A}'",
        "'\\N{CJK UNIFIED IDEOGRAPH-4E00}'", "'\\N{cjk unified ideograph-4E00}'", "'\\N{CJK UNIFIED IDEOGRAPH-4e00}'",
        "'\\N{CJK UNIFIED IDEOGRAPH-3134A}'", "'\\N{CJK UNIFIED IDEOGRAPH-3134B}'", "'\\N{CJK UNIFIED IDEOGRAPHS 4E00}'",
        "'\\N{HANGUL SYLLABLE GAG}'", "'\\N{hangul syllable GAG}'", "'\\N{HANGUL SYLLABLE gag}'",
        "'\\N{HANGUL SYLLABLE}'", "'\\N{HANGUL SYLLABLE A}'", "'\\N{HANGUL SYLLABLE GGWAELH}'",
        "'\\N{HANGUL SYLLABLE GX}'", "'\\N{HANGUL SYLLABLES AC01}'", "'\\N{NULL}'", "'\\N{LINE FEED (LF)}'",
        "'\\N{BASIC LATIN 0041}'", "'\\N{PRIVATE USE AREA E000}'", "'\\N{DIGIT ONE}'", "'\\N{digit one }'",
        "'\\N{GRINNING FACE}'", "'\\N{CJK COMPATIBILITY IDEOGRAPH-F900}'", "'\\N{cjk compatibility ideograph-f900}'", "'\\N{TANGUT IDEOGRAPH-17000}'", "'\\N{KHITAN SMALL SCRIPT CHARACTER-18B00}'", "'\\N{ARABIC LETTER LAM WITH DOUBLE BAR}'", "'\\N{BYTE ORDER MARK}'", "'\\N{LATIN CAPITAL LETTER GHA}'",
        "'\\N{é}'", "'é\\x1'", "'\\é\\x1'", "'😀\\x1'", "'\\😀'", "'\\d\\e\\w'", "'a\\\nb'", "'''a\\\n\nb'''",
        "'é😀\\u00e9'", "'\\N{SPACE}x\\N{DIGIT ZERO}'",
        "b'abc'", "b''", "B'x'", "br'\\x'", "Rb'\\n'", "rB'\\\\'", "b'\\x41\\xfF\\x4'", "b'\\x'", "b'ab\\x1'",
        "b'\\xg1'", "b'\\0\\7\\77\\777\\1234\\8'", "b'\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\r'", "b'\\u1234\\N{x}\\d'",
        "b'é'", "rb'é'", "b'a\\\nb'", "b'''a\n\\\nb'''",
    };

    @Test
    void handPickedMatchCPython() {
        compare(List.of(HAND));
    }

    @Test
    void randomLiteralsMatchCPython() {
        Random r = new Random(311);
        String[] atoms = {"\\", "\\", "\\", "x", "u", "U", "N", "{", "}", "0", "1", "7", "8", "9", "a", "F", "f",
            "n", "t", "é", "😀", "'", "\n", "LATIN SMALL LETTER A", "DIGIT ONE", " ", "\\N{", "\\x4", "\\u00",
            "\\U0001F60", "d", "r", "\\\n"};
        String[] prefixes = {"", "r", "b", "rb", "u", "B", "R"};
        List<String> cases = new ArrayList<>();
        for (int n = 0; n < 4000; n++) {
            StringBuilder body = new StringBuilder();
            int len = r.nextInt(8);
            for (int k = 0; k < len; k++) {
                body.append(atoms[r.nextInt(atoms.length)]);
            }
            String b = body.toString();
            // a final odd backslash would escape the closing quote
            int trailing = 0;
            for (int k = b.length() - 1; k >= 0 && b.charAt(k) == '\\'; k--) {
                trailing++;
            }
            if (trailing % 2 == 1) {
                b += "z";
            }
            cases.add(prefixes[r.nextInt(prefixes.length)] + "\"\"\"" + b + "\"\"\"");
        }
        compare(cases);
    }

    private static void compare(List<String> cases) {
        List<String> expected = StringPython.run(ORACLE, cases);
        assertEquals(cases.size(), expected.size());
        int failures = 0;
        StringBuilder report = new StringBuilder();
        for (int i = 0; i < cases.size(); i++) {
            String actual = decode(cases.get(i));
            if (!actual.equals(expected.get(i))) {
                failures++;
                if (failures < 20) {
                    report.append(cases.get(i)).append("\n  expected ").append(show(expected.get(i)))
                            .append("\n  actual   ").append(show(actual)).append('\n');
                }
            }
        }
        assertTrue(failures == 0, failures + " of " + cases.size() + " differ:\n" + report);
    }

    private static String show(String line) {
        return line.startsWith("E ") ? "E " + StringPython.unhex(line.substring(2)) : line;
    }

    /** What the oracle prints, computed by Adder. */
    static String decode(String text) {
        int prefix = StringLiterals.prefix(text);
        try {
            if ((prefix & StringLiterals.BYTES) != 0) {
                int p = StringLiterals.prefixLength(prefix);
                int q = StringLiterals.quoteLength(text, p);
                int from = p + q;
                int to = text.length() - q;
                if (!StringLiterals.isAscii(text, from, to)) {
                    return "E " + StringPython.hex("bytes can only contain ASCII literal characters");
                }
                byte[] v = (prefix & StringLiterals.RAW) != 0 ? StringLiterals.rawBytes(text, from, to)
                        : StringLiterals.decodeBytes(text, from, to);
                return "B " + HexFormat.of().formatHex(v);
            }
            return "S " + StringPython.utf16Hex(Strings.strValue(text, prefix));
        } catch (StringLiterals.DecodeError e) {
            return "E " + StringPython.hex(e.getMessage());
        }
    }
}
