package dev.adder.syntax;

import dev.adder.ast.AstDump;
import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Splits f-strings whose fields are bare names, with a stand-in parser for the fields, and
 * compares the whole tree (positions included) and the error messages with CPython 3.11.
 * The stand-in places a name exactly as CPython 3.11's nested parser would, so the line and
 * column shifts computed here (fstring_find_expr_location) are checked.
 */
class FStringSplitTest {
    private static final String ORACLE = """
            import ast, io, sys, platform, tokenize, warnings
            warnings.simplefilter("ignore")
            print(platform.python_version())
            for line in open(sys.argv[1]):
                src = bytes.fromhex(line.strip()).decode()
                try:
                    expr = ast.parse(src).body[0].value
                    if isinstance(expr, ast.Tuple):
                        expr = expr.elts[-1]
                    lines = src.splitlines(True)
                    toks = []
                    for t in tokenize.generate_tokens(io.StringIO(src).readline):
                        if t.type == tokenize.STRING:
                            sc = len(lines[t.start[0] - 1][:t.start[1]].encode())
                            ec = len(lines[t.end[0] - 1][:t.end[1]].encode())
                            toks.append("%s,%d,%d,%d,%d" % (t.string.encode().hex(), t.start[0], sc, t.end[0], ec))
                    print("A", " ".join(toks), ast.dump(expr, include_attributes=True).encode().hex())
                except SyntaxError as e:
                    print("E", e.msg.encode().hex())
            """;

    static final String[] CASES = {
        "f'{x}'", "f'a{x}b'", "f'{x!r} {y!s} {z!a}'", "f'{x:>10}'", "f'{x:{w}.{p}f}'", "f'{x!r:^{w}}'",
        "f'{{a}} {{{x}}} }}'", "f'{x=}'", "f'{x = }'", "f'{x=!s}'", "f'{x=:>4}'", "f'{x=!a:{y}}'", "f''",
        "F'{x}' f\"{y}\" f'''{z}''' f\"\"\"{w}\"\"\"", "rf'\\n{x}\\d' fr'{y}\\x'", "f'{x}' 'lit' f'{y}' u'more'",
        "u'u first' f'{x}'", "'a' f'{x}' 'b'", "f'{x:}'", "f'{x!r:}'", "f'{ x }'", "f'\\n{x}\\t'",
        "f'\\N{LATIN SMALL LETTER A}{x}'", "f'{x}' f'{x}'", "f'{x:%H:%M}'", "f'a{{b' 'c}}d'", "fr'\\{x}'",
        "f'\\{x}'", "f'{x:a{y}b{z}c}'", "f'é{x}ü{y}'", "f'😀{x:{y}}'", "f'{é}' f'{ü}'",
        "(f'a{x}'\n   f'b{y}')", "(1,\n   f'''ab\nc{x}\n  {y\n }''')", "f'''{\nx}'''", "f'''{   \nx}'''",
        "(1,\n   f'''ab{x}\n   cdef{y}''')", "(1,\n   f'''ab{x}\n{\ny}''')", "f'''{ y}{\n x\n }'''",
        "f'''\n{x}\n''' f'''{y}\n'''", "f'{x:{y}{z}}' f'{x:{y}}{z:{w}}'", "f'{ x = }'", "f'{x=}{y=}'",
        "f'{a}' 'lit' f'{b:{c}}' u'x'", "f'''{x:\n{y}}'''", "f'{x}' \\\n  f'{y}'", "f'''{\n    x\n    }'''",
        "f'''abc\n    {x} {y\n    }'''", "f'{x:\\n}'", "f'{x:\\N{DIGIT ONE}}'", "f'{x:{y}\\t}'", "rf'{x:\\n}'",
        "f'{x:}}}'", "f'{x!r=}'", "f'{x:=10}'", "f'{x:{y}=}'", "f'{x}{{'", "f'}}{x}'",
        "u'' f''", "f'' ''", "'' f'' ''", "f'{x}' ''", "F'{x}'", "U'a' f'{x}'",
        // errors
        "f'{'", "f'}'", "f'{x'", "f'{x!'", "f'{x!z}'", "f'{x!rr}'", "f'{x:'", "f'{}'", "f'{ }'", "f'{\\n}'",
        "f'{#}'", "f'{x#}'", "f'{x)}'", "f'{(x}'", "f'{x]}'", "f'{[x)}'", "f'{{x}'", "f'{x}}'", "f'{\"x}'",
        "f'{x:{y:{z}}}'", "f'{x:{y}'", "f'{x!r'", "f'{x=!}'", "f'{x=}}'", "f'{x:{y!}}'", "f'\\x1{x}'",
        "f'{x}\\x'", "f'{x:\\x1}'", "f'\\N{foo}{x}'", "f'a\\Nb{x}'", "f'\\N{{x}'", "b'a' f'{x}'", "f'{x}' b'a'",
        "f'{x}' 'a\\x1'", "'a\\x1' f'{x}'", "f'{x!}'", "f'{ !r}'", "f'{x:{ }}'", "f'{x=  '", "f\"{'''x}\"",
        "f'{x:{y:}}'", "f'{x:{y!r:{z}}}'", "f'{x:{y=}}'", "f'{!r}'", "f'{:x}'", "f'{ =}'",
        "f'{=!r}'", "f'{ = !r}'", "f'''{\n!r}'''", "f'{x!}'", "f'{x!:}'", "f'{x:{!r}}'", "f'{x:{}}'",
    };

    @Test
    void splitsLikeCPython() {
        compare(List.of(CASES), false);
    }

    /** Random f-strings whose fields (when valid) are names: the splitter against CPython. */
    @Test
    void randomFStringsSplitLikeCPython() {
        java.util.Random r = new java.util.Random(3117);
        String[] atoms = {"x", "y", "ab", " ", "\n", "{", "{", "{", "}", "}", "}", "!r", "!s", "!a", "!", ":", "=",
            "\\", "\\n", "\\N{DIGIT ONE}", "\\x41", "é", "😀", "'", "#", "{x}", "{y!r}", "{x:{y}}", "{x=}",
            "{{", "}}", "<", ">", "!=", "\t", "\\{", "%"};
        String[] prefixes = {"f", "rf", "F", "fR"};
        List<String> cases = new ArrayList<>();
        for (int n = 0; n < 3000; n++) {
            StringBuilder body = new StringBuilder();
            int len = 1 + r.nextInt(7);
            for (int k = 0; k < len; k++) {
                body.append(atoms[r.nextInt(atoms.length)]);
            }
            String b = body.toString();
            int trailing = 0;
            for (int k = b.length() - 1; k >= 0 && b.charAt(k) == '\\'; k--) {
                trailing++;
            }
            if (trailing % 2 == 1) {
                b += "z";
            }
            String lit = prefixes[r.nextInt(prefixes.length)] + "\"\"\"" + b + "\"\"\"";
            cases.add(r.nextInt(4) == 0 ? "(1,\n  " + lit + ")" : lit);
        }
        compare(cases, true);
    }

    private static final java.util.Set<String> OURS = java.util.Set.of("f-string: expecting '}'",
            "f-string: single '}' is not allowed", "f-string: empty expression not allowed",
            "f-string expression part cannot include a backslash", "f-string expression part cannot include '#'",
            "f-string: invalid conversion character: expected 's', 'r', or 'a'",
            "f-string: expressions nested too deeply", "f-string: unterminated string");

    private static void compare(List<String> cases, boolean skipForeign) {
        List<String> expected = StringPython.run(ORACLE, cases);
        assertEquals(cases.size(), expected.size());
        int failures = 0;
        int skipped = 0;
        StringBuilder report = new StringBuilder();
        for (int i = 0; i < cases.size(); i++) {
            String want = expected.get(i);
            String got;
            String shownWant;
            if (want.startsWith("E ")) {
                shownWant = "E " + StringPython.unhex(want.substring(2));
                boolean ours = OURS.contains(shownWant.substring(2)) || shownWant.startsWith("E (unicode error)")
                        || shownWant.startsWith("E f-string: unmatched") || shownWant.startsWith("E f-string: closing")
                        || shownWant.startsWith("E f-string: expression required");
                if (skipForeign && !ours) {
                    skipped++;
                    continue;
                }
                got = errorOf(cases.get(i), tokensOf(cases.get(i)));
                if (skipForeign && got.startsWith("stand-in:")) {
                    skipped++;
                    continue;
                }
            } else {
                String[] parts = want.split(" ");
                List<Token> tokens = new ArrayList<>();
                for (int k = 1; k < parts.length - 1; k++) {
                    String[] f = parts[k].split(",");
                    tokens.add(new Token(TokenType.STRING, StringPython.unhex(f[0]), Integer.parseInt(f[1]),
                            Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4])));
                }
                shownWant = StringPython.unhex(parts[parts.length - 1]);
                try {
                    got = AstDump.dump(Strings.concatenate(new StandIn(), tokens), true);
                } catch (PythonSyntaxError e) {
                    got = "E " + e.msg();
                } catch (IllegalArgumentException e) {
                    if (skipForeign) {
                        skipped++;
                        continue;  // a field that is not a name: beyond the stand-in
                    }
                    throw e;
                }
            }
            if (!got.equals(shownWant)) {
                failures++;
                report.append(cases.get(i)).append("\n  expected ").append(shownWant)
                        .append("\n  actual   ").append(got).append('\n');
            }
        }
        assertTrue(failures == 0, failures + " of " + cases.size() + " differ:\n" + report);
        assertTrue(skipped < cases.size() / 4, "too many cases skipped: " + skipped);
    }

    /** For an error case: rough tokens (one line each string, good enough: only the message is compared). */
    private static List<Token> tokensOf(String src) {
        List<Token> tokens = new ArrayList<>();
        int i = src.startsWith("(1,\n  ") ? 6 : 0;
        while (i < src.length()) {
            int start = i;
            while (i < src.length() && Character.isLetter(src.charAt(i))) {
                i++;
            }
            if (i >= src.length()) {
                break;
            }
            char q = src.charAt(i);
            boolean triple = src.startsWith("" + q + q + q, i);
            String close = triple ? "" + q + q + q : "" + q;
            int j = i + close.length();
            while (!src.startsWith(close, j)) {
                j += src.charAt(j) == '\\' ? 2 : 1;
            }
            j += close.length();
            tokens.add(new Token(TokenType.STRING, src.substring(start, j), 1, start, 1, j));
            i = j;
            while (i < src.length() && (src.charAt(i) == ' ' || src.charAt(i) == ')')) {
                i++;
            }
        }
        return tokens;
    }

    private static String errorOf(String src, List<Token> tokens) {
        try {
            Strings.concatenate(new StandIn(), tokens);
            return "no error";
        } catch (PythonSyntaxError e) {
            return "E " + e.msg();
        } catch (IllegalArgumentException e) {
            return "stand-in: " + e.getMessage();
        }
    }

    /** Parses a field that is one name, placing it as CPython 3.11's nested parser would. */
    private static final class StandIn extends ParserBase {
        StandIn() {
            super(Source.fromString("", "<test>"), null);
        }

        @Override
        protected Expr parseFStringExpression(String parenthesized, FStringField field) {
            int lineDelta = field.lineDelta();
            int startingLineno = lineDelta + 1;
            int startingColOffset = field.colOffset();
            int line = 1;
            int lineStart = 0;
            int i = 1;
            while (i < parenthesized.length() && !Character.isLetter(parenthesized.charAt(i))
                    && parenthesized.charAt(i) != '_') {
                if (parenthesized.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
                i++;
            }
            int j = i;
            while (j < parenthesized.length() && Character.isLetterOrDigit(parenthesized.charAt(j))) {
                j++;
            }
            String id = parenthesized.substring(i, j);
            for (int k = j; k < parenthesized.length() - 1; k++) {
                if (" \t\n\f".indexOf(parenthesized.charAt(k)) < 0) {
                    throw new IllegalArgumentException("the stand-in parses names only: " + parenthesized);
                }
            }
            int col = utf8(parenthesized.substring(lineStart, i));
            int endCol = utf8(parenthesized.substring(lineStart, j));
            int lineno = line + lineDelta;
            int shift = lineno == startingLineno ? startingColOffset : 0;
            return new Expr.Name(id, ExprContext.Load, lineno, col + shift, lineno, endCol + shift);
        }

        private static int utf8(String s) {
            return s.getBytes(StandardCharsets.UTF_8).length;
        }
    }
}
