package dev.adder.symtable;

/** Which comprehension a function block implements: CPython 3.11's {@code _Py_comprehension_ty}. */
public enum ComprehensionKind {
    /** Not a comprehension. */
    NONE,
    LIST,
    DICT,
    SET,
    GENERATOR
}
