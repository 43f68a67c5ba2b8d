package dev.adder.cli;

import dev.adder.compiler.SourceCompilation;
import dev.adder.syntax.PythonSyntaxError;
import dev.adder.syntax.Source;
import dev.adder.vm.InterpreterState;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line's module search path, as {@code python3} builds {@code sys.path}: the script's
 * directory first ({@code -c}: the current directory, {@code ''}), then the {@code PYTHONPATH}
 * entries; and the compiler of imported source files (bytes, so coding cookies count).
 */
final class ModulePaths {
    private ModulePaths() {}

    /** Sets up imports of {@code interp} for running {@code script} (null: {@code -c}). */
    static void configure(InterpreterState interp, String script) {
        List<String> path = new ArrayList<>();
        path.add(script == null ? "" : scriptDirectory(script));
        String env = System.getenv("PYTHONPATH");
        if (env != null) {
            for (String entry : env.split(File.pathSeparator)) {
                if (!entry.isEmpty()) {
                    path.add(entry);
                }
            }
        }
        interp.setModulePath(path);
        interp.setModuleCompiler(ModulePaths::compile);
    }

    /** The script's directory, absolute with symbolic links resolved (CPython 3.11 does the same). */
    private static String scriptDirectory(String script) {
        Path p = Path.of(script);
        try {
            p = p.toRealPath();
        } catch (IOException | SecurityException e) {
            p = p.toAbsolutePath().normalize();
        }
        Path dir = p.getParent();
        return dir == null ? "" : dir.toString();
    }

    /** Compiles an imported module's file; a syntax error becomes the Python SyntaxError. */
    static dev.adder.bytecode.PyCode compile(byte[] source, String filename) {
        try {
            return SourceCompilation.compileFile(Source.fromBytes(source, filename), filename);
        } catch (PythonSyntaxError e) {
            throw SourceCompilation.toPython(e);
        }
    }
}
