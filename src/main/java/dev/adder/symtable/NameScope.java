package dev.adder.symtable;

/** Where a name lives at run time, as the second pass decides: CPython 3.11's scope values. */
public enum NameScope {
    /** A local of the block (fast local in a function, a namespace entry elsewhere). */
    LOCAL,
    /** Declared {@code global}, or global in an enclosing block's declaration. */
    GLOBAL_EXPLICIT,
    /** Not bound in any enclosing function: a global or builtin. */
    GLOBAL_IMPLICIT,
    /** Bound in an enclosing function: read through a cell passed in the closure. */
    FREE,
    /** A local that nested blocks read: kept in a cell. */
    CELL
}
