package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.PySingleton;
import dev.adder.runtime.PyType;

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
    private static final String[] SYMBOL = {"+", "&", "//", "<<", "@", "*", "%", "|", "** or pow()", ">>", "-", "/", "^"};
    private static final String[] ISYMBOL = {"+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=",
        "/=", "^="};
    private static final String[] NAME = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or",
        "pow", "rshift", "sub", "truediv", "xor"};
    /** {@code __add__} ... by operator number. */
    static final String[] DUNDER = dunders("__", "__");
    /** {@code __radd__} ... by operator number. */
    static final String[] RDUNDER = dunders("__r", "__");
    /** {@code __iadd__} ... by operator number. */
    static final String[] IDUNDER = dunders("__i", "__");

    private static String[] dunders(String prefix, String suffix) {
        String[] r = new String[NAME.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = prefix + NAME[i] + suffix;
        }
        return r;
    }

    /** {@code a OP b} for BINARY_OP's argument {@code op} (in-place forms included). */
    public static Object binaryOp(int op, Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            int o = op >= INPLACE_OFFSET ? op - INPLACE_OFFSET : op;
            switch (o) {
                case ADD: {
                    int r = x + y;
                    return ((x ^ r) & (y ^ r)) < 0 ? (Object) ((long) x + y) : (Object) r;
                }
                case SUBTRACT: {
                    int r = x - y;
                    return ((x ^ y) & (x ^ r)) < 0 ? (Object) ((long) x - y) : (Object) r;
                }
                case MULTIPLY: {
                    long r = (long) x * y;
                    return (int) r == r ? (Object) (int) r : (Object) r;
                }
                default: {
                    Object r = NumberOps.ints(o, x, y);
                    if (r != null) {
                        return r;
                    }
                }
            }
        }
        if (a instanceof Double x && b instanceof Double y) {
            int o = op >= INPLACE_OFFSET ? op - INPLACE_OFFSET : op;
            switch (o) {
                case ADD: return x + y;
                case SUBTRACT: return x - y;
                case MULTIPLY: return x * y;
                default: break;
            }
        }
        if (op >= INPLACE_OFFSET) {
            return inplace(op - INPLACE_OFFSET, a, b);
        }
        return binary(op, a, b, SYMBOL[op]);
    }

    // CPython 3.11: Objects/abstract.c binary_iop1: __iop__ first, then the binary operator.
    private static Object inplace(int op, Object a, Object b) {
        Object r = NumberOps.binary(op, a, b);
        if (r != null) {
            return r;
        }
        if (!NumberOps.isNative(a)) {
            Object f = Ops.type(a).lookup(IDUNDER[op]);
            if (f != null) {
                r = Ops.call(f, a, b);
                if (r != PySingleton.NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        return binary(op, a, b, ISYMBOL[op]);
    }

    /** {@code a + b}. */
    public static Object add(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            int r = x + y;
            return ((x ^ r) & (y ^ r)) < 0 ? (Object) ((long) x + y) : (Object) r;
        }
        return binary(ADD, a, b, "+");
    }

    /** {@code a - b}. */
    public static Object subtract(Object a, Object b) {
        return binaryOp(SUBTRACT, a, b);
    }

    /** {@code a * b}. */
    public static Object multiply(Object a, Object b) {
        return binaryOp(MULTIPLY, a, b);
    }

    private static Object binary(int op, Object a, Object b, String symbol) {
        Object r = NumberOps.binary(op, a, b);
        if (r != null) {
            return r;
        }
        r = dunders(op, a, b);
        if (r != PySingleton.NOT_IMPLEMENTED) {
            return r;
        }
        if (op == MULTIPLY) {
            r = NumberOps.repeatByIndex(a, b);
            if (r != null) {
                return r;
            }
        } else if (op == ADD && a instanceof String s && b instanceof BuiltinValue v && v.value() instanceof String) {
            // CPython's sq_concat (PyUnicode_Concat) takes a str subclass on the right.
            return StrOps.concat(s, v.value());
        }
        RuntimeException e = NumberOps.sequenceError(op, BuiltinValue.unwrap(a), b);
        if (e == null && b instanceof BuiltinValue) {
            e = NumberOps.sequenceError(op, a, BuiltinValue.unwrap(b));
        }
        if (e != null) {
            throw e;
        }
        throw Errors.typeError("unsupported operand type(s) for " + symbol + ": '" + Errors.typeName(a)
                + "' and '" + Errors.typeName(b) + "'");
    }

    /**
     * CPython 3.11: Objects/abstract.c binary_op1 over the dunders: {@code a.__op__(b)}, then
     * {@code b.__rop__(a)} when b's type differs (first when it is a subclass that overrides it).
     * The built-in scalar types are skipped: {@link NumberOps} already did what their dunders do.
     */
    static Object dunders(int op, Object a, Object b) {
        PyType ta = Ops.type(a);
        PyType tb = Ops.type(b);
        // A built-in operand's dunder is only needed against a subclass instance (3 * MyInt(2)).
        Object fa = NumberOps.isNative(a) && !(b instanceof BuiltinValue) ? null : ta.lookup(DUNDER[op]);
        Object fb = tb == ta || NumberOps.isNative(b) && !(a instanceof BuiltinValue) ? null : tb.lookup(RDUNDER[op]);
        if (fb != null && fa != null && tb.isSubtypeOf(ta) && fb != ta.lookup(RDUNDER[op])) {
            Object r = Ops.call(fb, b, a);
            if (r != PySingleton.NOT_IMPLEMENTED) {
                return r;
            }
            fb = null;
        }
        if (fa != null) {
            Object r = Ops.call(fa, a, b);
            if (r != PySingleton.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (fb != null) {
            return Ops.call(fb, b, a);
        }
        return PySingleton.NOT_IMPLEMENTED;
    }

    /** {@code divmod(a, b)}. */
    public static Object divmod(Object a, Object b) {
        Object r = NumberOps.divmod(a, b);
        if (r != null) {
            return r;
        }
        PyType ta = Ops.type(a);
        PyType tb = Ops.type(b);
        Object fa = NumberOps.isNative(a) ? null : ta.lookup("__divmod__");
        if (fa != null) {
            r = Ops.call(fa, a, b);
            if (r != PySingleton.NOT_IMPLEMENTED) {
                return r;
            }
        }
        Object fb = tb == ta || NumberOps.isNative(b) ? null : tb.lookup("__rdivmod__");
        if (fb != null) {
            r = Ops.call(fb, b, a);
            if (r != PySingleton.NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw Errors.typeError("unsupported operand type(s) for divmod(): '" + Errors.typeName(a)
                + "' and '" + Errors.typeName(b) + "'");
    }

    /** {@code pow(a, b, m)} with a modulus (ints only, as CPython). */
    public static Object pow(Object a, Object b, Object m) {
        if (m == null || m == dev.adder.runtime.PyNone.NONE) {
            return binaryOp(POWER, a, b);
        }
        if (IntOps.isInt(a) && IntOps.isInt(b) && IntOps.isInt(m)) {
            return IntPow.pow(a, b, m);
        }
        if (ComplexOps.isNumber(a) && ComplexOps.isNumber(b) && ComplexOps.isNumber(m)) {
            if (a instanceof PyComplex || b instanceof PyComplex || m instanceof PyComplex) {
                throw Errors.valueError("complex modulo");
            }
            throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        boolean sub = a instanceof BuiltinValue || b instanceof BuiltinValue || m instanceof BuiltinValue;
        Object f = NumberOps.isNative(a) && !sub ? null : Ops.type(a).lookup("__pow__");
        if (f != null) {
            Object r = Ops.call(f, new Object[] {a, b, m}, null);
            if (r != PySingleton.NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw Errors.typeError("unsupported operand type(s) for ** or pow(): '" + Errors.typeName(a)
                + "', '" + Errors.typeName(b) + "', '" + Errors.typeName(m) + "'");
    }

    /** {@code -a}. */
    public static Object negative(Object a) {
        if (a instanceof Integer i && i != Integer.MIN_VALUE) {
            return -i;
        }
        if (IntOps.isInt(a)) {
            return IntOps.neg(a);
        }
        if (a instanceof Double d) {
            return -d;
        }
        if (a instanceof PyComplex c) {
            return new PyComplex(-c.real(), -c.imag());
        }
        return unary(a, "__neg__", "-");
    }

    /** {@code +a}. */
    public static Object positive(Object a) {
        if (IntOps.isInt(a)) {
            return IntOps.pos(a);
        }
        if (a instanceof Double || a instanceof PyComplex) {
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

    /** {@code abs(a)}. */
    public static Object abs(Object a) {
        if (IntOps.isInt(a)) {
            return IntOps.abs(a);
        }
        if (a instanceof Double d) {
            return Math.abs(d);
        }
        if (a instanceof PyComplex c) {
            return ComplexOps.abs(c);
        }
        Object f = Ops.type(a).lookup("__abs__");
        if (f == null) {
            throw Errors.typeError("bad operand type for abs(): '" + Errors.typeName(a) + "'");
        }
        return Ops.call(f, a);
    }

    private static Object unary(Object a, String dunder, String symbol) {
        Object f = NumberOps.isNative(a) ? null : Ops.type(a).lookup(dunder);
        if (f == null) {
            throw Errors.typeError("bad operand type for unary " + symbol + ": '" + Errors.typeName(a) + "'");
        }
        return Ops.call(f, a);
    }
}
