package dev.adder.cli;

import dev.adder.ast.Mod;
import dev.adder.compiler.Compiler;
import dev.adder.syntax.Parser;
import dev.adder.syntax.PythonSyntaxError;
import dev.adder.syntax.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code ./adder --dis FILE}: prints what {@code dis.dis(compile(source, FILE, "exec"))} prints
 * for our compiler's code, nested code objects included. Shared by the command line and the tests.
 */
public final class DisCommand {
    private DisCommand() {
    }

    /** The disassembly text, or the fatal message the script dies with. */
    public record Result(String text, String fatal) {
        /** Whether the command fails. */
        public boolean isFatal() {
            return fatal != null;
        }
    }

    /** Reads, parses, compiles and disassembles one file. */
    public static Result run(String path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(path));
        } catch (IOException e) {
            return new Result(null, AstDumpCommand.ioError(path, e).fatal());
        }
        return dis(bytes, path);
    }

    /** Parses, compiles and disassembles source bytes. */
    public static Result dis(byte[] bytes, String path) {
        try {
            Mod tree = Parser.parseFile(Source.fromBytes(bytes, path));
            return new Result(Compiler.disassembler().dis(Compiler.compileModule((Mod.Module) tree, path)), null);
        } catch (PythonSyntaxError e) {
            String msg = e.msg();
            return new Result(null, msg == null || msg.isEmpty() ? e.pythonType() : e.pythonType() + ": " + msg);
        }
    }
}
