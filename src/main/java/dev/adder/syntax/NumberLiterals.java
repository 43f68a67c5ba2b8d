package dev.adder.syntax;

import dev.adder.ast.ConstantValues;

import java.math.BigInteger;

/**
 * The value of a NUMBER token, as CPython 3.11's parser computes it ({@code Parser/pegen.c
 * parsenumber}): Integer, Long or BigInteger (the smallest that fits), Double, or an imaginary
 * {@link ConstantValues.Complex}.
 */
public final class NumberLiterals {
    private NumberLiterals() {}

    /** CPython's default {@code sys.get_int_max_str_digits()}. */
    public static final int MAX_STR_DIGITS = 4300;

    /**
     * Parses a NUMBER token's text (underscores allowed, as the tokenizer checked them).
     *
     * @throws IllegalArgumentException for a decimal integer of more than 4300 digits, with the
     *     message CPython's SyntaxError carries; or for text that is no number literal
     */
    public static Object parse(String text) {
        int n = text.length();
        if (n == 0) {
            throw new IllegalArgumentException("empty number literal");
        }
        char last = text.charAt(n - 1);
        if (last == 'j' || last == 'J') {
            return new ConstantValues.Complex(0.0, parseFloat(text.substring(0, n - 1)));
        }
        if (n > 1 && text.charAt(0) == '0') {
            char p = text.charAt(1);
            if (p == 'x' || p == 'X') {
                return parseRadix(text, 2, 4);
            }
            if (p == 'o' || p == 'O') {
                return parseRadix(text, 2, 3);
            }
            if (p == 'b' || p == 'B') {
                return parseRadix(text, 2, 1);
            }
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return parseFloat(text);
            }
        }
        return parseDecimal(text);
    }

    private static String withoutUnderscores(String s) {
        return s.indexOf('_') < 0 ? s : s.replace("_", "");
    }

    private static double parseFloat(String text) {
        String s = withoutUnderscores(text);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-')) {
                throw new IllegalArgumentException("invalid float literal: " + text);
            }
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid float literal: " + text);
        }
    }

    private static Object parseDecimal(String text) {
        long v = 0;
        int digits = 0;
        boolean overflow = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                continue;
            }
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("invalid decimal literal: " + text);
            }
            digits++;
            if (!overflow) {
                int d = c - '0';
                if (v > (Long.MAX_VALUE - d) / 10) {
                    overflow = true;
                } else {
                    v = v * 10 + d;
                }
            }
        }
        if (digits == 0) {
            throw new IllegalArgumentException("invalid decimal literal: " + text);
        }
        if (!overflow) {
            return box(v);
        }
        // CPython 3.11: Objects/longobject.c PyLong_FromString, the int_max_str_digits check
        if (digits > MAX_STR_DIGITS) {
            throw new IllegalArgumentException("Exceeds the limit (" + MAX_STR_DIGITS
                    + " digits) for integer string conversion: value has " + digits
                    + " digits; use sys.set_int_max_str_digits() to increase the limit"
                    + " - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.");
        }
        return new BigInteger(withoutUnderscores(text));
    }

    /** A 0x/0o/0b literal: {@code bits} bits per digit, linear time however long it is. */
    private static Object parseRadix(String text, int from, int bits) {
        int n = text.length();
        int radix = 1 << bits;
        long v = 0;
        boolean fits = true;
        int digits = 0;
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            if (c == '_') {
                continue;
            }
            int d = Character.digit(c, radix);
            if (d < 0) {
                throw new IllegalArgumentException("invalid literal: " + text);
            }
            digits++;
            if (fits) {
                if ((v >>> (63 - bits)) != 0) {
                    fits = false;
                } else {
                    v = (v << bits) | d;
                }
            }
        }
        if (digits == 0) {
            throw new IllegalArgumentException("invalid literal: " + text);
        }
        if (fits) {
            return box(v);
        }
        // Build the magnitude from the bits, least significant digit first.
        byte[] mag = new byte[(int) (((long) digits * bits + 7) / 8) + 1];
        int bitPos = 0;
        for (int i = n - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '_') {
                continue;
            }
            int d = Character.digit(c, radix);
            for (int k = 0; k < bits; k++, bitPos++) {
                if ((d >> k & 1) != 0) {
                    mag[mag.length - 1 - (bitPos >> 3)] |= (byte) (1 << (bitPos & 7));
                }
            }
        }
        BigInteger big = new BigInteger(1, mag);
        return big.bitLength() < 64 ? box(big.longValue()) : big;
    }

    private static Object box(long v) {
        if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
            return (int) v;
        }
        return v;
    }
}
