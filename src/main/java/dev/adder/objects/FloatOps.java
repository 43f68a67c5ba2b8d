package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.PyBaseException;
import dev.adder.text.FloatRepr;
import java.math.BigInteger;

/**
 * Python {@code float} arithmetic and comparisons (a float is a {@link Double}) with CPython 3.11's
 * results and errors: floor division and modulo rounding toward negative infinity, {@code **} with
 * its special cases, and exact comparisons between ints and floats ({@code 2**53 + 1 != 2.0**53}).
 *
 * <p>{@code +}, {@code -}, {@code *} are plain IEEE operations: the VM does them inline. Operands
 * that are ints are converted with {@link #toDouble}, as CPython's float slots do.
 */
public final class FloatOps {
    private FloatOps() {}

    /** Comparison operators for {@link #compare}: CPython's Py_LT .. Py_GE order. */
    public static final int LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5;

    /** A float operand as a double: the float itself, or an int converted (OverflowError when too large). */
    public static double toDouble(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        return IntOps.toDouble(v);
    }

    /** {@code repr(x)} and {@code str(x)}: the shortest text that reads back as {@code x}. */
    public static String repr(double x) {
        return FloatRepr.floatRepr(x);
    }

    /** {@code a / b}: ZeroDivisionError "float division by zero". */
    public static double truediv(double a, double b) {
        if (b == 0.0) {
            throw Errors.zeroDivisionError("float division by zero");
        }
        return a / b;
    }

    /** {@code a % b}: the result takes the sign of {@code b}; ZeroDivisionError "float modulo". */
    // CPython 3.11: Objects/floatobject.c float_rem
    public static double mod(double a, double b) {
        if (b == 0.0) {
            throw Errors.zeroDivisionError("float modulo");
        }
        double mod = a % b; // Java's % on doubles is C's fmod: exact, with the sign of a
        if (mod != 0.0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        return mod;
    }

    /** {@code a // b}: ZeroDivisionError "float floor division by zero". */
    public static double floordiv(double a, double b) {
        if (b == 0.0) {
            throw Errors.zeroDivisionError("float floor division by zero");
        }
        return divmodQuotient(a, b, a % b);
    }

    /** {@code divmod(a, b)} as {quotient, remainder}; ZeroDivisionError "float divmod()". */
    // CPython 3.11: Objects/floatobject.c _float_div_mod
    public static double[] divmod(double a, double b) {
        if (b == 0.0) {
            throw Errors.zeroDivisionError("float divmod()");
        }
        double fmod = a % b;
        double q = divmodQuotient(a, b, fmod);
        double mod = fmod;
        if (mod != 0.0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        return new double[] {q, mod};
    }

    /** The floor quotient as CPython computes it from the fmod remainder, to stay consistent with %. */
    private static double divmodQuotient(double a, double b, double fmod) {
        double div = (a - fmod) / b;
        if (fmod != 0.0 && (b < 0) != (fmod < 0)) {
            div -= 1.0;
        }
        if (div != 0.0) {
            double floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
            return floordiv;
        }
        return Math.copySign(0.0, a / b);
    }

    /**
     * {@code a ** b} for floats: ZeroDivisionError "0.0 cannot be raised to a negative power",
     * OverflowError "(34, 'Numerical result out of range')"; a negative base with a non-integral
     * exponent has a complex result, which raises NotImplementedError until complex exists.
     */
    // CPython 3.11: Objects/floatobject.c float_pow
    public static double pow(double v, double w) {
        if (w == 0.0) {
            return 1.0;
        }
        if (Double.isNaN(v)) {
            return v;
        }
        if (Double.isNaN(w)) {
            return v == 1.0 ? 1.0 : w;
        }
        if (Double.isInfinite(w)) {
            double av = Math.abs(v);
            if (av == 1.0) {
                return 1.0;
            }
            return (w > 0.0) == (av > 1.0) ? Double.POSITIVE_INFINITY : 0.0;
        }
        if (Double.isInfinite(v)) {
            boolean odd = isOddInteger(w);
            if (w > 0.0) {
                return odd ? v : Math.abs(v);
            }
            return odd ? Math.copySign(0.0, v) : 0.0;
        }
        if (v == 0.0) {
            if (w < 0.0) {
                throw Errors.zeroDivisionError("0.0 cannot be raised to a negative power");
            }
            return isOddInteger(w) ? v : 0.0;
        }
        boolean negate = false;
        if (v < 0.0) {
            if (w != Math.floor(w)) {
                throw complexResult();
            }
            v = -v;
            negate = isOddInteger(w);
        }
        if (v == 1.0) {
            return negate ? -1.0 : 1.0;
        }
        double r = positivePow(v, w);
        if (Double.isInfinite(r)) {
            throw Errors.overflowError("(34, 'Numerical result out of range')");
        }
        return negate ? -r : r;
    }

    /**
     * {@code v ** w} for finite {@code v > 0}, {@code v != 1} and finite non-zero {@code w}. The
     * JDK's {@code Math.pow} may be off by an ulp where the C library's pow (which CPython calls) is
     * correctly rounded, so small integral exponents are computed exactly and rounded once.
     */
    private static double positivePow(double v, double w) {
        if (w == 1.0) {
            return v;
        } else if (w == 2.0) {
            return v * v;
        } else if (w == -1.0) {
            return 1.0 / v;
        } else if (w == 0.5) {
            return Math.sqrt(v);
        } else if (w == Math.rint(w) && Math.abs(w) <= 64) {
            return exactIntegralPow(v, (int) w);
        }
        return Math.pow(v, w);
    }

    /** {@code v ** n} rounded once from the exact value {@code (m * 2**e) ** n}. */
    private static double exactIntegralPow(double v, int n) {
        long bits = Double.doubleToRawLongBits(v);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long m = bits & 0xfffffffffffffL;
        int e = biased == 0 ? -1074 : biased - 1075;
        if (biased != 0) {
            m |= 1L << 52;
        }
        int tz = Long.numberOfTrailingZeros(m);
        m >>= tz;
        e += tz;
        BigInteger p = BigInteger.valueOf(m).pow(Math.abs(n));
        long k = (long) e * n; // the power of two: value = p * 2**k, or 2**k / p for n < 0
        BigInteger num = n > 0 ? p : BigInteger.ONE;
        BigInteger den = n > 0 ? BigInteger.ONE : p;
        if (k >= 0) {
            num = num.shiftLeft((int) k);
        } else {
            den = den.shiftLeft((int) -k);
        }
        return IntDivision.ratioToDouble(num, den);
    }

    private static boolean isOddInteger(double x) {
        return Math.abs(x) % 2.0 == 1.0;
    }

    /** The error for an operation whose result would be a complex number. */
    static PyBaseException complexResult() {
        return Errors.of("NotImplementedError", "complex results are not supported yet");
    }

    // ---------------------------------------------------------------- comparisons

    /**
     * A rich comparison ({@link #LT} .. {@link #GE}) of two numbers of which at least one is a float
     * and the other a float or an int, exact as CPython: an int is never rounded to a double.
     */
    // CPython 3.11: Objects/floatobject.c float_richcompare
    public static boolean compare(Object a, Object b, int op) {
        if (a instanceof Double x && b instanceof Double y) {
            return compareDoubles(x, y, op);
        }
        if (a instanceof Double x) {
            return compareResult(op, compareFloatInt(x, b));
        }
        // int op float: compare the float with the int and flip the sign.
        int c = compareFloatInt((Double) b, a);
        return compareResult(op, c == NAN ? NAN : -c);
    }

    /** A rich comparison of two doubles: IEEE rules (every comparison with NaN but != is false). */
    public static boolean compareDoubles(double x, double y, int op) {
        switch (op) {
            case LT: return x < y;
            case LE: return x <= y;
            case EQ: return x == y;
            case NE: return x != y;
            case GT: return x > y;
            default: return x >= y;
        }
    }

    /** The result of {@link #compareFloatInt} when the float is NaN: unordered. */
    private static final int NAN = Integer.MIN_VALUE;

    private static boolean compareResult(int op, int c) {
        if (c == NAN) {
            return op == NE;
        }
        switch (op) {
            case LT: return c < 0;
            case LE: return c <= 0;
            case EQ: return c == 0;
            case NE: return c != 0;
            case GT: return c > 0;
            default: return c >= 0;
        }
    }

    /** Compares a double with an int exactly: -1, 0, 1, or {@link #NAN}. */
    static int compareFloatInt(double x, Object i) {
        if (Double.isNaN(x)) {
            return NAN;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? 1 : -1;
        }
        if (IntOps.isSmall(i)) {
            long v = IntOps.smallValue(i);
            if (-(1L << 53) <= v && v <= (1L << 53)) {
                double d = v;
                return x < d ? -1 : x > d ? 1 : 0;
            }
        }
        // Compare the int with floor(x); only when they are equal does x's fraction decide.
        double fl = Math.floor(x);
        int c = IntOps.compare(IntOps.fromDouble(fl), i);
        if (c != 0) {
            return c;
        }
        return x > fl ? 1 : 0;
    }

    /** {@code float.is_integer()}. */
    public static boolean isInteger(double x) {
        return !Double.isInfinite(x) && x == Math.floor(x);
    }

    /**
     * {@code float.as_integer_ratio()} as {numerator, denominator} in lowest terms, the denominator
     * positive; OverflowError for infinities and ValueError for NaN, as CPython.
     */
    public static Object[] asIntegerRatio(double x) {
        if (Double.isInfinite(x)) {
            throw Errors.overflowError("cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(x)) {
            throw Errors.valueError("cannot convert NaN to integer ratio");
        }
        if (x == 0.0) {
            return new Object[] {0, 1};
        }
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        int exp = biased == 0 ? -1074 : biased - 1075;
        if (biased != 0) {
            mant |= 1L << 52;
        }
        int tz = Long.numberOfTrailingZeros(mant);
        mant >>= tz;
        exp += tz;
        if (x < 0) {
            mant = -mant;
        }
        if (exp >= 0) {
            return new Object[] {IntOps.normalize(BigInteger.valueOf(mant).shiftLeft(exp)), 1};
        }
        return new Object[] {IntOps.valueOf(mant), IntOps.normalize(BigInteger.ONE.shiftLeft(-exp))};
    }
}
