package dev.adder.compiler;

import dev.adder.bytecode.Opcode;
import dev.adder.objects.PyTuple;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * CPython 3.11's control-flow-graph optimizer: constant tests become jumps or nothing, tuples of
 * constants fold, jumps to jumps are threaded, SWAPs are minimized or applied statically, small
 * exit blocks are copied into the blocks that jump to them, unreachable blocks are emptied and
 * redundant NOPs and jumps removed.
 * CPython 3.11: Python/compile.c optimize_cfg, optimize_basic_block, clean_basic_block,
 * extend_block, mark_reachable, eliminate_empty_basic_blocks, fold_tuple_on_constants,
 * jump_thread, swaptimize, apply_static_swaps.
 */
final class CfgOptimizer {
    private static final int MAX_COPY_SIZE = 4;
    private static final int LOAD_CONST = Opcode.LOAD_CONST.number();
    private static final int NOP = Opcode.NOP.number();
    private static final int SWAP = Opcode.SWAP.number();
    private static final int BUILD_TUPLE = Opcode.BUILD_TUPLE.number();
    private static final int JUMP_IF_FALSE_OR_POP = Opcode.JUMP_IF_FALSE_OR_POP.number();
    private static final int JUMP_IF_TRUE_OR_POP = Opcode.JUMP_IF_TRUE_OR_POP.number();

    private final CodeUnit u;

    CfgOptimizer(CodeUnit u) {
        this.u = u;
    }

    static Block skipEmpty(Block b) {
        while (b.isEmpty() && b.next != null) {
            b = b.next;
        }
        return b;
    }

    void optimize() {
        for (Block b = u.entry; b != null; b = b.next) {
            optimizeBlock(b);
            clean(b);
        }
        for (Block b : u.blocks) {
            extend(b);
        }
        markReachable();
        for (Block b = u.entry; b != null; b = b.next) {
            if (b.predecessors == 0) {
                b.instrs.clear();
            }
        }
        eliminateEmptyBlocks();
        for (Block b = u.entry; b != null; b = b.next) {
            clean(b);
        }
        boolean maybeEmpty = false;
        for (Block b = u.entry; b != null; b = b.next) {
            Instr last = b.last();
            if (last != null && (last.op == Pseudo.JUMP || last.op == Pseudo.JUMP_NO_INTERRUPT)
                    && last.target == b.next) {
                last.op = NOP;
                maybeEmpty = true;
            }
        }
        if (maybeEmpty) {
            eliminateEmptyBlocks();
        }
    }

    /** If the block ends with a jump to a small exit block without line numbers, copy the exit block in. */
    static void extend(Block b) {
        Instr last = b.last();
        if (last == null || last.op != Pseudo.JUMP && last.op != Pseudo.JUMP_NO_INTERRUPT) {
            return;
        }
        Block t = last.target;
        if (LineNumbers.isExitWithoutLineno(t) && t.instrs.size() <= MAX_COPY_SIZE) {
            last.op = NOP;
            for (Instr i : t.instrs) {
                b.instrs.add(i.copy());
            }
        }
    }

    private void markReachable() {
        Deque<Block> stack = new ArrayDeque<>();
        u.entry.predecessors = 1;
        stack.push(u.entry);
        while (!stack.isEmpty()) {
            Block b = stack.pop();
            if (b.next != null && !b.noFallthrough()) {
                if (b.next.predecessors == 0) {
                    stack.push(b.next);
                }
                b.next.predecessors++;
            }
            for (Instr i : b.instrs) {
                if (i.isJump() || i.isBlockPush()) {
                    Block t = i.target;
                    if (t.predecessors == 0) {
                        stack.push(t);
                    }
                    t.predecessors++;
                    if (i.isBlockPush()) {
                        t.exceptPredecessors++;
                    }
                }
            }
        }
    }

    void eliminateEmptyBlocks() {
        for (Block b = u.entry; b != null; b = b.next) {
            Block next = b.next;
            if (next != null) {
                while (next.isEmpty() && next.next != null) {
                    next = next.next;
                }
                b.next = next;
            }
        }
        for (Block b = u.entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if (i.isJump() || i.isBlockPush()) {
                    Block t = i.target;
                    while (t.isEmpty() && t.next != null) {
                        t = t.next;
                    }
                    i.target = t;
                }
            }
        }
    }

    /** Removes the NOPs that carry no line number of their own. */
    static void clean(Block b) {
        List<Instr> in = b.instrs;
        int dest = 0;
        int prevLineno = -1;
        for (int src = 0; src < in.size(); src++) {
            Instr i = in.get(src);
            int lineno = i.lineno;
            if (i.op == NOP) {
                if (lineno < 0 || prevLineno == lineno) {
                    continue;
                }
                if (src < in.size() - 1) {
                    Instr next = in.get(src + 1);
                    if (next.lineno < 0) {
                        next.copyLocation(i);
                        continue;
                    }
                    if (next.lineno == lineno) {
                        continue;
                    }
                } else {
                    Block next = b.next;
                    while (next != null && next.isEmpty()) {
                        next = next.next;
                    }
                    if (next != null && lineno == next.instrs.get(0).lineno) {
                        continue;
                    }
                }
            }
            in.set(dest++, i);
            prevLineno = lineno;
        }
        while (in.size() > dest) {
            in.remove(in.size() - 1);
        }
    }

    // CPython 3.11: Python/compile.c optimize_basic_block
    private void optimizeBlock(Block bb) {
        List<Instr> in = bb.instrs;
        for (int i = 0; i < in.size(); i++) {
            Instr inst = in.get(i);
            int nextop = i + 1 < in.size() ? in.get(i + 1).op : 0;
            Instr target = null;
            if (inst.isJump() || inst.isBlockPush()) {
                while (inst.target.isEmpty() && inst.target.next != null) {
                    inst.target = inst.target.next;
                }
                target = inst.target.isEmpty() ? null : inst.target.instrs.get(0);
            }
            int top = target == null ? NOP : target.op;
            int op = inst.op;
            if (op == LOAD_CONST) {
                loadConst(in, i, nextop);
            } else if (op == BUILD_TUPLE) {
                if (nextop == Opcode.UNPACK_SEQUENCE.number() && inst.arg == in.get(i + 1).arg
                        && inst.arg >= 1 && inst.arg <= 3) {
                    inst.op = NOP;
                    in.get(i + 1).op = inst.arg == 1 ? NOP : SWAP;
                    continue;
                }
                if (i >= inst.arg) {
                    foldTuple(in, i - inst.arg, inst.arg);
                }
            } else if (op == JUMP_IF_FALSE_OR_POP || op == JUMP_IF_TRUE_OR_POP) {
                boolean isFalse = op == JUMP_IF_FALSE_OR_POP;
                int sameCond = isFalse ? Pseudo.POP_JUMP_IF_FALSE : Pseudo.POP_JUMP_IF_TRUE;
                int otherCond = isFalse ? Pseudo.POP_JUMP_IF_TRUE : Pseudo.POP_JUMP_IF_FALSE;
                int otherOrPop = isFalse ? JUMP_IF_TRUE_OR_POP : JUMP_IF_FALSE_OR_POP;
                if (top == sameCond) {
                    i -= jumpThread(inst, target, sameCond);
                } else if (top == Pseudo.JUMP || top == op) {
                    i -= jumpThread(inst, target, op);
                } else if ((top == otherOrPop || top == otherCond) && inst.lineno == target.lineno) {
                    inst.op = sameCond;
                    inst.target = inst.target.next;
                    i--;
                }
            } else if (op == Pseudo.POP_JUMP_IF_NOT_NONE || op == Pseudo.POP_JUMP_IF_NONE
                    || op == Pseudo.POP_JUMP_IF_FALSE || op == Pseudo.POP_JUMP_IF_TRUE || op == Pseudo.JUMP) {
                if (top == Pseudo.JUMP) {
                    i -= jumpThread(inst, target, op);
                }
            } else if (op == SWAP) {
                if (inst.arg == 1) {
                    inst.op = NOP;
                    continue;
                }
                i = Swaps.swaptimize(in, i);
                Swaps.applyStaticSwaps(in, i);
            } else if (op == Opcode.PUSH_NULL.number()) {
                if (nextop == Opcode.LOAD_GLOBAL.number()) {
                    inst.op = NOP;
                    inst.arg = 0;
                    in.get(i + 1).arg |= 1;
                }
            }
        }
    }

    private void loadConst(List<Instr> in, int i, int nextop) {
        Instr inst = in.get(i);
        if (nextop == Pseudo.POP_JUMP_IF_FALSE || nextop == Pseudo.POP_JUMP_IF_TRUE) {
            boolean isTrue = Consts.truth(u.consts.get(inst.arg));
            inst.op = NOP;
            in.get(i + 1).op = isTrue == (nextop == Pseudo.POP_JUMP_IF_TRUE) ? Pseudo.JUMP : NOP;
        } else if (nextop == JUMP_IF_FALSE_OR_POP || nextop == JUMP_IF_TRUE_OR_POP) {
            boolean isTrue = Consts.truth(u.consts.get(inst.arg));
            if (isTrue == (nextop == JUMP_IF_TRUE_OR_POP)) {
                in.get(i + 1).op = Pseudo.JUMP;
            } else {
                inst.op = NOP;
                in.get(i + 1).op = NOP;
            }
        } else if (nextop == Opcode.IS_OP.number()) {
            int jumpOp = i + 2 < in.size() ? in.get(i + 2).op : 0;
            if (u.consts.get(inst.arg) == dev.adder.runtime.PyNone.NONE
                    && (jumpOp == Pseudo.POP_JUMP_IF_FALSE || jumpOp == Pseudo.POP_JUMP_IF_TRUE)) {
                int nextarg = in.get(i + 1).arg;
                inst.op = NOP;
                in.get(i + 1).op = NOP;
                boolean notNone = (nextarg != 0) ^ (jumpOp == Pseudo.POP_JUMP_IF_FALSE);
                in.get(i + 2).op = notNone ? Pseudo.POP_JUMP_IF_NOT_NONE : Pseudo.POP_JUMP_IF_NONE;
            }
        }
    }

    // CPython 3.11: Python/compile.c fold_tuple_on_constants
    private void foldTuple(List<Instr> in, int start, int n) {
        for (int i = 0; i < n; i++) {
            if (in.get(start + i).op != LOAD_CONST) {
                return;
            }
        }
        Object[] items = new Object[n];
        for (int i = 0; i < n; i++) {
            items[i] = u.consts.get(in.get(start + i).arg);
            in.get(start + i).op = NOP;
        }
        Instr build = in.get(start + n);
        build.op = LOAD_CONST;
        build.arg = u.addConst(PyTuple.of(items));
    }

    // CPython 3.11: Python/compile.c jump_thread
    private static int jumpThread(Instr inst, Instr target, int op) {
        if (inst.lineno == target.lineno && inst.target != target.target) {
            inst.target = target.target;
            inst.op = op;
            return 1;
        }
        return 0;
    }
}
