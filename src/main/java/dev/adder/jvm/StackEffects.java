package dev.adder.jvm;

/**
 * The operand-stack effect of each JVM instruction (in slots: long and double count two) and the
 * sizes read from method and field descriptors, for {@link CodeWriter}'s max_stack pass.
 */
final class StackEffects {
    private StackEffects() {
    }

    /** Marks the instructions whose effect depends on their operands (fields, invokes, MULTIANEWARRAY). */
    static final int VARIES = Integer.MIN_VALUE;

    /** Net stack change of opcodes 0..201 (JSR counts its return address). */
    private static final int[] DELTA = {
        0, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 1, 1, 1, 2, 2, //  0 NOP .. 15 DCONST_1
        1, 1, 1, 1, 2, //                                   16 BIPUSH SIPUSH LDC LDC_W LDC2_W
        1, 2, 1, 2, 1, //                                   21 ILOAD LLOAD FLOAD DLOAD ALOAD
        1, 1, 1, 1, 2, 2, 2, 2, 1, 1, 1, 1, 2, 2, 2, 2, 1, 1, 1, 1, // 26 xLOAD_n
        -1, 0, -1, 0, -1, -1, -1, -1, //                    46 IALOAD .. SALOAD
        -1, -2, -1, -2, -1, //                              54 ISTORE .. ASTORE
        -1, -1, -1, -1, -2, -2, -2, -2, -1, -1, -1, -1, -2, -2, -2, -2, -1, -1, -1, -1, // 59 xSTORE_n
        -3, -4, -3, -4, -3, -3, -3, -3, //                  79 IASTORE .. SASTORE
        -1, -2, 1, 1, 1, 2, 2, 2, 0, //                     87 POP POP2 DUP DUP_X1 DUP_X2 DUP2 DUP2_X1 DUP2_X2 SWAP
        -1, -2, -1, -2, -1, -2, -1, -2, -1, -2, -1, -2, //  96 xADD xSUB xMUL
        -1, -2, -1, -2, -1, -2, -1, -2, 0, 0, 0, 0, //      108 xDIV xREM xNEG
        -1, -1, -1, -1, -1, -1, -1, -2, -1, -2, -1, -2, //  120 shifts, IAND LAND IOR LOR IXOR LXOR
        0, //                                               132 IINC
        1, 0, 1, -1, -1, 0, 0, 1, 1, -1, 0, -1, 0, 0, 0, // 133 I2L .. I2S
        -3, -1, -1, -3, -3, //                              148 LCMP FCMPL FCMPG DCMPL DCMPG
        -1, -1, -1, -1, -1, -1, //                          153 IFEQ .. IFLE
        -2, -2, -2, -2, -2, -2, -2, -2, //                  159 IF_ICMPxx, IF_ACMPxx
        0, 1, 0, -1, -1, //                                 167 GOTO JSR RET TABLESWITCH LOOKUPSWITCH
        -1, -2, -1, -2, -1, 0, //                           172 IRETURN .. RETURN
        VARIES, VARIES, VARIES, VARIES, //                  178 GETSTATIC .. PUTFIELD
        VARIES, VARIES, VARIES, VARIES, VARIES, //          182 INVOKEVIRTUAL .. INVOKEDYNAMIC
        1, 0, 0, 0, -1, 0, 0, -1, -1, //                    187 NEW .. MONITOREXIT
        VARIES, VARIES, //                                  196 WIDE MULTIANEWARRAY
        -1, -1, 0, 1, //                                    198 IFNULL IFNONNULL GOTO_W JSR_W
    };

    static {
        if (DELTA.length != 202) {
            throw new AssertionError("stack-effect table has " + DELTA.length + " entries");
        }
    }

    /** The fixed stack change of {@code opcode}, or {@link #VARIES}. */
    static int delta(int opcode) {
        return DELTA[opcode];
    }

    /**
     * True for the instructions that have no operand bytes and so may be written by
     * {@link CodeWriter#insn(int)}.
     */
    static boolean hasNoOperands(int opcode) {
        return opcode >= 0 && opcode <= 15
                || opcode >= 26 && opcode <= 53
                || opcode >= 59 && opcode <= 152 && opcode != 132
                || opcode >= 172 && opcode <= 177
                || opcode == 190 || opcode == 191 || opcode == 194 || opcode == 195;
    }

    /** The slots a value of the type starting at {@code desc.charAt(i)} takes (0 for V). */
    private static int typeSize(char c) {
        return c == 'J' || c == 'D' ? 2 : c == 'V' ? 0 : 1;
    }

    /** The slots a field of this descriptor takes: 2 for J and D, else 1. */
    static int fieldSize(String descriptor) {
        if (descriptor.isEmpty()) {
            throw new IllegalArgumentException("empty field descriptor");
        }
        char c = descriptor.charAt(0);
        if (c == 'V' || c == '(') {
            throw new IllegalArgumentException("not a field descriptor: " + descriptor);
        }
        return typeSize(c);
    }

    /** The slots the arguments of a method descriptor take (without the receiver). */
    static int argumentsSize(String descriptor) {
        int n = descriptor.length();
        if (n < 3 || descriptor.charAt(0) != '(') {
            throw new IllegalArgumentException("not a method descriptor: " + descriptor);
        }
        int size = 0;
        int i = 1;
        while (true) {
            if (i >= n) {
                throw new IllegalArgumentException("not a method descriptor: " + descriptor);
            }
            char c = descriptor.charAt(i);
            if (c == ')') {
                return size;
            }
            if (c == '[') {
                while (i < n && descriptor.charAt(i) == '[') {
                    i++;
                }
                if (i < n && descriptor.charAt(i) == 'L') {
                    i = endOfClassName(descriptor, i);
                }
                i++;
                size++;
            } else if (c == 'L') {
                i = endOfClassName(descriptor, i) + 1;
                size++;
            } else if (c == 'J' || c == 'D') {
                i++;
                size += 2;
            } else if (c == 'V') {
                throw new IllegalArgumentException("void argument in " + descriptor);
            } else {
                i++;
                size++;
            }
        }
    }

    private static int endOfClassName(String descriptor, int i) {
        int semi = descriptor.indexOf(';', i);
        if (semi < 0) {
            throw new IllegalArgumentException("not a method descriptor: " + descriptor);
        }
        return semi;
    }

    /** The slots the return value of a method descriptor takes (0 for void). */
    static int returnSize(String descriptor) {
        int close = descriptor.lastIndexOf(')');
        if (close < 0 || close + 1 >= descriptor.length()) {
            throw new IllegalArgumentException("not a method descriptor: " + descriptor);
        }
        return typeSize(descriptor.charAt(close + 1));
    }
}
