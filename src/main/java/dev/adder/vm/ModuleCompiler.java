package dev.adder.vm;

import dev.adder.bytecode.PyCode;

/**
 * Compiles the source of a module for the import system (the host supplies it: this package may not
 * depend on the front end and the compiler).
 */
@FunctionalInterface
public interface ModuleCompiler {
    /**
     * The code object of a module whose source file holds {@code source} (bytes as in the file:
     * a BOM or coding cookie is honoured); a syntax error is raised as a Python {@code SyntaxError}.
     */
    PyCode compile(byte[] source, String filename);
}
