package dev.adder.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks {@link ConstantRepr} against the {@code repr} of python3 for many generated values. */
class ConstantReprTest {
    /** Reads one request per line and prints repr of the value it describes. */
    private static final String REPR_SCRIPT = """
            import struct, sys
            def f(h): return struct.unpack('>d', bytes.fromhex(h))[0]
            for line in open(sys.argv[1], encoding='ascii'):
                kind, _, data = line.rstrip('\\n').partition(' ')
                try:
                    if kind == 'f': v = f(data)
                    elif kind == 'c': a, b = data.split(','); v = complex(f(a), f(b))
                    elif kind == 's': v = ''.join(chr(int(c, 16)) for c in data.split(',') if c)
                    elif kind == 'b': v = bytes.fromhex(data)
                    elif kind == 'i': v = int(data, 16)
                    print(repr(v))
                except ValueError as e:
                    print('ValueError: ' + str(e))
            """;

    @BeforeAll
    static void needPython() {
        Python3.assumeAvailable();
    }

    private record Case(String request, Supplier<String> actual) {
    }

    private static String hex(double d) {
        return String.format("%016x", Double.doubleToRawLongBits(d));
    }

    private static Case floatCase(double d) {
        return new Case("f " + hex(d), () -> ConstantRepr.floatRepr(d));
    }

    private static Case strCase(String s) {
        StringBuilder cps = new StringBuilder();
        s.codePoints().forEach(c -> cps.append(cps.length() == 0 ? "" : ",").append(Integer.toHexString(c)));
        return new Case("s " + cps, () -> ConstantRepr.strRepr(s));
    }

    private static void check(List<Case> cases) {
        try {
            Path input = Files.createTempFile("adder-repr", ".txt");
            try {
                StringBuilder sb = new StringBuilder();
                for (Case c : cases) {
                    sb.append(c.request).append('\n');
                }
                Files.writeString(input, sb, StandardCharsets.US_ASCII);
                List<String> expected = Python3.run(REPR_SCRIPT, input.toString());
                assertEquals(cases.size(), expected.size(), "python3 answered every request");
                List<String> failures = new ArrayList<>();
                for (int i = 0; i < cases.size(); i++) {
                    String actual;
                    try {
                        actual = cases.get(i).actual.get();
                    } catch (ConstantRepr.IntTooLongError e) {
                        actual = e.pythonType() + ": " + e.getMessage();
                    }
                    if (!expected.get(i).equals(actual)) {
                        failures.add(cases.get(i).request + ": python " + expected.get(i) + " adder " + actual);
                    }
                }
                if (!failures.isEmpty()) {
                    fail(failures.size() + " of " + cases.size() + " differ, e.g.\n"
                            + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
                }
            } finally {
                Files.deleteIfExists(input);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void floatsMatchPython() {
        List<Case> cases = new ArrayList<>();
        double[] special = {0.0, -0.0, 1.0, 0.1, 0.2, 0.3, 1e16, 1e15, 9999999999999998.0, 1e-4, 1e-5,
            1.5e-5, 123456789012345678.0, 5e-324, Double.MIN_NORMAL, Double.MAX_VALUE, 1e22, 1e23,
            2e-323, 9007199254740993.0, 4.35, 2.675, 100.0, 120.0, 1e100, 1.7976931348623157e308,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 3.14159, 1e-7, 0.001,
            5e-324 * 3, 2.2250738585072009e-308, 1.0 / 3, 2.0 / 3, 1e21, 1e-10};
        for (double d : special) {
            cases.add(floatCase(d));
        }
        Random random = new Random(20231111);
        for (int i = 0; i < 20000; i++) {
            cases.add(floatCase(Double.longBitsToDouble(random.nextLong())));
        }
        for (int i = 0; i < 10000; i++) {
            // Short decimals are where a non-shortest algorithm shows.
            String text = random.nextInt(100000) + "e" + (random.nextInt(660) - 330);
            cases.add(floatCase(Double.parseDouble(text)));
        }
        for (int e = -1074; e <= 1023; e++) {
            cases.add(floatCase(Math.scalb(1.0, e)));
        }
        for (int e = -325; e <= 308; e++) {
            cases.add(floatCase(Double.parseDouble("1e" + e)));
        }
        check(cases);
    }

    @Test
    void complexMatchesPython() {
        List<Case> cases = new ArrayList<>();
        double[] parts = {0.0, -0.0, 1.0, -1.0, 2.5, 1e16, 1e-5, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NaN, 0.1, 1e300};
        for (double re : parts) {
            for (double im : parts) {
                cases.add(new Case("c " + hex(re) + "," + hex(im), () -> ConstantRepr.complexRepr(re, im)));
            }
        }
        check(cases);
    }

    @Test
    void stringsMatchPython() {
        List<Case> cases = new ArrayList<>();
        for (String s : new String[] {"", "a", "'", "\"", "'\"", "it's", "\\", "\t\n\r\u000b\f\u0000",
            "\u007f\u0080\u00a0\u00ad\u00e9", "\u2028\u2029\u3000\u200b\ufeff", "\ud800", "\udfff x",
            "\ud83d\ude00", "\ue000", "\uffff", "\udb40\udc01", "\u0378", "a\u0301", "\u0600"}) {
            cases.add(strCase(s));
        }
        Random random = new Random(7);
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(8);
            for (int j = 0; j < n; j++) {
                int pick = random.nextInt(4);
                int c = pick == 0 ? random.nextInt(0x80) : pick == 1 ? random.nextInt(0x800)
                        : pick == 2 ? random.nextInt(0x10000) : random.nextInt(0x110000);
                if (c >= 0xd800 && c < 0xe000) {
                    c = '\'';
                }
                sb.appendCodePoint(c);
            }
            cases.add(strCase(sb.toString()));
        }
        check(cases);
    }

    @Test
    void isPrintableMatchesPythonForEveryCodePoint() {
        List<String> bitmap = Python3.run(
                "import sys\nsys.stdout.write(''.join('1' if chr(c).isprintable() else '0' for c in range(0x110000)))\n");
        String expected = String.join("", bitmap);
        assertEquals(0x110000, expected.length());
        int differences = 0;
        StringBuilder examples = new StringBuilder();
        for (int c = 0; c < 0x110000; c++) {
            if ((expected.charAt(c) == '1') != ConstantRepr.isPrintable(c)) {
                if (differences++ < 10) {
                    examples.append(String.format(" U+%04X", c));
                }
            }
        }
        assertEquals(0, differences, "code points that differ:" + examples);
    }

    @Test
    void bytesMatchPython() {
        List<Case> cases = new ArrayList<>();
        for (int b = 0; b < 256; b++) {
            byte[] one = {(byte) b};
            cases.add(new Case(String.format("b %02x", b), () -> ConstantRepr.bytesRepr(one)));
        }
        String[] mixes = {"", "27", "22", "2722", "276122", "5c27"};
        for (String m : mixes) {
            byte[] bytes = new byte[m.length() / 2];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) Integer.parseInt(m.substring(2 * i, 2 * i + 2), 16);
            }
            cases.add(new Case("b " + m, () -> ConstantRepr.bytesRepr(bytes)));
        }
        check(cases);
    }

    @Test
    void bigIntsMatchPythonIncludingTheDigitLimit() {
        List<Case> cases = new ArrayList<>();
        for (String digits : new String[] {"1", "9".repeat(4299), "9".repeat(4300), "1" + "0".repeat(4300),
            "9".repeat(4301), "1" + "0".repeat(5000), "123456789".repeat(40)}) {
            BigInteger v = new BigInteger(digits);
            cases.add(new Case("i " + v.toString(16), () -> ConstantRepr.repr(v)));
        }
        BigInteger huge = BigInteger.ONE.shiftLeft(14300);
        cases.add(new Case("i " + huge.toString(16), () -> ConstantRepr.repr(huge)));
        check(cases);
    }

    @Test
    void otherConstants() {
        assertEquals("None", ConstantRepr.repr(null));
        assertEquals("True", ConstantRepr.repr(true));
        assertEquals("False", ConstantRepr.repr(false));
        assertEquals("Ellipsis", ConstantRepr.repr(ConstantValues.Ellipsis.INSTANCE));
        assertEquals("12", ConstantRepr.repr(12));
        assertEquals("12345678901", ConstantRepr.repr(12345678901L));
        assertThrows(IllegalArgumentException.class, () -> ConstantRepr.repr(new Object()));
    }
}
