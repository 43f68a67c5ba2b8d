package dev.adder.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.adder.ast.AstDump;
import dev.adder.ast.Python3;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Differential test of the expression layer in {@code eval} mode: each case's AST with positions,
 * or its syntax error (type, message, line, offset, end line, end offset), must be CPython's.
 * Cases are one per line; '⏎' stands for a newline.
 */
class ExpressionEvalTest {
    private static final String ORACLE = String.join("\n",
            "import ast, sys",
            "for line in open(sys.argv[1], encoding='utf-8').read().split('\\n'):",
            "    if not line:",
            "        continue",
            "    src = line.replace('\\u23ce', '\\n')",
            "    try:",
            "        print(ast.dump(ast.parse(src, '<test>', mode='eval'), include_attributes=True))",
            "    except SyntaxError as e:",
            "        print('ERR %s|%s|%s|%s|%s|%s' % (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset))",
            "");

    @Test
    void validExpressions() throws IOException {
        check("eval_cases.txt");
    }

    @Test
    void syntaxErrors() throws IOException {
        check("eval_errors.txt");
    }

    @Test
    void linesOfCpythonTestSyntax() throws IOException {
        check("test_syntax_eval.txt");
    }

    private static void check(String name) throws IOException {
        Python3.assumeAvailable();
        Path file = Path.of("src/test/resources/syntax/expressions", name);
        List<String> cases = new ArrayList<>();
        for (String line : Files.readString(file, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) {
                cases.add(line);
            }
        }
        List<String> expected = Python3.run(ORACLE, file.toAbsolutePath().toString());
        assertEquals(cases.size(), expected.size(), "one oracle line per case");
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            String src = cases.get(i).replace("\u23ce", "\n");
            String actual = adder(src);
            if (!actual.equals(expected.get(i))) {
                failures.add(cases.get(i) + "\n  expected: " + expected.get(i) + "\n  actual:   " + actual);
            }
        }
        assertEquals("", String.join("\n", failures), failures.size() + " of " + cases.size() + " differ");
    }

    static String adder(String src) {
        try {
            return AstDump.dump(Parser.parseExpression(Source.fromString(src, "<test>", false)), true);
        } catch (PythonSyntaxError e) {
            return "ERR " + e.pythonType() + "|" + e.msg() + "|" + e.lineno() + "|" + e.offset() + "|"
                    + e.endLineno() + "|" + e.endOffset();
        } catch (RuntimeException e) {
            return "CRASH " + e;
        }
    }
}
