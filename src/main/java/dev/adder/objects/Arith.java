package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.PySingleton;

/**
 * Arithmetic operators: CPython's {@code PyNumber_*} with {@code binary_op1}'s reflected operands
 * and {@code NotImplemented}. Operators are numbered as BINARY_OP's argument (NB_ADD = 0, ...,
 * in-place forms from 13).
 */
public final class Arith {
    private Arith() {}

    /** BINARY_OP arguments (CPython 3.11 Include/opcode.h NB_*). */
    public static final int ADD = 0, AND = 1, FLOOR_DIVIDE = 2, LSHIFT = 3, MATRIX_MULTIPLY = 4, MULTIPLY = 5,
            REMAINDER = 6, OR = 7, POWER = 8, RSHIFT = 9, SUBTRACT = 10, TRUE_DIVIDE = 11, XOR = 12,
            INPLACE_OFFSET = 13;
    private static final String[] SYMBOL = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};
    private static final String[] NAME = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or",
        "pow", "rshift", "sub", "truediv", "xor"};

    /** {@code a OP b} for BINARY_OP's argument {@code op} (in-place forms included). */
    public static Object binaryOp(int op, Object a, Object b) {
        if (op >= INPLACE_OFFSET) {
            int base = op - INPLACE_OFFSET;
            Object r = Protocol.callDunder(a, "__i" + NAME[base] + "__", b);
            if (r != null && r != PySingleton.NOT_IMPLEMENTED) {
                return r;
            }
            return binary(base, a, b, SYMBOL[base] + "=");
        }
        return binary(op, a, b, SYMBOL[op]);
    }

    /** {@code a + b}. */
    public static Object add(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            int r = x + y;
            return ((x ^ r) & (y ^ r)) < 0 ? (Object) ((long) x + y) : (Object) r;
        }
        return binary(ADD, a, b, "+");
    }

    private static Object binary(int op, Object a, Object b, String symbol) {
        Object r = NumberOps.binary(op, a, b);
        if (r != null) {
            return r;
        }
        r = Protocol.callDunder(a, "__" + NAME[op] + "__", b);
        if (r != null && r != PySingleton.NOT_IMPLEMENTED) {
            return r;
        }
        r = Protocol.callDunder(b, "__r" + NAME[op] + "__", a);
        if (r != null && r != PySingleton.NOT_IMPLEMENTED) {
            return r;
        }
        throw Errors.typeError("unsupported operand type(s) for " + symbol + ": '" + Errors.typeName(a)
                + "' and '" + Errors.typeName(b) + "'");
    }

    /** {@code -a}. */
    public static Object negative(Object a) {
        if (IntOps.isInt(a)) {
            return IntOps.neg(a);
        }
        if (a instanceof Double d) {
            return -d;
        }
        return unary(a, "__neg__", "-");
    }

    /** {@code +a}. */
    public static Object positive(Object a) {
        if (IntOps.isInt(a) || a instanceof Double) {
            return a;
        }
        return unary(a, "__pos__", "+");
    }

    /** {@code ~a}. */
    public static Object invert(Object a) {
        if (IntOps.isInt(a)) {
            return IntOps.invert(a);
        }
        return unary(a, "__invert__", "~");
    }

    private static Object unary(Object a, String dunder, String symbol) {
        Object r = Protocol.callDunder(a, dunder);
        if (r == null) {
            throw Errors.typeError("bad operand type for unary " + symbol + ": '" + Errors.typeName(a) + "'");
        }
        return r;
    }
}
