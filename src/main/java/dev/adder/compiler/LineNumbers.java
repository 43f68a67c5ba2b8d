package dev.adder.compiler;

import java.util.List;

/**
 * Line numbers for artificial instructions: exit blocks without a line that several jumps reach
 * are copied so each copy can take its jump's line; instructions without a line take the previous
 * one's, and a block with a single predecessor inherits it; returns get a line at last.
 * CPython 3.11: Python/compile.c duplicate_exits_without_lineno, propagate_line_numbers,
 * guarantee_lineno_for_exits.
 */
final class LineNumbers {
    private LineNumbers() {
    }

    static boolean isExitWithoutLineno(Block b) {
        if (!b.isExit()) {
            return false;
        }
        for (Instr i : b.instrs) {
            if (i.lineno >= 0) {
                return false;
            }
        }
        return true;
    }

    static void duplicateExitsWithoutLineno(CodeUnit u) {
        List<Block> all = u.blocks;
        // CPython walks its block list newest first.
        for (int k = all.size() - 1; k >= 0; k--) {
            Block b = all.get(k);
            Instr last = b.last();
            if (last == null || !last.isJump()) {
                continue;
            }
            Block target = last.target;
            if (isExitWithoutLineno(target) && target.predecessors > 1) {
                Block copy = u.newBlock();
                for (Instr i : target.instrs) {
                    copy.instrs.add(i.copy());
                }
                copy.instrs.get(0).copyLocation(last);
                last.target = copy;
                target.predecessors--;
                copy.predecessors = 1;
                copy.next = target.next;
                target.next = copy;
            }
        }
        for (Block b : u.blocks) {
            while (b.next != null && b.next.isEmpty()) {
                b.next = b.next.next;
            }
        }
        for (Block b : u.blocks) {
            if (!b.noFallthrough() && b.next != null && !b.isEmpty() && isExitWithoutLineno(b.next)) {
                b.next.instrs.get(0).copyLocation(b.last());
            }
        }
    }

    static void propagate(CodeUnit u) {
        for (Block b = u.entry; b != null; b = b.next) {
            if (b.isEmpty()) {
                continue;
            }
            Instr prev = new Instr(0, 0, null, -1, -1, -1, -1);
            for (Instr i : b.instrs) {
                if (i.lineno < 0) {
                    i.copyLocation(prev);
                } else {
                    prev = i;
                }
            }
            if (!b.noFallthrough() && b.next != null && b.next.predecessors == 1 && !b.next.isEmpty()
                    && b.next.instrs.get(0).lineno < 0) {
                b.next.instrs.get(0).copyLocation(prev);
            }
            Instr last = b.last();
            if (last.isJump()) {
                Block t = last.target;
                if (t.predecessors == 1 && !t.isEmpty() && t.instrs.get(0).lineno < 0) {
                    t.instrs.get(0).copyLocation(prev);
                }
            }
        }
    }

    static void guaranteeForExits(CodeUnit u) {
        int lineno = u.firstlineno;
        for (Block b = u.entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last == null) {
                continue;
            }
            if (last.lineno < 0) {
                if (last.op == dev.adder.bytecode.Opcode.RETURN_VALUE.number()) {
                    for (Instr i : b.instrs) {
                        i.lineno = lineno;
                    }
                }
            } else {
                lineno = last.lineno;
            }
        }
    }
}
