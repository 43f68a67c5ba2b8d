package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.text.FloatRepr;

/** {@code format(float, spec)}: types e E f F g G n % and none, with CPython's rounding and layout. */
// CPython 3.11: Python/formatter_unicode.c _PyFloat_FormatAdvancedWriter and format_float_internal
public final class FloatFormat {
    private FloatFormat() {}

    /** Returns {@code format(value, spec)} for a float value. */
    public static String format(double value, String spec) {
        if (spec.isEmpty()) {
            return FloatRepr.floatRepr(value);
        }
        return format(value, FormatSpec.parse(spec, "float", 0, '>'));
    }

    /**
     * Types f F % when {@link FormatDouble#scaledFixed} can round the value: the digits go straight
     * to the layout, with no text to split; null otherwise.
     */
    private static String fixed(double value, FormatSpec f, int precision, boolean percent) {
        long n = FormatDouble.scaledFixed(Math.abs(value), precision);
        if (n < 0) {
            return null;
        }
        boolean negative = Math.copySign(1.0, value) < 0 && !(f.noNegZero() && n == 0);
        String digits = FormatDouble.fixedIntDigits(n, precision);
        boolean hasDecimal = precision > 0 || f.alternate();
        boolean plain = f.width() < 0 && f.grouping() == 0 && (f.sign() == 0 || f.sign() == '-');
        StringBuilder sb = new StringBuilder(digits.length() + precision + 3);
        if (plain) {
            if (negative) {
                sb.append('-');
            }
            sb.append(digits);
            if (hasDecimal) {
                sb.append('.');
            }
        }
        FormatDouble.appendFixedFraction(sb, n, precision);
        if (percent) {
            sb.append('%');
        }
        if (plain) {
            return sb.toString();
        }
        return FormatLayout.layout(f, negative, "", digits, hasDecimal, sb.toString());
    }

    /** Formats a float value with a parsed spec. */
    static String format(double value, FormatSpec f) {
        switch (f.type()) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
                break;
            default:
                throw FormatSpec.unknownType(f.type(), "float");
        }
        if (f.precision() > Integer.MAX_VALUE) {
            throw Errors.valueError("precision too big");
        }
        int precision = (int) f.precision();
        int type = f.type();
        boolean addDot0 = false;
        int defaultPrecision = 6;
        if (type == 0) {
            addDot0 = true;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') {
            type = 'g';
        }
        boolean percent = false;
        if (type == '%') {
            type = 'f';
            value *= 100;
            percent = true;
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        if ((type == 'f' || type == 'F') && Double.isFinite(value)) {
            String fast = fixed(value, f, precision, percent);
            if (fast != null) {
                return fast;
            }
        }
        String text = FormatDouble.toText(value, (char) type, precision, f.alternate(), addDot0, f.noNegZero());
        if (percent) {
            text += "%";
        }
        if (f.width() < 0 && f.grouping() == 0 && (f.sign() == 0 || f.sign() == '-')) {
            return text; // the layout below would copy it unchanged
        }
        boolean negative = text.startsWith("-");
        int start = negative ? 1 : 0;
        int digitsEnd = start;
        while (digitsEnd < text.length() && text.charAt(digitsEnd) >= '0' && text.charAt(digitsEnd) <= '9') {
            digitsEnd++;
        }
        boolean hasDecimal = digitsEnd < text.length() && text.charAt(digitsEnd) == '.';
        String remainder = text.substring(hasDecimal ? digitsEnd + 1 : digitsEnd);
        return FormatLayout.layout(f, negative, "", text.substring(start, digitsEnd), hasDecimal, remainder);
    }
}
