package dev.adder.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line puts the script's directory first on sys.path, as python3 does. */
class ModulePathsTest {
    @TempDir
    Path dir;

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = Main.run(args, o, e);
        }
        return new String[] {out.toString(), err.toString(), Integer.toString(code)};
    }

    @Test
    void scriptDirectoryComesFirst() throws IOException {
        Files.createDirectories(dir.resolve("app/lib"));
        Files.writeString(dir.resolve("app/main.py"), "import sys, helper\nfrom lib import tool\n"
                + "print(sys.path[0] == helper.HERE, tool.NAME, helper.__name__)\n");
        Files.writeString(dir.resolve("app/helper.py"), "import os_path_free as _x\nHERE = _x.HERE\n");
        Files.writeString(dir.resolve("app/os_path_free.py"), "import sys\nHERE = sys.path[0]\n");
        Files.writeString(dir.resolve("app/lib/__init__.py"), "");
        Files.writeString(dir.resolve("app/lib/tool.py"), "NAME = __name__\n");
        String[] r = run(dir.resolve("app/main.py").toString());
        assertEquals("True lib.tool helper\n", r[0], r[1]);
        assertEquals("0", r[2]);
    }

    @Test
    void tracebackThroughAnImportedModuleNamesItsFile() throws IOException {
        Files.writeString(dir.resolve("main.py"), "import broken\n");
        Files.writeString(dir.resolve("broken.py"), "x = 1\nraise ValueError('in module body')\n");
        String[] r = run(dir.resolve("main.py").toString());
        assertEquals("1", r[2]);
        String real = dir.toRealPath().resolve("broken.py").toString();
        assertTrue(r[1].contains("  File \"" + real + "\", line 2, in <module>\n"
                + "    raise ValueError('in module body')\nValueError: in module body\n"), r[1]);
    }
}
