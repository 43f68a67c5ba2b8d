package dev.adder.objects;

import dev.adder.runtime.Errors;

/**
 * Lays out a formatted number: padding, sign, prefix, sign-aware zero padding, grouped digits,
 * decimal point and remainder, as {@code int.__format__} and {@code float.__format__} share it.
 */
// CPython 3.11: Python/formatter_unicode.c calc_number_widths and fill_number
final class FormatLayout {
    private FormatLayout() {}

    /**
     * Returns the laid-out number. {@code negative} says whether the value's text had a minus
     * sign; {@code digits} are the integer digits (grouped), {@code hasDecimal} adds a '.', and
     * {@code remainder} is copied after it (fraction, exponent, "inf", a %c character).
     */
    static String layout(FormatSpec spec, boolean negative, String prefix, String digits, boolean hasDecimal,
            String remainder) {
        char sign = 0;
        switch (spec.sign()) {
            case '+' -> sign = negative ? '-' : '+';
            case ' ' -> sign = negative ? '-' : ' ';
            default -> sign = negative ? '-' : 0;
        }
        int nonDigits = (sign != 0 ? 1 : 0) + prefix.length() + (hasDecimal ? 1 : 0)
                + remainder.codePointCount(0, remainder.length());
        long width = spec.width();
        if (width > PercentFormat.MAX_LENGTH) {
            throw Errors.memoryError("");
        }
        long minWidth = spec.fill() == '0' && spec.align() == '=' ? width - nonDigits : 0;
        int size = groupSize(spec);
        // Without separators the digits are only zero-padded to minWidth: done while appending, not in a copy.
        String grouped = digits.isEmpty() || size == 0 ? digits : group(digits, minWidth, separator(spec), size);
        long zeros = size == 0 && !digits.isEmpty() ? Math.max(0, minWidth - digits.length()) : 0;
        long padding = width - (nonDigits + zeros + grouped.length());
        long left = 0;
        long middle = 0;
        long right = 0;
        if (padding > 0) {
            switch (spec.align()) {
                case '<' -> right = padding;
                case '^' -> {
                    left = padding / 2;
                    right = padding - left;
                }
                case '=' -> middle = padding;
                default -> left = padding;
            }
        }
        StringBuilder sb = new StringBuilder((int) Math.max(width, nonDigits + zeros + grouped.length()) + 2);
        pad(sb, spec.fill(), left);
        if (sign != 0) {
            sb.append(sign);
        }
        sb.append(prefix);
        pad(sb, spec.fill(), middle);
        pad(sb, '0', zeros);
        sb.append(grouped);
        if (hasDecimal) {
            sb.append('.');
        }
        sb.append(remainder);
        pad(sb, spec.fill(), right);
        return sb.toString();
    }

    /** Appends {@code n} copies of the fill code point. */
    static void pad(StringBuilder sb, int fill, long n) {
        for (long k = 0; k < n; k++) {
            sb.appendCodePoint(fill);
        }
    }

    private static char separator(FormatSpec spec) {
        return switch (spec.grouping()) {
            case ',' -> ',';
            case '_', FormatSpec.UNDER_FOUR -> '_';
            default -> 0;
        };
    }

    private static int groupSize(FormatSpec spec) {
        return switch (spec.grouping()) {
            case ',', '_' -> 3;
            case FormatSpec.UNDER_FOUR -> 4;
            default -> 0; // no grouping ('n' in the C locale too)
        };
    }

    /** Inserts separators every {@code size} digits and zero-pads the result to {@code minWidth}. */
    // CPython 3.11: Objects/unicodeobject.c _PyUnicode_InsertThousandsGrouping
    static String group(String digits, long minWidth, char sep, int size) {
        StringBuilder out = new StringBuilder(); // built reversed
        int remaining = digits.length();
        int end = remaining; // digits[0:end] not yet copied
        boolean useSeparator = false;
        boolean broken = false;
        if (size > 0) {
            while (true) {
                long l = Math.min(size, Math.max(Math.max(remaining, minWidth), 1));
                long zeros = Math.max(0, l - remaining);
                int chars = (int) Math.max(0, Math.min(remaining, l));
                if (useSeparator) {
                    out.append(sep);
                }
                for (int k = 0; k < chars; k++) {
                    out.append(digits.charAt(--end));
                }
                pad(out, '0', zeros);
                useSeparator = true;
                remaining -= chars;
                minWidth -= l;
                if (remaining <= 0 && minWidth <= 0) {
                    broken = true;
                    break;
                }
                minWidth -= 1;
            }
        }
        if (!broken) {
            long l = Math.max(Math.max(remaining, minWidth), 1);
            long zeros = Math.max(0, l - remaining);
            int chars = (int) Math.max(0, Math.min(remaining, l));
            if (useSeparator) {
                out.append(sep);
            }
            for (int k = 0; k < chars; k++) {
                out.append(digits.charAt(--end));
            }
            pad(out, '0', zeros);
        }
        return out.reverse().toString();
    }
}
