package dev.adder.objects;

import dev.adder.runtime.Errors;
import java.math.BigInteger;

/** {@code format(int, spec)}: types b c d o x X n, grouping, prefixes, and e/f/g/% through float. */
// CPython 3.11: Python/formatter_unicode.c _PyLong_FormatAdvancedWriter and format_long_internal
public final class IntFormat {
    private IntFormat() {}

    /** Returns {@code format(value, spec)} for an int or bool value. */
    public static String format(Object value, String spec) {
        if (spec.isEmpty()) {
            return value instanceof Boolean b ? (b ? "True" : "False") : IntText.repr(value);
        }
        FormatSpec f = FormatSpec.parse(spec, value instanceof Boolean ? "bool" : "int", 'd', '>');
        return format(value, f);
    }

    /** Formats an int or bool value with a parsed spec. */
    static String format(Object value, FormatSpec f) {
        Object v = IntOps.index(value);
        switch (f.type()) {
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
                return formatInt(v, f);
            case 'e', 'E', 'f', 'F', 'g', 'G', '%':
                return FloatFormat.format(IntOps.toDouble(v), f);
            default:
                throw FormatSpec.unknownType(f.type(), Errors.typeName(value));
        }
    }

    private static String formatInt(Object v, FormatSpec f) {
        if (f.precision() != -1) {
            throw Errors.valueError("Precision not allowed in integer format specifier");
        }
        if (f.noNegZero()) {
            throw Errors.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (f.type() == 'c') {
            if (f.sign() != 0) {
                throw Errors.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (f.alternate()) {
                throw Errors.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (v instanceof BigInteger) {
                throw Errors.overflowError("Python int too large to convert to C long");
            }
            long x = ((Number) v).longValue();
            if (x < 0 || x > 0x10ffff) {
                throw Errors.overflowError("%c arg not in range(0x110000)");
            }
            return FormatLayout.layout(f, false, "", "", false, new String(Character.toChars((int) x)));
        }
        int base = switch (f.type()) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        String prefix = "";
        if (f.alternate() && base != 10) {
            prefix = switch (f.type()) {
                case 'b' -> "0b";
                case 'o' -> "0o";
                case 'x' -> "0x";
                default -> "0X";
            };
        }
        boolean negative = IntOps.signum(v) < 0;
        String digits;
        if (base == 10 && !(v instanceof BigInteger)) {
            long x = ((Number) v).longValue();
            if (f.width() < 0 && f.grouping() == 0 && (f.sign() == 0 || f.sign() == '-')) {
                return Long.toString(x); // nothing to lay out
            }
            digits = x == Long.MIN_VALUE ? Long.toString(x).substring(1) : Long.toString(Math.abs(x));
        } else if (v instanceof BigInteger big) {
            digits = base == 10 ? IntText.repr(big.abs()) : big.abs().toString(base);
        } else {
            long x = ((Number) v).longValue();
            digits = x == Long.MIN_VALUE ? BigInteger.valueOf(x).negate().toString(base)
                    : Long.toString(Math.abs(x), base);
        }
        if (f.type() == 'X') {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
        }
        return FormatLayout.layout(f, negative, prefix, digits, false, "");
    }
}
