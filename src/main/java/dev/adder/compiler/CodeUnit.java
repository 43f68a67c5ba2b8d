package dev.adder.compiler;

import dev.adder.ast.Located;
import dev.adder.bytecode.Opcode;
import dev.adder.runtime.PyNone;
import dev.adder.symtable.DefFlag;
import dev.adder.symtable.NameScope;
import dev.adder.symtable.Scope;
import dev.adder.symtable.Symbol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compiler's state for one code object under construction: CPython 3.11's
 * {@code struct compiler_unit}: names and constants, the fast locals in first-use order, the
 * compile-time block stack, the current location, and the control-flow graph of basic blocks
 * being emitted (instructions are appended to the current block; a jump or exit ends a block).
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
    /** Cell names sorted (plus {@code __class__}), then free names sorted: deref args index this list. */
    final List<String> cellvars = new ArrayList<>();
    final List<String> freevars = new ArrayList<>();

    // Current location, as CPython's SET_LOC/UNSET_LOC maintain it; lineno -1 when unset.
    int lineno;
    int colOffset;
    int endLineno;
    int endColOffset;

    final List<Object> consts = new ArrayList<>();
    private final Map<Object, Integer> constIndex = new HashMap<>();
    final Map<String, Integer> names = new LinkedHashMap<>();
    /** Every block, in allocation order. */
    final List<Block> blocks = new ArrayList<>();
    final Block entry;
    Block current;

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
        this.endLineno = firstlineno;
        List<String> cells = new ArrayList<>();
        List<String> frees = new ArrayList<>();
        for (Symbol s : ste.symbols().values()) {
            if (s.scope() == NameScope.CELL) {
                cells.add(s.name());
            }
            if (s.scope() == NameScope.FREE || s.has(DefFlag.FREE_CLASS)) {
                frees.add(s.name());
            }
        }
        cells.sort(LayoutCompiler::compareCodePoints);
        if (ste.needsClassClosure()) {
            cells.add("__class__");
        }
        frees.sort(LayoutCompiler::compareCodePoints);
        cellvars.addAll(cells);
        freevars.addAll(frees);
        entry = newBlock();
        current = entry;
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

    /** The slot of fast local {@code mangled}, allocated on first use. */
    int fast(String mangled) {
        Integer i = varnames.get(mangled);
        if (i == null) {
            i = varnames.size();
            varnames.put(mangled, i);
        }
        return i;
    }

    // ---- blocks and instructions

    Block newBlock() {
        Block b = new Block(blocks.size());
        blocks.add(b);
        return b;
    }

    /** CPython's compiler_use_next_block: {@code b} follows the current block in code order. */
    void useNext(Block b) {
        current.next = b;
        current = b;
    }

    /** Appends an instruction at the current location (a block ending in a jump or exit is closed first). */
    Instr add(int op, int arg, Block target) {
        Instr last = current.last();
        if (last != null && (last.isJump() || last.isTerminator())) {
            useNext(newBlock());
        }
        Instr i = new Instr(op, arg, target, lineno, colOffset, endLineno, endColOffset);
        current.instrs.add(i);
        return i;
    }

    void op(Opcode op) {
        add(op.number(), 0, null);
    }

    void op(Opcode op, int arg) {
        add(op.number(), arg, null);
    }

    /** An instruction without a location (CPython's ADDOP_NOLINE). */
    void opNoLine(Opcode op, int arg) {
        add(op.number(), arg, null).lineno = -1;
    }

    void jump(int op, Block target) {
        add(op, 0, target);
    }

    void jump(Opcode op, Block target) {
        add(op.number(), 0, target);
    }

    /** A jump without a location (CPython's ADDOP_JUMP_NOLINE). */
    void jumpNoLine(int op, Block target) {
        add(op, 0, target).lineno = -1;
    }

    void pseudo(int op) {
        add(op, 0, null);
    }

    /** An instruction on a cell or free variable (the argument is fixed up at assembly). */
    void deref(Opcode op, String name) {
        int i = cellvars.indexOf(name);
        if (i < 0) {
            i = freevars.indexOf(name);
            if (i < 0) {
                throw new IllegalStateException("no cell or free variable " + name + " in " + qualname);
            }
            i += cellvars.size();
        }
        add(op.number(), i, null).derefArg = true;
    }

    // ---- constants and names

    /** The index of {@code value} (a runtime constant) in co_consts, added if new. */
    int addConst(Object value) {
        Object key = Consts.key(value);
        Integer i = constIndex.get(key);
        if (i == null) {
            i = consts.size();
            consts.add(value);
            constIndex.put(key, i);
        }
        return i;
    }

    void loadConst(Object value) {
        op(Opcode.LOAD_CONST, addConst(value));
    }

    void loadNone() {
        loadConst(PyNone.NONE);
    }

    int addName(String n) {
        Integer i = names.get(n);
        if (i == null) {
            i = names.size();
            // interned as CPython interns co_names: attribute and global lookups then match dict keys
            // stored by other code objects by identity, without comparing characters
            names.put(n.intern(), i);
        }
        return i;
    }

    /** An instruction on co_names (the name is used as given; callers mangle). */
    void name(Opcode op, String n) {
        op(op, addName(n));
    }
}
