package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.text.FloatRepr;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Converts a double to text in the styles {@code e E f F g G r}, correctly rounded (half-even on
 * the exact binary value), as CPython's {@code PyOS_double_to_string} does for format() and %.
 */
// CPython 3.11: Python/pystrtod.c PyOS_double_to_string and format_float_short
final class FormatDouble {
    private FormatDouble() {}

    /**
     * Returns {@code x} formatted with {@code type} (one of e E f F g G r) and {@code precision}
     * (ignored for r); {@code alt} keeps the point and trailing zeros, {@code addDot0} makes an
     * integral fixed-point result end in ".0", {@code noNegZero} drops the sign of a result that
     * rounds to zero. A negative value starts with '-'; nan never does.
     */
    static String toText(double x, char type, int precision, boolean alt, boolean addDot0, boolean noNegZero) {
        boolean upper = Character.isUpperCase(type);
        char mode = Character.toLowerCase(type);
        if (Double.isNaN(x)) {
            return upper ? "NAN" : "nan";
        }
        boolean negative = Math.copySign(1.0, x) < 0;
        if (Double.isInfinite(x)) {
            return (negative ? "-" : "") + (upper ? "INF" : "inf");
        }
        double ax = Math.abs(x);
        if (mode == 'f') {
            String fast = fixed(negative, ax, precision, alt, noNegZero);
            if (fast != null) {
                return fast;
            }
        }
        String digits;
        int decpt;
        if (mode == 'r') {
            BigDecimal shortest = new BigDecimal(FloatRepr.formatShort(ax, false, false));
            String[] d = digitsOf(shortest);
            digits = d[0];
            decpt = Integer.parseInt(d[1]);
        } else {
            if (mode == 'e') {
                precision++;
            } else if (mode == 'g' && precision == 0) {
                precision = 1;
            }
            BigDecimal exact = new BigDecimal(ax);
            // Round only when digits are dropped: padding a big precision with zeros and
            // stripping them again would be quadratic.
            BigDecimal rounded;
            if (mode == 'f') {
                rounded = precision >= exact.scale() ? exact : exact.setScale(precision, RoundingMode.HALF_EVEN);
            } else {
                rounded = precision >= exact.precision() ? exact
                        : exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            }
            String[] d = digitsOf(rounded);
            digits = d[0];
            decpt = Integer.parseInt(d[1]);
        }
        if (noNegZero && digits.equals("0")) {
            negative = false;
        }
        return lay(negative, digits, decpt, mode, precision, alt, addDot0, upper);
    }

    private static final int MAX_FAST_PRECISION = 18;
    private static final long[] POW5 = new long[MAX_FAST_PRECISION + 1];
    private static final long[] POW10 = new long[MAX_FAST_PRECISION + 1];

    static {
        POW5[0] = 1;
        POW10[0] = 1;
        for (int i = 1; i <= MAX_FAST_PRECISION; i++) {
            POW5[i] = POW5[i - 1] * 5;
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    /**
     * {@code round(ax * 10^precision)} exactly (half-even) for a finite {@code ax >= 0}, or -1 when
     * it may not fit a long or precision > 18 (then BigDecimal does it). ax = m * 2^e exactly, so
     * ax * 10^p = m * 5^p * 2^(e+p), rounded by the bits the shift drops. Style 'f' without BigDecimal.
     */
    static long scaledFixed(double ax, int precision) {
        if (precision > MAX_FAST_PRECISION) {
            return -1;
        }
        if (ax == 0) {
            return 0;
        }
        long bits = Double.doubleToRawLongBits(ax);
        int biased = (int) (bits >>> 52);
        long m = bits & ((1L << 52) - 1);
        int e;
        if (biased == 0) {
            e = -1074;
        } else {
            m |= 1L << 52;
            e = biased - 1075;
        }
        int tz = Long.numberOfTrailingZeros(m);
        m >>= tz;
        e += tz;
        long p5 = POW5[precision];
        if (Math.multiplyHigh(m, p5) != 0 || m * p5 < 0) {
            return -1;
        }
        long num = m * p5;
        int shift = e + precision;
        if (shift >= 0) {
            return shift >= Long.numberOfLeadingZeros(num) - 1 ? -1 : num << shift;
        }
        int k = -shift;
        if (k > 63) {
            return 0; // num < 2^63 <= half of 2^k
        }
        long n = num >>> k;
        long rem = num & ((1L << k) - 1);
        long half = 1L << (k - 1);
        if (rem > half || (rem == half && (n & 1) != 0)) {
            n++;
        }
        return n;
    }

    /** The integer digits of {@code n / 10^precision}, for a result of {@link #scaledFixed}. */
    static String fixedIntDigits(long n, int precision) {
        return Long.toString(n / POW10[precision]);
    }

    /** Appends the {@code precision} fraction digits of {@code n / 10^precision} (a {@link #scaledFixed} result). */
    static void appendFixedFraction(StringBuilder sb, long n, int precision) {
        if (precision > 0) {
            String frac = Long.toString(n % POW10[precision]);
            zeros(sb, precision - frac.length());
            sb.append(frac);
        }
    }

    /** Style 'f' text through {@link #scaledFixed}; null when that cannot do it. */
    private static String fixed(boolean negative, double ax, int precision, boolean alt, boolean noNegZero) {
        long n = scaledFixed(ax, precision);
        if (n < 0) {
            return null;
        }
        if (noNegZero && n == 0) {
            negative = false;
        }
        String intPart = fixedIntDigits(n, precision);
        StringBuilder sb = new StringBuilder(intPart.length() + precision + 2);
        if (negative) {
            sb.append('-');
        }
        sb.append(intPart);
        if (precision > 0 || alt) {
            sb.append('.');
        }
        appendFixedFraction(sb, n, precision);
        return sb.toString();
    }

    /** The significant digits (no trailing zeros; "0" for zero) and the decimal point position. */
    private static String[] digitsOf(BigDecimal v) {
        if (v.signum() == 0) {
            return new String[] {"0", "1"};
        }
        BigDecimal s = v.stripTrailingZeros();
        String digits = s.unscaledValue().toString();
        return new String[] {digits, Integer.toString(digits.length() - s.scale())};
    }

    /** Places digits and the point; the virtual-string algorithm of format_float_short. */
    private static String lay(boolean negative, String digits, int decpt, char mode, int precision, boolean alt,
            boolean addDot0, boolean upper) {
        int digitsLen = digits.length();
        int vEnd = digitsLen;
        boolean useExp = false;
        switch (mode) {
            case 'e' -> {
                useExp = true;
                vEnd = precision;
            }
            case 'f' -> vEnd = decpt + precision;
            case 'g' -> {
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) {
                    useExp = true;
                }
                if (alt) {
                    vEnd = precision;
                }
            }
            default -> { // 'r'
                if (decpt <= -4 || decpt > 16) {
                    useExp = true;
                }
            }
        }
        int exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        int vStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) {
            vEnd = Math.max(vEnd, decpt + 1);
        } else {
            vEnd = Math.max(vEnd, decpt);
        }
        if ((long) vEnd - vStart > PercentFormat.MAX_LENGTH) {
            throw Errors.memoryError("");
        }
        StringBuilder sb = new StringBuilder(digitsLen + Math.max(0, vEnd - vStart) + 8);
        if (negative) {
            sb.append('-');
        }
        if (decpt <= 0) {
            zeros(sb, decpt - vStart);
            sb.append('.');
            zeros(sb, -decpt);
        } else {
            zeros(sb, -vStart);
        }
        if (0 < decpt && decpt <= digitsLen) {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digitsLen);
        } else {
            sb.append(digits);
        }
        if (digitsLen < decpt) {
            zeros(sb, decpt - digitsLen);
            sb.append('.');
            zeros(sb, vEnd - decpt);
        } else {
            zeros(sb, vEnd - digitsLen);
        }
        if (sb.charAt(sb.length() - 1) == '.' && !alt) {
            sb.setLength(sb.length() - 1);
        }
        if (useExp) {
            sb.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                sb.append('0');
            }
            sb.append(a);
        }
        return sb.toString();
    }

    private static void zeros(StringBuilder sb, int n) {
        for (int k = 0; k < n; k++) {
            sb.append('0');
        }
    }
}
