package dev.adder.compiler;

import java.util.ArrayList;
import java.util.List;

/**
 * A basic block of the control-flow graph: CPython 3.11's {@code basicblock}. {@code next} is the
 * block that follows in code order (the fall-through successor unless the last instruction is a
 * terminator).
 */
final class Block {
    final int id;
    final List<Instr> instrs = new ArrayList<>();
    Block next;
    int predecessors;
    int exceptPredecessors;
    boolean visited;
    boolean preserveLasti;
    boolean warm;
    boolean cold;
    int startDepth = Integer.MIN_VALUE;
    /** The offset in code units, once laid out. */
    int offset;
    /** For the exception-table pass: the handler stack on entry. */
    List<Block> exceptStack;

    Block(int id) {
        this.id = id;
    }

    boolean isEmpty() {
        return instrs.isEmpty();
    }

    Instr last() {
        return instrs.isEmpty() ? null : instrs.get(instrs.size() - 1);
    }

    /** Whether control cannot fall off the end into {@code next}. */
    boolean noFallthrough() {
        Instr l = last();
        return l != null && l.isTerminator();
    }

    /** Whether the block ends by leaving the code (return, raise, reraise). */
    boolean isExit() {
        Instr l = last();
        return l != null && l.isScopeExit();
    }

    @Override
    public String toString() {
        return "b" + id + instrs;
    }
}
