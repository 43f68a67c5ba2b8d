package dev.adder.objects;

import static dev.adder.objects.NumericDifferential.i;
import static dev.adder.objects.NumericDifferential.s;

import dev.adder.objects.NumericDifferential.Case;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Compares {@code int(text, base)} and {@code float(text)} with python3, valid texts and invalid ones. */
class NumberTextDifferentialTest {
    private static final String[] INT_TEXTS = {
        "0", "1", "-1", "+7", " 12 ", "\t-42\n", "007", "0_0", "00", "1_000", "1__0", "_1", "1_", "0x1f", "0X1F",
        "0o17", "0O17", "0b101", "0B1", "0x_1f", "0x__1f", "-0x1f", "0b1_", "0_7", "0_b1", "010", "0xg", "0x", "0b",
        "", " ", "-", "+", "- 1", "1 2", "12a", "z", "Z", "zz", "9223372036854775807", "9223372036854775808",
        "-9223372036854775808", "-9223372036854775809", "2147483648", "-2147483649", "123456789012345678",
        "1234567890123456789", "99999999999999999999999999999", "\u0661\u0662", " \u2003 12\u3000", "\u00a012\u0085",
        "1\u0000", "\u00bd", "\u0031\u0332", "\u001c1", "1\u001f", "\u0b67\u0b68", "\u0e51_\u0e52", "0x\u0661",
        "\uff11\uff12", "1e5", "1.0", "12 ", "0x7fffffffffffffff", "-0b" + "1".repeat(64), "1".repeat(640),
        "1".repeat(4300), "-" + "1".repeat(4300), "1".repeat(4301), "1".repeat(5000) + "x", "f".repeat(5000),
        "x".repeat(300), "'\"", "\ud83d\ude00", "1".repeat(199) + "x",
    };
    private static final int[] BASES = {10, 0, 2, 8, 16, 36, 3, 7, 1, 37, -1};

    @Test
    void intFromText() {
        List<Case> cases = new ArrayList<>();
        for (String t : INT_TEXTS) {
            for (int base : BASES) {
                cases.add(new Case("parseint " + s(t) + " " + i(base), () -> IntText.parse(t, base, IntText.DEFAULT_MAX_STR_DIGITS)));
            }
        }
        Random rnd = new Random(9);
        String alphabet = "0123456789abcdefxXoObB_ +-zZ";
        for (int k = 0; k < 3000; k++) {
            StringBuilder sb = new StringBuilder();
            int len = rnd.nextInt(8);
            for (int j = 0; j < len; j++) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String t = sb.toString();
            int base = BASES[rnd.nextInt(7)];
            cases.add(new Case("parseint " + s(t) + " " + i(base), () -> IntText.parse(t, base, IntText.DEFAULT_MAX_STR_DIGITS)));
        }
        NumericDifferential.check(cases);
    }

    private static final String[] FLOAT_TEXTS = {
        "0", "1", "-1", "1.5", " 1.5\n", ".5", "5.", ".", "-.5e-3", "1e5", "1E5", "1e+5", "1e", "1e+", "e5", "1_0.5",
        "1__0", "_1", "1_", "1._5", "1_.5", "1e1_0", "1_0e1_0", "1_e5", "1e_5", "inf", "-inf", "+inf", "Infinity",
        "-Infinity", " -INFINITY ", "infinit", "infinityy", "nan", "-nan", "+NaN", "NAN", "nan_", "in_f", "0x10",
        "1.5\u0000", "", " ", "\u0661\u0662.\u0663", "\u00a01.5", "1e500", "-1e500", "1e-500", "2.2250738585072011e-308",
        "4.9406564584124654e-324", "2.4703282292062328e-324", "2.4703282292062327e-324", "1.7976931348623158e308",
        "1.7976931348623159e308", "0.1", "123456789012345678901234567890", "1" + "0".repeat(400), "." + "0".repeat(400) + "1e400",
        "1d", "1f", "0.5f", "+-1", "--1", "1 .5", "١", "½", "1e5.5", "9007199254740993", "\ud83d\ude00", "'",
    };

    @Test
    void floatFromText() {
        List<Case> cases = new ArrayList<>();
        for (String t : FLOAT_TEXTS) {
            cases.add(new Case("parsefloat " + s(t), () -> FloatParse.parse(t)));
        }
        Random rnd = new Random(10);
        String alphabet = "0123456789._eE+- ";
        for (int k = 0; k < 3000; k++) {
            StringBuilder sb = new StringBuilder();
            int len = rnd.nextInt(10);
            for (int j = 0; j < len; j++) {
                sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            String t = sb.toString();
            cases.add(new Case("parsefloat " + s(t), () -> FloatParse.parse(t)));
        }
        for (int k = 0; k < 2000; k++) {
            String t = Double.toString(Double.longBitsToDouble(rnd.nextLong()));
            cases.add(new Case("parsefloat " + s(t), () -> FloatParse.parse(t)));
        }
        NumericDifferential.check(cases);
    }
}
