package dev.adder.objects;

import java.math.BigInteger;

/**
 * CPython 3.11's {@code hash()} of ints and floats: reduction modulo the Mersenne prime
 * {@code 2**61 - 1}, so that equal numbers hash equal across types ({@code hash(1) == hash(1.0) ==
 * hash(True)}), with -1 (CPython's error value) replaced by -2.
 */
// CPython 3.11: Python/pyhash.c _Py_HashDouble, Objects/longobject.c long_hash
public final class NumericHash {
    private NumericHash() {}

    /** {@code sys.hash_info.modulus}: 2**61 - 1. */
    public static final long MODULUS = (1L << 61) - 1;
    /** {@code sys.hash_info.inf}: the hash of +inf (-inf hashes to its negation). */
    public static final long INF = 314159;
    private static final int BITS = 61;

    /** {@code hash(v)} for an int (Integer, Long, BigInteger or Boolean). */
    public static long hashInt(Object v) {
        if (v instanceof Integer i) {
            return i == -1 ? -2 : i;
        }
        if (v instanceof BigInteger b) {
            long h = b.abs().mod(BigInteger.valueOf(MODULUS)).longValue();
            return fix(b.signum() < 0 ? -h : h);
        }
        return hashLong(IntOps.smallValue(v));
    }

    /** {@code hash(v)} for a 64-bit int. */
    public static long hashLong(long v) {
        if (v == Long.MIN_VALUE) {
            return -4; // 2**63 = 4 * 2**61, which is 4 modulo 2**61 - 1
        }
        long h = Math.abs(v) % MODULUS;
        return fix(v < 0 ? -h : h);
    }

    /**
     * {@code hash(x)} for a float: the hash of the equal int for integral values, the reduction of
     * the exact fraction otherwise; +-314159 for infinities. A NaN hashes by identity in CPython
     * 3.10+, so this takes the boxed object and uses {@link System#identityHashCode} for NaN
     * (equal NaN objects are distinct keys anyway, as {@code nan != nan}).
     */
    public static long hashFloat(Double boxed) {
        double x = boxed;
        if (Double.isNaN(x)) {
            return System.identityHashCode(boxed);
        }
        return hashDouble(x);
    }

    /** {@code hash(x)} for a float that is not NaN. */
    public static long hashDouble(double x) {
        if (Double.isInfinite(x)) {
            return x > 0 ? INF : -INF;
        }
        if (x == 0) {
            return 0;
        }
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        int exp;
        if (biased == 0) {
            exp = -1074; // subnormal
        } else {
            mant |= 1L << 52;
            exp = biased - 1075;
        }
        // |x| = mant * 2**exp; 2**61 == 1 modulo 2**61 - 1, so a power of two is a rotation by exp mod 61.
        long h = mant % MODULUS;
        int e = Math.floorMod(exp, BITS);
        h = ((h << e) & MODULUS) | (h >>> (BITS - e));
        return fix(x < 0 ? -h : h);
    }

    private static long fix(long h) {
        return h == -1 ? -2 : h;
    }
}
