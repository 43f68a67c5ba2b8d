package dev.adder.compiler;

import dev.adder.bytecode.Opcode;

/**
 * The compiler's pseudo opcodes, which the assembler turns into real ones: block pushes and pops
 * (they become the exception table), and jumps whose direction is chosen once blocks are laid out.
 * CPython 3.11: Python/compile.c, the SETUP_FINALLY ... POP_JUMP_IF_NOT_NONE defines.
 */
final class Pseudo {
    static final int SETUP_FINALLY = -1;
    static final int SETUP_CLEANUP = -2;
    static final int SETUP_WITH = -3;
    static final int POP_BLOCK = -4;
    static final int JUMP = -5;
    static final int JUMP_NO_INTERRUPT = -6;
    static final int POP_JUMP_IF_FALSE = -7;
    static final int POP_JUMP_IF_TRUE = -8;
    static final int POP_JUMP_IF_NONE = -9;
    static final int POP_JUMP_IF_NOT_NONE = -10;

    private static final String[] NAMES = {"", "SETUP_FINALLY", "SETUP_CLEANUP", "SETUP_WITH", "POP_BLOCK", "JUMP",
        "JUMP_NO_INTERRUPT", "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE", "POP_JUMP_IF_NONE", "POP_JUMP_IF_NOT_NONE"};

    private Pseudo() {
    }

    static String name(int op) {
        if (op < 0) {
            return NAMES[-op];
        }
        Opcode o = Opcode.of(op);
        return o == null ? "<" + op + ">" : o.name();
    }

    /** Jumps: the pseudo jumps and the real relative jumps (not the block pushes). */
    static boolean isJump(int op) {
        if (op <= JUMP && op >= POP_JUMP_IF_NOT_NONE) {
            return true;
        }
        if (op < 0) {
            return false;
        }
        Opcode o = Opcode.of(op);
        return o != null && o.isJump();
    }

    /** CPython 3.11: Python/compile.c stack_effect, for pseudo and real opcodes. */
    static int stackEffect(int op, int arg, boolean jump) {
        switch (op) {
            case SETUP_FINALLY:
            case SETUP_WITH:
                return jump ? 1 : 0;
            case SETUP_CLEANUP:
                return jump ? 2 : 0;
            case POP_BLOCK:
            case JUMP:
            case JUMP_NO_INTERRUPT:
                return 0;
            case POP_JUMP_IF_FALSE:
            case POP_JUMP_IF_TRUE:
            case POP_JUMP_IF_NONE:
            case POP_JUMP_IF_NOT_NONE:
                return -1;
            default:
                return Opcode.of(op).stackEffect(arg, jump);
        }
    }
}
