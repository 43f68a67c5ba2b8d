package dev.adder.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.adder.ast.Python3;
import dev.adder.runtime.PyBaseException;
import dev.adder.text.FloatRepr;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs numeric cases through python3 (one process for all) and through Adder, and compares the
 * typed results or {@code Type: message} exactly. Operands travel as text: {@code i<hex>} ints,
 * {@code f<hex bits>} floats, {@code b0}/{@code b1} bools, {@code s<code points>} strings.
 */
final class NumericDifferential {
    private NumericDifferential() {}

    private static final String SCRIPT = """
            import struct, sys, operator
            def dec(t):
                k, v = t[0], t[1:]
                if k == 'i': return int(v, 16)
                if k == 'f': return struct.unpack('>d', bytes.fromhex(v))[0]
                if k == 'b': return v == '1'
                if k == 's': return ''.join(chr(int(c, 16)) for c in v.split(',') if c)
                raise SystemExit('bad operand ' + t)
            def fmt(r):
                if isinstance(r, tuple): return ' , '.join(fmt(e) for e in r)
                if isinstance(r, bool): return 'bool ' + repr(r)
                if isinstance(r, int): return 'int ' + hex(r)
                if isinstance(r, float): return 'float ' + repr(r)
                if isinstance(r, str): return 'str ' + ','.join('%x' % ord(c) for c in r)
                # Adder has no complex yet and says so; that is the expected answer for now.
                if isinstance(r, complex): return 'NotImplementedError: complex results are not supported yet'
                return 'other ' + type(r).__name__
            OPS = {
                'add': operator.add, 'sub': operator.sub, 'mul': operator.mul,
                'floordiv': operator.floordiv, 'mod': operator.mod, 'divmod': divmod,
                'truediv': operator.truediv, 'pow': pow, 'pow3': pow,
                'lshift': operator.lshift, 'rshift': operator.rshift,
                'and': operator.and_, 'or': operator.or_, 'xor': operator.xor,
                'lt': operator.lt, 'le': operator.le, 'eq': operator.eq, 'ne': operator.ne,
                'gt': operator.gt, 'ge': operator.ge,
                'neg': operator.neg, 'pos': operator.pos, 'abs': abs, 'invert': operator.invert,
                'bitlen': lambda a: a.bit_length(), 'bitcount': lambda a: a.bit_count(),
                'hash': hash, 'repr': repr, 'float': float, 'int': int,
                'round1': round, 'round2': round,
                'isint': lambda a: a.is_integer(), 'ratio': lambda a: a.as_integer_ratio(),
                'parseint': int, 'parsefloat': float,
            }
            out = []
            for line in open(sys.argv[1], encoding='ascii'):
                op, *args = line.split()
                try:
                    r = fmt(OPS[op](*[dec(a) for a in args]))
                except Exception as e:
                    r = type(e).__name__ + ': ' + str(e)
                    if str(e) == 'complex exponentiation':
                        r = 'NotImplementedError: complex results are not supported yet'
                out.append(r)
            sys.stdout.write('\\n'.join(out) + '\\n')
            """;

    /** One request: the line python3 evaluates and what Adder answers. */
    record Case(String request, Supplier<Object> actual) {}

    static String i(Object v) {
        return "i" + IntOps.toBig(v).toString(16);
    }

    static String f(double d) {
        return "f" + String.format("%016x", Double.doubleToRawLongBits(d));
    }

    static String num(Object v) {
        if (v instanceof Double d) {
            return f(d);
        } else if (v instanceof Boolean b) {
            return b ? "b1" : "b0";
        }
        return i(v);
    }

    static String s(String text) {
        StringBuilder sb = new StringBuilder("s");
        text.codePoints().forEach(c -> sb.append(Integer.toHexString(c)).append(','));
        return sb.toString();
    }

    /** Formats an Adder result as the script's {@code fmt} does; flags ints not in their smallest type. */
    static String fmt(Object r) {
        if (r instanceof Object[] tuple) {
            List<String> parts = new ArrayList<>();
            for (Object e : tuple) {
                parts.add(fmt(e));
            }
            return String.join(" , ", parts);
        } else if (r instanceof double[] pair) {
            return fmt(pair[0]) + " , " + fmt(pair[1]);
        } else if (r instanceof Boolean b) {
            return "bool " + (b ? "True" : "False");
        } else if (r instanceof Integer || r instanceof Long || r instanceof BigInteger) {
            if (IntOps.index(r).getClass() != r.getClass()) {
                return "NOT NORMALIZED " + r.getClass().getSimpleName() + " " + r;
            }
            BigInteger v = IntOps.toBig(r);
            return "int " + (v.signum() < 0 ? "-0x" + v.negate().toString(16) : "0x" + v.toString(16));
        } else if (r instanceof Double d) {
            return "float " + FloatRepr.floatRepr(d);
        } else if (r instanceof String str) {
            return s(str).replaceFirst("^s", "str ").replaceAll(",$", "");
        }
        return "other " + r.getClass().getName();
    }

    /**
     * Whether two formatted float results differ by at most one ulp. Only float {@code **} may: CPython
     * calls the C library's pow, which is not correctly rounded everywhere (glibc: below 0.52 ulp),
     * and its last bit is platform-dependent; Adder rounds exact integral powers correctly and
     * otherwise uses the JDK's pow (below 1 ulp).
     */
    static boolean withinOneUlp(String expected, String actual) {
        if (!expected.startsWith("float ") || !actual.startsWith("float ")) {
            return false;
        }
        try {
            double e = Double.parseDouble(expected.substring(6));
            double a = Double.parseDouble(actual.substring(6));
            return Math.abs(e - a) <= Math.ulp(e);
        } catch (NumberFormatException notFinite) {
            return false; // inf and nan print as words: they must match exactly
        }
    }

    /** Runs all cases; fails listing (up to 40 of) the differences. */
    static void check(List<Case> cases) {
        Python3.assumeAvailable();
        List<String> expected = Python3.runOnRequests(SCRIPT, cases.stream().map(c -> c.request).toList());
        assertEquals(cases.size(), expected.size(), "python3 answered every request");
        List<String> failures = new ArrayList<>();
        for (int k = 0; k < cases.size(); k++) {
            String actual;
            try {
                actual = fmt(cases.get(k).actual.get());
            } catch (PyBaseException e) {
                actual = e.typeName() + ": " + e.str();
            } catch (RuntimeException e) {
                actual = "JAVA " + e;
            }
            if (!expected.get(k).equals(actual) && !(cases.get(k).request.startsWith("pow ")
                    && withinOneUlp(expected.get(k), actual))) {
                failures.add(cases.get(k).request + "\n    python: " + expected.get(k) + "\n    adder:  " + actual);
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + cases.size() + " differ:\n"
                    + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
        }
        System.out.println(cases.size() + " cases agree with python3");
    }
}
