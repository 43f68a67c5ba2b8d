package dev.adder.builtins;

import dev.adder.bytecode.PyCode;

/**
 * Compiles Python source for the built-in modules that need a compiler ({@code dis.dis("x = 1")},
 * later {@code compile}, {@code exec}, {@code eval}). The host supplies it: this package may not
 * depend on the front end and the compiler (see {@code ArchitectureTest}).
 */
@FunctionalInterface
public interface SourceCompiler {
    /**
     * The code object for {@code source} in {@code mode} ("exec", "eval" or "single"); a syntax error
     * is raised as a Python {@code SyntaxError} ({@code PyBaseException}).
     */
    PyCode compile(String source, String filename, String mode);
}
