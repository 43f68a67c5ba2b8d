package dev.adder.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Each token kind against CPython 3.11: snippets are tokenized by python3's {@code tokenize} (with
 * {@link TokenizerStdlibDiffTest}'s normalization of NEWLINE/INDENT/DEDENT/ENDMARKER), and the
 * C-tokenizer-only details (a NEWLINE token spanning a comment, columns -1) are checked through
 * where CPython places its "invalid syntax" error, which is at that token.
 */
class TokenizerTokensTest {
    private static final String TOKENIZE = String.join("\n",
            "import sys, io, tokenize",
            "def esc(s):",
            "    return s.replace('\\\\', '\\\\\\\\').replace('\\n', '\\\\n').replace('\\r', '\\\\r')",
            "for line in open(sys.argv[1]):",
            "    b = bytes.fromhex(line.strip())",
            "    lines = b.decode('utf-8').split('\\n')",
            "    def bcol(row, col):",
            "        return len(lines[row - 1][:col].encode('utf-8')) if row <= len(lines) else col",
            "    for t in tokenize.tokenize(io.BytesIO(b).readline):",
            "        if t.type not in (tokenize.COMMENT, tokenize.NL, tokenize.ENCODING):",
            "            print('%d %d %d %d %d %s' % (t.exact_type, t.start[0], bcol(*t.start), t.end[0],"
                    + " bcol(*t.end), esc(t.string)))",
            "    print('E')",
            "");

    private static final List<String> SNIPPETS = List.of(
            // names, keywords, soft keywords
            "x = None\nif True and not False: pass\nmatch = case = _ = 1\nasync def f(): await g\n",
            "def f(a, /, b, *, c): return lambda: (yield)\nclass C: global g; nonlocal n\n",
            "try: import a as b\nexcept E: raise\nfinally: del x\nwhile 1: break; continue\n",
            "for x in y: assert x is not y or x in z\nwith a: from . import b\nelif_ = else_ = 1\n",
            "\u00e9t\u00e9 = \u03c0 + \u212b + \ud835\udd18\ud835\udd2b + _\u00e9\n",
            // operators
            "a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1; a @= b; a &= 1; a |= 1; a ^= 1\n",
            "a <<= 1; a >>= 1; a = b // c ** d << e >> f < g > h <= i >= j == k != l\n",
            "x = -a + ~b * c / d % e @ f & g | h ^ i\ndef f() -> int: ...\nif (n := 10): x[1:2, ...]\n",
            "x = {a: b for a, b in c}; y = [*a, *b]; f(**k); o.a.b\nx = a.b. c\n",
            // numbers
            "x = 0, 00, 0_0, 1, 1_000, 0x1F, 0XaB_cD, 0o17, 0O1_7, 0b1, 0B1_0\n",
            "x = 1.0, 1., .5, 1e10, 1E-10, 1e+3, 1_0.0_1e1_0, 1j, 1.5J, 1e3j, 0j, 09.5, 09j, 00e0\n",
            "x = 1if y else 2\nz = [0x1for a in b]\nw = 1or 2\nv = 1.0and 3\nu = 1jin x\n",
            "x = 1 .real; y = 1..real\n",
            // strings
            "x = 'a' \"b\" '''c''' \"\"\"d\"\"\" r'e' R'f' b'g' B'h' u'i' U'j' f'k' F'l'\n",
            "x = rb'a' Rb'b' bR'c' BR'd' br'e' Br'f' rB'g' RB'h' fr'i' Fr'j' rf'k' rF'l' FR'm' fR'n'\n",
            "x = 'a\\'b' \"c\\\"d\" '\\\\' '''a\n''b\n'c''' \"\"\"\n\\\"\"\"\n\"\"\"\n",
            "x = 'a\\\nb' + f'{x!r:>{w}}' + '\u00e9\u20ac' + \"\"\"\u00e9\n\u20ac\"\"\"\n",
            "x = bu'a'\ny = ur'b'\nz = fb'c'\n",
            // layout
            "if a:\n\tb\n\tif c:\n\t\td\n\te\nf\n",
            "if a:\n  # comment\n\n  b  # trailing\n# dedented comment\n  c\nd\n",
            "x = (1,\n     2,\n  3)\ny = [\n]\nz = {\n  'a':\n    1}\n",
            "x = 1 + \\\n    2\nif a and \\\n   b:\n    c\n",
            "if a:\n    x = 1\n\n\n",
            "if a:\n  if b:\n    if c:\n      d",
            "x = 1\n\f\ny = 2\n\f  \n",
            "def f():\n    '''doc'''\n    return (\n        1)\n",
            "x = 1  \t# comment\r\ny = 2\r\n",
            "x=1;\n",
            "\n\n\n",
            "# only a comment",
            "");

    @Test
    void tokensMatchTokenizeModule() {
        List<String> hex = new ArrayList<>();
        for (String s : SNIPPETS) {
            hex.add(HexFormat.of().formatHex(s.getBytes(StandardCharsets.UTF_8)));
        }
        List<String> out = TokenizerErrorsTest.oracle(TOKENIZE, hex);
        int k = 0;
        for (String s : SNIPPETS) {
            List<String> expected = new ArrayList<>();
            while (!out.get(k).equals("E")) {
                expected.add(out.get(k++));
            }
            k++;
            List<Token> actual = new ArrayList<>();
            Source src = Source.fromString(s, "<t>");
            Tokenizer t = new Tokenizer(src);
            while (true) {
                Token tok = t.next();
                actual.add(tok);
                if (tok.type == TokenType.ENDMARKER) {
                    break;
                }
            }
            assertNull(TokenizerStdlibDiffTest.compare(expected, actual, src.lineCount()), s);
        }
    }

    /**
     * CPython reports a generic "invalid syntax" at the last token its parser fetched, from that
     * token's columns (+1): here the NEWLINE or ENDMARKER token. This shows the C token's extent.
     */
    @Test
    void cTokenColumnsAsCPythonReportsThem() {
        List<TokenizerErrorsTest.Case> cases = List.of(
                TokenizerErrorsTest.Case.exec("x = 1 +  # c\n"), TokenizerErrorsTest.Case.exec("x = 1 +\n"),
                TokenizerErrorsTest.Case.exec("x = 1 +"), TokenizerErrorsTest.Case.exec("x = 1 + # \u00e9\u00e9\n"),
                TokenizerErrorsTest.Case.eval("1 +"), TokenizerErrorsTest.Case.eval("1 + # c"));
        List<String> lines = new ArrayList<>();
        for (TokenizerErrorsTest.Case c : cases) {
            lines.add(c.oracleLine());
        }
        List<String> expected = TokenizerErrorsTest.oracle(TokenizerErrorsTest.ORACLE, lines);
        for (int i = 0; i < cases.size(); i++) {
            String[] f = expected.get(i).split("\t");
            Source s = cases.get(i).source();
            Tokenizer t = new Tokenizer(s);
            Token tok;
            do {
                tok = t.next();
            } while (tok.type != TokenType.NEWLINE && tok.type != TokenType.ENDMARKER);
            // CPython 3.11 RAISE_SYNTAX_ERROR_KNOWN_LOCATION: byte columns + 1, converted to characters
            String text = t.errorLineText(tok.lineno);
            int col = Source.byteOffsetToCharOffset(text, tok.col_offset + 1);
            int end = tok.end_col_offset + 1 > 0 ? Source.byteOffsetToCharOffset(text, tok.end_col_offset + 1)
                    : tok.end_col_offset + 1;
            assertEquals(f[3] + " " + f[4] + " " + f[5] + " " + f[6],
                    tok.lineno + " " + col + " " + tok.end_lineno + " " + end, cases.get(i).toString());
        }
    }
}
