package dev.adder.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.adder.ast.Python3;
import dev.adder.runtime.PyBaseException;
import dev.adder.text.StrRepr;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Runs str cases {@code (method, receiver, args)} through one python3 process and through Adder's
 * Str* classes, and compares the results (typed, as {@code ascii()}) or {@code Type: message}
 * exactly. Operands travel as ASCII tokens: {@code s<hex code points,>} str, {@code i<decimal>}
 * int, {@code n} None, {@code b0}/{@code b1} bool, {@code f<float>} float, {@code t<tokens/>}
 * tuple of str, {@code l<tokens/>} list.
 */
final class StrDifferential {
    private StrDifferential() {}

    private static final String SCRIPT = """
            import sys
            def dec(t):
                k, v = t[0], t[1:]
                if k == 's': return ''.join(chr(int(c, 16)) for c in v.split(',') if c)
                if k == 'i': return int(v)
                if k == 'n': return None
                if k == 'b': return v == '1'
                if k == 'f': return float(v)
                if k == 't': return tuple(dec(e) for e in v.split('/') if e)
                if k == 'l': return [dec(e) for e in v.split('/') if e]
                raise SystemExit('bad operand ' + t)
            def fmt(r):
                if isinstance(r, bool): return 'bool ' + repr(r)
                if isinstance(r, int): return 'int ' + repr(r)
                if isinstance(r, str): return 'str ' + ascii(r)
                if isinstance(r, list): return 'list ' + ascii(r)
                if isinstance(r, tuple): return 'tuple ' + ascii(r)
                return 'other ' + type(r).__name__
            SPECIAL = {
                'getitem': lambda s, i: s[i],
                'slice': lambda s, a, b, c: s[a:b:c],
                'concat': lambda s, o: s + o,
                'repeat': lambda s, n: s * n,
                'len': len,
                'contains': lambda s, o: o in s,
                'lt': lambda a, b: a < b, 'le': lambda a, b: a <= b,
                'gt': lambda a, b: a > b, 'ge': lambda a, b: a >= b, 'eq': lambda a, b: a == b,
            }
            out = []
            for line in open(sys.argv[1], encoding='ascii'):
                op, *args = line.split()
                args = [dec(a) for a in args]
                try:
                    f = SPECIAL.get(op)
                    r = fmt(f(*args) if f else getattr(args[0], op)(*args[1:]))
                except Exception as e:
                    r = type(e).__name__ + ': ' + str(e)
                out.append(r)
            sys.stdout.write('\\n'.join(out) + '\\n')
            """;

    /** The Adder side of every method: receiver first, missing arguments are null. */
    private static final Map<String, Function<Object[], Object>> ADDER = adderOps();

    private static String s(Object o) {
        return (String) o;
    }

    private static Map<String, Function<Object[], Object>> adderOps() {
        Map<String, Function<Object[], Object>> ops = new HashMap<>();
        java.util.function.BiConsumer<String, Function<Object[], Object>> op = ops::put;
        op.accept("getitem", a -> StrOps.getitem(s(a[0]), a[1]));
        op.accept("slice", a -> StrOps.slice(s(a[0]), a[1], a[2], a[3]));
        op.accept("concat", a -> StrOps.concat(s(a[0]), a[1]));
        op.accept("repeat", a -> StrOps.repeat(s(a[0]), a[1]));
        op.accept("len", a -> StrOps.len(s(a[0])));
        op.accept("lt", a -> StrOps.lt(s(a[0]), s(a[1])));
        op.accept("le", a -> StrOps.le(s(a[0]), s(a[1])));
        op.accept("gt", a -> StrOps.gt(s(a[0]), s(a[1])));
        op.accept("ge", a -> StrOps.ge(s(a[0]), s(a[1])));
        op.accept("eq", a -> StrOps.eq(s(a[0]), s(a[1])));
        op.accept("contains", a -> StrSearch.contains(s(a[0]), a[1]));
        op.accept("find", a -> StrSearch.find(s(a[0]), a[1], a[2], a[3]));
        op.accept("rfind", a -> StrSearch.rfind(s(a[0]), a[1], a[2], a[3]));
        op.accept("index", a -> StrSearch.index(s(a[0]), a[1], a[2], a[3]));
        op.accept("rindex", a -> StrSearch.rindex(s(a[0]), a[1], a[2], a[3]));
        op.accept("count", a -> StrSearch.count(s(a[0]), a[1], a[2], a[3]));
        op.accept("startswith", a -> StrSearch.startswith(s(a[0]), a[1], a[2], a[3]));
        op.accept("endswith", a -> StrSearch.endswith(s(a[0]), a[1], a[2], a[3]));
        op.accept("replace", a -> StrSearch.replace(s(a[0]), a[1], a[2], a[3]));
        op.accept("removeprefix", a -> StrSearch.removeprefix(s(a[0]), a[1]));
        op.accept("removesuffix", a -> StrSearch.removesuffix(s(a[0]), a[1]));
        op.accept("split", a -> StrSplit.split(s(a[0]), a[1], a[2]));
        op.accept("rsplit", a -> StrSplit.rsplit(s(a[0]), a[1], a[2]));
        op.accept("splitlines", a -> StrSplit.splitlines(s(a[0]), a[1]));
        op.accept("partition", a -> StrSplit.partition(s(a[0]), a[1]));
        op.accept("rpartition", a -> StrSplit.rpartition(s(a[0]), a[1]));
        op.accept("join", a -> StrSplit.join(s(a[0]), (List<?>) a[1]));
        op.accept("strip", a -> StrPad.strip(s(a[0]), a[1]));
        op.accept("lstrip", a -> StrPad.lstrip(s(a[0]), a[1]));
        op.accept("rstrip", a -> StrPad.rstrip(s(a[0]), a[1]));
        op.accept("center", a -> StrPad.center(s(a[0]), a[1], a[2]));
        op.accept("ljust", a -> StrPad.ljust(s(a[0]), a[1], a[2]));
        op.accept("rjust", a -> StrPad.rjust(s(a[0]), a[1], a[2]));
        op.accept("zfill", a -> StrPad.zfill(s(a[0]), a[1]));
        op.accept("expandtabs", a -> StrPad.expandtabs(s(a[0]), a[1]));
        op.accept("lower", a -> StrCase.lower(s(a[0])));
        op.accept("upper", a -> StrCase.upper(s(a[0])));
        op.accept("casefold", a -> StrCase.casefold(s(a[0])));
        op.accept("capitalize", a -> StrCase.capitalize(s(a[0])));
        op.accept("title", a -> StrCase.title(s(a[0])));
        op.accept("swapcase", a -> StrCase.swapcase(s(a[0])));
        op.accept("isalpha", a -> StrPredicates.isalpha(s(a[0])));
        op.accept("isdigit", a -> StrPredicates.isdigit(s(a[0])));
        op.accept("isdecimal", a -> StrPredicates.isdecimal(s(a[0])));
        op.accept("isnumeric", a -> StrPredicates.isnumeric(s(a[0])));
        op.accept("isalnum", a -> StrPredicates.isalnum(s(a[0])));
        op.accept("isspace", a -> StrPredicates.isspace(s(a[0])));
        op.accept("isidentifier", a -> StrPredicates.isidentifier(s(a[0])));
        op.accept("isprintable", a -> StrPredicates.isprintable(s(a[0])));
        op.accept("isascii", a -> StrPredicates.isascii(s(a[0])));
        op.accept("istitle", a -> StrPredicates.istitle(s(a[0])));
        op.accept("islower", a -> StrPredicates.islower(s(a[0])));
        op.accept("isupper", a -> StrPredicates.isupper(s(a[0])));
        return Map.copyOf(ops);
    }

    /** One case: {@code method(receiver, args...)}; arguments left out are left out in Python too. */
    record Case(String method, Object... args) {
        String request() {
            StringBuilder sb = new StringBuilder(method);
            for (Object a : args) {
                sb.append(' ').append(encode(a));
            }
            return sb.toString();
        }

        Object run() {
            Object[] padded = Arrays.copyOf(args, 4);
            Function<Object[], Object> f = ADDER.get(method);
            if (f == null) {
                throw new IllegalArgumentException("no Adder op " + method);
            }
            return f.apply(padded);
        }
    }

    /** A tuple argument (startswith/endswith). */
    static Object[] tuple(Object... items) {
        return items;
    }

    static String encode(Object a) {
        if (a == null) {
            return "n";
        } else if (a instanceof String str) {
            StringBuilder sb = new StringBuilder("s");
            str.codePoints().forEach(c -> sb.append(Integer.toHexString(c)).append(','));
            return sb.toString();
        } else if (a instanceof Boolean b) {
            return b ? "b1" : "b0";
        } else if (a instanceof Integer || a instanceof Long || a instanceof BigInteger) {
            return "i" + a;
        } else if (a instanceof Double d) {
            return "f" + d;
        } else if (a instanceof Object[] items) {
            List<String> parts = new ArrayList<>();
            for (Object o : items) {
                parts.add(encode(o));
            }
            return "t" + String.join("/", parts);
        } else if (a instanceof List<?> items) {
            List<String> parts = new ArrayList<>();
            for (Object o : items) {
                parts.add(encode(o));
            }
            return "l" + String.join("/", parts);
        }
        throw new IllegalArgumentException("cannot encode " + a);
    }

    /** Python's {@code ascii(s)}: repr with every non-ASCII code point escaped. */
    static String ascii(String s) {
        String r = StrRepr.strRepr(s);
        StringBuilder sb = new StringBuilder(r.length());
        r.codePoints().forEach(c -> {
            if (c < 128) {
                sb.append((char) c);
            } else if (c <= 0xff) {
                sb.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
            }
        });
        return sb.toString();
    }

    private static String seq(List<?> items, String open, String close) {
        List<String> parts = new ArrayList<>();
        for (Object o : items) {
            parts.add(ascii((String) o));
        }
        return open + String.join(", ", parts) + close;
    }

    /** Formats an Adder result as the script's {@code fmt} does. */
    static String fmt(Object r) {
        if (r instanceof Boolean b) {
            return "bool " + (b ? "True" : "False");
        } else if (r instanceof Integer || r instanceof Long || r instanceof BigInteger) {
            return "int " + r;
        } else if (r instanceof String str) {
            return "str " + ascii(str);
        } else if (r instanceof List<?> l) {
            return "list " + seq(l, "[", "]");
        } else if (r instanceof String[] t) {
            return "tuple " + seq(List.of(t), "(", t.length == 1 ? ",)" : ")");
        }
        return "other " + (r == null ? "null" : r.getClass().getName());
    }

    /** Runs all cases; fails listing (up to 40 of) the differences. */
    static void check(List<Case> cases) {
        Python3.assumeAvailable();
        List<String> expected = Python3.runOnRequests(SCRIPT, cases.stream().map(c -> c.request()).toList());
        assertEquals(cases.size(), expected.size(), "python3 answered every request");
        List<String> failures = new ArrayList<>();
        for (int k = 0; k < cases.size(); k++) {
            String actual;
            try {
                actual = fmt(cases.get(k).run());
            } catch (PyBaseException e) {
                actual = e.typeName() + ": " + e.str();
            } catch (RuntimeException e) {
                actual = "JAVA " + e;
            }
            if (!expected.get(k).equals(actual)) {
                failures.add(cases.get(k).request() + "  " + ascii(String.valueOf(Arrays.asList(cases.get(k).args)))
                        + "\n    python: " + expected.get(k) + "\n    adder:  " + actual);
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + cases.size() + " differ:\n"
                    + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
        }
        System.out.println(cases.size() + " str cases agree with python3");
    }

    // ---------------------------------------------------------------- generators

    /** Pieces that random strings are made of: ASCII, Latin-1, CJK, astral, combining, special cases. */
    static final String[] ATOMS = {
        "a", "b", "ab", "A", "Z", "x", "Xy", " ", "  ", "\t", "\n", "\r", "\r\n", "\u000b", "\u000c", "\u001c",
        "\u0085", "\u00a0", "\u2028", "\u3000", "_", "0", "1", "9", "-", "+", ".", "'", ":", "é", "É", "ß",
        "ÿ", "Σ", "σ", "ς", "Ω", "中", "文", "한", "😀", "𝄞", "𝐀", "e\u0301", "\u0301", "\u0345", "İ", "ı",
        "ﬁ", "ǆ", "ǅ", "Ǆ", "ŉ", "ᾳ", "ᾼ", "½", "²", "٣", "①", "一", "Ⅻ", "\u00b7", "\ue000", "\uffff",
        "\ud7ff", "𝟘", "𐐀", "𐐨", "\u200b", "\u00ad", "ab", "aa", "a😀",
    };

    static String randomString(Random r, int maxAtoms) {
        int n = r.nextInt(maxAtoms + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(ATOMS[r.nextInt(ATOMS.length)]);
        }
        return sb.toString();
    }

    /** A piece of s (by code points) or a random short string. */
    static String needle(Random r, String s) {
        int[] cps = s.codePoints().toArray();
        if (cps.length == 0 || r.nextInt(4) == 0) {
            return randomString(r, 2);
        }
        int a = r.nextInt(cps.length + 1);
        int b = a + r.nextInt(Math.min(4, cps.length - a) + 1);
        return new String(cps, a, b - a);
    }

    /** An int index near the string's range, None, or an extreme. */
    static Object index(Random r) {
        int k = r.nextInt(20);
        if (k == 0) {
            return null;
        } else if (k == 1) {
            return BigInteger.ONE.shiftLeft(70).negate();
        } else if (k == 2) {
            return BigInteger.ONE.shiftLeft(70);
        } else if (k == 3) {
            return Long.MAX_VALUE;
        }
        return r.nextInt(21) - 10;
    }
}
