package dev.adder.vm;

import static dev.adder.vm.OpNumbers.COMPARE_OP;
import static dev.adder.vm.OpNumbers.LOAD_CONST;
import static dev.adder.vm.OpNumbers.LOAD_FAST;
import static dev.adder.vm.OpNumbers.POP_JUMP_BACKWARD_IF_FALSE;
import static dev.adder.vm.OpNumbers.POP_JUMP_BACKWARD_IF_TRUE;
import static dev.adder.vm.OpNumbers.POP_JUMP_FORWARD_IF_FALSE;
import static dev.adder.vm.OpNumbers.POP_JUMP_FORWARD_IF_TRUE;
import static dev.adder.vm.OpNumbers.PRECALL;
import static dev.adder.vm.OpNumbers.CALL;
import static dev.adder.vm.OpNumbers.STORE_FAST;

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
            int next = i + 1 + caches(words[i] & 0xFF);
            if (next < words.length) {
                int fused = fuse(words[i] & 0xFF, words[next] & 0xFF);
                if (fused != 0) {
                    out[i] = (words[i] & ~0xFF) | fused;
                }
            }
            i = next;
        }
        return out;
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
                return second == LOAD_FAST ? LOAD_CONST__LOAD_FAST : 0;
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
            default:
                return 0;
        }
    }
}
