package dev.adder.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link AstDump} against CPython's {@code ast.dump}: python3 parses each source, hands
 * over its tree (rebuilt here by {@link TreeReader}, so no Adder parser is involved) and its two dumps.
 */
class AstDumpTest {
    private static final String DUMP_SCRIPT = TreeReader.PYTHON_SERIALIZER + """
            import sys
            for path in open(sys.argv[1], encoding='utf-8').read().split('\\n'):
                if not path:
                    continue
                try:
                    tree = ast.parse(open(path, 'rb').read())
                except (SyntaxError, ValueError):
                    print('SKIP'); print('SKIP'); print('SKIP')
                    continue
                print(serialize(tree))
                print(ast.dump(tree))
                print(ast.dump(tree, include_attributes=True))
            """;

    private static final java.util.regex.Pattern SURROGATE_PAIR = java.util.regex.Pattern.compile("\\\\ud[89ab][0-9a-f]{2}\\\\ud[c-f]");

    /** Sources that between them use every node type, field shape and constant kind. */
    private static final String[] SNIPPETS = {
        "x = 1\n",
        "a, *b = c = [1, 2.5, 3j, 'it''s', b'\\x00\"', None, True, False, ..., 10**100]\n",
        "del a[1:2:3], b.c, d[::]\nx: int = 5\ny: 'str'\n(z): int\nw += 1\n",
        "async def f(a, /, b: int = 1, *args, c, d=2, **kw) -> None:\n"
            + "    await x\n    async for i in y: pass\n    async with a as b, c: yield\n"
            + "    yield from z\n    return\n",
        "@dec\nclass C(B, metaclass=M, **kw):\n    'doc'\n    def g(self): global q; nonlocal r\n",
        "import a.b as c, d\nfrom ..e import (f as g, h)\nfrom . import *\n",
        "try:\n    pass\nexcept E as e:\n    raise X from Y\nexcept:\n    raise\nelse:\n    pass\nfinally:\n    pass\n",
        "try:\n    pass\nexcept* (A, B):\n    pass\n",
        "while x:\n    break\nelse:\n    continue\nif a: pass\nelif b: pass\nelse: pass\nfor i, in j: pass\n",
        "with open(f) as g: assert x, 'msg'\n",
        "f = lambda x, *, y=1, **z: (x if y else z)\ng = lambda: 0\n",
        "r = [x for x in y if x if not x], {k: v for k, v in d}, {s for s in t}, (g async for g in h)\n",
        "s = f'{a!r:>{w}} {b=} {c:{d}.{e}}' f\"{'x'}\" u'\\N{BULLET}'\nb = rb'\\n' b'x'\n",
        "c = a < b <= c != d is e is not f in g not in h > i >= j == k\n",
        "o = a + b - c * d @ e / f % g ** h << i >> j | k ^ l & m // n\nu = -a, +b, ~c, not d\n",
        "b = a and b or c\nn = (y := 10)\nx = {**a, 'b': 1}\ncall(*a, b, c=1, **d)\n",
        "match p:\n    case [1, *rest]: pass\n    case {'k': v, **kw}: pass\n"
            + "    case Point(x=0, y=_) | None if z: pass\n    case (a as b) | -1 | 1 + 2j | True: pass\n"
            + "    case str() | {}: pass\n    case [*_]: pass\n    case _: pass\n",
        "x = '\\u2028\\ud800\\U0001F600\\x7f\\t\\'\"'\nq = 1e16, 1e-05, 0.1, 1e400, 0x7fffffffffffffff, 18446744073709551616\n",
        "# type: ignore\ndef f():\n    \"\"\"doc\"\"\"\n    x = 1  # type: int\n",
        "é = 'ü'\nclass Ä: pass\n",
        "",
    };

    @Test
    void matchesCPythonOnSnippetsAndStdlibSample() throws IOException {
        Python3.assumeAvailable();
        Path dir = Files.createTempDirectory("adder-dump");
        try {
            List<String> paths = new ArrayList<>();
            for (int i = 0; i < SNIPPETS.length; i++) {
                Path p = dir.resolve("snippet" + i + ".py");
                Files.writeString(p, SNIPPETS[i], StandardCharsets.UTF_8);
                paths.add(p.toString());
            }
            paths.addAll(stdlibSample(8));
            Path list = dir.resolve("list.txt");
            Files.writeString(list, String.join("\n", paths) + "\n", StandardCharsets.UTF_8);
            List<String> out = Python3.run(DUMP_SCRIPT, list.toString());
            assertEquals(3 * paths.size(), out.size(), "three lines per file");
            int checked = 0;
            List<String> failures = new ArrayList<>();
            for (int i = 0; i < paths.size(); i++) {
                String serialized = out.get(3 * i);
                if (serialized.equals("SKIP")) {
                    assertTrue(i >= SNIPPETS.length, "snippet " + i + " must parse in CPython");
                    continue;
                }
                if (SURROGATE_PAIR.matcher(out.get(3 * i + 1)).find()) {
                    // Known limitation: a Java String cannot tell a Python str holding the two code
                    // points U+D800 U+DC02 from one holding U+10002.
                    continue;
                }
                Node tree = TreeReader.read(serialized);
                compare(paths.get(i), out.get(3 * i + 1), AstDump.dump(tree, false), failures);
                compare(paths.get(i) + " (positions)", out.get(3 * i + 2), AstDump.dump(tree, true), failures);
                checked++;
            }
            if (!failures.isEmpty()) {
                fail(failures.size() + " dumps differ:\n" + String.join("\n", failures.subList(0, Math.min(10, failures.size()))));
            }
            assertTrue(checked > SNIPPETS.length + 100, "checked " + checked + " files");
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void compare(String what, String expected, String actual, List<String> failures) {
        if (!expected.equals(actual)) {
            int i = 0;
            while (i < Math.min(expected.length(), actual.length()) && expected.charAt(i) == actual.charAt(i)) {
                i++;
            }
            int from = Math.max(0, i - 60);
            failures.add(what + " at " + i + ":\n  python: " + expected.substring(from, Math.min(expected.length(), i + 60))
                    + "\n  adder:  " + actual.substring(from, Math.min(actual.length(), i + 60)));
        }
    }

    /** Every {@code step}-th .py file of the CPython stdlib (site-packages excluded), sorted. */
    private static List<String> stdlibSample(int step) throws IOException {
        List<String> lines = Python3.run("import sysconfig; print(sysconfig.get_paths()['stdlib'])");
        Path root = Path.of(lines.get(0));
        try (Stream<Path> walk = Files.walk(root)) {
            List<String> all = walk.filter(p -> p.toString().endsWith(".py"))
                    .filter(p -> !p.toString().contains("site-packages"))
                    .map(Path::toString).sorted().collect(Collectors.toList());
            List<String> sample = new ArrayList<>();
            for (int i = 0; i < all.size(); i += step) {
                sample.add(all.get(i));
            }
            return sample;
        }
    }

    @Test
    void survivesTreesAsDeepAsCPythonAccepts() {
        Expr e = new Expr.Constant(1, null, 1, 0, 1, 1);
        for (int i = 0; i < 100_000; i++) {
            e = new Expr.UnaryOp(Unaryop.USub, e, 1, 0, 1, 1);
        }
        Mod m = new Mod.Module(List.of(new Stmt.Expr(e, 1, 0, 1, 1)), List.of());
        String dump = AstDump.dump(m, false);
        assertTrue(dump.startsWith("Module(body=[Expr(value=UnaryOp(op=USub(), operand=UnaryOp("));
        assertTrue(dump.endsWith("operand=Constant(value=1)" + ")".repeat(100_000) + ")], type_ignores=[])"));
    }
}
