package dev.adder.objects;

import dev.adder.runtime.Errors;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Python's {@code round()} for floats and ints: ties go to the even neighbour, and
 * {@code round(x, n)} rounds the float's exact decimal value, as CPython's dtoa-based
 * {@code double_round} does ({@code round(2.675, 2) == 2.67}).
 */
public final class Rounding {
    private Rounding() {}

    /** CPython's NDIGITS_MAX: with more digits every double is already exact. */
    private static final int NDIGITS_MAX = 323;
    /** CPython's NDIGITS_MIN: with fewer digits every double rounds to zero. */
    private static final int NDIGITS_MIN = -308;

    /** {@code round(x)}: the nearest int, ties to even; ValueError/OverflowError for NaN/infinities. */
    public static Object round(double x) {
        return IntOps.fromDouble(Math.rint(x));
    }

    /**
     * {@code round(x, ndigits)} for a float: the double nearest to {@code x} rounded to
     * {@code ndigits} decimal places (ties to even); NaN and infinities round to themselves;
     * OverflowError "rounded value too large to represent".
     */
    // CPython 3.11: Objects/floatobject.c float___round___impl, double_round
    public static double round(double x, long ndigits) {
        if (Double.isNaN(x) || Double.isInfinite(x) || ndigits > NDIGITS_MAX) {
            return x;
        }
        if (ndigits < NDIGITS_MIN) {
            return 0.0 * x;
        }
        if (x == 0.0) {
            return x;
        }
        BigDecimal rounded = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN);
        double r = rounded.doubleValue();
        if (Double.isInfinite(r)) {
            throw Errors.overflowError("rounded value too large to represent");
        }
        return r == 0.0 ? Math.copySign(0.0, x) : r;
    }

    /**
     * {@code round(v, ndigits)} for an int: {@code v} itself when {@code ndigits >= 0}, else the
     * nearest multiple of {@code 10**-ndigits}, ties to even.
     */
    // CPython 3.11: Objects/longobject.c int___round___impl
    public static Object round(Object v, Object ndigits) {
        if (IntOps.signum(ndigits) >= 0) {
            return IntOps.index(v);
        }
        BigInteger x = IntOps.toBig(v);
        // 10**k > 2*|x| (k > digits of x) rounds to 0 without computing a huge power of ten.
        BigInteger k = IntOps.toBig(ndigits).negate();
        if (k.compareTo(BigInteger.valueOf((long) (x.abs().bitLength() * 0.30103) + 2)) > 0) {
            return 0;
        }
        BigInteger pow10 = BigInteger.TEN.pow(k.intValueExact());
        BigInteger[] qr = IntDivision.bigDivmod(x, pow10);
        BigInteger result = x.subtract(qr[1]);
        int c = qr[1].shiftLeft(1).compareTo(pow10);
        if (c > 0 || (c == 0 && qr[0].testBit(0))) {
            result = result.add(pow10);
        }
        return IntOps.normalize(result);
    }
}
