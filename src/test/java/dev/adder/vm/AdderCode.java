package dev.adder.vm;

import dev.adder.ast.Mod;
import dev.adder.bytecode.PyCode;
import dev.adder.compiler.Compiler;
import dev.adder.syntax.Parser;
import dev.adder.syntax.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Compiles a file with Adder's own front end and compiler (the path CPython's code objects stand in for). */
final class AdderCode {
    private AdderCode() {
    }

    static PyCode compile(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String name = file.toAbsolutePath().toString();
            return Compiler.compileModule((Mod.Module) Parser.parseFile(Source.fromString(text, name)), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PyCode compile(String text, String name) {
        return Compiler.compileModule((Mod.Module) Parser.parseFile(Source.fromString(text, name)), name);
    }
}
