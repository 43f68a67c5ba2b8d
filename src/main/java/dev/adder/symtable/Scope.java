package dev.adder.symtable;

import dev.adder.ast.Node;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One block of the symbol table (module, class body, function, lambda, comprehension): its
 * symbols in first-seen order, its parameters, its nested blocks and what it contains.
 * CPython 3.11's {@code PySTEntryObject}.
 */
public final class Scope {
    /** Where a {@code global}/{@code nonlocal} declaration (or a walrus that implies one) is. */
    record Directive(String name, int lineno, int colOffset, int endLineno, int endColOffset) {
    }

    private final String name;
    private final BlockType type;
    private final Node node;
    final int lineno;
    final int colOffset;
    final int endLineno;
    final int endColOffset;
    final Map<String, Symbol> symbols = new LinkedHashMap<>();
    final List<String> varnames = new ArrayList<>();
    final List<Scope> children = new ArrayList<>();
    final List<Directive> directives = new ArrayList<>();
    boolean nested;
    boolean free;
    boolean childFree;
    boolean generator;
    boolean coroutine;
    boolean varargs;
    boolean varkeywords;
    boolean returnsValue;
    boolean needsClassClosure;
    boolean compIterTarget;
    int compIterExpr;
    ComprehensionKind comprehension = ComprehensionKind.NONE;

    Scope(String name, BlockType type, Node node, int lineno, int colOffset, int endLineno, int endColOffset) {
        this.name = name;
        this.type = type;
        this.node = node;
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
    }

    /** The block's name: the def/class name, {@code lambda}, {@code listcomp}, ..., or {@code top}. */
    public String name() {
        return name;
    }

    public BlockType type() {
        return type;
    }

    /** The node that opened the block (the Module, a FunctionDef, ClassDef, Lambda or comprehension). */
    public Node node() {
        return node;
    }

    /** The first line of the block's node. */
    public int lineno() {
        return lineno;
    }

    /** The symbol named {@code mangledName}, or null. */
    public Symbol symbol(String mangledName) {
        return symbols.get(mangledName);
    }

    /** All symbols, in the order the first pass met them. */
    public Map<String, Symbol> symbols() {
        return Collections.unmodifiableMap(symbols);
    }

    /** The resolved scope of {@code mangledName}, or null when the block never mentions it. */
    // CPython 3.11: Python/symtable.c _PyST_GetScope
    public NameScope scopeOf(String mangledName) {
        Symbol s = symbols.get(mangledName);
        return s == null ? null : s.scope;
    }

    /** The parameters in CPython's order: positional-only, positional, keyword-only, *args, **kwargs. */
    public List<String> parameters() {
        return Collections.unmodifiableList(varnames);
    }

    /** Nested blocks, in source order (annotation blocks excluded, as in CPython). */
    public List<Scope> children() {
        return Collections.unmodifiableList(children);
    }

    /** Whether an enclosing block is a function (CPython's {@code ste_nested}). */
    public boolean isNested() {
        return nested;
    }

    /** Whether the block contains {@code yield} (or is a generator expression). */
    public boolean isGenerator() {
        return generator;
    }

    /** Whether the block contains {@code await}, {@code async for} or {@code async with}, or is async. */
    public boolean isCoroutine() {
        return coroutine;
    }

    public boolean hasVarargs() {
        return varargs;
    }

    public boolean hasVarkeywords() {
        return varkeywords;
    }

    /** Whether a class body must create the implicit {@code __class__} cell. */
    public boolean needsClassClosure() {
        return needsClassClosure;
    }

    /** Whether the block or one of its nested blocks has free variables. */
    public boolean hasFreeVariables() {
        return free || childFree;
    }

    public ComprehensionKind comprehension() {
        return comprehension;
    }

    @Override
    public String toString() {
        return "<scope " + name + " " + type + " line " + lineno + ">";
    }
}
