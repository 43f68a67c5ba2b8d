package dev.adder.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's {@code repr} of float and complex: the shortest digits that read back as the same
 * double, laid out as CPython 3.11's {@code repr} does. A pure algorithm: this package imports
 * nothing.
 */
public final class FloatRepr {
    private FloatRepr() {}

    /** Returns {@code repr(float)}: the shortest digits that round-trip, formatted as CPython does. */
    // CPython 3.11: Python/pystrtod.c PyOS_double_to_string with 'r' and Py_DTSF_ADD_DOT_0
    public static String floatRepr(double x) {
        return formatShort(x, true, false);
    }

    /** Returns {@code repr(complex)}: {@code 1j}, {@code (1+2j)}, {@code infj}, {@code (-0-1j)}. */
    // CPython 3.11: Objects/complexobject.c complex_repr
    public static String complexRepr(double real, double imag) {
        if (real == 0.0 && Math.copySign(1.0, real) == 1.0) {
            return formatShort(imag, false, false) + "j";
        }
        return "(" + formatShort(real, false, false) + formatShort(imag, false, true) + "j)";
    }

    /**
     * Formats {@code x} with its shortest round-trip digits: fixed notation when the decimal
     * exponent is in (-4, 16], else {@code d.ddde+XX}; {@code addDot0} makes {@code 1} into
     * {@code 1.0}; {@code alwaysSign} prefixes {@code +} to non-negative values.
     */
    // CPython 3.11: Python/pystrtod.c format_float_short
    public static String formatShort(double x, boolean addDot0, boolean alwaysSign) {
        StringBuilder sb = new StringBuilder(24);
        boolean negative = Math.copySign(1.0, x) < 0;
        if (negative) {
            sb.append('-');
        } else if (alwaysSign) {
            sb.append('+');
        }
        if (Double.isNaN(x)) {
            // CPython prints nan without the sign of its bit pattern.
            return alwaysSign ? "+nan" : "nan";
        }
        if (Double.isInfinite(x)) {
            return sb.append("inf").toString();
        }
        if (x == 0.0) {
            return sb.append(addDot0 ? "0.0" : "0").toString();
        }
        StringBuilder fast = new StringBuilder(20);
        // Subnormals carry fewer than 15 digits of precision: only the slow search is right there.
        int fastDecpt = Math.abs(x) >= Double.MIN_NORMAL ? fewDigits(Math.abs(x), fast) : NO_DIGITS;
        if (fastDecpt != NO_DIGITS) {
            appendDigits(sb, fast.toString(), fastDecpt, addDot0);
            return sb.toString();
        }
        BigDecimal shortest = shortestDigits(Math.abs(x));
        String digits = shortest.unscaledValue().toString();
        // Strip trailing zeros of the digit string (unscaledValue may carry them).
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        int decpt = digits.length() - shortest.scale();
        digits = digits.substring(0, end);
        appendDigits(sb, digits, decpt, addDot0);
        return sb.toString();
    }

    /** Appends 0.{digits} x 10^decpt as CPython's repr does. */
    private static void appendDigits(StringBuilder sb, String digits, int decpt, boolean addDot0) {
        int n = digits.length();
        if (decpt <= -4 || decpt > 16) {
            sb.append(digits.charAt(0));
            if (n > 1) {
                sb.append('.').append(digits, 1, n);
            }
            int exp = decpt - 1;
            sb.append('e').append(exp < 0 ? '-' : '+');
            int abs = Math.abs(exp);
            if (abs < 10) {
                sb.append('0');
            }
            sb.append(abs);
        } else if (decpt <= 0) {
            sb.append("0.");
            for (int i = decpt; i < 0; i++) {
                sb.append('0');
            }
            sb.append(digits);
        } else if (decpt >= n) {
            sb.append(digits);
            for (int i = n; i < decpt; i++) {
                sb.append('0');
            }
            if (addDot0) {
                sb.append(".0");
            }
        } else {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, n);
        }
    }

    private static final int NO_DIGITS = Integer.MIN_VALUE;

    /**
     * The fast path for the common case: when the JDK's {@code Double.toString} (which always reads
     * back as {@code x}, but is not always the shortest) has at most 15 significant digits, those
     * are the shortest and the only ones of that length, because distinct decimals of 15 digits
     * never read back as the same double (DBL_DIG). Fills {@code out} with the digits and returns
     * the decimal point position, or {@link #NO_DIGITS} when the slow search must decide.
     */
    private static int fewDigits(double x, StringBuilder out) {
        String s = Double.toString(x);
        int n = s.length();
        int pointAt = -1;
        int exp = 0;
        int leading = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                pointAt = out.length() + leading;
            } else if (c == 'E') {
                exp = Integer.parseInt(s, i + 1, n, 10);
                break;
            } else if (c == '0' && out.length() == 0) {
                leading++;
            } else {
                out.append(c);
            }
        }
        int end = out.length();
        while (end > 1 && out.charAt(end - 1) == '0') {
            end--;
        }
        out.setLength(end);
        if (end > 15 || end == 0) {
            return NO_DIGITS;
        }
        return pointAt - leading + exp;
    }

    /**
     * Finds the shortest decimal that reads back as {@code x} (positive, finite), the nearest one
     * when several of that length do: what David Gay's dtoa mode 0 returns.
     */
    private static BigDecimal shortestDigits(double x) {
        BigDecimal exact = new BigDecimal(x);
        // "Some p-digit decimal reads back as x" holds for every p from the shortest length on, so
        // the length can be searched; most doubles that get here need 16 or 17 digits, so try 15 first.
        int lo = 1;
        int hi = 17;
        BigDecimal found = null;
        int p = 15;
        while (lo <= hi) {
            BigDecimal candidate = roundTrip(exact, x, p);
            if (candidate != null) {
                found = candidate;
                hi = p - 1;
            } else {
                lo = p + 1;
            }
            p = lo == 16 && hi == 17 ? 16 : (lo + hi) >>> 1;
        }
        return found != null ? found : exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    }

    /** The p-digit decimal that reads back as x, the nearest one if both neighbours do; else null. */
    private static BigDecimal roundTrip(BigDecimal exact, double x, int p) {
        BigDecimal down = exact.round(new MathContext(p, RoundingMode.FLOOR));
        BigDecimal up = exact.round(new MathContext(p, RoundingMode.CEILING));
        boolean downOk = Double.parseDouble(down.toString()) == x;
        boolean upOk = Double.parseDouble(up.toString()) == x;
        if (downOk && upOk) {
            int cmp = exact.subtract(down).compareTo(up.subtract(exact));
            if (cmp != 0) {
                return cmp < 0 ? down : up;
            }
            return exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
        } else if (downOk) {
            return down;
        } else if (upOk) {
            return up;
        }
        return null;
    }
}
