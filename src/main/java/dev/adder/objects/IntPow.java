package dev.adder.objects;

import dev.adder.runtime.Errors;
import java.math.BigInteger;

/**
 * Python's {@code int ** int} and three-argument {@code pow(a, b, m)}, with CPython 3.11's results
 * and messages: a negative exponent gives a float, a modular power with a negative exponent uses
 * the modular inverse, and a result known to be too large is refused before it is computed.
 */
public final class IntPow {
    private IntPow() {}

    /** {@code a ** b} for ints: an int, or a float when {@code b} is negative. */
    // CPython 3.11: Objects/longobject.c long_pow
    public static Object pow(Object a, Object b) {
        int bSign = IntOps.signum(b);
        if (bSign < 0) {
            // As CPython: both operands become floats (which may overflow) and float ** float decides.
            return FloatOps.pow(IntOps.toDouble(a), IntOps.toDouble(b));
        }
        if (bSign == 0) {
            return 1;
        }
        if (IntOps.isSmall(a)) {
            long x = IntOps.smallValue(a);
            if (x == 0 || x == 1) {
                return (int) x;
            }
            if (x == -1) {
                return IntOps.toBig(b).testBit(0) ? -1 : 1;
            }
        }
        if (b instanceof BigInteger) {
            // |a| >= 2 and b >= 2**63: billions of billions of bits.
            throw Errors.memoryError("");
        }
        long n = IntOps.smallValue(b);
        if (IntOps.isSmall(a)) {
            Object r = smallPow(IntOps.smallValue(a), n);
            if (r != null) {
                return r;
            }
        }
        BigInteger x = IntOps.toBig(a);
        // The result has at least (bits(|a|) - 1) * n + 1 bits: refuse before BigInteger.pow runs.
        if (n > IntOps.MAX_BITS || (x.abs().bitLength() - 1) * n + 1 > IntOps.MAX_BITS) {
            throw Errors.memoryError("");
        }
        return IntOps.normalize(x.pow((int) n));
    }

    /** {@code x ** n} by squaring in 64 bits, or null when an intermediate value overflows. */
    private static Object smallPow(long x, long n) {
        if (n >= 64) {
            return null; // |x| >= 2, so the result needs more than 64 bits
        }
        long result = 1;
        long base = x;
        long e = n;
        while (true) {
            if ((e & 1) != 0) {
                long lo = result * base;
                if (Math.multiplyHigh(result, base) != (lo >> 63)) {
                    return null;
                }
                result = lo;
            }
            e >>= 1;
            if (e == 0) {
                return IntOps.valueOf(result);
            }
            long sq = base * base;
            if (Math.multiplyHigh(base, base) != (sq >> 63)) {
                return null;
            }
            base = sq;
        }
    }

    /**
     * {@code pow(a, b, m)} for ints: ValueError "pow() 3rd argument cannot be 0"; a negative
     * {@code b} inverts {@code a} modulo {@code m} first (ValueError "base is not invertible for the
     * given modulus"); the result takes the sign of {@code m}, as {@code %} does.
     */
    // CPython 3.11: Objects/longobject.c long_pow (the modulus branch), long_invmod
    public static Object pow(Object a, Object b, Object m) {
        int mSign = IntOps.signum(m);
        if (mSign == 0) {
            throw Errors.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger modulus = IntOps.toBig(m).abs();
        BigInteger base = IntOps.toBig(a);
        BigInteger exp = IntOps.toBig(b);
        if (exp.signum() < 0) {
            base = base.mod(modulus);
            if (!base.gcd(modulus).equals(BigInteger.ONE) && !modulus.equals(BigInteger.ONE)) {
                throw Errors.valueError("base is not invertible for the given modulus");
            }
            base = base.modInverse(modulus);
            exp = exp.negate();
        }
        BigInteger r;
        if (modulus.bitLength() <= 31 && exp.bitLength() < 63) {
            r = BigInteger.valueOf(smallModPow(base.mod(modulus).longValue(), exp.longValue(), modulus.longValue()));
        } else {
            r = base.modPow(exp, modulus);
        }
        if (mSign < 0 && r.signum() != 0) {
            r = r.subtract(modulus);
        }
        return IntOps.normalize(r);
    }

    /** {@code x ** e % m} with {@code 0 <= x < m < 2**31}: products stay below 2**62. */
    private static long smallModPow(long x, long e, long m) {
        long result = 1 % m;
        long base = x;
        while (e > 0) {
            if ((e & 1) != 0) {
                result = result * base % m;
            }
            e >>= 1;
            base = base * base % m;
        }
        return result;
    }
}
