package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.PySingleton;
import java.math.BigInteger;

/** Rich comparison: CPython's {@code PyObject_RichCompare} with reflection and the {@code ==} identity fallback. */
public final class Compare {
    private Compare() {}

    /** Comparison operators, numbered as COMPARE_OP's argument. */
    public static final int LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5;
    private static final String[] SYMBOL = {"<", "<=", "==", "!=", ">", ">="};
    private static final String[] DUNDER = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    private static final int[] SWAPPED = {GT, GE, EQ, NE, LT, LE};

    /** {@code a op b}: a Python value (usually a Boolean). */
    public static Object richCompare(Object a, Object b, int op) {
        if (isInt(a) && isInt(b)) {
            int c = IntOps.compare(a, b);
            return test(c, op);
        }
        if (a instanceof Double || b instanceof Double) {
            if ((a instanceof Double || isInt(a) || a instanceof Boolean) && (b instanceof Double || isInt(b) || b instanceof Boolean)) {
                return FloatOps.compare(a, b, op);
            }
        }
        if (a instanceof String s && b instanceof String t) {
            return test(StrOps.compare(s, t), op);
        }
        Object r = Protocol.callDunder(a, DUNDER[op], b);
        if (r != null && r != PySingleton.NOT_IMPLEMENTED) {
            return r;
        }
        r = Protocol.callDunder(b, DUNDER[SWAPPED[op]], a);
        if (r != null && r != PySingleton.NOT_IMPLEMENTED) {
            return r;
        }
        if (op == EQ) {
            return a == b || a.equals(b);
        }
        if (op == NE) {
            return !(a == b || a.equals(b));
        }
        throw Errors.typeError("'" + SYMBOL[op] + "' not supported between instances of '"
                + Errors.typeName(a) + "' and '" + Errors.typeName(b) + "'");
    }

    private static boolean isInt(Object o) {
        return o instanceof Integer || o instanceof Long || o instanceof BigInteger || o instanceof Boolean;
    }

    private static Boolean test(int c, int op) {
        switch (op) {
            case LT: return c < 0;
            case LE: return c <= 0;
            case EQ: return c == 0;
            case NE: return c != 0;
            case GT: return c > 0;
            default: return c >= 0;
        }
    }
}
