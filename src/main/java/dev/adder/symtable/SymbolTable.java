package dev.adder.symtable;

import dev.adder.ast.Mod;
import dev.adder.ast.Node;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The symbol table of one module: every block, found by the node that opened it.
 * CPython 3.11's {@code struct symtable}.
 */
public final class SymbolTable {
    private final Scope top;
    private final Map<Node, Scope> blocks;
    private final FutureFeatures future;

    SymbolTable(Scope top, Map<Node, Scope> blocks, FutureFeatures future) {
        this.top = top;
        this.blocks = blocks;
        this.future = future;
    }

    /**
     * Builds and analyses the symbol table of a module, raising CPython's SyntaxError for a bad
     * {@code global}/{@code nonlocal}, a duplicate parameter and the like.
     */
    // CPython 3.11: Python/symtable.c _PySymtable_Build
    public static SymbolTable build(Mod module, String filename, FutureFeatures future) {
        Map<Node, Scope> blocks = new IdentityHashMap<>();
        Scope top = new SymbolTableBuilder(filename, future, blocks).build(module);
        new ScopeAnalyzer(filename).analyze(top);
        return new SymbolTable(top, blocks, future);
    }

    /** The module block. */
    public Scope top() {
        return top;
    }

    /** The block opened by {@code node} (a FunctionDef, ClassDef, Lambda or comprehension), or null. */
    public Scope lookup(Node node) {
        return blocks.get(node);
    }

    /** The future features the table was built with. */
    public FutureFeatures future() {
        return future;
    }
}
