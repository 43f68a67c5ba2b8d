package dev.adder.objects;

import dev.adder.runtime.Errors;

/**
 * The built-in operand pairs of {@link Arith}: int, bool, float and complex with CPython's mixing
 * rules, str and bytes concatenation, repetition and {@code %} formatting. Returns null for a pair
 * (or an operator) these types do not handle, so the caller tries the dunders.
 */
final class NumberOps {
    private NumberOps() {}

    /** {@code a OP b} (BINARY_OP numbering, not in-place) for built-in operands, else null. */
    static Object binary(int op, Object a, Object b) {
        if (IntOps.isInt(a)) {
            if (IntOps.isInt(b)) {
                return ints(op, a, b);
            } else if (b instanceof Double y) {
                return floats(op, IntOps.toDouble(a), y);
            } else if (b instanceof PyComplex) {
                return ComplexOps.binary(op, a, b);
            } else if (op == Arith.MULTIPLY && b instanceof String s) {
                return StrOps.repeat(s, a);
            } else if (op == Arith.MULTIPLY && b instanceof PyBytes s) {
                return BytesOps.repeat(s, a);
            }
            return null;
        }
        if (a instanceof Double x) {
            if (b instanceof Double y) {
                return floats(op, x, y);
            } else if (IntOps.isInt(b)) {
                return floats(op, x, IntOps.toDouble(b));
            } else if (b instanceof PyComplex) {
                return ComplexOps.binary(op, a, b);
            }
            return null;
        }
        if (a instanceof PyComplex) {
            return ComplexOps.isNumber(b) ? ComplexOps.binary(op, a, b) : null;
        }
        if (a instanceof String s) {
            switch (op) {
                case Arith.ADD: return b instanceof String ? StrOps.concat(s, b) : null;
                case Arith.MULTIPLY: return IntOps.isInt(b) ? StrOps.repeat(s, b) : null;
                case Arith.REMAINDER: return StrMethods.percent(s, b);
                default: return null;
            }
        }
        if (a instanceof PyBytes s) {
            switch (op) {
                case Arith.ADD: return b instanceof PyBytes t ? BytesOps.concat(s, t) : BytesOps.concatBuffer(s, b);
                case Arith.MULTIPLY: return IntOps.isInt(b) ? BytesOps.repeat(s, b) : null;
                case Arith.REMAINDER: return BytesOps.percent(s, b);
                default: return null;
            }
        }
        return null;
    }

    /** Whether {@code a}'s type is one {@link #binary} fully handles (its dunders add nothing). */
    static boolean isNative(Object a) {
        return a instanceof Integer || a instanceof String || a instanceof Double || a instanceof Long
                || a instanceof Boolean || a instanceof java.math.BigInteger || a instanceof PyComplex
                || a instanceof PyBytes;
    }

    /** int OP int. */
    static Object ints(int op, Object a, Object b) {
        switch (op) {
            case Arith.ADD: return IntOps.add(a, b);
            case Arith.SUBTRACT: return IntOps.sub(a, b);
            case Arith.MULTIPLY: return IntOps.mul(a, b);
            case Arith.FLOOR_DIVIDE: return IntDivision.floordiv(a, b);
            case Arith.REMAINDER: return IntDivision.mod(a, b);
            case Arith.TRUE_DIVIDE: return IntDivision.truediv(a, b);
            case Arith.POWER: return IntPow.pow(a, b);
            case Arith.LSHIFT: return IntBits.lshift(a, b);
            case Arith.RSHIFT: return IntBits.rshift(a, b);
            case Arith.AND:
                return a instanceof Boolean x && b instanceof Boolean y ? (Object) (x & y) : IntBits.and(a, b);
            case Arith.OR:
                return a instanceof Boolean x && b instanceof Boolean y ? (Object) (x | y) : IntBits.or(a, b);
            case Arith.XOR:
                return a instanceof Boolean x && b instanceof Boolean y ? (Object) (x ^ y) : IntBits.xor(a, b);
            default: return null;
        }
    }

    /** float OP float (an int operand already converted). */
    static Object floats(int op, double x, double y) {
        switch (op) {
            case Arith.ADD: return x + y;
            case Arith.SUBTRACT: return x - y;
            case Arith.MULTIPLY: return x * y;
            case Arith.TRUE_DIVIDE: return FloatOps.truediv(x, y);
            case Arith.FLOOR_DIVIDE: return FloatOps.floordiv(x, y);
            case Arith.REMAINDER: return FloatOps.mod(x, y);
            case Arith.POWER:
                // CPython 3.11: float_pow hands a negative base with a fractional exponent to complex.
                if (x < 0.0 && !Double.isInfinite(x) && y != Math.floor(y) && !Double.isInfinite(y)
                        && !Double.isNaN(y)) {
                    return ComplexOps.pow(new PyComplex(x, 0.0), new PyComplex(y, 0.0));
                }
                return FloatOps.pow(x, y);
            default: return null;
        }
    }

    /** {@code divmod(a, b)} for built-in numbers, or null. */
    static Object divmod(Object a, Object b) {
        if (IntOps.isInt(a) && IntOps.isInt(b)) {
            return PyTuple.wrap(IntDivision.divmod(a, b));
        }
        if ((a instanceof Double || IntOps.isInt(a)) && (b instanceof Double || IntOps.isInt(b))) {
            double[] r = FloatOps.divmod(FloatOps.toDouble(a), FloatOps.toDouble(b));
            return PyTuple.of(r[0], r[1]);
        }
        return null;
    }

    /** {@code seq * n} / {@code n * seq} for a str or bytes and an object with {@code __index__} (sq_repeat), else null. */
    static Object repeatByIndex(Object a, Object b) {
        Object seq = a instanceof String || a instanceof PyBytes ? a : b instanceof String || b instanceof PyBytes ? b : null;
        Object n = seq == a ? b : a;
        if (seq == null || isNative(n) || Ops.type(n).lookup("__index__") == null) {
            return null;
        }
        Object count = Ops.index(n);
        return seq instanceof String s ? StrOps.repeat(s, count) : BytesOps.repeat((PyBytes) seq, count);
    }

    /** The TypeError of a sequence operand that could not take part ({@code "a" + 1}, {@code "a" * 1.5}). */
    static RuntimeException sequenceError(int op, Object a, Object b) {
        if (op == Arith.ADD && a instanceof String) {
            return Errors.typeError("can only concatenate str (not \"" + Errors.typeName(b) + "\") to str");
        }
        if (op == Arith.ADD && a instanceof PyBytes) {
            return Errors.typeError("can't concat " + Errors.typeName(b) + " to bytes");
        }
        if (op == Arith.MULTIPLY && (a instanceof String || a instanceof PyBytes)) {
            return Errors.typeError("can't multiply sequence by non-int of type '" + Errors.typeName(b) + "'");
        }
        if (op == Arith.MULTIPLY && (b instanceof String || b instanceof PyBytes)) {
            return Errors.typeError("can't multiply sequence by non-int of type '" + Errors.typeName(a) + "'");
        }
        // list and tuple repeat through CPython's sq_repeat, whose message this is.
        if (op == Arith.MULTIPLY && (a instanceof PyList || a instanceof PyTuple)) {
            return Errors.typeError("can't multiply sequence by non-int of type '" + Errors.typeName(b) + "'");
        }
        if (op == Arith.MULTIPLY && (b instanceof PyList || b instanceof PyTuple)) {
            return Errors.typeError("can't multiply sequence by non-int of type '" + Errors.typeName(a) + "'");
        }
        if (op == Arith.ADD && (a instanceof PyList || a instanceof PyTuple)) {
            String n = Errors.typeName(a);
            return Errors.typeError("can only concatenate " + n + " (not \"" + Errors.typeName(b) + "\") to " + n);
        }
        return null;
    }
}
