package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.PyBaseException;
import dev.adder.text.StrRepr;

/**
 * {@code float(text)} with CPython 3.11's syntax: surrounding whitespace, an optional sign,
 * decimal digits with an optional point and exponent, single underscores between digits,
 * Unicode decimal digits, and {@code inf}, {@code infinity}, {@code nan} in any case. The value is
 * the correctly rounded double (overflow gives an infinity, as CPython).
 */
// CPython 3.11: Objects/floatobject.c float_from_string_inner, Python/pystrtod.c _PyOS_ascii_strtod,
// Python/pystrtod.c _Py_string_to_number_with_underscores
public final class FloatParse {
    private FloatParse() {}

    /** {@code float(text)}: ValueError "could not convert string to float: 'text'". */
    public static double parse(String text) {
        char[] t = IntText.toAscii(text);
        int n = t.length;
        if (indexOf(t, '_') >= 0) {
            n = removeUnderscores(t);
            if (n < 0) {
                throw invalid(text);
            }
        }
        int start = 0;
        while (start < n && IntText.isAsciiSpace(t[start])) {
            start++;
        }
        int end = n;
        while (end > start && IntText.isAsciiSpace(t[end - 1])) {
            end--;
        }
        double v = parseNumber(t, start, end);
        if (Double.isNaN(v)) {
            if (!isNanWord(t, start, end)) {
                throw invalid(text);
            }
            // As CPython, "-nan" keeps its sign bit (math.copysign sees it; repr does not).
            return t[start] == '-' ? Math.copySign(Double.NaN, -1.0) : Double.NaN;
        }
        return v;
    }

    private static int indexOf(char[] t, char c) {
        for (int i = 0; i < t.length; i++) {
            if (t[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** Drops the underscores in place; -1 unless each one stands between two digits. */
    private static int removeUnderscores(char[] t) {
        int k = 0;
        char prev = 0;
        for (char c : t) {
            boolean digit = c >= '0' && c <= '9';
            if (c == '_') {
                if (!(prev >= '0' && prev <= '9')) {
                    return -1;
                }
            } else {
                if (prev == '_' && !digit) {
                    return -1;
                }
                t[k++] = c;
            }
            prev = c;
        }
        return prev == '_' ? -1 : k;
    }

    /** The value of t[start, end), or NaN when it is not a float literal (NaN words checked apart). */
    private static double parseNumber(char[] t, int start, int end) {
        int i = start;
        boolean negative = false;
        if (i < end && (t[i] == '+' || t[i] == '-')) {
            negative = t[i] == '-';
            i++;
        }
        if (i < end && !(t[i] >= '0' && t[i] <= '9') && t[i] != '.') {
            String word = new String(t, i, end - i).toLowerCase(java.util.Locale.ROOT);
            if (word.equals("inf") || word.equals("infinity")) {
                return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            return Double.NaN; // "nan" or garbage: the caller tells them apart
        }
        int digits = 0;
        while (i < end && t[i] >= '0' && t[i] <= '9') {
            i++;
            digits++;
        }
        if (i < end && t[i] == '.') {
            i++;
            while (i < end && t[i] >= '0' && t[i] <= '9') {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        if (i < end && (t[i] == 'e' || t[i] == 'E')) {
            i++;
            if (i < end && (t[i] == '+' || t[i] == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < end && t[i] >= '0' && t[i] <= '9') {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return Double.NaN;
            }
        }
        if (i != end) {
            return Double.NaN;
        }
        // The syntax is checked: the JDK's parser (correctly rounded) reads this subset alike.
        return Double.parseDouble(new String(t, start, end - start));
    }

    private static boolean isNanWord(char[] t, int start, int end) {
        int i = start;
        if (i < end && (t[i] == '+' || t[i] == '-')) {
            i++;
        }
        return end - i == 3 && new String(t, i, 3).equalsIgnoreCase("nan");
    }

    private static PyBaseException invalid(String text) {
        return Errors.valueError("could not convert string to float: " + StrRepr.strRepr(text));
    }
}
