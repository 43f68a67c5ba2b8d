package dev.adder.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.adder.ast.Python3;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Differential test of the pattern layer's syntax errors: every
 * {@code src/test/resources/syntax/patterns/errors/*.py} must fail with the type, message, line,
 * offset, end line and end offset that CPython 3.11's {@code ast.parse} reports.
 *
 * <p>Both sides read the file as bytes, as CPython does when it runs a file: without a coding
 * cookie the offsets are then byte offsets.
 */
class PatternErrorTest {
    static final Path DIR = PatternAstTest.DIR.resolve("errors");

    private static final String ORACLE = """
            import ast, sys
            for path in sys.argv[1:]:
                with open(path, 'rb') as f:
                    src = f.read()
                try:
                    ast.parse(src, filename=path)
                    print('parsed')
                except SyntaxError as e:
                    print('|'.join(map(str, [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset])))
            """;

    @TestFactory
    Stream<DynamicTest> errorsMatchCPython() {
        Python3.assumeAvailable();
        List<Path> files = PatternAstTest.files(DIR);
        assertTrue(files.size() >= 10, "test programs missing in " + DIR);
        List<String> args = new ArrayList<>();
        files.forEach(f -> args.add(f.toString()));
        List<String> expected = Python3.run(ORACLE, args.toArray(String[]::new));
        assertEquals(files.size(), expected.size());
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            String want = expected.get(i);
            tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                assertTrue(!want.equals("parsed"), "CPython accepts " + file);
                try {
                    Parser.parseFile(PatternAstTest.read(file));
                    fail("parsed, but CPython says " + want);
                } catch (PythonSyntaxError e) {
                    String got = String.join("|", e.pythonType(), e.msg(), Integer.toString(e.lineno()),
                            Integer.toString(e.offset()), Integer.toString(e.endLineno()),
                            Integer.toString(e.endOffset()));
                    assertEquals(want, got, file.toString());
                }
            }));
        }
        return tests.stream();
    }
}
