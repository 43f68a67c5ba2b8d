package dev.adder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.adder.ast.Python3;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scripts run as the first thing a fresh JVM does, compared with python3: built-in types define
 * their methods on first use ({@code PyType.fillLazily}), so what works after other code has run
 * must also work when nothing has (the in-process golden tests cannot see that).
 */
class FreshJvmTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "X = type('X', (), {'a': 1})\nprint(X, X.a, X().a, type(X))",
        "class A:\n    pass\nprint(type(A()).__name__, A.__mro__, A.__module__)",
        "print(repr(ValueError('x')), None, NotImplemented, ..., len, 1 + 2.5, 'a'.upper())",
        "import threading, dis\nprint(threading.current_thread().name, dis.opname[1])",
        "e = OSError(2, 'No such file or directory', 'f')\nprint(type(e).__name__, e)",
        "print(int | None, isinstance(1, int | str), sorted({3: 1, 1: 2}), b'ab'.hex(), bytearray(2))",
    })
    void firstScriptOfAJvm(String script) throws IOException, InterruptedException {
        Python3.assumeAvailable();
        List<String> expected = Python3.run(script);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "-c", script).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertEquals(String.join("\n", expected) + "\n", out);
    }
}
