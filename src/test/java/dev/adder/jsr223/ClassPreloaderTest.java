package dev.adder.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.ast.Python3;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The background class loading of the first engine ({@link ClassPreloader}): its list names real
 * classes, the compiler's before the interpreter's, and a fresh JVM's first evaluation (the
 * preloader racing the evaluating thread for the same classes) gives python3's output without
 * hanging.
 */
class ClassPreloaderTest {
    @Test
    void listNamesClassesOfAdderCompilerFirst() throws IOException, ClassNotFoundException {
        List<String> names = new ArrayList<>();
        try (InputStream in = ClassPreloader.class.getResourceAsStream(ClassPreloader.RESOURCE)) {
            assertNotNull(in, "tools/gen_preload_classes.sh makes the resource");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                names.add(line);
            }
        }
        assertTrue(names.size() > 100, "the list is regenerated, not emptied: " + names.size());
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            assertTrue(seen.add(name), "listed twice: " + name);
            // a stale name would only cost time; regenerate with tools/gen_preload_classes.sh
            Class<?> c = Class.forName(name, false, ClassPreloader.class.getClassLoader());
            assertTrue(c.getName().startsWith("dev.adder."), name);
        }
        // the reverse of the evaluating thread's order: it builds the interpreter first and compiles last
        int parser = names.indexOf("dev.adder.syntax.Parser");
        int compiler = names.indexOf("dev.adder.compiler.Compiler");
        int interp = names.indexOf("dev.adder.vm.InterpreterState");
        assertTrue(parser >= 0 && compiler >= 0 && interp > parser && interp > compiler, parser + " " + compiler + " " + interp);
    }

    /** A JVM whose first work is one evaluation (its argument), printing to System.out. */
    public static final class FirstEval {
        public static void main(String[] args) throws Exception {
            ScriptEngine engine = new ScriptEngineManager().getEngineByName("python");
            PrintWriter out = new PrintWriter(System.out, true);
            engine.getContext().setWriter(out);
            engine.eval(args[0]);
            out.flush();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "print(1 + 1)",
        "def add(a, b):\n    return a + b\nprint(add(20, 22), (1, 2), b'x', 2j, 1.5, frozenset(), range(3))",
        "class A:\n    def __init__(self):\n        super().__init__()\nprint(type(A()).__name__, [1, 2][::-1], {'a': 1})",
        "import sys\nprint(sys.version_info[:2], sys.implementation.name, sys.float_info.dig, str(ValueError('v')))",
    })
    void firstEvaluationOfAFreshJvm(String script) throws IOException, InterruptedException {
        Python3.assumeAvailable();
        List<String> expected = Python3.run(script.replace("sys.implementation.name", "'adder'"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = Files.createTempFile("first-eval", ".txt");
        try {
            // the preloader on (it is off by default), racing the evaluating thread for the same classes
            Process p = new ProcessBuilder(java.toString(), "-Dadder.preloadClasses=true", "-cp",
                    System.getProperty("java.class.path"), FirstEval.class.getName(), script).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean ended = p.waitFor(60, TimeUnit.SECONDS);
            if (!ended) {
                p.destroyForcibly();
            }
            String out = Files.readString(log);
            assertTrue(ended, "the JVM hangs (a class-loading deadlock?): " + out);
            assertEquals(0, p.exitValue(), out);
            assertEquals(String.join("\n", expected) + "\n", out);
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
