package dev.adder.cli;

import dev.adder.compiler.SourceCompilation;
import dev.adder.builtins.PythonRuntime;
import dev.adder.bytecode.PyCode;
import dev.adder.objects.PyDict;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import dev.adder.syntax.PythonSyntaxError;
import dev.adder.syntax.Source;
import dev.adder.vm.Interpreter;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.SyntaxErrorText;
import dev.adder.vm.TracebackFormatter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code adder FILE.py [args]} and {@code adder -c CODE [args]}: runs a program as {@code python3} does —
 * its output, {@code sys.argv}, an uncaught exception printed as CPython's traceback with exit status 1,
 * {@code SystemExit}'s status.
 */
final class RunCommand {
    private RunCommand() {}

    /** Runs the file {@code args[0]} with {@code sys.argv = args}. */
    static int runFile(String[] args, PrintWriter out, PrintWriter err, Reader in) {
        String path = args[0];
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(path));
        } catch (NoSuchFileException e) {
            err.println("adder: can't open file '" + Path.of(path).toAbsolutePath() + "': [Errno 2] No such file or directory");
            return Main.USAGE;
        } catch (IOException e) {
            err.println("adder: can't open file '" + path + "': " + e.getMessage());
            return Main.USAGE;
        }
        return run(Source.fromBytes(bytes, path), path, args, out, err, in);
    }

    /** Runs {@code code} ({@code -c}) with {@code sys.argv = ["-c", args...]}. */
    static int runCode(String code, String[] argv, PrintWriter out, PrintWriter err, Reader in) {
        return run(Source.fromString(code, "<string>"), "<string>", argv, out, err, in);
    }

    private static int run(Source source, String filename, String[] argv, PrintWriter out, PrintWriter err,
                           Reader in) {
        PyCode code;
        try {
            code = SourceCompilation.compileFile(source, filename);
        } catch (PythonSyntaxError e) {
            out.flush();
            // CPython reads the line from the file when the error has none (symtable/compiler errors).
            String line = e.text() == null && e.lineno() >= 1 && e.lineno() <= source.lineCount()
                    ? source.lineText(e.lineno()) : null;
            err.print(SyntaxErrorText.format(e.pythonType(), e.msg(), e.filename(), e.lineno(), e.offset(), e.text(),
                    e.endLineno(), e.endOffset(), line));
            err.flush();
            return 1;
        }
        InterpreterState interp = PythonRuntime.create(argv, out, err, in, SourceCompilation::compileForRuntime, false);
        ModulePaths.configure(interp, filename.equals("<string>") ? null : filename);
        PyDict globals = PythonRuntime.mainModule(interp, filename.equals("<string>") ? null : filename).globals();
        try {
            Interpreter.runModule(interp, code, globals);
            PythonRuntime.flush(interp);
            return 0;
        } catch (PyBaseException e) {
            PythonRuntime.flush(interp);
            if (e.isInstance(ExceptionTypes.SYSTEM_EXIT)) {
                int status = PythonRuntime.exitStatus(interp, e);
                PythonRuntime.flush(interp);
                return status;
            }
            err.print(TracebackFormatter.readingFiles().format(e));
            err.flush();
            return 1;
        }
    }
}
