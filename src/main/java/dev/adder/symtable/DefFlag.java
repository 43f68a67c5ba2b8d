package dev.adder.symtable;

import java.util.EnumSet;
import java.util.Set;

/** What the first pass learns about a name in one block: CPython 3.11's {@code DEF_*} bits. */
public enum DefFlag {
    /** {@code global} statement. */
    GLOBAL,
    /** Assigned, deleted, or bound by def/class/for/with/except/match. */
    LOCAL,
    /** A parameter. */
    PARAM,
    /** {@code nonlocal} statement. */
    NONLOCAL,
    /** Read. */
    USE,
    /** Free in a nested block (unused by 3.11's analysis, kept for fidelity). */
    FREE,
    /** Free in a method while also bound in the class body. */
    FREE_CLASS,
    /** Bound by an import. */
    IMPORT,
    /** Annotated ({@code x: int}). */
    ANNOT,
    /** A comprehension's iteration variable. */
    COMP_ITER;

    /** CPython's {@code DEF_BOUND}: the flags that bind a name in its block. */
    public static final Set<DefFlag> BOUND = EnumSet.of(LOCAL, PARAM, IMPORT);

    /** Whether {@code flags} contains any of {@code wanted}. */
    static boolean any(Set<DefFlag> flags, Set<DefFlag> wanted) {
        for (DefFlag f : wanted) {
            if (flags.contains(f)) {
                return true;
            }
        }
        return false;
    }
}
