package dev.adder.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.ast.AstDump;
import dev.adder.ast.Python3;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Differential test of the pattern layer: every {@code src/test/resources/syntax/patterns/*.py}
 * must parse to exactly the tree, positions included, that CPython 3.11's {@code ast.parse} gives.
 */
class PatternAstTest {
    static final Path DIR = Path.of("src/test/resources/syntax/patterns");

    /** Prints one line per file: {@code ast.dump(..., include_attributes=True)} or the error. */
    private static final String ORACLE = """
            import ast, sys
            for path in sys.argv[1:]:
                with open(path, 'rb') as f:
                    src = f.read()
                try:
                    print(ast.dump(ast.parse(src, filename=path), include_attributes=True))
                except SyntaxError as e:
                    print(f'{type(e).__name__}: {e.msg} (line {e.lineno})')
            """;

    static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Source read(Path file) {
        try {
            return Source.fromBytes(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestFactory
    Stream<DynamicTest> treesMatchCPython() {
        Python3.assumeAvailable();
        List<Path> files = files(DIR);
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
                assertTrue(want.startsWith("Module("), "CPython rejects " + file + ": " + want);
                String got = AstDump.dump(Parser.parseFile(read(file)), true);
                assertEquals(want, got, file.toString());
            }));
        }
        return tests.stream();
    }
}
