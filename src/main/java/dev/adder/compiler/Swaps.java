package dev.adder.compiler;

import dev.adder.bytecode.Opcode;
import java.util.List;

/**
 * SWAP optimizations: a run of SWAPs is replaced by the fewest that give the same permutation,
 * and a SWAP before STORE_FASTs/POP_TOPs is applied by reordering those instructions instead.
 * CPython 3.11: Python/compile.c swaptimize, next_swappable_instruction, apply_static_swaps.
 */
final class Swaps {
    private static final int NOP = Opcode.NOP.number();
    private static final int SWAP = Opcode.SWAP.number();
    private static final int VISITED = -1;

    private Swaps() {
    }

    /** Rewrites the run of SWAPs and NOPs starting at {@code ix}; returns the index of its last instruction. */
    static int swaptimize(List<Instr> in, int ix) {
        int depth = in.get(ix).arg;
        int len = 0;
        boolean more = false;
        int limit = in.size() - ix;
        while (++len < limit) {
            int op = in.get(ix + len).op;
            if (op == SWAP) {
                depth = Math.max(depth, in.get(ix + len).arg);
                more = true;
            } else if (op != NOP) {
                break;
            }
        }
        if (!more) {
            return ix;
        }
        int[] stack = new int[depth];
        for (int i = 0; i < depth; i++) {
            stack[i] = i;
        }
        for (int i = 0; i < len; i++) {
            Instr x = in.get(ix + i);
            if (x.op == SWAP) {
                int top = stack[0];
                stack[0] = stack[x.arg - 1];
                stack[x.arg - 1] = top;
            }
        }
        int current = len - 1;
        for (int i = 0; i < depth; i++) {
            if (stack[i] == VISITED || stack[i] == i) {
                continue;
            }
            int j = i;
            while (true) {
                if (j != 0) {
                    Instr x = in.get(ix + current--);
                    x.op = SWAP;
                    x.arg = j + 1;
                }
                if (stack[j] == VISITED) {
                    break;
                }
                int next = stack[j];
                stack[j] = VISITED;
                j = next;
            }
        }
        while (current >= 0) {
            in.get(ix + current--).op = NOP;
        }
        return ix + len - 1;
    }

    private static boolean swappable(int op) {
        return op == Opcode.STORE_FAST.number() || op == Opcode.POP_TOP.number();
    }

    private static int nextSwappable(List<Instr> in, int i, int lineno) {
        while (++i < in.size()) {
            Instr x = in.get(i);
            if (lineno >= 0 && x.lineno != lineno) {
                return -1;
            }
            if (x.op == NOP) {
                continue;
            }
            return swappable(x.op) ? i : -1;
        }
        return -1;
    }

    static void applyStaticSwaps(List<Instr> in, int i) {
        for (; i >= 0; i--) {
            Instr swap = in.get(i);
            if (swap.op != SWAP) {
                if (swap.op == NOP || swappable(swap.op)) {
                    continue;
                }
                return;
            }
            int j = nextSwappable(in, i, -1);
            if (j < 0) {
                return;
            }
            int k = j;
            int lineno = in.get(j).lineno;
            for (int count = swap.arg - 1; count > 0; count--) {
                k = nextSwappable(in, k, lineno);
                if (k < 0) {
                    return;
                }
            }
            swap.op = NOP;
            Instr t = in.get(j);
            in.set(j, in.get(k));
            in.set(k, t);
        }
    }
}
