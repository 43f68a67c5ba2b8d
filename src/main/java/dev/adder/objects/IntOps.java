package dev.adder.objects;

import dev.adder.runtime.Errors;
import java.math.BigInteger;

/**
 * Python {@code int} arithmetic on Adder's representation: an int is an {@link Integer}, a
 * {@link Long} or a {@link BigInteger}, always the smallest that holds the value, and a
 * {@link Boolean} is an int too (True is 1). Every result here is normalized to that smallest type.
 *
 * <p>These are the VM's hot paths: two {@code Integer}s are served first without any check, 64-bit
 * values never touch {@code BigInteger}, and overflow is detected with arithmetic, not exceptions.
 * Operands must be Python ints ({@link #isInt}); the caller (the abstract object API) chooses the
 * type's slot. Division, powers, shifts, text and hashing live in the sibling classes
 * {@link IntDivision}, {@link IntPow}, {@link IntBits}, {@link IntText} and {@link NumericHash}.
 */
public final class IntOps {
    private IntOps() {}

    /**
     * The largest int, in bits, that Adder builds (BigInteger's own limit). A result known to be
     * larger is refused before it is computed with Python's {@code MemoryError}, which CPython
     * raises only when its allocation fails.
     */
    public static final long MAX_BITS = Integer.MAX_VALUE - 64;

    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);

    /** Whether {@code v} is a Python int: Integer, Long, BigInteger or Boolean. */
    public static boolean isInt(Object v) {
        return v instanceof Integer || v instanceof Long || v instanceof BigInteger || v instanceof Boolean;
    }

    /** The int {@code v} in its smallest type: Integer when it fits 32 bits, else Long. */
    public static Object valueOf(long v) {
        int i = (int) v;
        return i == v ? (Object) Integer.valueOf(i) : (Object) Long.valueOf(v);
    }

    /** The int {@code v} in its smallest type (Integer, Long, or {@code v} itself). */
    public static Object normalize(BigInteger v) {
        return v.bitLength() < 64 ? valueOf(v.longValue()) : v;
    }

    /**
     * Python's {@code operator.index} for an int: the same value as a plain int in its smallest
     * type (a bool becomes 0 or 1, a Long or BigInteger that fits a smaller type shrinks).
     */
    public static Object index(Object v) {
        if (v instanceof Integer) {
            return v;
        } else if (v instanceof Long l) {
            return valueOf(l);
        } else if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return normalize((BigInteger) v);
    }

    /** Whether {@code v} (an int) is held in 64 bits: everything but BigInteger. */
    static boolean isSmall(Object v) {
        return !(v instanceof BigInteger);
    }

    /** The value of an Integer, Long or Boolean. */
    static long smallValue(Object v) {
        if (v instanceof Integer i) {
            return i;
        } else if (v instanceof Long l) {
            return l;
        }
        return ((Boolean) v) ? 1 : 0;
    }

    /** Any int as a BigInteger (for the slow paths). */
    public static BigInteger toBig(Object v) {
        return v instanceof BigInteger b ? b : BigInteger.valueOf(smallValue(v));
    }

    /** Raises Python's MemoryError (no message, as CPython's failed allocation) past {@link #MAX_BITS}. */
    static void checkBits(long bits) {
        if (bits > MAX_BITS) {
            throw Errors.memoryError("");
        }
    }

    // ---------------------------------------------------------------- + - *

    /** {@code a + b}. */
    public static Object add(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            return valueOf((long) x + y);
        }
        if (isSmall(a) && isSmall(b)) {
            long x = smallValue(a);
            long y = smallValue(b);
            long r = x + y;
            // Overflow iff both operands have the sign opposite to the result's.
            if (((x ^ r) & (y ^ r)) < 0) {
                return BigInteger.valueOf(x).add(BigInteger.valueOf(y));
            }
            return valueOf(r);
        }
        return normalize(toBig(a).add(toBig(b)));
    }

    /** {@code a - b}. */
    public static Object sub(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            return valueOf((long) x - y);
        }
        if (isSmall(a) && isSmall(b)) {
            long x = smallValue(a);
            long y = smallValue(b);
            long r = x - y;
            if (((x ^ y) & (x ^ r)) < 0) {
                return BigInteger.valueOf(x).subtract(BigInteger.valueOf(y));
            }
            return valueOf(r);
        }
        return normalize(toBig(a).subtract(toBig(b)));
    }

    /** {@code a * b}. */
    public static Object mul(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            return valueOf((long) x * y);
        }
        if (isSmall(a) && isSmall(b)) {
            long x = smallValue(a);
            long y = smallValue(b);
            long lo = x * y;
            long hi = Math.multiplyHigh(x, y);
            // The product fits iff the high word is the sign extension of the low one.
            if (hi == (lo >> 63)) {
                return valueOf(lo);
            }
            return BigInteger.valueOf(x).multiply(BigInteger.valueOf(y));
        }
        BigInteger x = toBig(a);
        BigInteger y = toBig(b);
        if (x.signum() == 0 || y.signum() == 0) {
            return 0;
        }
        checkBits((long) x.bitLength() + y.bitLength());
        return normalize(x.multiply(y));
    }

    // ---------------------------------------------------------------- unary

    /** {@code -a}. */
    public static Object neg(Object a) {
        if (a instanceof Integer x) {
            return valueOf(-(long) x);
        }
        if (isSmall(a)) {
            long x = smallValue(a);
            return x == Long.MIN_VALUE ? LONG_MIN.negate() : valueOf(-x);
        }
        return normalize(((BigInteger) a).negate());
    }

    /** {@code +a}: the same int, a bool becoming a plain int. */
    public static Object pos(Object a) {
        return index(a);
    }

    /** {@code abs(a)}. */
    public static Object abs(Object a) {
        if (a instanceof Integer x) {
            return valueOf(Math.abs((long) x));
        }
        if (isSmall(a)) {
            long x = smallValue(a);
            return x == Long.MIN_VALUE ? LONG_MIN.negate() : valueOf(Math.abs(x));
        }
        return normalize(((BigInteger) a).abs());
    }

    /** {@code ~a}, that is {@code -a - 1}. */
    public static Object invert(Object a) {
        if (isSmall(a)) {
            return valueOf(~smallValue(a));
        }
        return normalize(((BigInteger) a).not());
    }

    // ---------------------------------------------------------------- comparisons

    /** Compares two ints: negative, zero or positive as {@code a < b}, {@code a == b}, {@code a > b}. */
    public static int compare(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            return Integer.compare(x, y);
        }
        if (isSmall(a) && isSmall(b)) {
            return Long.compare(smallValue(a), smallValue(b));
        }
        // Normalized BigIntegers lie outside the long range, so only BigInteger vs BigInteger compares digits.
        return toBig(a).compareTo(toBig(b));
    }

    /** {@code a == b} for two ints. */
    public static boolean eq(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            return x.intValue() == y.intValue();
        }
        return compare(a, b) == 0;
    }

    /** {@code a < b} for two ints. */
    public static boolean lt(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            return x < y;
        }
        return compare(a, b) < 0;
    }

    /** {@code a <= b} for two ints. */
    public static boolean le(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            return x <= y;
        }
        return compare(a, b) <= 0;
    }

    /** {@code a > b} for two ints. */
    public static boolean gt(Object a, Object b) {
        return lt(b, a);
    }

    /** {@code a >= b} for two ints. */
    public static boolean ge(Object a, Object b) {
        return le(b, a);
    }

    /** The sign of an int: -1, 0 or 1. */
    public static int signum(Object a) {
        return isSmall(a) ? Long.signum(smallValue(a)) : ((BigInteger) a).signum();
    }

    /** Python truth of an int: non-zero. */
    public static boolean isTrue(Object a) {
        return signum(a) != 0;
    }

    // ---------------------------------------------------------------- conversions

    /**
     * {@code int.__float__}: the nearest double (ties to even), or Python's OverflowError "int too
     * large to convert to float".
     */
    public static double toDouble(Object a) {
        if (isSmall(a)) {
            return (double) smallValue(a);
        }
        BigInteger b = (BigInteger) a;
        // BigInteger.doubleValue rounds correctly (half even) and gives infinity past the range.
        double d = b.doubleValue();
        if (Double.isInfinite(d)) {
            throw Errors.overflowError("int too large to convert to float");
        }
        return d;
    }

    /**
     * {@code int(x)} for a float: truncates toward zero; ValueError for NaN, OverflowError for
     * an infinity, as CPython.
     */
    // CPython 3.11: Objects/longobject.c PyLong_FromDouble
    public static Object fromDouble(double x) {
        if (x > -9.223372036854775808E18 && x < 9.223372036854775808E18) {
            return valueOf((long) x);
        }
        if (Double.isNaN(x)) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw Errors.overflowError("cannot convert float infinity to integer");
        }
        // |x| >= 2**63: an integral double; its exact value is mantissa * 2**exponent.
        long bits = Double.doubleToRawLongBits(x);
        int exp = (int) ((bits >>> 52) & 0x7ff) - 1075;
        long mant = (bits & 0xfffffffffffffL) | 0x10000000000000L;
        BigInteger v = BigInteger.valueOf(mant).shiftLeft(exp);
        return normalize(x < 0 ? v.negate() : v);
    }
}
