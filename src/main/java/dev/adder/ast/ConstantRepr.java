package dev.adder.ast;

import dev.adder.text.FloatRepr;
import dev.adder.text.StrRepr;
import java.math.BigInteger;

/**
 * Python's {@code repr} of the values an {@code ast.Constant} can hold, exactly as CPython 3.11
 * prints them: str, bytes, int, float, complex, bool, None and Ellipsis.
 *
 * <p>The algorithms live in {@code dev.adder.text} ({@link StrRepr}, {@link FloatRepr}), shared with
 * the runtime; this class picks the one for each constant's type.
 */
public final class ConstantRepr {
    private ConstantRepr() {}

    /** CPython 3.11's default {@code sys.get_int_max_str_digits()}. */
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;

    /**
     * Python's {@code ValueError} for an int too large to print in decimal: CPython 3.11 refuses
     * to convert ints of more than {@code sys.get_int_max_str_digits()} digits.
     */
    public static final class IntTooLongError extends RuntimeException {
        /** Creates the error with CPython's message for the given limit. */
        public IntTooLongError(int limit) {
            super("Exceeds the limit (" + limit + " digits) for integer string conversion; "
                    + "use sys.set_int_max_str_digits() to increase the limit", null, false, false);
        }

        /** The Python exception type this error stands for. */
        public String pythonType() {
            return "ValueError";
        }
    }

    /**
     * Returns {@code repr(value)} for any value a {@code Constant} or {@code MatchSingleton} holds.
     *
     * @throws IntTooLongError for an int of more than 4300 decimal digits, as CPython does
     * @throws IllegalArgumentException for a Java value that is no Python constant
     */
    public static String repr(Object value) {
        if (value == null) {
            return "None";
        } else if (value instanceof String s) {
            return strRepr(s);
        } else if (value instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (value instanceof Integer || value instanceof Long) {
            return value.toString();
        } else if (value instanceof BigInteger big) {
            return intRepr(big, DEFAULT_MAX_STR_DIGITS);
        } else if (value instanceof Double d) {
            return floatRepr(d);
        } else if (value instanceof ConstantValues.Bytes b) {
            return bytesRepr(b.value());
        } else if (value instanceof ConstantValues.Complex c) {
            return complexRepr(c.real(), c.imag());
        } else if (value instanceof ConstantValues.Ellipsis) {
            return "Ellipsis";
        }
        throw new IllegalArgumentException("not a Python constant: " + value.getClass().getName());
    }

    /**
     * Returns {@code repr(int)} in decimal, refusing more than {@code maxDigits} digits as CPython
     * does ({@code maxDigits <= 0} means no limit).
     */
    public static String intRepr(BigInteger value, int maxDigits) {
        // Cheap early refusal before the quadratic conversion: bitLength * log10(2) bounds the digits.
        if (maxDigits > 0 && (long) ((value.bitLength() - 1) * 0.30102999566398120) >= maxDigits) {
            throw new IntTooLongError(maxDigits);
        }
        String s = value.toString();
        int digits = s.length() - (value.signum() < 0 ? 1 : 0);
        if (maxDigits > 0 && digits > maxDigits) {
            throw new IntTooLongError(maxDigits);
        }
        return s;
    }

    /** Returns {@code repr(str)}; see {@link StrRepr#strRepr}. */
    public static String strRepr(String s) {
        return StrRepr.strRepr(s);
    }

    /** Returns {@code repr(bytes)}; see {@link StrRepr#bytesRepr}. */
    public static String bytesRepr(byte[] bytes) {
        return StrRepr.bytesRepr(bytes);
    }

    /** Returns Python's {@code chr(c).isprintable()}; see {@link StrRepr#isPrintable}. */
    public static boolean isPrintable(int codePoint) {
        return StrRepr.isPrintable(codePoint);
    }

    /** Returns {@code repr(float)}; see {@link FloatRepr#floatRepr}. */
    public static String floatRepr(double x) {
        return FloatRepr.floatRepr(x);
    }

    /** Returns {@code repr(complex)}; see {@link FloatRepr#complexRepr}. */
    public static String complexRepr(double real, double imag) {
        return FloatRepr.complexRepr(real, imag);
    }
}
