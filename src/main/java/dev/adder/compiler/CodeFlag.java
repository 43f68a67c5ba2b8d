package dev.adder.compiler;

/** The {@code co_flags} bits a compiler sets, with CPython 3.11's values (Include/cpython/code.h). */
public enum CodeFlag {
    OPTIMIZED(0x1),
    NEWLOCALS(0x2),
    VARARGS(0x4),
    VARKEYWORDS(0x8),
    NESTED(0x10),
    GENERATOR(0x20),
    COROUTINE(0x80),
    ITERABLE_COROUTINE(0x100),
    ASYNC_GENERATOR(0x200);

    private final int value;

    CodeFlag(int value) {
        this.value = value;
    }

    /** The flags set in {@code bits} (bits without a constant here are ignored). */
    public static java.util.Set<CodeFlag> of(int bits) {
        java.util.EnumSet<CodeFlag> set = java.util.EnumSet.noneOf(CodeFlag.class);
        for (CodeFlag f : values()) {
            if ((bits & f.value) != 0) {
                set.add(f);
            }
        }
        return java.util.Collections.unmodifiableSet(set);
    }

    /** The bit in {@code co_flags}. */
    public int value() {
        return value;
    }
}
