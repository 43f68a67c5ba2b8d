package dev.adder.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.adder.ast.Python3;
import dev.adder.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every builtin function and every attribute of the built-in types that CPython 3.11's {@code dir()}
 * lists exists in Adder, minus the short exclusion list at the top of {@code dir_names.py}.
 */
class BuiltinNamesTest {
    private static final Path SCRIPT = Path.of("src/test/resources/dev/adder/builtins/dir_names.py");

    @Test
    void dirListsWhatCPythonLists() throws IOException {
        Python3.assumeAvailable();
        List<String> expected = Python3.run(Files.readString(SCRIPT, StandardCharsets.UTF_8));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[] {SCRIPT.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertEquals("", err.toString());
        assertEquals(0, exit);
        List<String> actual = out.toString().lines().toList();
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), "names of " + expected.get(i).split(" ")[0]);
        }
    }
}
