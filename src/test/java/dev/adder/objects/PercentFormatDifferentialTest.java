package dev.adder.objects;

import static dev.adder.objects.FormatDifferential.enc;

import dev.adder.objects.FormatDifferential.Case;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Compares {@code format % args} with python3: every conversion, flag, width, precision and error. */
class PercentFormatDifferentialTest {
    private static final Object[] VALUES = {
        0, 1, -1, 42, -42, 255, 65, 0x1f600, 0x110000, Integer.MAX_VALUE, Long.MIN_VALUE,
        IntOps.normalize(new BigInteger("123456789012345678901234567890")),
        IntOps.normalize(new BigInteger("-98765432109876543210987654321")),
        IntOps.normalize(BigInteger.TEN.pow(5000)), IntOps.normalize(BigInteger.ONE.shiftLeft(1100)),
        true, false, null, 0.0, -0.0, 1.5, -2.5, 0.125, 3.14159, 1e16, 1e-5, 5e-324, 1e300,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 123456.789, 9.5, 0.05,
        "", "a", "abc", "😀", "é😀x", "it's", "\"q\"", "\n", "%s",
    };
    private static final String FLAGS = "-+ #0";
    private static final String CONVERSIONS = "sradiuoxXeEfFgGc%yh";

    /** A random conversion spec and how many args it consumes (its '*'s and its value). */
    private static String randomConversion(Random rnd, int[] consumed) {
        StringBuilder sb = new StringBuilder("%");
        consumed[0] = 0;
        int nflags = rnd.nextInt(4) == 0 ? rnd.nextInt(3) + 1 : 0;
        for (int k = 0; k < nflags; k++) {
            sb.append(FLAGS.charAt(rnd.nextInt(FLAGS.length())));
        }
        switch (rnd.nextInt(6)) {
            case 0 -> sb.append(rnd.nextInt(12));
            case 1 -> {
                sb.append('*');
                consumed[0]++;
            }
            default -> { }
        }
        switch (rnd.nextInt(6)) {
            case 0 -> sb.append('.').append(rnd.nextInt(20));
            case 1 -> sb.append('.');
            case 2 -> {
                sb.append(".*");
                consumed[0]++;
            }
            default -> { }
        }
        if (rnd.nextInt(20) == 0) {
            sb.append('l');
        }
        char c = CONVERSIONS.charAt(rnd.nextInt(CONVERSIONS.length()));
        sb.append(c);
        if (c != '%') {
            consumed[0]++;
        }
        return sb.toString();
    }

    private static Object randomValue(Random rnd) {
        while (true) {
            Object v = VALUES[rnd.nextInt(VALUES.length)];
            // A '*' taking a huge int would make python3 build a gigabyte string.
            if (!(v instanceof Integer i && i == Integer.MAX_VALUE) && !(v instanceof Long)) {
                return v;
            }
        }
    }

    private static String encAll(Object[] values) {
        StringBuilder sb = new StringBuilder();
        for (Object v : values) {
            sb.append(' ').append(enc(v));
        }
        return sb.toString();
    }

    @Test
    void randomTuples() {
        List<Case> cases = new ArrayList<>();
        Random rnd = new Random(11);
        int[] consumed = new int[1];
        for (int k = 0; k < 20000; k++) {
            StringBuilder f = new StringBuilder();
            int needed = 0;
            int parts = 1 + rnd.nextInt(3);
            for (int p = 0; p < parts; p++) {
                if (rnd.nextBoolean()) {
                    f.append(rnd.nextBoolean() ? "ab" : "é😀 ");
                }
                f.append(randomConversion(rnd, consumed));
                needed += consumed[0];
            }
            if (rnd.nextInt(10) == 0) {
                f.append('%');
            }
            // Usually exactly enough arguments; sometimes one too few or too many.
            int n = Math.max(0, needed + (rnd.nextInt(8) == 0 ? rnd.nextInt(3) - 1 : 0));
            Object[] tuple = new Object[n];
            for (int j = 0; j < n; j++) {
                // '*' wants ints: bias towards small ints.
                tuple[j] = rnd.nextInt(3) == 0 ? (Object) (rnd.nextInt(30) - 10) : randomValue(rnd);
            }
            String format = f.toString();
            if (n == 1 && rnd.nextBoolean() && !(tuple[0] instanceof Object[])) {
                Object single = tuple[0];
                cases.add(new Case("pct " + enc(format) + " V" + encAll(new Object[] {single}),
                        () -> PercentFormat.format(format, single)));
            } else {
                cases.add(new Case("pct " + enc(format) + " T" + encAll(tuple), () -> PercentFormat.format(format, tuple)));
            }
        }
        FormatDifferential.check(cases);
    }

    private static final String[] FIXED = {
        "", "abc", "%", "abc%", "%%", "%5%", "%-5%", "%s", "%s %s", "%(a)s", "%(a)s %(b)r", "%(a", "%(a(b)c)s",
        "%(a)", "%(a)*d", "%()s", "%y", "%é", "%😀", "%\n", "%ld", "%hd", "%Ld", "%lls", "% d", "%+s", "%05s",
        "%-05d", "%#o", "%#X", "%+#010x", "%#5x", "%-#8o", "%a", "%r", "%-5c", "%c", "%.3s", "%.0s", "%.s", "%.d",
        "%.0d", "%.0f", "%#.0f", "%#.0e", "%#g", "%#.3g", "%010F", "%+.2e", "% 9.3g", "%-+8.2f", "%08.3f", "%.5d",
        "%-8.5x", "%08.5d", "%" + "9".repeat(30) + "d", "%.999999999999d", "%.*", "%*", "%s%",
        "%(a)s%%", "%(a)s%s", "%5.2%", "%.100f", "%.60e", "%.40g", "%c%c", "%u", "%i", "%.*f", "%*.*f", "%-*d",
    };

    /** Stands in for the runtime's str()/repr() of a dict (both are the repr). */
    private static final Function<Object, String> DICT_REPR = new Function<>() {
        @Override
        public String apply(Object o) {
            StringBuilder sb = new StringBuilder("{");
            for (Map.Entry<?, ?> e : ((Map<?, ?>) o).entrySet()) {
                if (sb.length() > 1) {
                    sb.append(", ");
                }
                sb.append(FormatText.repr(e.getKey(), this)).append(": ").append(FormatText.repr(e.getValue(), this));
            }
            return sb.append('}').toString();
        }
    };

    @Test
    void fixedFormats() {
        List<Case> cases = new ArrayList<>();
        Object[][] tuples = {{}, {1}, {1, 2}, {"x", 1}, {-5, 1}, {3, 2, 1.5}, {1, 2, 3}, {-3, 5}, {5, -3, 2.5},
{IntOps.normalize(BigInteger.ONE.shiftLeft(70)), 1}, {"ab", "c"}, {"😀", 0x1f600}};
        for (String format : FIXED) {
            for (Object v : VALUES) {
                cases.add(new Case("pct " + enc(format) + " V " + enc(v), () -> PercentFormat.format(format, v)));
            }
            for (Object[] t : tuples) {
                cases.add(new Case("pct " + enc(format) + " T" + encAll(t), () -> PercentFormat.format(format, t)));
            }
            Object[][] maps = {{}, {"a", 1}, {"a", "x", "b", 2.5}, {"a(b)c", 7, "", "e"}, {"b", 1}};
            for (Object[] kv : maps) {
                Map<Object, Object> m = new LinkedHashMap<>();
                for (int j = 0; j < kv.length; j += 2) {
                    m.put(kv[j], kv[j + 1]);
                }
                cases.add(new Case("pct " + enc(format) + " M" + encAll(kv), () -> PercentFormat.format(format, m, DICT_REPR, DICT_REPR)));
            }
        }
        // A precision that does not fit a C int (a width that big would build an 8 GB string).
        Object[] bigPrec = {1L << 33, 1.0};
        cases.add(new Case("pct " + enc("%.*f") + " T" + encAll(bigPrec), () -> PercentFormat.format("%.*f", bigPrec)));
        FormatDifferential.check(cases);
    }
}
