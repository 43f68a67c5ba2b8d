package dev.adder.objects;

import dev.adder.runtime.Errors;

/** {@code format(str, spec)}: fill, alignment, width and precision truncation in code points. */
// CPython 3.11: Python/formatter_unicode.c _PyUnicode_FormatAdvancedWriter and format_string_internal
public final class StrFormat {
    private StrFormat() {}

    /** Returns {@code format(value, spec)} for a str value. */
    public static String format(String value, String spec) {
        if (spec.isEmpty()) {
            return value;
        }
        FormatSpec f = FormatSpec.parse(spec, "str", 's', '<');
        if (f.type() != 's') {
            throw FormatSpec.unknownType(f.type(), "str");
        }
        return format(value, f);
    }

    /** Formats a str value with a parsed spec whose type is 's'. */
    static String format(String value, FormatSpec f) {
        if (f.sign() != 0) {
            throw Errors.valueError(f.sign() == ' ' ? "Space not allowed in string format specifier"
                    : "Sign not allowed in string format specifier");
        }
        if (f.noNegZero()) {
            throw Errors.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (f.alternate()) {
            throw Errors.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (f.align() == '=') {
            throw Errors.valueError("'=' alignment not allowed in string format specifier");
        }
        int len = value.codePointCount(0, value.length());
        if (f.precision() >= 0 && f.precision() < len) {
            value = value.substring(0, value.offsetByCodePoints(0, (int) f.precision()));
            len = (int) f.precision();
        }
        return pad(value, len, f);
    }

    /** Pads {@code value} (of {@code len} code points) to the spec's width by its alignment. */
    static String pad(String value, int len, FormatSpec f) {
        if (f.width() > PercentFormat.MAX_LENGTH) {
            throw Errors.memoryError("");
        }
        long total = Math.max(f.width(), len);
        if (total == len) {
            return value;
        }
        long padding = total - len;
        long left = switch (f.align()) {
            case '>' -> padding;
            case '^' -> padding / 2;
            default -> 0;
        };
        StringBuilder sb = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 16, total + 8));
        FormatLayout.pad(sb, f.fill(), left);
        sb.append(value);
        FormatLayout.pad(sb, f.fill(), padding - left);
        return sb.toString();
    }
}
