package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.PySingleton;
import dev.adder.runtime.PyType;

/** Rich comparison: CPython's {@code PyObject_RichCompare} with reflection and the {@code ==} identity fallback. */
public final class Compare {
    private Compare() {}

    /** Comparison operators, numbered as COMPARE_OP's argument. */
    public static final int LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5;
    private static final String[] SYMBOL = {"<", "<=", "==", "!=", ">", ">="};
    static final String[] DUNDER = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    static final int[] SWAPPED = {GT, GE, EQ, NE, LT, LE};

    /** {@code a op b}: a Python value (usually a Boolean). */
    public static Object richCompare(Object a, Object b, int op) {
        if (a instanceof Integer x && b instanceof Integer y) {
            return test(Integer.compare(x, y), op);
        }
        Object r = nativeCompare(a, b, op);
        if (r != null) {
            return r;
        }
        // CPython 3.11: Objects/object.c do_richcompare
        PyType ta = Ops.type(a);
        PyType tb = Ops.type(b);
        // A built-in operand's dunder is only needed against a subclass instance (1 < MyInt(2)).
        boolean nativeA = NumberOps.isNative(a) && !(b instanceof BuiltinValue);
        boolean nativeB = NumberOps.isNative(b) && !(a instanceof BuiltinValue);
        boolean checkedReverse = false;
        if (ta != tb && !nativeB && tb.isSubtypeOf(ta)) {
            // unlike binary operators, the reflected comparison runs even when not overridden
            Object f = tb.lookup(DUNDER[SWAPPED[op]]);
            if (f != null) {
                checkedReverse = true;
                r = Ops.call(f, b, a);
                if (r != PySingleton.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        if (!nativeA) {
            Object f = ta.lookup(DUNDER[op]);
            if (f != null) {
                r = Ops.call(f, a, b);
                if (r != PySingleton.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        if (!checkedReverse && !nativeB) {
            Object f = tb.lookup(DUNDER[SWAPPED[op]]);
            if (f != null) {
                r = Ops.call(f, b, a);
                if (r != PySingleton.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        if (op == EQ) {
            return a == b;
        }
        if (op == NE) {
            return a != b;
        }
        throw unsupported(op, a, b);
    }

    /** {@code TypeError: '<' not supported between instances of 'int' and 'str'}. */
    static RuntimeException unsupported(int op, Object a, Object b) {
        return Errors.typeError("'" + SYMBOL[op] + "' not supported between instances of '"
                + Errors.typeName(a) + "' and '" + Errors.typeName(b) + "'");
    }

    /**
     * The comparison of two built-in scalars (int, bool, float, complex, str, bytes), null when
     * either is something else, NOT_IMPLEMENTED when these types cannot order each other.
     */
    static Object nativeCompare(Object a, Object b, int op) {
        if (IntOps.isInt(a)) {
            if (IntOps.isInt(b)) {
                return test(IntOps.compare(a, b), op);
            } else if (b instanceof Double) {
                return FloatOps.compare(a, b, op);
            } else if (b instanceof PyComplex c) {
                return complexEq(c, a, op);
            }
        } else if (a instanceof Double) {
            if (b instanceof Double || IntOps.isInt(b)) {
                return FloatOps.compare(a, b, op);
            } else if (b instanceof PyComplex c) {
                return complexEq(c, a, op);
            }
        } else if (a instanceof PyComplex c) {
            if (ComplexOps.isNumber(b)) {
                return complexEq(c, b, op);
            }
        } else if (a instanceof String s) {
            if (b instanceof String t) {
                return op == EQ ? (Object) s.equals(t) : op == NE ? (Object) !s.equals(t)
                        : test(StrOps.compare(s, t), op);
            }
        } else if (a instanceof PyBytes x) {
            if (b instanceof PyBytes y) {
                return test(BytesOps.compare(x, y), op);
            }
        }
        if (!NumberOps.isNative(a) || !NumberOps.isNative(b)) {
            return null;
        }
        // Two built-in scalars of unrelated kinds: only == and != have an answer.
        if (op == EQ) {
            return false;
        } else if (op == NE) {
            return true;
        }
        throw unsupported(op, a, b);
    }

    private static Object complexEq(PyComplex c, Object other, int op) {
        if (op != EQ && op != NE) {
            if (other instanceof PyComplex) {
                throw unsupported(op, c, other);
            }
            return null;
        }
        boolean eq;
        if (other instanceof PyComplex d) {
            eq = c.real() == d.real() && c.imag() == d.imag();
        } else {
            eq = c.imag() == 0.0 && (other instanceof Double d ? c.real() == d
                    : FloatOps.compare(c.real(), other, FloatOps.EQ));
        }
        return op == EQ ? eq : !eq;
    }

    /** The Boolean of comparing by {@code c} (negative, zero, positive). */
    static Boolean test(int c, int op) {
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
