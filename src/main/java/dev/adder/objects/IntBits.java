package dev.adder.objects;

import dev.adder.runtime.Errors;
import java.math.BigInteger;

/**
 * Python's bitwise int operators ({@code & | ^ << >>}) and {@code int.bit_length}, with
 * Python's infinite two's complement semantics (which {@link BigInteger} shares) and CPython's
 * errors. Operands are Python ints; results are normalized (see {@link IntOps}).
 */
public final class IntBits {
    private IntBits() {}

    /** CPython's {@code PY_SSIZE_T_MAX / sizeof(digit)}: the clipped word shift of a huge count. */
    private static final long CLIPPED_WORDSHIFT = Long.MAX_VALUE / 4;
    /** CPython's MAX_LONG_DIGITS on 64-bit builds: more 30-bit digits raise OverflowError. */
    private static final long MAX_LONG_DIGITS = (Long.MAX_VALUE - 24) / 4;

    /** {@code a & b}; {@code bool & bool} stays a bool, as Python's {@code bool.__and__}. */
    public static Object and(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            return x & y;
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x & y;
        }
        if (IntOps.isSmall(a) && IntOps.isSmall(b)) {
            return IntOps.valueOf(IntOps.smallValue(a) & IntOps.smallValue(b));
        }
        return IntOps.normalize(IntOps.toBig(a).and(IntOps.toBig(b)));
    }

    /** {@code a | b}; {@code bool | bool} stays a bool. */
    public static Object or(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            return x | y;
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x | y;
        }
        if (IntOps.isSmall(a) && IntOps.isSmall(b)) {
            return IntOps.valueOf(IntOps.smallValue(a) | IntOps.smallValue(b));
        }
        return IntOps.normalize(IntOps.toBig(a).or(IntOps.toBig(b)));
    }

    /** {@code a ^ b}; {@code bool ^ bool} stays a bool. */
    public static Object xor(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            return x ^ y;
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x ^ y;
        }
        if (IntOps.isSmall(a) && IntOps.isSmall(b)) {
            return IntOps.valueOf(IntOps.smallValue(a) ^ IntOps.smallValue(b));
        }
        return IntOps.normalize(IntOps.toBig(a).xor(IntOps.toBig(b)));
    }

    /**
     * {@code a << b}: ValueError "negative shift count"; a result too large is refused before it is
     * built, with CPython's OverflowError "too many digits in integer" where CPython's size
     * arithmetic gives it, else MemoryError.
     */
    // CPython 3.11: Objects/longobject.c long_lshift, divmod_shift, _PyLong_New
    public static Object lshift(Object a, Object b) {
        if (IntOps.signum(b) < 0) {
            throw Errors.valueError("negative shift count");
        }
        if (IntOps.signum(a) == 0) {
            return 0;
        }
        if (b instanceof BigInteger big) {
            throw hugeShift(a, big);
        }
        long n = IntOps.smallValue(b);
        if (IntOps.isSmall(a) && n < 63) {
            long x = IntOps.smallValue(a);
            long r = x << n;
            if (r >> n == x) {
                return IntOps.valueOf(r);
            }
        }
        BigInteger x = IntOps.toBig(a);
        if (n > IntOps.MAX_BITS || x.abs().bitLength() + n > IntOps.MAX_BITS) {
            throw hugeShift(a, BigInteger.valueOf(n));
        }
        return IntOps.normalize(x.shiftLeft((int) n));
    }

    /** The error for a left shift of a non-zero int by a count past what Adder builds. */
    private static RuntimeException hugeShift(Object a, BigInteger count) {
        BigInteger[] qr = count.divideAndRemainder(BigInteger.valueOf(30));
        if (qr[0].bitLength() >= 63 || qr[0].longValue() >= CLIPPED_WORDSHIFT) {
            return Errors.overflowError("too many digits in integer");
        }
        long oldDigits = (IntOps.toBig(a).abs().bitLength() + 29) / 30;
        long newDigits = oldDigits + qr[0].longValue() + (qr[1].signum() != 0 ? 1 : 0);
        if (newDigits > MAX_LONG_DIGITS) {
            return Errors.overflowError("too many digits in integer");
        }
        return Errors.memoryError("");
    }

    /** {@code a >> b}: floor division by {@code 2**b}; ValueError "negative shift count". */
    public static Object rshift(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y && y >= 0) {
            return x >> Math.min(y, 31);
        }
        if (IntOps.signum(b) < 0) {
            throw Errors.valueError("negative shift count");
        }
        if (b instanceof BigInteger) {
            return IntOps.signum(a) < 0 ? -1 : 0;
        }
        long n = IntOps.smallValue(b);
        if (IntOps.isSmall(a)) {
            return IntOps.valueOf(IntOps.smallValue(a) >> Math.min(n, 63));
        }
        BigInteger x = (BigInteger) a;
        if (n >= x.bitLength()) {
            return x.signum() < 0 ? -1 : 0;
        }
        return IntOps.normalize(x.shiftRight((int) n));
    }

    /** {@code int.bit_length()}: the number of bits of {@code abs(a)}. */
    public static int bitLength(Object a) {
        if (IntOps.isSmall(a)) {
            long x = IntOps.smallValue(a);
            // -Long.MIN_VALUE wraps to itself, whose 64 significant bits are the right answer.
            return 64 - Long.numberOfLeadingZeros(x < 0 ? -x : x);
        }
        return ((BigInteger) a).abs().bitLength();
    }

    /** {@code int.bit_count()}: the number of ones in {@code abs(a)}. */
    public static int bitCount(Object a) {
        if (IntOps.isSmall(a)) {
            long x = IntOps.smallValue(a);
            return Long.bitCount(x < 0 ? -x : x);
        }
        return ((BigInteger) a).abs().bitCount();
    }
}
