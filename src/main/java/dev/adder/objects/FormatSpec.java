package dev.adder.objects;

import dev.adder.runtime.Errors;

/**
 * A parsed format specification of the mini-language {@code [[fill]align][sign][z][#][0][width]
 * [grouping][.precision][type]}, as {@code format(value, spec)} and {@code str.format} use it.
 *
 * @param fill the fill code point ({@code ' '} unless given)
 * @param align one of {@code < > = ^}
 * @param sign {@code '+'}, {@code '-'}, {@code ' '} or 0 when absent
 * @param noNegZero the {@code z} flag
 * @param alternate the {@code #} flag
 * @param width the minimum width in code points, or -1
 * @param grouping {@code ','}, {@code '_'} (every 3 digits), {@code '4'} ({@code _} every 4, for b/o/x/X), or 0
 * @param precision the precision, or -1
 * @param type the presentation type code point, or 0 when absent
 */
// CPython 3.11: Python/formatter_unicode.c parse_internal_render_format_spec
public record FormatSpec(int fill, char align, char sign, boolean noNegZero, boolean alternate, long width,
        char grouping, long precision, int type) {

    /** Grouping code for {@code _} every four digits (binary, octal and hex). */
    public static final char UNDER_FOUR = '4';

    /**
     * Parses {@code spec} for a value of Python type {@code typeName}; {@code defaultType} is used
     * when no type is given (0 for float), {@code defaultAlign} when no alignment is.
     */
    public static FormatSpec parse(String spec, String typeName, int defaultType, char defaultAlign) {
        // Read by char unless a surrogate pair makes code points and chars differ.
        int[] cps = hasSurrogate(spec) ? spec.codePoints().toArray() : null;
        int end = cps == null ? spec.length() : cps.length;
        int pos = 0;
        int fill = ' ';
        char align = defaultAlign;
        boolean alignGiven = false;
        boolean fillGiven = false;
        if (end - pos >= 2 && isAlign(at(spec, cps, pos + 1))) {
            align = (char) at(spec, cps, pos + 1);
            fill = at(spec, cps, pos);
            fillGiven = true;
            alignGiven = true;
            pos += 2;
        } else if (end - pos >= 1 && isAlign(at(spec, cps, pos))) {
            align = (char) at(spec, cps, pos);
            alignGiven = true;
            pos++;
        }
        char sign = 0;
        if (end - pos >= 1 && (at(spec, cps, pos) == '+' || at(spec, cps, pos) == '-' || at(spec, cps, pos) == ' ')) {
            sign = (char) at(spec, cps, pos++);
        }
        boolean noNegZero = false;
        if (end - pos >= 1 && at(spec, cps, pos) == 'z') {
            noNegZero = true;
            pos++;
        }
        boolean alternate = false;
        if (end - pos >= 1 && at(spec, cps, pos) == '#') {
            alternate = true;
            pos++;
        }
        if (!fillGiven && end - pos >= 1 && at(spec, cps, pos) == '0') {
            fill = '0';
            if (!alignGiven && defaultAlign == '>') {
                align = '=';
            }
            pos++;
        }
        long[] number = new long[1];
        int consumed = readInteger(spec, cps, pos, end, number);
        pos += consumed;
        long width = consumed == 0 ? -1 : number[0];
        char grouping = 0;
        if (end - pos >= 1 && at(spec, cps, pos) == ',') {
            grouping = ',';
            pos++;
        }
        if (end - pos >= 1 && at(spec, cps, pos) == '_') {
            if (grouping != 0) {
                throw Errors.valueError("Cannot specify both ',' and '_'.");
            }
            grouping = '_';
            pos++;
        }
        if (end - pos >= 1 && at(spec, cps, pos) == ',' && grouping == '_') {
            throw Errors.valueError("Cannot specify both ',' and '_'.");
        }
        long precision = -1;
        if (end - pos >= 1 && at(spec, cps, pos) == '.') {
            pos++;
            consumed = readInteger(spec, cps, pos, end, number);
            if (consumed == 0) {
                throw Errors.valueError("Format specifier missing precision");
            }
            pos += consumed;
            precision = number[0];
        }
        if (end - pos > 1) {
            throw Errors.valueError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        int type = defaultType;
        if (end - pos == 1) {
            type = at(spec, cps, pos);
        }
        if (grouping != 0) {
            switch (type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
                    break;
                case 'b', 'o', 'x', 'X':
                    if (grouping == '_') {
                        grouping = UNDER_FOUR;
                        break;
                    }
                    throw badGrouping(grouping, type);
                default:
                    throw badGrouping(grouping, type);
            }
        }
        return new FormatSpec(fill, align, sign, noNegZero, alternate, width, grouping, precision, type);
    }

    private static RuntimeException badGrouping(char grouping, int type) {
        if (type > 32 && type < 128) {
            return Errors.valueError("Cannot specify '" + grouping + "' with '" + (char) type + "'.");
        }
        return Errors.valueError("Cannot specify '" + grouping + "' with '\\x" + Integer.toHexString(type) + "'.");
    }

    /** The error for a type code the value's type does not know. */
    // CPython 3.11: Python/formatter_unicode.c unknown_presentation_type
    public static RuntimeException unknownType(int type, String typeName) {
        if (type > 32 && type < 128) {
            return Errors.valueError("Unknown format code '" + (char) type + "' for object of type '" + typeName + "'");
        }
        return Errors.valueError("Unknown format code '\\x" + Integer.toHexString(type)
                + "' for object of type '" + typeName + "'");
    }

    private static boolean hasSurrogate(String spec) {
        for (int i = 0; i < spec.length(); i++) {
            if (Character.isSurrogate(spec.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Code point {@code i} of the spec: from {@code cps} when there are pairs, else the char. */
    private static int at(String spec, int[] cps, int i) {
        return cps == null ? spec.charAt(i) : cps[i];
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /** Reads decimal digits (any Unicode decimal digit, as CPython does); returns how many. */
    // CPython 3.11: Python/formatter_unicode.c get_integer
    private static int readInteger(String spec, int[] cps, int pos, int end, long[] out) {
        long acc = 0;
        int n = 0;
        for (; pos < end; pos++, n++) {
            int c = at(spec, cps, pos);
            int digit;
            if (c >= '0' && c <= '9') {
                digit = c - '0';
            } else if (c < 128 || Character.getType(c) != Character.DECIMAL_DIGIT_NUMBER) {
                break;
            } else {
                digit = Character.digit(c, 10);
            }
            if (acc >= Long.MAX_VALUE / 10 && (acc > Long.MAX_VALUE / 10 || digit > Long.MAX_VALUE % 10)) {
                throw Errors.valueError("Too many decimal digits in format string");
            }
            acc = acc * 10 + digit;
        }
        out[0] = acc;
        return n;
    }
}
