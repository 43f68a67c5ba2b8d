package dev.adder.bytecode;

/** The stack effects that are not linear in the argument, for {@link Opcode#stackEffect}. */
final class StackEffects {
    private StackEffects() {
    }

    /** CPython 3.11: Python/compile.c stack_effect, for the opcodes the generator marks special. */
    static int special(Opcode op, int arg, boolean jump) {
        switch (op) {
            case UNPACK_EX:
                return (arg & 0xFF) + (arg >> 8);
            case LOAD_GLOBAL:
                return (arg & 1) + 1;
            case MAKE_FUNCTION:
                return -Integer.bitCount(arg & 0xF);
            case BUILD_SLICE:
                return arg == 3 ? -2 : -1;
            case CALL_FUNCTION_EX:
                return -2 - (arg & 1);
            case FORMAT_VALUE:
                return (arg & 0x4) != 0 ? -1 : 0;
            default:
                throw new IllegalStateException("no special stack effect for " + op);
        }
    }
}
