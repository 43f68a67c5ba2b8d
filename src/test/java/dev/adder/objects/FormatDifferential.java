package dev.adder.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.adder.ast.Python3;
import dev.adder.runtime.PyBaseException;
import dev.adder.text.StrRepr;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs formatting cases through python3 (one process for all) and through Adder, and compares
 * {@code repr(result)} or {@code Type repr(message)} exactly. Values travel as text:
 * {@code i<hex>} ints, {@code f<hex bits>} floats, {@code b0}/{@code b1} bools, {@code s<code points>}
 * strs, {@code n} None; a request is {@code fmt <value> <spec>} or
 * {@code pct <format> V <value>} / {@code T <values...>} (tuple) / {@code M <key value...>} (dict).
 */
final class FormatDifferential {
    private FormatDifferential() {}

    private static final String SCRIPT = """
            import struct, sys
            def dec(t):
                k, v = t[0], t[1:]
                if k == 'i': return int(v, 16)
                if k == 'f': return struct.unpack('>d', bytes.fromhex(v))[0]
                if k == 'b': return v == '1'
                if k == 's': return ''.join(chr(int(c, 16)) for c in v.split(',') if c)
                if k == 'n': return None
                raise SystemExit('bad operand ' + t)
            def run(op, args):
                if op == 'fmt':
                    return format(dec(args[0]), dec(args[1]))
                if op == 'pct':
                    f, kind, vals = dec(args[0]), args[1], [dec(a) for a in args[2:]]
                    if kind == 'V': return f % vals[0]
                    if kind == 'T': return f % tuple(vals)
                    return f % dict(zip(vals[0::2], vals[1::2]))
                raise SystemExit('bad op ' + op)
            out = []
            for line in open(sys.argv[1], encoding='ascii'):
                op, *args = line.split()
                try:
                    r = 'ok ' + repr(run(op, args))
                except Exception as e:
                    r = type(e).__name__ + ' ' + repr(str(e))
                out.append(r)
            sys.stdout.write('\\n'.join(out) + '\\n')
            """;

    /** One request: the line python3 evaluates and what Adder answers (a String). */
    record Case(String request, Supplier<String> actual) {}

    /** Encodes a value (int, bool, float, str, None) for the script. */
    static String enc(Object v) {
        if (v == null) {
            return "n";
        } else if (v instanceof Double d) {
            return "f" + String.format("%016x", Double.doubleToRawLongBits(d));
        } else if (v instanceof Boolean b) {
            return b ? "b1" : "b0";
        } else if (v instanceof String text) {
            StringBuilder sb = new StringBuilder("s");
            text.codePoints().forEach(c -> sb.append(Integer.toHexString(c)).append(','));
            return sb.toString();
        }
        return "i" + (IntOps.signum(v) < 0 ? "-" + IntOps.toBig(v).negate().toString(16) : IntOps.toBig(v).toString(16));
    }

    /** Normalizes a Java int value to its smallest representation. */
    static Object big(BigInteger b) {
        return IntOps.normalize(b);
    }

    private static String cut(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...(" + s.length() + " chars)";
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
                actual = "ok " + StrRepr.strRepr(cases.get(k).actual.get());
            } catch (PyBaseException e) {
                actual = e.typeName() + " " + StrRepr.strRepr(Ops.str(e)); // str(e): KeyError shows its key's repr
            } catch (RuntimeException e) {
                actual = "JAVA " + e;
            }
            if (!expected.get(k).equals(actual)) {
                failures.add(cut(cases.get(k).request) + "\n    python: " + cut(expected.get(k)) + "\n    adder:  " + cut(actual));
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + cases.size() + " differ:\n"
                    + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
        }
        System.out.println(cases.size() + " cases agree with python3");
    }
}
