package dev.adder.objects;

import dev.adder.runtime.Errors;
import java.math.BigInteger;

/**
 * Python's int division: {@code //} and {@code %} rounding toward negative infinity (the remainder
 * takes the divisor's sign), {@code divmod}, and {@code /} giving the correctly rounded float
 * even for ints far beyond a double's precision, with CPython 3.11's messages.
 */
public final class IntDivision {
    private IntDivision() {}

    /** {@code 2**53}: ints up to this size convert to double exactly. */
    private static final long EXACT_DOUBLE = 1L << 53;
    private static final int DBL_MANT_DIG = 53;
    private static final int DBL_MIN_EXP = -1021;
    private static final int DBL_MAX_EXP = 1024;

    /** {@code a // b}: ZeroDivisionError "integer division or modulo by zero". */
    public static Object floordiv(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y && y != 0) {
            return IntOps.valueOf(Math.floorDiv((long) x, (long) y));
        }
        if (IntOps.signum(b) == 0) {
            throw Errors.zeroDivisionError("integer division or modulo by zero");
        }
        if (IntOps.isSmall(a) && IntOps.isSmall(b)) {
            long x = IntOps.smallValue(a);
            long y = IntOps.smallValue(b);
            if (x == Long.MIN_VALUE && y == -1) {
                return IntOps.LONG_MIN.negate();
            }
            return IntOps.valueOf(Math.floorDiv(x, y));
        }
        return IntOps.normalize(bigDivmod(IntOps.toBig(a), IntOps.toBig(b))[0]);
    }

    /** {@code a % b}: the remainder with the sign of {@code b}; ZeroDivisionError "integer modulo by zero". */
    public static Object mod(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y && y != 0) {
            return Math.floorMod(x, y);
        }
        if (IntOps.signum(b) == 0) {
            throw Errors.zeroDivisionError("integer modulo by zero");
        }
        if (IntOps.isSmall(a) && IntOps.isSmall(b)) {
            return IntOps.valueOf(Math.floorMod(IntOps.smallValue(a), IntOps.smallValue(b)));
        }
        BigInteger x = IntOps.toBig(a);
        BigInteger y = IntOps.toBig(b);
        BigInteger r = x.remainder(y);
        if (r.signum() != 0 && r.signum() != y.signum()) {
            r = r.add(y);
        }
        return IntOps.normalize(r);
    }

    /**
     * {@code divmod(a, b)} as a two-element array {quotient, remainder} (the caller makes the tuple);
     * ZeroDivisionError "integer division or modulo by zero".
     */
    public static Object[] divmod(Object a, Object b) {
        if (IntOps.signum(b) == 0) {
            throw Errors.zeroDivisionError("integer division or modulo by zero");
        }
        if (IntOps.isSmall(a) && IntOps.isSmall(b)) {
            long x = IntOps.smallValue(a);
            long y = IntOps.smallValue(b);
            if (x == Long.MIN_VALUE && y == -1) {
                return new Object[] {IntOps.LONG_MIN.negate(), 0};
            }
            return new Object[] {IntOps.valueOf(Math.floorDiv(x, y)), IntOps.valueOf(Math.floorMod(x, y))};
        }
        BigInteger[] qr = bigDivmod(IntOps.toBig(a), IntOps.toBig(b));
        return new Object[] {IntOps.normalize(qr[0]), IntOps.normalize(qr[1])};
    }

    /** Floor division and modulo of BigIntegers (the divisor non-zero). */
    static BigInteger[] bigDivmod(BigInteger x, BigInteger y) {
        BigInteger[] qr = x.divideAndRemainder(y);
        if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(y);
        }
        return qr;
    }

    /**
     * {@code a / b}: the double nearest the exact quotient (ties to even); ZeroDivisionError
     * "division by zero", OverflowError "integer division result too large for a float".
     */
    // CPython 3.11: Objects/longobject.c long_true_divide
    public static double truediv(Object a, Object b) {
        if (IntOps.isSmall(a) && IntOps.isSmall(b)) {
            long x = IntOps.smallValue(a);
            long y = IntOps.smallValue(b);
            if (y == 0) {
                throw Errors.zeroDivisionError("division by zero");
            }
            // Both exact as doubles: IEEE division rounds the true quotient once, correctly.
            if (-EXACT_DOUBLE <= x && x <= EXACT_DOUBLE && -EXACT_DOUBLE <= y && y <= EXACT_DOUBLE) {
                return (double) x / (double) y;
            }
        }
        BigInteger x = IntOps.toBig(a);
        BigInteger y = IntOps.toBig(b);
        if (y.signum() == 0) {
            throw Errors.zeroDivisionError("division by zero");
        }
        boolean negative = (x.signum() < 0) != (y.signum() < 0);
        double r = bigTrueDivide(x.abs(), y.abs());
        return negative ? -r : r;
    }

    /** The correctly rounded quotient of two non-negative BigIntegers, the divisor positive. */
    private static double bigTrueDivide(BigInteger a, BigInteger b) {
        double result = ratioToDouble(a, b);
        if (Double.isInfinite(result)) {
            throw Errors.overflowError("integer division result too large for a float");
        }
        return result;
    }

    /**
     * The double nearest {@code a / b} (ties to even) for {@code a >= 0}, {@code b > 0}: positive
     * infinity when it is out of range.
     */
    static double ratioToDouble(BigInteger a, BigInteger b) {
        if (a.signum() == 0) {
            return 0.0;
        }
        long diff = (long) a.bitLength() - b.bitLength();
        if (diff > DBL_MAX_EXP) {
            return Double.POSITIVE_INFINITY;
        }
        if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) {
            return 0.0;
        }
        // Scale so that the integer quotient has DBL_MANT_DIG + 1 or + 2 bits (fewer for subnormals);
        // the bits shifted out and the remainder only matter as "inexact" for the final rounding.
        int shift = (int) Math.max(diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2;
        boolean inexact = false;
        BigInteger x = a;
        if (shift <= 0) {
            x = x.shiftLeft(-shift);
        } else {
            inexact = x.getLowestSetBit() < shift;
            x = x.shiftRight(shift);
        }
        BigInteger[] qr = x.divideAndRemainder(b);
        inexact |= qr[1].signum() != 0;
        long q = qr[0].longValueExact();
        int qBits = 64 - Long.numberOfLeadingZeros(q);
        // Round q to DBL_MANT_DIG bits (fewer when the result is subnormal), half to even.
        int extra = Math.max(qBits, DBL_MIN_EXP - shift) - DBL_MANT_DIG;
        long mask = 1L << (extra - 1);
        long low = q & (2 * mask - 1) & ~mask;
        if ((q & mask) != 0 && (low != 0 || inexact || (q & 2 * mask) != 0)) {
            q += mask;
        }
        q &= ~(2 * mask - 1);
        // q is now exactly representable, so scaling by a power of two is exact (or overflows).
        return Math.scalb((double) q, shift);
    }
}
