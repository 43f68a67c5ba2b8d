package dev.adder.compiler;

import dev.adder.ast.Located;
import dev.adder.ast.Node;
import dev.adder.symtable.Scope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compiler's state for one code object under construction: CPython 3.11's
 * {@code struct compiler_unit}, reduced to what decides the layout: the fast locals in first-use
 * order, the compile-time block stack, the current location (for errors), whether the code being
 * emitted is reachable, and enough of the constant table to know which nested code objects
 * CPython 3.11 keeps (it trims only trailing unused constants, see {@link #finish}).
 */
final class CodeUnit {
    final Scope ste;
    final ScopeType scopeType;
    final String name;
    final String qualname;
    final int firstlineno;
    /** The enclosing class name, for mangling. */
    String privateName;
    int argcount;
    int posonlyargcount;
    int kwonlyargcount;
    final Map<String, Integer> varnames = new LinkedHashMap<>();
    final List<FBlock> fblocks = new ArrayList<>();
    /** Whether the instructions now being emitted can run (CPython decides after its CFG optimizations). */
    boolean reachable = true;

    // Current location, as CPython's SET_LOC/UNSET_LOC maintain it; lineno -1 when unset.
    int lineno;
    int colOffset;
    int endLineno;
    int endColOffset;

    private final Map<Object, Integer> consts = new HashMap<>();
    private final Map<Node, Integer> codeConsts = new IdentityHashMap<>();
    private final Map<Node, CodeLayout> codes = new IdentityHashMap<>();
    private final List<Node> codeOrder = new ArrayList<>();
    private int maxUsedConst;
    /** Whether a constant the CFG optimizer appends after all others (a folded tuple) is used. */
    private boolean lateConstUsed;

    CodeUnit(Scope ste, ScopeType scopeType, String name, String qualname, int firstlineno, String privateName) {
        this.ste = ste;
        this.scopeType = scopeType;
        this.name = name;
        this.qualname = qualname;
        this.firstlineno = firstlineno;
        this.privateName = privateName;
        for (String p : ste.parameters()) {
            varnames.putIfAbsent(p, varnames.size());
        }
        this.lineno = firstlineno;
    }

    void setLocation(Located node) {
        lineno = node.lineno();
        colOffset = node.col_offset();
        endLineno = node.end_lineno();
        endColOffset = node.end_col_offset();
    }

    /** CPython's UNSET_LOC: following instructions are artificial. */
    void unsetLocation() {
        lineno = -1;
    }

    int[] location() {
        return new int[] {lineno, colOffset, endLineno, endColOffset};
    }

    void restoreLocation(int[] loc) {
        lineno = loc[0];
        colOffset = loc[1];
        endLineno = loc[2];
        endColOffset = loc[3];
    }

    /** A LOAD_FAST/STORE_FAST/DELETE_FAST of {@code mangled}: allocates its slot on first use. */
    void fast(String mangled) {
        varnames.putIfAbsent(mangled, varnames.size());
    }

    /** Adds a constant without loading it (a test the optimizer folds away). */
    int addConst(Object key) {
        if (key == null) {
            key = ConstFold.NONE;
        }
        Integer i = consts.get(key);
        if (i == null) {
            i = consts.size();
            consts.put(key, i);
        }
        return i;
    }

    /** LOAD_CONST (or KW_NAMES) of a constant identified by {@code key} (null for None). */
    void loadConst(Object key) {
        use(addConst(key));
    }

    /** A constant built by the optimizer from a tuple of constants: appended after all others. */
    void loadLateConst() {
        if (reachable) {
            lateConstUsed = true;
        }
    }

    private void use(int index) {
        if (reachable && index > maxUsedConst) {
            maxUsedConst = index;
        }
    }

    /** Whether the code object of {@code node} was already compiled here (a finally body compiled twice). */
    boolean hasCode(Node node) {
        return codes.containsKey(node);
    }

    /** Loads the code object compiled from {@code node}; equal code objects share one constant. */
    void loadCode(Node node, CodeLayout code) {
        Integer index = codeConsts.get(node);
        if (index == null) {
            index = addConst(new Object());
            codeConsts.put(node, index);
            codes.put(node, code);
            codeOrder.add(node);
        }
        use(index);
    }

    void loadCode(Node node) {
        use(codeConsts.get(node));
    }

    /**
     * The nested code objects CPython 3.11 keeps: its assembler drops the constants after the last
     * one a reachable instruction loads (keeping index 0, the docstring slot), so a function in
     * dead code survives only when some later constant is live.
     */
    // CPython 3.11: Python/compile.c trim_unused_consts
    List<CodeLayout> keptCodes() {
        List<CodeLayout> kept = new ArrayList<>();
        for (Node n : codeOrder) {
            if (lateConstUsed || codeConsts.get(n) <= maxUsedConst) {
                kept.add(codes.get(n));
            }
        }
        return kept;
    }
}
