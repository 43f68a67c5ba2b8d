package dev.adder.vm;

import static dev.adder.vm.OpNumbers.BINARY_OP;
import static dev.adder.vm.OpNumbers.COMPARE_OP;
import static dev.adder.vm.OpNumbers.COPY;
import static dev.adder.vm.OpNumbers.COPY_FREE_VARS;
import static dev.adder.vm.OpNumbers.FOR_ITER;
import static dev.adder.vm.OpNumbers.JUMP_BACKWARD;
import static dev.adder.vm.OpNumbers.LOAD_CONST;
import static dev.adder.vm.OpNumbers.LOAD_FAST;
import static dev.adder.vm.OpNumbers.POP_JUMP_BACKWARD_IF_FALSE;
import static dev.adder.vm.OpNumbers.POP_JUMP_BACKWARD_IF_TRUE;
import static dev.adder.vm.OpNumbers.POP_JUMP_FORWARD_IF_FALSE;
import static dev.adder.vm.OpNumbers.POP_JUMP_FORWARD_IF_TRUE;
import static dev.adder.vm.OpNumbers.PRECALL;
import static dev.adder.vm.OpNumbers.RESUME;
import static dev.adder.vm.OpNumbers.CALL;
import static dev.adder.vm.OpNumbers.STORE_FAST;
import static dev.adder.vm.OpNumbers.SWAP;

import dev.adder.bytecode.Opcode;
import dev.adder.bytecode.PyCode;

/**
 * The words the dispatch loop runs: a code object's words with common pairs of instructions fused
 * into one (CPython 3.11's superinstructions, such as LOAD_FAST__LOAD_FAST, and 3.12's
 * COMPARE_AND_BRANCH), so that the pair costs one dispatch. Made once per code object; Python never
 * sees them ({@code co_code} and {@code dis} show the code as compiled).
 *
 * <p>A fused instruction replaces only the first word of its pair and keeps that word's argument;
 * the second word stays as compiled, so a jump to it runs it alone, and the fused instruction reads
 * the second's argument from it. Numbers are ones CPython 3.11 leaves unused.
 */
final class Quickening {
    private Quickening() {
    }

    static final int LOAD_FAST__LOAD_FAST = 3;
    static final int LOAD_FAST__LOAD_CONST = 4;
    static final int LOAD_CONST__LOAD_FAST = 5;
    static final int STORE_FAST__LOAD_FAST = 6;
    static final int STORE_FAST__STORE_FAST = 7;
    static final int COMPARE_OP__POP_JUMP_FORWARD_IF_FALSE = 8;
    static final int COMPARE_OP__POP_JUMP_FORWARD_IF_TRUE = 13;
    static final int COMPARE_OP__POP_JUMP_BACKWARD_IF_FALSE = 14;
    static final int COMPARE_OP__POP_JUMP_BACKWARD_IF_TRUE = 16;
    static final int PRECALL__CALL = 17;
    static final int LOAD_CONST__BINARY_OP = 18;
    static final int FOR_ITER__STORE_FAST = 19;
    /** A JUMP_BACKWARD to a FOR_ITER: jumps and runs the FOR_ITER (or FOR_ITER__STORE_FAST) there. */
    static final int JUMP_BACKWARD__FOR_ITER = 20;
    /** COPY COPY and SWAP SWAP: what {@code a[i] += x} compiles to around its BINARY_SUBSCR and STORE_SUBSCR. */
    static final int COPY__COPY = 21;
    static final int SWAP__SWAP = 22;

    /** The words to run for {@code code}, made on first use (a racing thread may make an equal copy). */
    static int[] words(PyCode code) {
        int[] w = code.runWords();
        if (w == null) {
            w = quicken(code.wordsShared());
            code.setRunWords(w);
        }
        return w;
    }

    /** A copy of {@code words} with the first word of each fusable pair rewritten. */
    static int[] quicken(int[] words) {
        int[] out = words.clone();
        int i = 0;
        while (i < words.length) {
            int op = words[i] & 0xFF;
            int next = i + 1 + caches(op);
            if (op == JUMP_BACKWARD) {
                int target = next - (words[i] >>> 8);
                if (target >= 0 && (words[target] & 0xFF) == FOR_ITER) {
                    out[i] = (words[i] & ~0xFF) | JUMP_BACKWARD__FOR_ITER;
                }
            } else if (next < words.length) {
                int fused = fuse(op, words[next] & 0xFF);
                if (fused != 0) {
                    out[i] = (words[i] & ~0xFF) | fused;
                }
            }
            i = next;
        }
        return out;
    }

    /**
     * Where a call of a function with these words starts: past a leading {@code RESUME 0} (a no-op
     * here), and past {@code COPY_FREE_VARS n; RESUME 0} when the frame's maker copies the closure
     * itself ({@link #closureCopiedAtStart}).
     */
    static int startIp(int[] words) {
        if (words.length > 0 && words[0] == RESUME) {
            return 1;
        }
        if (closureCopiedAtStart(words) > 0) {
            return 2;
        }
        return 0;
    }

    /** n when the words begin {@code COPY_FREE_VARS n; RESUME 0}, else 0. */
    static int closureCopiedAtStart(int[] words) {
        if (words.length > 1 && (words[0] & 0xFF) == COPY_FREE_VARS && words[1] == RESUME) {
            return words[0] >>> 8;
        }
        return 0;
    }

    private static int caches(int op) {
        Opcode o = Opcode.of(op);
        return o == null ? 0 : o.caches();
    }

    /** The fused opcode for {@code first} followed by {@code second}, or 0. */
    private static int fuse(int first, int second) {
        switch (first) {
            case LOAD_FAST:
                return second == LOAD_FAST ? LOAD_FAST__LOAD_FAST : second == LOAD_CONST ? LOAD_FAST__LOAD_CONST : 0;
            case LOAD_CONST:
                return second == LOAD_FAST ? LOAD_CONST__LOAD_FAST : second == BINARY_OP ? LOAD_CONST__BINARY_OP : 0;
            case FOR_ITER:
                return second == STORE_FAST ? FOR_ITER__STORE_FAST : 0;
            case STORE_FAST:
                return second == LOAD_FAST ? STORE_FAST__LOAD_FAST : second == STORE_FAST ? STORE_FAST__STORE_FAST : 0;
            case COMPARE_OP:
                switch (second) {
                    case POP_JUMP_FORWARD_IF_FALSE:
                        return COMPARE_OP__POP_JUMP_FORWARD_IF_FALSE;
                    case POP_JUMP_FORWARD_IF_TRUE:
                        return COMPARE_OP__POP_JUMP_FORWARD_IF_TRUE;
                    case POP_JUMP_BACKWARD_IF_FALSE:
                        return COMPARE_OP__POP_JUMP_BACKWARD_IF_FALSE;
                    case POP_JUMP_BACKWARD_IF_TRUE:
                        return COMPARE_OP__POP_JUMP_BACKWARD_IF_TRUE;
                    default:
                        return 0;
                }
            case PRECALL:
                return second == CALL ? PRECALL__CALL : 0;
            case COPY:
                return second == COPY ? COPY__COPY : 0;
            case SWAP:
                return second == SWAP ? SWAP__SWAP : 0;
            default:
                return 0;
        }
    }
}
