package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.PyBaseException;
import dev.adder.text.StrRepr;
import java.math.BigInteger;

/**
 * An int to and from text: {@code repr}/{@code str} in decimal and {@code int(text, base)}, with
 * CPython 3.11's syntax (signs, whitespace, base prefixes, single underscores between digits,
 * Unicode decimal digits) and its limit on decimal conversions of huge ints
 * ({@code sys.set_int_max_str_digits}, passed in by the caller: no global state here).
 */
public final class IntText {
    private IntText() {}

    /** CPython 3.11's default {@code sys.get_int_max_str_digits()}. */
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;
    /** CPython's {@code _PY_LONG_MAX_STR_DIGITS_THRESHOLD}: shorter texts are never limited. */
    private static final int LIMIT_THRESHOLD = 640;

    /** {@code repr(v)} (and {@code str(v)}) for an int, with the default digit limit. */
    public static String repr(Object v) {
        return repr(v, DEFAULT_MAX_STR_DIGITS);
    }

    /**
     * {@code repr(v)} for an int: {@code True}/{@code False} for a bool, else decimal; ValueError
     * beyond {@code maxDigits} digits (the sign does not count; {@code maxDigits <= 0}: no limit).
     */
    public static String repr(Object v, int maxDigits) {
        if (v instanceof Integer || v instanceof Long) {
            return v.toString();
        } else if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        BigInteger big = (BigInteger) v;
        // Cheap refusal before the conversion: (bits - 1) * log10(2) bounds the digits from below.
        if (maxDigits > 0 && (long) ((big.abs().bitLength() - 1) * 0.30102999566398120) >= maxDigits) {
            throw tooManyDigitsToStr(maxDigits);
        }
        String s = big.toString();
        if (maxDigits > 0 && s.length() - (big.signum() < 0 ? 1 : 0) > maxDigits) {
            throw tooManyDigitsToStr(maxDigits);
        }
        return s;
    }

    private static PyBaseException tooManyDigitsToStr(int limit) {
        return Errors.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion; "
                + "use sys.set_int_max_str_digits() to increase the limit");
    }

    /** {@code int(text)}: base 10 with the default digit limit. */
    public static Object parse(String text) {
        return parse(text, 10, DEFAULT_MAX_STR_DIGITS);
    }

    /**
     * {@code int(text, base)}: ValueError "int() base must be >= 2 and <= 36, or 0", "invalid
     * literal for int() with base N: 'text'" (the repr cut at 200 characters, as CPython's
     * {@code %.200R}), or the digit limit's message for a long decimal text.
     */
    // CPython 3.11: Objects/longobject.c PyLong_FromString, PyLong_FromUnicodeObject
    public static Object parse(String text, int base, int maxDigits) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        Object fast = base == 10 ? parseSimpleDecimal(text) : null;
        if (fast != null) {
            return fast;
        }
        char[] t = toAscii(text);
        int n = t.length;
        int i = 0;
        while (i < n && isAsciiSpace(t[i])) {
            i++;
        }
        boolean negative = false;
        if (i < n && (t[i] == '+' || t[i] == '-')) {
            negative = t[i] == '-';
            i++;
        }
        int b = base;
        boolean errorIfNonzero = false;
        if (b == 0) {
            char next = i + 1 < n ? Character.toLowerCase(t[i + 1]) : 0;
            if (i >= n || t[i] != '0') {
                b = 10;
            } else if (next == 'x') {
                b = 16;
            } else if (next == 'o') {
                b = 8;
            } else if (next == 'b') {
                b = 2;
            } else {
                // A C-style octal literal such as 010 is invalid, but 0, 00 and 0_0 are zero.
                errorIfNonzero = true;
                b = 10;
            }
        }
        if (i + 1 < n && t[i] == '0' && hasPrefix(b, Character.toLowerCase(t[i + 1]))) {
            i += 2;
            if (i < n && t[i] == '_') {
                i++;
            }
        }
        if (i < n && t[i] == '_') {
            throw invalid(text, base);
        }
        // Scan the digits: single underscores between them only.
        StringBuilder digits = new StringBuilder(n - i);
        char prev = 0;
        while (i < n && (digitValue(t[i]) < b || t[i] == '_')) {
            if (t[i] == '_') {
                if (prev == '_') {
                    throw invalid(text, base);
                }
            } else {
                digits.append(t[i]);
            }
            prev = t[i];
            i++;
        }
        if (prev == '_') {
            throw invalid(text, base);
        }
        if ((b & (b - 1)) != 0 && digits.length() > LIMIT_THRESHOLD && maxDigits > 0 && digits.length() > maxDigits) {
            throw Errors.valueError("Exceeds the limit (" + maxDigits + " digits) for integer string conversion: "
                    + "value has " + digits.length() + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        while (i < n && isAsciiSpace(t[i])) {
            i++;
        }
        if (digits.length() == 0 || i != n) {
            throw invalid(text, base);
        }
        Object v = digits.length() <= 18 && b == 10
                ? IntOps.valueOf(Long.parseLong(digits, 0, digits.length(), 10))
                : IntOps.normalize(new BigInteger(digits.toString(), b));
        if (errorIfNonzero && IntOps.signum(v) != 0) {
            throw invalid(text, base);
        }
        return negative ? IntOps.neg(v) : v;
    }

    /** The common case without a second pass: an optional '-' and 1 to 18 ASCII digits. */
    private static Object parseSimpleDecimal(String s) {
        int n = s.length();
        int i = n > 0 && s.charAt(0) == '-' ? 1 : 0;
        if (n - i < 1 || n - i > 18) {
            return null;
        }
        long v = 0;
        for (int k = i; k < n; k++) {
            int d = s.charAt(k) - '0';
            if (d < 0 || d > 9) {
                return null;
            }
            v = v * 10 + d;
        }
        return IntOps.valueOf(i == 1 ? -v : v);
    }

    private static boolean hasPrefix(int base, char lowerLetter) {
        return (base == 16 && lowerLetter == 'x') || (base == 8 && lowerLetter == 'o') || (base == 2 && lowerLetter == 'b');
    }

    /** A digit's value in bases up to 36, or 37 for anything else (CPython's _PyLong_DigitValue). */
    static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        } else if (c >= 'a' && c <= 'z') {
            return c - 'a' + 10;
        } else if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return 37;
    }

    /** Python's ASCII whitespace for number parsing (C isspace): space, \t, \n, \v, \f, \r. */
    static boolean isAsciiSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /**
     * The text as CPython's parsers see it: Unicode whitespace becomes a space, Unicode decimal
     * digits their ASCII digit, any other non-ASCII character '?' (which no parser accepts).
     */
    // CPython 3.11: Objects/unicodeobject.c _PyUnicode_TransformDecimalAndSpaceToASCII
    static char[] toAscii(String s) {
        char[] out = new char[s.length()];
        int k = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128) {
                out[k++] = (char) c;
            } else if (isUnicodeSpace(c)) {
                out[k++] = ' ';
            } else if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                out[k++] = (char) ('0' + Character.digit(c, 10));
            } else {
                out[k++] = '?';
            }
        }
        return k == out.length ? out : java.util.Arrays.copyOf(out, k);
    }

    /** Python's {@code str.isspace} for a non-ASCII code point (Unicode 14.0). */
    static boolean isUnicodeSpace(int c) {
        return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a)
                || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    private static PyBaseException invalid(String text, int base) {
        String r = StrRepr.strRepr(text);
        if (r.length() > 200 && r.codePointCount(0, r.length()) > 200) {
            // %.200R cuts the repr at 200 code points.
            r = r.substring(0, r.offsetByCodePoints(0, 200));
        }
        return Errors.valueError("invalid literal for int() with base " + base + ": " + r);
    }
}
