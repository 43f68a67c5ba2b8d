package dev.adder.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.ast.Mod;
import dev.adder.ast.Python3;
import dev.adder.bytecode.PyCode;
import dev.adder.syntax.Parser;
import dev.adder.syntax.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Differential test of the bytecode compiler: for each snippet under
 * {@code src/test/resources/compiler/dis/} our {@code dis} text must equal CPython 3.11's
 * {@code dis.dis(compile(src, name, "exec"))} (code object addresses aside), for at least
 * {@link #MIN_SAME} of them; every code object must pass {@link CodeChecks}.
 */
class CompilerDisTest {
    /** Ratchet: the share of snippets whose disassembly is identical (136 of 137 when written). */
    static final double MIN_SAME = 0.99;

    private static final String DRIVER = String.join("\n",
            "import dis, sys, io, contextlib",
            "for path in open(sys.argv[1]).read().splitlines():",
            "    buf = io.StringIO()",
            "    with contextlib.redirect_stdout(buf):",
            "        dis.dis(compile(open(path, encoding='utf-8').read(), path.rsplit('/', 1)[-1], 'exec'))",
            "    sys.stdout.write(buf.getvalue() + '\\x00END\\n')",
            "");

    static List<Path> snippets() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/compiler/dis"))) {
            return s.filter(p -> p.toString().endsWith(".py")).sorted().collect(Collectors.toList());
        }
    }

    static PyCode compile(Path p) throws IOException {
        String src = Files.readString(p, StandardCharsets.UTF_8);
        String name = p.getFileName().toString();
        return Compiler.compileModule((Mod.Module) Parser.parseFile(Source.fromString(src, name)), name);
    }

    private static String normalize(String dis) {
        return dis.replaceAll(" at 0x[0-9a-f]+,", ",");
    }

    @Test
    void everySnippetPassesTheStructuralChecks() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path p : snippets()) {
            for (String problem : CodeChecks.check(compile(p))) {
                problems.add(p.getFileName() + ": " + problem);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void disassemblyMatchesCPython() throws IOException {
        Python3.assumeAvailable();
        List<Path> files = snippets();
        assertTrue(files.size() > 100, "found only " + files.size() + " snippets");
        List<String> requests = new ArrayList<>();
        files.forEach(p -> requests.add(p.toAbsolutePath().toString()));
        List<String> lines = Python3.runOnRequests(DRIVER, requests);
        List<String> expected = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            if (line.equals("\u0000END")) {
                expected.add(sb.toString());
                sb.setLength(0);
            } else {
                sb.append(line).append('\n');
            }
        }
        assertEquals(files.size(), expected.size(), "python3 answered for every snippet");
        int same = 0;
        List<String> diffs = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String ours = normalize(Compiler.disassembler().dis(compile(files.get(i))));
            if (ours.equals(normalize(expected.get(i)))) {
                same++;
            } else {
                diffs.add(files.get(i).getFileName().toString());
            }
        }
        double share = (double) same / files.size();
        System.out.printf("CompilerDisTest: %d of %d snippets identical to CPython's dis (%.1f%%); differ: %s%n",
                same, files.size(), 100 * share, diffs);
        assertTrue(share >= MIN_SAME, "only " + same + " of " + files.size() + " identical; differ: " + diffs);
    }
}
