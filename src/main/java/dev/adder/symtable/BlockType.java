package dev.adder.symtable;

/** The kind of a block in the symbol table: CPython 3.11's {@code _Py_block_ty}. */
public enum BlockType {
    /** The module body. */
    MODULE,
    /** A class body: its names are not visible to nested functions. */
    CLASS,
    /** A def, lambda, comprehension or generator expression. */
    FUNCTION,
    /**
     * An annotation under {@code from __future__ import annotations}: analysed by nobody, as in
     * CPython, because the compiler turns it into a string.
     */
    ANNOTATION
}
