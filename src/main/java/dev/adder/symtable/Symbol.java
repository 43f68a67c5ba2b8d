package dev.adder.symtable;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** One name in one block: what the first pass recorded and the scope the second pass chose. */
public final class Symbol {
    private final String name;
    final EnumSet<DefFlag> flags = EnumSet.noneOf(DefFlag.class);
    NameScope scope;

    Symbol(String name) {
        this.name = name;
    }

    /** The (mangled) name. */
    public String name() {
        return name;
    }

    /** The facts recorded by the first pass (read-only view). */
    public Set<DefFlag> flags() {
        return Collections.unmodifiableSet(flags);
    }

    /** Whether the first pass recorded {@code flag}. */
    public boolean has(DefFlag flag) {
        return flags.contains(flag);
    }

    /** The scope chosen by the analysis; null before it ran. */
    public NameScope scope() {
        return scope;
    }

    @Override
    public String toString() {
        return name + " " + flags + " " + scope;
    }
}
