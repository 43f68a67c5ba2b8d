package dev.adder.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The tokenizer of an f-string replacement field ({@code Tokenizer(source, lineOffset, colOffset)}),
 * set up as CPython 3.11's {@code fstring_compile_expr} does: names get the positions
 * {@code ast} gives them, tokenizer errors the lines, offsets and texts CPython reports.
 */
class TokenizerFStringTest {
    /** One replacement field: its sub-tokenizer, set up as CPython's fstring_compile_expr. */
    private static Tokenizer field(String source, int fieldIndex) {
        Tokenizer outer = new Tokenizer(Source.fromString(source, TokenizerErrorsTest.FILENAME));
        int seen = 0;
        while (true) {
            Token t = outer.next();
            if (t.type != TokenType.STRING || !t.string.toLowerCase().startsWith("f")) {
                continue;
            }
            byte[] s = t.string.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < s.length; i++) {
                if (s[i] != '{' || seen++ != fieldIndex) {
                    continue;
                }
                int close = i + 1;
                while (s[close] != '}') {
                    close++;
                }
                // CPython 3.11: Parser/string_parser.c fstring_find_expr_location
                int lines = 0;
                int lastNl = -1;
                for (int p = 0; p < i; p++) {
                    if (s[p] == '\n') {
                        lines++;
                        lastNl = p;
                    }
                }
                int cols = lastNl < 0 ? i : i - lastNl - 1;
                int startingCol = lines != 0 ? cols : t.col_offset + cols;
                byte[] expr = new byte[close - i + 1];
                expr[0] = '(';
                System.arraycopy(s, i + 1, expr, 1, close - i - 1);
                expr[expr.length - 1] = ')';
                return new Tokenizer(Source.fromBytes(expr, TokenizerErrorsTest.FILENAME), t.lineno + lines - 1,
                        startingCol);
            }
        }
    }

    private static final List<String> SOURCES = List.of(
            "x = f\"ab{ yy + zz}\"",
            "x = 1\ny = f'{aa}{bb}' + f\"{cc}\"",
            "x = f\"\"\"\n  {aa}\"\"\"",
            "x = (f\"\"\"abc\n {bb}\"\"\", f\"{cc}\")",
            "x = f'{\u00e9\u00e9 + \u00e9}'",
            "x = f\"\u00e9{aa}\"");

    @Test
    void namesAtAstPositions() {
        String script = String.join("\n",
                "import sys, ast",
                "for line in open(sys.argv[1]):",
                "    tree = ast.parse(bytes.fromhex(line.strip()).decode())",
                "    names = [n for v in ast.walk(tree) if isinstance(v, ast.FormattedValue)"
                        + " for n in ast.walk(v.value) if isinstance(n, ast.Name)]",
                "    print(sorted('%s %d %d %d %d' % (n.id, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)"
                        + " for n in names))",
                "");
        List<String> hex = new ArrayList<>();
        for (String s : SOURCES) {
            hex.add(HexFormat.of().formatHex(s.getBytes(StandardCharsets.UTF_8)));
        }
        List<String> expected = TokenizerErrorsTest.oracle(script, hex);
        for (int i = 0; i < SOURCES.size(); i++) {
            String src = SOURCES.get(i);
            int fields = (int) src.chars().filter(c -> c == '{').count();
            List<String> names = new ArrayList<>();
            for (int f = 0; f < fields; f++) {
                Tokenizer t = field(src, f);
                for (Token k = t.next(); k.type != TokenType.ENDMARKER; k = t.next()) {
                    if (k.type == TokenType.NAME) {
                        names.add("'" + k.string + " " + k.lineno + " " + k.col_offset + " " + k.end_lineno + " "
                                + k.end_col_offset + "'");
                    }
                }
            }
            names.sort(null);
            assertEquals(expected.get(i), names.toString(), src);
        }
    }

    @Test
    void errorsAsCPythonReportsThem() {
        List<String> sources = List.of(
                "x = f\"{a \u20ac}\"", "x = 1\ny = f\"{a \u20ac}\"", "x = f\"\"\"\n  {a \u20ac}\"\"\"",
                "x = f\"\"\"\n  {a\n \u20ac}\"\"\"", "x = f\"{1_}\"", "x = f\"{a + 012}\"", "x = f\"{a + 0o9}\"",
                "x = f\"\u00e9{a \u00a0}\"");
        List<String> lines = new ArrayList<>();
        for (String s : sources) {
            lines.add(TokenizerErrorsTest.Case.exec(s).oracleLine());
        }
        List<String> expected = TokenizerErrorsTest.oracle(TokenizerErrorsTest.ORACLE, lines);
        for (int i = 0; i < sources.size(); i++) {
            Tokenizer t = field(sources.get(i), 0);
            String actual = "OK";
            try {
                while (t.next().type != TokenType.ENDMARKER) {
                    // drain
                }
            } catch (PythonSyntaxError e) {
                actual = TokenizerErrorsTest.format(e.pythonType(), e.msg(), e.filename(), e.lineno(), e.offset(),
                        e.endLineno(), e.endOffset(), e.text());
            }
            assertEquals(TokenizerErrorsTest.readable(expected.get(i)), TokenizerErrorsTest.readable(actual),
                    sources.get(i));
        }
    }
}
