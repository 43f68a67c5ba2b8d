package dev.adder.syntax;

import dev.adder.ast.AstDump;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random programs full of f-strings (real expressions, nesting, several lines, odd columns) parsed
 * by the whole parser and compared with CPython 3.11: the AST with positions, or the error.
 */
class FStringFuzzTest {
    private static final String ORACLE = """
            import ast, sys, platform, warnings
            warnings.simplefilter("ignore")
            print(platform.python_version())
            for line in open(sys.argv[1]):
                src = bytes.fromhex(line.strip()).decode()
                try:
                    print("A", ast.dump(ast.parse(src), include_attributes=True).encode().hex())
                except SyntaxError as e:
                    print("E", ("%s %s %s %s %s %s" % (type(e).__name__, e.lineno, e.offset, e.end_lineno,
                          e.end_offset, e.msg)).encode().hex())
            """;

    private static final String[] EXPRS = {"x", "a+b", "a [1]", "f(x, y=2)", "x.y", "'s'", "\"d\"", "(1,\n2)",
        "é", "x if y else z", "[i for i in r]", "{'k': v}", "a!=b", "a<b", "a>=b", "lambda: 1", "(lambda: 1)",
        "  x  ", "\nx", "x\n", "*a", "a, b", "f'{x}'", "f\"{y!r}\"", "'{'", "x:=1", "(x:=1)", "not x", "a b",
        "", " ", "#", "\\n", "(", ")", "]", "{1, 2}", "...", "1.5j", "x[1:2]", "await x", "yield"};
    private static final String[] LITS = {"", "a", " ", "é", "😀", "\\n", "{{", "}}", "\\N{DIGIT ONE}", "}", "{",
        "\\\\", "\n", "x=", "%"};
    private static final String[] SPECS = {"", ">10", "{w}", "{w}.{p}f", "=^8", "{x!r}", "{'a'}", "%H:%M", "\\t",
        "{a+b:{c}}", "{", "}"};

    @Test
    void randomProgramsMatchCPython() {
        Random r = new Random(1107);
        List<String> cases = new ArrayList<>();
        for (int n = 0; n < 1500; n++) {
            cases.add(program(r));
        }
        List<String> expected = StringPython.run(ORACLE, cases);
        assertEquals(cases.size(), expected.size());
        List<String> failures = new ArrayList<>();
        int errors = 0;
        for (int i = 0; i < cases.size(); i++) {
            String want = StringPython.unhex(expected.get(i).substring(2));
            String got;
            try {
                got = AstDump.dump(Parser.parseFile(Source.fromString(cases.get(i), "f.py")), true);
            } catch (PythonSyntaxError e) {
                got = e.pythonType() + " " + e.lineno() + " " + e.offset() + " " + e.endLineno() + " "
                        + e.endOffset() + " " + e.msg();
            }
            if (expected.get(i).startsWith("E")) {
                errors++;
            }
            if (!normalize(got).equals(normalize(want)) && failures.size() < 15) {
                failures.add(cases.get(i) + "\n  expected " + want + "\n  actual   " + got);
            }
        }
        assertTrue(failures.isEmpty(), "differences:\n" + String.join("\n", failures));
        assertTrue(errors < cases.size() * 3 / 4, "too few valid programs: " + (cases.size() - errors));
    }

    /** Errors of the nested parser carry CPython's "f-string: " prefix; that is the parser's part. */
    private static String normalize(String outcome) {
        return outcome.replace(" f-string: ", " ");
    }

    private static String program(Random r) {
        StringBuilder b = new StringBuilder();
        int indent = r.nextInt(3);
        if (indent > 0) {
            b.append("if x:\n").append("    ".repeat(indent - 1)).append("  ");
        }
        b.append(r.nextBoolean() ? "z = " : "zé = (1,\n   ");
        int tokens = 1 + r.nextInt(3);
        for (int t = 0; t < tokens; t++) {
            if (t > 0) {
                b.append(r.nextInt(3) == 0 ? " \\\n  " : " ");
            }
            b.append(fstring(r));
        }
        if (b.indexOf("(1,\n") >= 0) {
            b.append(")");
        }
        return b.append('\n').toString();
    }

    private static String fstring(Random r) {
        boolean triple = r.nextInt(3) == 0;
        String q = r.nextBoolean() ? "'" : "\"";
        String quote = triple ? q.repeat(3) : q;
        String prefix = new String[] {"f", "f", "rf", "F", "", "u", "b"}[r.nextInt(7)];
        StringBuilder body = new StringBuilder();
        int parts = r.nextInt(4);
        for (int i = 0; i < parts; i++) {
            String lit = LITS[r.nextInt(LITS.length)];
            body.append(lit);
            String e = EXPRS[r.nextInt(EXPRS.length)];
            String conv = r.nextInt(4) == 0 ? new String[] {"!r", "!s", "!a", "!x", "="}[r.nextInt(5)] : "";
            String spec = r.nextInt(3) == 0 ? ":" + SPECS[r.nextInt(SPECS.length)] : "";
            body.append('{').append(e).append(conv).append(spec).append('}');
        }
        String s = body.toString();
        if (!triple) {
            s = s.replace("\n", "\\n");
        }
        s = s.replace(quote, "");
        if (s.endsWith("\\") || s.endsWith(q)) {
            s += "z";
        }
        return prefix + quote + s + quote;
    }
}
