package dev.adder.objects;

import static dev.adder.objects.FormatDifferential.enc;

import dev.adder.objects.FormatDifferential.Case;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Compares {@code format(value, spec)} for int, bool, float and str with python3, thousands of specs. */
class FormatDifferentialTest {
    static final Object[] INTS = {
        0, 1, -1, 7, -7, 42, 255, -255, 1000, 1234567, -1234567, 65, 0x10ffff, 0x110000, 0x1f600,
        Integer.MAX_VALUE, Integer.MIN_VALUE, 2147483648L, Long.MAX_VALUE, Long.MIN_VALUE,
        new BigInteger("9223372036854775808"), new BigInteger("-9223372036854775809"),
        new BigInteger("123456789012345678901234567890"), new BigInteger("-98765432109876543210987654321"),
        BigInteger.TEN.pow(400), BigInteger.ONE.shiftLeft(1100), BigInteger.TEN.pow(5000),
        true, false,
    };
    static final double[] FLOATS = {
        0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 3.14159, -2.71828, 1e16, 1e15, 9999999999999998.0,
        1e17, 1e22, 1e-4, 1e-5, 0.0001, 0.00012345, 1234.5678, -1234.5678, 123456789.125, 5e-324, -5e-324,
        2.2250738585072014e-308, Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.NaN, -Double.NaN, 0.1, 0.2, 0.3, 1 / 3.0, 2 / 3.0, 100.0, 1e100, 1e-100,
        0.05, 0.15, 0.25, 0.35, 0.45, 9.5, 10.5, 99.5, 999.5, 0.0005, 0.00049, 1.0000000000000002, 123.0,
        -0.0004, -0.004, 1e300, 12345678901234567890.0,
    };
    static final String[] STRS = {"", "a", "abc", "hello world", "😀", "a😀b", "😀😀😀", "ünï", "\t\n", "'\"", "0123"};

    static String format(Object v, String spec) {
        return FormatValue.format(v, spec);
    }

    private static final String[] ALIGNS = {"<", ">", "^", "=", "*<", "0>", "😀^", "x=", " >", "0=", "0<", "}^"};
    private static final String[] WIDTHS = {"1", "5", "12", "25", "0", "3"};
    private static final String[] PRECISIONS = {".0", ".1", ".2", ".3", ".6", ".10", ".17", ".25", ".60"};
    private static final String TYPES = "bcdoxXneEfFgG%sry";

    static String randomSpec(Random rnd) {
        StringBuilder sb = new StringBuilder();
        if (rnd.nextInt(3) == 0) {
            sb.append(ALIGNS[rnd.nextInt(ALIGNS.length)]);
        }
        if (rnd.nextInt(4) == 0) {
            sb.append("+- ".charAt(rnd.nextInt(3)));
        }
        if (rnd.nextInt(8) == 0) {
            sb.append('z');
        }
        if (rnd.nextInt(5) == 0) {
            sb.append('#');
        }
        if (rnd.nextInt(5) == 0) {
            sb.append('0');
        }
        if (rnd.nextInt(2) == 0) {
            sb.append(WIDTHS[rnd.nextInt(WIDTHS.length)]);
        }
        if (rnd.nextInt(5) == 0) {
            sb.append(",_".charAt(rnd.nextInt(2)));
        }
        if (rnd.nextInt(3) == 0) {
            sb.append(PRECISIONS[rnd.nextInt(PRECISIONS.length)]);
        }
        if (rnd.nextInt(5) != 0) {
            sb.append(TYPES.charAt(rnd.nextInt(TYPES.length())));
        }
        return sb.toString();
    }

    static final String[] FIXED_SPECS = {
        "", "abc", ".", ",_", "_,", "9".repeat(30), "." + "9".repeat(30), ".999999999999", ".2147483648", "\u0001",
        "é", "١٠", ",.2", ",n", "_n", "_x", "_b", ",x", ",c", "=,c", "_o", "__", ",,", "..2", ".2.", "+", "-", " ",
        "z", "#", "0", "=", "010", "<010", "0>10", "+010", "#010x", "#010b", "_X", "#_X", "#_o", "20_b", "030,",
        "030_", "0=30,d", "x<30_", "\u0000<5", "😀>5", "😀", "😀5", "xx", "5s", "s", "d", "f", ".1f", ".0f", "#.0f",
        "#g", "#.0e", ".0e", "#.3g", ".3", ".0", "#", "#.0", "z.0f", "z.1", "z+.2f", "+.3%", ".0%", "#.0%", "e", "E",
        "F", "G", "n", "%", "c", "10c", "<5c", "^7", "^8", "=^8", "3.1s", ".1s", ".0s", "<.2", ">.5", "1000",
        "1_000", "1,000", ".1_", ".x", "100.100f", ".100e", ".100g", ".50f", "-^+10.2f",
    };

    @Test
    void fixedSpecs() {
        List<Case> cases = new ArrayList<>();
        for (String spec : FIXED_SPECS) {
            for (Object v : values()) {
                cases.add(new Case("fmt " + enc(v) + " " + enc(spec), () -> format(v, spec)));
            }
        }
        FormatDifferential.check(cases);
    }

    @Test
    void randomSpecs() {
        List<Case> cases = new ArrayList<>();
        Random rnd = new Random(3);
        List<Object> values = values();
        for (int k = 0; k < 30000; k++) {
            String spec = randomSpec(rnd);
            Object v = values.get(rnd.nextInt(values.size()));
            cases.add(new Case("fmt " + enc(v) + " " + enc(spec), () -> format(v, spec)));
        }
        FormatDifferential.check(cases);
    }

    @Test
    void randomFloats() {
        List<Case> cases = new ArrayList<>();
        Random rnd = new Random(4);
        String[] specs = {"", "e", ".3e", ".17e", "f", ".2f", ".20f", "g", ".1g", ".12g", ".17g", ".3", ".16", "%",
            "r", ",.2f", "#g", "z.1f"};
        for (int k = 0; k < 4000; k++) {
            double d = switch (k % 4) {
                case 0 -> Double.longBitsToDouble(rnd.nextLong());
                case 1 -> rnd.nextDouble() * Math.pow(10, rnd.nextInt(40) - 20);
                case 2 -> (rnd.nextInt(20001) - 10000) / 8.0;
                default -> (rnd.nextInt(2001) - 1000) / 1000.0;
            };
            String spec = specs[rnd.nextInt(specs.length)];
            cases.add(new Case("fmt " + enc(d) + " " + enc(spec), () -> format(d, spec)));
        }
        FormatDifferential.check(cases);
    }

    @Test
    void randomInts() {
        List<Case> cases = new ArrayList<>();
        Random rnd = new Random(5);
        String[] specs = {"", "d", ",", "_", "_x", "_b", "_o", "#_X", "015,", "0=20_", "+,", " ,d", "#x", "#o", "#b",
            "^30,", "*>+25_", "e", ".3%", ",.2f", "n", "c", "010n", "-#12X"};
        for (int k = 0; k < 4000; k++) {
            Object v = switch (k % 4) {
                case 0 -> rnd.nextInt();
                case 1 -> IntOps.valueOf(rnd.nextLong() >> rnd.nextInt(64));
                case 2 -> IntOps.normalize(new BigInteger(1 + rnd.nextInt(300), rnd).subtract(BigInteger.ONE.shiftLeft(rnd.nextInt(300))));
                default -> rnd.nextInt(2001) - 1000;
            };
            String spec = specs[rnd.nextInt(specs.length)];
            cases.add(new Case("fmt " + enc(v) + " " + enc(spec), () -> format(v, spec)));
        }
        FormatDifferential.check(cases);
    }

    static List<Object> values() {
        List<Object> values = new ArrayList<>();
        for (Object v : INTS) {
            values.add(v instanceof BigInteger b ? FormatDifferential.big(b) : v);
        }
        for (double d : FLOATS) {
            values.add(d);
        }
        values.addAll(List.of(STRS));
        return values;
    }
}
