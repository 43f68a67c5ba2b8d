package dev.adder.cli;

import dev.adder.ast.AstDump;
import dev.adder.ast.ConstantRepr;
import dev.adder.ast.Mod;
import dev.adder.syntax.Parser;
import dev.adder.syntax.PythonSyntaxError;
import dev.adder.syntax.Source;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Produces the {@code --dump-ast} line of one file exactly as {@code shared/tools/cpython_ast_dump.py}
 * prints it, or the error that stops that script; shared by the command line and the corpus test.
 */
public final class AstDumpCommand {
    private AstDumpCommand() {}

    /**
     * What the script does with one file: prints {@code line}, or dies with the traceback whose
     * last line is {@code fatal} (an uncaught Python exception such as {@code MemoryError}).
     */
    public record Result(String line, String fatal) {
        static Result line(String line) {
            return new Result(line, null);
        }

        static Result fatal(String type, String msg) {
            return new Result(null, msg == null || msg.isEmpty() ? type : type + ": " + msg);
        }

        /** Whether the script stops here. */
        public boolean isFatal() {
            return fatal != null;
        }
    }

    /** Reads, parses and dumps one file with Adder's parser. */
    public static Result run(String path, boolean positions) {
        return run(path, positions, Parser::parseFile);
    }

    /** Reads, parses with {@code parser} and dumps one file. */
    public static Result run(String path, boolean positions, Function<Source, Mod> parser) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(path));
        } catch (IOException e) {
            return ioError(path, e);
        }
        return dump(bytes, path, positions, parser);
    }

    /** Parses source bytes with {@code parser} and dumps the tree as the script does. */
    public static Result dump(byte[] bytes, String path, boolean positions, Function<Source, Mod> parser) {
        Mod tree;
        try {
            tree = parser.apply(Source.fromBytes(bytes, path));
        } catch (PythonSyntaxError e) {
            if (e.isSyntaxError()) {
                // The script prints "SyntaxError" for IndentationError and TabError too.
                return Result.line("SyntaxError: " + e.msg() + " (line " + lineText(e) + ")");
            }
            return Result.fatal(e.pythonType(), e.msg());
        }
        if (ScriptLimits.astConstructionFails(tree)) {
            return Result.fatal("RecursionError", ScriptLimits.AST_CONSTRUCTION);
        }
        String failure = ScriptLimits.dumpFailure(tree, positions);
        if (failure != null) {
            return Result.fatal("RecursionError", failure);
        }
        try {
            return Result.line(AstDump.dump(tree, positions));
        } catch (ConstantRepr.IntTooLongError e) {
            return Result.fatal(e.pythonType(), e.getMessage());
        }
    }

    /** The message CPython 3.11.7 raises without any location (its lineno is None). */
    private static final String NULL_BYTES = "source code string cannot contain null bytes";

    private static String lineText(PythonSyntaxError e) {
        // CPython prints lineno 0 for encoding errors but None for null bytes; a negative lineno
        // also stands for None.
        return e.lineno() < 0 || NULL_BYTES.equals(e.msg()) ? "None" : Integer.toString(e.lineno());
    }

    /** The OSError that {@code open(path, "rb")} raises, as Python prints it. */
    static Result ioError(String path, IOException e) {
        String quoted = ConstantRepr.strRepr(path);
        if (e instanceof NoSuchFileException) {
            return Result.fatal("FileNotFoundError", "[Errno 2] No such file or directory: " + quoted);
        } else if (e instanceof AccessDeniedException) {
            return Result.fatal("PermissionError", "[Errno 13] Permission denied: " + quoted);
        } else if (Files.isDirectory(Path.of(path))) {
            return Result.fatal("IsADirectoryError", "[Errno 21] Is a directory: " + quoted);
        }
        return Result.fatal("OSError", e.getMessage());
    }
}
