package dev.adder.compiler;

import dev.adder.ast.Mod;
import dev.adder.bytecode.Disassembler;
import dev.adder.bytecode.PyCode;

/**
 * The bytecode compiler's entry points: an AST to a {@link PyCode} holding the instructions,
 * constants and tables CPython 3.11's compiler produces. Re-entrant; holds no state between calls.
 * Compiler errors are {@link dev.adder.syntax.PythonSyntaxError}s, as CPython raises them.
 */
public final class Compiler {
    private Compiler() {
    }

    /** Compiles a module in exec mode: the code runs the statements and returns None. */
    public static PyCode compileModule(Mod.Module module, String filename) {
        return LayoutCompiler.compileCode(module, filename);
    }

    /** Compiles an expression in eval mode: the code returns the expression's value. */
    public static PyCode compileExpression(Mod.Expression expression, String filename) {
        return LayoutCompiler.compileCode(expression, filename);
    }

    /** A disassembler that prints the constants the compiler makes as Python's repr does. */
    public static Disassembler disassembler() {
        return new Disassembler(Consts::repr);
    }
}
