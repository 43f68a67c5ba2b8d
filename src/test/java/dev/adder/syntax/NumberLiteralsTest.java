package dev.adder.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.adder.ast.ConstantValues;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** NUMBER token values against CPython 3.11 (python3 compiles each literal; doubles compared by bits). */
class NumberLiteralsTest {
    private static final String SCRIPT = String.join("\n",
            "import sys, struct, warnings",
            "warnings.simplefilter('ignore')",
            "def bits(f):",
            "    return str(struct.unpack('<q', struct.pack('<d', f))[0])",
            "for line in open(sys.argv[1]):",
            "    lit = line.strip()",
            "    try:",
            "        v = eval(compile(lit, '<n>', 'eval'))",
            "    except SyntaxError as e:",
            "        print('error ' + e.msg)",
            "        continue",
            "    if type(v) is int:",
            "        print('int ' + str(v) if v.bit_length() < 4000 else 'int hex ' + hex(v))",
            "    elif type(v) is float:",
            "        print('float ' + bits(v))",
            "    else:",
            "        print('complex ' + bits(v.real) + ' ' + bits(v.imag))",
            "");

    private static String describe(String lit) {
        Object v;
        try {
            v = NumberLiterals.parse(lit);
        } catch (IllegalArgumentException e) {
            return "error " + e.getMessage();
        }
        if (v instanceof Integer || v instanceof Long || v instanceof BigInteger) {
            BigInteger b = v instanceof BigInteger big ? big : BigInteger.valueOf(((Number) v).longValue());
            // the smallest Java type that fits
            Class<?> want = b.bitLength() < 32 ? Integer.class : b.bitLength() < 64 ? Long.class : BigInteger.class;
            assertEquals(want, v.getClass(), lit);
            return b.bitLength() < 4000 ? "int " + b : "int hex 0x" + b.toString(16);
        }
        if (v instanceof Double d) {
            return "float " + Double.doubleToRawLongBits(d);
        }
        ConstantValues.Complex c = (ConstantValues.Complex) v;
        return "complex " + Double.doubleToRawLongBits(c.real()) + " " + Double.doubleToRawLongBits(c.imag());
    }

    @Test
    void valuesMatchCPython() {
        List<String> lits = new ArrayList<>(List.of(
                "0", "00", "0_0", "7", "1_000_000", "2147483647", "2147483648", "-2147483648".substring(1),
                "9223372036854775807", "9223372036854775808", "18446744073709551616", "99999999999999999999999",
                "0x0", "0xff", "0XFF_ff", "0x7fffffff", "0x80000000", "0x7fffffffffffffff", "0x8000000000000000",
                "0xffffffffffffffff", "0x1_0000_0000_0000_0000", "0o0", "0o17", "0O777_777", "0o1777777777777777777777",
                "0o2000000000000000000000", "0b0", "0b1", "0B1010_1010", "0b" + "1".repeat(63), "0b" + "1".repeat(64),
                "0x" + "f".repeat(5000), "0b1" + "0".repeat(10000), "0o7" + "0".repeat(3000), "0x000000000000000000001",
                "1.0", "1.", ".5", "1e10", "1E-10", "1e+3", "1_0.0_1e1_0", "3.14159265358979323846264338327950288",
                "1e308", "1e309", "1e-324", "4.9e-324", "2.2250738585072011e-308", "0.1", "0e0", "00.5", "09.5",
                "1" + "0".repeat(400) + ".0", "0." + "0".repeat(400) + "1", "1j", "1J", "0j", "1.5j", "1e3j",
                "1_0j", "09j", ".5j", "1e400j", "1" + "1".repeat(4299), "1".repeat(4301), "1_".repeat(4300) + "1",
                "0".repeat(5000), "9".repeat(4301) + ".0", "9".repeat(4301) + "j", "123456789012345678901234567890"));
        List<String> expected = TokenizerErrorsTest.oracle(SCRIPT, lits);
        assertEquals(lits.size(), expected.size());
        for (int i = 0; i < lits.size(); i++) {
            String lit = lits.get(i);
            assertEquals(expected.get(i), describe(lit), lit.length() > 80 ? lit.substring(0, 80) + "..." : lit);
        }
    }

    @Test
    void notNumbers() {
        assertThrows(IllegalArgumentException.class, () -> NumberLiterals.parse(""));
        assertThrows(IllegalArgumentException.class, () -> NumberLiterals.parse("0x"));
        assertThrows(IllegalArgumentException.class, () -> NumberLiterals.parse("abc"));
        assertThrows(IllegalArgumentException.class, () -> NumberLiterals.parse("1.5d"));
        assertThrows(IllegalArgumentException.class, () -> NumberLiterals.parse("NaN"));
        assertThrows(IllegalArgumentException.class, () -> NumberLiterals.parse("0xfg"));
    }
}
