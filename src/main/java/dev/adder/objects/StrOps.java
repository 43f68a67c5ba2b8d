package dev.adder.objects;

import dev.adder.runtime.Errors;
import java.math.BigInteger;

/**
 * Python's {@code str} operations on {@code java.lang.String} with code-point semantics
 * (DESIGN.md §2 "Values"): length, indexing, slicing, {@code +}, {@code *} and comparison.
 * The methods of str live by concern in {@link StrSearch}, {@link StrSplit}, {@link StrCase},
 * {@link StrPredicates} and {@link StrPad}.
 *
 * <p>Python indexes by code point, Java by UTF-16 unit. A String without surrogates (the common
 * case) takes fast paths that index chars directly; only strings with astral characters count
 * code points. Arguments are Java values: String, Integer/Long/BigInteger (or Boolean) for ints,
 * {@code null} (or {@link dev.adder.runtime.PyNone#NONE}) for None. For an optional parameter that
 * Python does not let be None ({@code fillchar}, {@code count}, {@code maxsplit}, {@code keepends},
 * {@code tabsize}), {@code null} means "not given": the builtin's argument parsing, not these
 * classes, turns an explicit None there into CPython's TypeError.
 *
 * <p>A lone surrogate is one code point, as in Python (comparison too); a Java surrogate pair is
 * always one astral code point, so Python's two-code-point {@code '\ud83d\ude00'} cannot be told
 * from {@code '😀'}, and a search for a lone surrogate can match half of a pair.
 */
public final class StrOps {
    private StrOps() {}

    /** CPython's PY_SSIZE_T_MAX on 64-bit platforms: where its size checks draw the line. */
    static final long SSIZE_MAX = Long.MAX_VALUE;

    /** The longest char array the JVM allocates in practice. */
    static final int MAX_CHARS = Integer.MAX_VALUE - 8;

    // ---------------------------------------------------------------- code points

    /**
     * Whether {@code s} has no surrogate pairs, so its chars are its code points (a lone surrogate
     * is one code point in both). O(1) for a Latin-1 String: the JDK's codePointCount knows.
     */
    static boolean isBmp(String s) {
        return s.codePointCount(0, s.length()) == s.length();
    }

    /** {@code len(s)}: the number of code points (O(1) for a Latin-1 String). */
    public static int len(String s) {
        return s.codePointCount(0, s.length());
    }

    /** The char index of code point {@code cp} (0 ≤ cp ≤ len). */
    static int charIndex(String s, int cp) {
        return s.offsetByCodePoints(0, cp);
    }

    /** The code point index of char index {@code ci}. */
    static int cpIndex(String s, int ci) {
        return s.codePointCount(0, ci);
    }

    /** The string of one code point. */
    static String chr(int cp) {
        return cp < Character.MIN_SUPPLEMENTARY_CODE_POINT ? String.valueOf((char) cp) : new String(Character.toChars(cp));
    }

    // ---------------------------------------------------------------- argument checks

    /**
     * {@code s} as a String, or Argument Clinic's TypeError {@code "<what> must be str, not int"}
     * (which, unlike most messages, names None as {@code None}, not {@code NoneType}).
     */
    static String str(Object s, String what) {
        if (s instanceof String str) {
            return str;
        } else if (s instanceof BuiltinValue v && v.value() instanceof String str) {
            return str;
        }
        boolean none = s == null || s == dev.adder.runtime.PyNone.NONE;
        throw Errors.typeError(what + " must be str, not " + (none ? "None" : Errors.typeName(s)));
    }

    /** {@code s} as a String, or TypeError {@code "must be str, not int"}. */
    static String str(Object s) {
        if (s instanceof String str) {
            return str;
        } else if (s instanceof BuiltinValue v && v.value() instanceof String str) {
            return str;
        }
        throw Errors.typeError("must be str, not " + Errors.typeName(s));
    }

    /**
     * An index-sized int as CPython's {@code PyNumber_AsSsize_t(v, OverflowError)}: an int too big
     * for 64 bits raises OverflowError.
     */
    static long asSsize(Object v) {
        if (v instanceof Integer i) {
            return i;
        } else if (v instanceof Long l) {
            return l;
        } else if (v instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (v instanceof BigInteger b) {
            if (b.bitLength() < 64) {
                return b.longValue();
            }
            throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
        } else if (v instanceof BuiltinValue b && IntOps.isInt(b.value())) {
            return asSsize(b.value());
        }
        throw Errors.typeError("'" + Errors.typeName(v) + "' object cannot be interpreted as an integer");
    }

    /**
     * A {@code Py_ssize_t} argument of a str method as Argument Clinic converts it: an int too big
     * for 64 bits is OverflowError "Python int too large to convert to C ssize_t".
     */
    static long ssizeArg(Object v) {
        if (v instanceof BigInteger b && b.bitLength() >= 64) {
            throw Errors.overflowError("Python int too large to convert to C ssize_t");
        }
        return asSsize(v);
    }

    /** A C {@code int} argument of a str method as Argument Clinic converts it. */
    static int intArg(Object v) {
        if (v instanceof BigInteger b && b.bitLength() >= 64) {
            throw Errors.overflowError("Python int too large to convert to C int");
        }
        long l = asSsize(v);
        if (l != (int) l) {
            throw Errors.overflowError("Python int too large to convert to C int");
        }
        return (int) l;
    }

    /**
     * A slice bound as CPython's {@code _PyEval_SliceIndex}: None is {@code dflt}, an int is
     * clamped to the 64-bit range, anything else is a TypeError.
     */
    static long sliceIndex(Object v, long dflt) {
        if (v == null || v == dev.adder.runtime.PyNone.NONE) {
            return dflt;
        } else if (v instanceof Integer i) {
            return i;
        } else if (v instanceof Long l) {
            return l;
        } else if (v instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (v instanceof BigInteger b) {
            return b.bitLength() < 64 ? b.longValue() : b.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        } else if (SequenceOps.isIndex(v)) {
            return sliceIndex(Ops.index(v), dflt);
        }
        throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
    }

    // ---------------------------------------------------------------- indexing and slicing

    /** {@code s[i]} for an int {@code i} of any size. */
    public static String getitem(String s, Object i) {
        if (!IntOps.isInt(i) && !NumberOps.isNative(i) && i instanceof dev.adder.runtime.PyObject p
                && p.type().lookup("__index__") != null) {
            i = Ops.index(i);
        }
        if (!IntOps.isInt(i)) {
            throw Errors.typeError("string indices must be integers, not '" + Errors.typeName(i) + "'");
        }
        if (i instanceof BigInteger b && b.bitLength() >= 64) {
            throw Errors.indexError("cannot fit 'int' into an index-sized integer");
        }
        return getitem(s, asSsize(i));
    }

    /** {@code s[i]}: the code point at {@code i}, counting from the end when negative. */
    public static String getitem(String s, long i) {
        // Without a cached "has astral characters" flag, finding code point i costs a walk over the
        // chars before it (after it, for negative i): one pass, and no counting of the whole string.
        int n = s.length();
        if (i >= 0) {
            if (i < n) {
                // Pure-BMP prefix (the common case): a cheap scan, then char i is code point i.
                int k = (int) i;
                int j = 0;
                while (j <= k && !Character.isSurrogate(s.charAt(j))) {
                    j++;
                }
                if (j > k) {
                    return String.valueOf(s.charAt(k));
                }
                for (long c = j; j < n; c++) {
                    char ch = s.charAt(j);
                    int size = Character.isHighSurrogate(ch) && j + 1 < n && Character.isLowSurrogate(s.charAt(j + 1)) ? 2 : 1;
                    if (c == i) {
                        return size == 1 ? String.valueOf(ch) : s.substring(j, j + 2);
                    }
                    j += size;
                }
            }
        } else if (i >= -n) {
            int k = (int) (n + i);
            int j = n;
            while (j > k && !Character.isSurrogate(s.charAt(j - 1))) {
                j--;
            }
            if (j == k) {
                return String.valueOf(s.charAt(k));
            }
            for (long c = j - n - 1; j > 0; c--) {
                char ch = s.charAt(j - 1);
                int size = Character.isLowSurrogate(ch) && j >= 2 && Character.isHighSurrogate(s.charAt(j - 2)) ? 2 : 1;
                j -= size;
                if (c == i) {
                    return size == 1 ? String.valueOf(ch) : s.substring(j, j + 2);
                }
            }
        }
        throw Errors.indexError("string index out of range");
    }

    /**
     * {@code s[start:stop:step]}, each bound an int or {@code null} (None), with CPython's
     * clamping ({@code PySlice_Unpack} then {@code PySlice_AdjustIndices}).
     */
    public static String slice(String s, Object start, Object stop, Object step) {
        long st = sliceIndex(step, 1);
        if (st == 0) {
            throw Errors.valueError("slice step cannot be zero");
        }
        if (st < -Long.MAX_VALUE) {
            st = -Long.MAX_VALUE; // CPython: so that -step cannot overflow
        }
        boolean bmp = isBmp(s);
        long len = bmp ? s.length() : s.codePointCount(0, s.length());
        long lo = sliceIndex(start, st < 0 ? Long.MAX_VALUE : 0);
        long hi = sliceIndex(stop, st < 0 ? Long.MIN_VALUE : Long.MAX_VALUE);
        lo = adjust(lo, len, st);
        hi = adjust(hi, len, st);
        if (st == 1) {
            if (hi <= lo) {
                return "";
            }
            if (bmp) {
                return s.substring((int) lo, (int) hi);
            }
            int a = charIndex(s, (int) lo);
            return s.substring(a, s.offsetByCodePoints(a, (int) (hi - lo)));
        }
        long count = st > 0 ? (hi > lo ? (hi - lo - 1) / st + 1 : 0) : (lo > hi ? (lo - hi - 1) / -st + 1 : 0);
        if (count == 0) {
            return "";
        }
        if (bmp) {
            char[] out = new char[(int) count];
            long p = lo;
            for (int k = 0; k < count; k++, p += st) {
                out[k] = s.charAt((int) p);
            }
            return String.valueOf(out);
        }
        // Walk the chars once, keeping every |step|-th code point (no int[] of the whole string).
        StringBuilder sb = new StringBuilder((int) Math.min(count * 2, MAX_CHARS));
        int n = s.length();
        int j = charIndex(s, (int) lo);
        long taken = 0;
        long skip = 0;
        if (st > 0) {
            while (taken < count) {
                char ch = s.charAt(j);
                boolean pair = Character.isHighSurrogate(ch) && j + 1 < n && Character.isLowSurrogate(s.charAt(j + 1));
                if (skip == 0) {
                    sb.append(ch);
                    if (pair) {
                        sb.append(s.charAt(j + 1));
                    }
                    taken++;
                    skip = st;
                }
                skip--;
                j += pair ? 2 : 1;
            }
        } else {
            j += Character.charCount(s.codePointAt(j)); // walk backwards from the end of code point lo
            while (taken < count) {
                char ch = s.charAt(j - 1);
                boolean pair = Character.isLowSurrogate(ch) && j >= 2 && Character.isHighSurrogate(s.charAt(j - 2));
                j -= pair ? 2 : 1;
                if (skip == 0) {
                    if (pair) {
                        sb.append(s.charAt(j));
                    }
                    sb.append(ch);
                    taken++;
                    skip = -st;
                }
                skip--;
            }
        }
        return sb.toString();
    }

    /** One bound of PySlice_AdjustIndices. */
    private static long adjust(long i, long len, long step) {
        if (i < 0) {
            i += len;
            if (i < 0) {
                i = step < 0 ? -1 : 0;
            }
        } else if (i >= len) {
            i = step < 0 ? len - 1 : len;
        }
        return i;
    }

    // ---------------------------------------------------------------- + and *

    /** {@code a + b} for a str {@code a}. */
    public static String concat(String a, Object b) {
        if (!(b instanceof String bs)) {
            throw Errors.typeError("can only concatenate str (not \"" + Errors.typeName(b) + "\") to str");
        }
        if (a.isEmpty()) {
            return bs;
        }
        if (bs.isEmpty()) {
            return a;
        }
        // CPython's OverflowError needs 2**63 code points; Java's limit comes first: a MemoryError,
        // raised before allocating.
        if ((long) a.length() + bs.length() > MAX_CHARS) {
            throw Errors.memoryError("");
        }
        return a.concat(bs);
    }

    /** {@code s * n} (and {@code n * s}) for an int {@code n}; n ≤ 0 gives "". */
    public static String repeat(String s, Object n) {
        if (!IntOps.isInt(n)) {
            throw Errors.typeError("can't multiply sequence by non-int of type '" + Errors.typeName(n) + "'");
        }
        long count = asSsize(n);
        if (count <= 0 || s.isEmpty()) {
            return "";
        }
        if (count == 1) {
            return s;
        }
        // CPython 3.11: Objects/unicodeobject.c unicode_repeat checks the code point length first.
        long len = len(s);
        if (len > SSIZE_MAX / count) {
            throw Errors.overflowError("repeated string is too long");
        }
        if (count > MAX_CHARS / s.length()) {
            throw Errors.memoryError("");
        }
        return s.repeat((int) count);
    }

    // ---------------------------------------------------------------- comparison

    /**
     * Compares in code point order, as Python does ({@code String.compareTo} compares UTF-16
     * units, which puts astral characters before U+E000..U+FFFF).
     */
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (!Character.isSurrogate(x) && !Character.isSurrogate(y)) {
                    return x - y;
                }
                // Compare whole code points; a difference in a low surrogate belongs to the pair
                // that starts one char earlier. Lone surrogates are code points of their own.
                int k = i > 0 && Character.isHighSurrogate(a.charAt(i - 1))
                        && (Character.isLowSurrogate(x) || Character.isLowSurrogate(y)) ? i - 1 : i;
                return Integer.compare(a.codePointAt(k), b.codePointAt(k));
            }
        }
        return a.length() - b.length();
    }

    /** {@code a == b}. */
    public static boolean eq(String a, String b) {
        return a.equals(b);
    }

    /** {@code a < b}. */
    public static boolean lt(String a, String b) {
        return compare(a, b) < 0;
    }

    /** {@code a <= b}. */
    public static boolean le(String a, String b) {
        return compare(a, b) <= 0;
    }

    /** {@code a > b}. */
    public static boolean gt(String a, String b) {
        return compare(a, b) > 0;
    }

    /** {@code a >= b}. */
    public static boolean ge(String a, String b) {
        return compare(a, b) >= 0;
    }
}
