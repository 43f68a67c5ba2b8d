package dev.adder.symtable;

import dev.adder.ast.Located;
import dev.adder.syntax.PythonSyntaxError;

/** Builds the SyntaxErrors of the symbol table passes, located as CPython 3.11 locates them. */
final class Errors {
    private Errors() {}

    /**
     * A SyntaxError spanning a node. As CPython's {@code PyErr_RangedSyntaxLocationObject} calls
     * in symtable.c, offsets are the node's byte columns plus one, and there is no source text.
     */
    static PythonSyntaxError at(String filename, String msg, Located node) {
        return at(filename, msg, node.lineno(), node.col_offset(), node.end_lineno(), node.end_col_offset());
    }

    static PythonSyntaxError at(String filename, String msg, int lineno, int col, int endLineno, int endCol) {
        return new PythonSyntaxError("SyntaxError", msg, filename, lineno, col + 1, endLineno, endCol + 1, null);
    }
}
