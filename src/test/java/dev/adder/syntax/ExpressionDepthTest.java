package dev.adder.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.adder.ast.Python3;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/**
 * The expression layer counts rule levels as CPython's parser does ({@code p->level}): the
 * deepest nesting of each shape that parses, one more being a MemoryError, must be CPython's
 * (in {@code eval} mode, so no statement rules are on the path).
 */
class ExpressionDepthTest {
    /** Each shape: a Python lambda building the source for n, and the same in Java. */
    private static final String[][] SHAPES = {
        {"lambda n: 'lambda:' * n + '1'", "lambda"},
        {"lambda n: '2**' * n + '2'", "pow"},
        {"lambda n: 'lambda x=' * n + '1' + ':1' * n", "lambdadef"},
        {"lambda n: '-' * n + '1'", "minus"},
        {"lambda n: 'not ' * n + '1'", "not"},
        {"lambda n: 'a if b else ' * n + 'c'", "ifelse"},
    };

    private static String source(String shape, int n) {
        return switch (shape) {
            case "lambda" -> "lambda:".repeat(n) + "1";
            case "pow" -> "2**".repeat(n) + "2";
            case "lambdadef" -> "lambda x=".repeat(n) + "1" + ":1".repeat(n);
            case "minus" -> "-".repeat(n) + "1";
            case "not" -> "not ".repeat(n) + "1";
            default -> "a if b else ".repeat(n) + "c";
        };
    }

    @Test
    void deepestNestingIsCpythons() throws InterruptedException {
        Python3.assumeAvailable();
        StringBuilder script = new StringBuilder("import ast, sys\nsys.setrecursionlimit(100000)\n");
        script.append("def ok(s):\n    try:\n        compile(s, 'f', 'eval', ast.PyCF_ONLY_AST)\n        return True\n")
                .append("    except MemoryError:\n        return False\n");
        script.append("for f in [").append(String.join(", ", java.util.Arrays.stream(SHAPES).map(s -> s[0]).toList()))
                .append("]:\n    lo, hi = 1, 8000\n    while lo < hi:\n        m = (lo + hi + 1) // 2\n")
                .append("        if ok(f(m)): lo = m\n        else: hi = m - 1\n    print(lo)\n");
        List<String> expected = Python3.run(script.toString());
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < SHAPES.length; i++) {
            int n = Integer.parseInt(expected.get(i));
            String shape = SHAPES[i][1];
            actual.add(outcome(source(shape, n)) + " " + outcome(source(shape, n + 1)));
        }
        List<String> want = new ArrayList<>();
        for (int i = 0; i < SHAPES.length; i++) {
            want.add("ok MemoryError");
        }
        assertEquals(want, actual, "CPython's limits: " + expected);
    }

    /** Parses on a thread with a large stack: "ok" or the error type. */
    private static String outcome(String src) throws InterruptedException {
        AtomicReference<String> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                Parser.parseExpression(Source.fromString(src, "<test>", false));
                result.set("ok");
            } catch (PythonSyntaxError e) {
                result.set(e.pythonType());
            }
        }, "depth", 256L << 20);
        t.start();
        t.join();
        return result.get();
    }
}
