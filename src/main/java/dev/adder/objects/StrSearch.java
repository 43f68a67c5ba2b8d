package dev.adder.objects;

import dev.adder.runtime.Errors;

/**
 * Python's str searching: {@code find}, {@code rfind}, {@code index}, {@code rindex},
 * {@code count}, {@code startswith}, {@code endswith}, {@code in} and {@code replace}, with
 * code point positions. {@code start}/{@code end} are ints or {@code null} (None), adjusted as
 * CPython's {@code ADJUST_INDICES}. A tuple of prefixes is an {@code Object[]} until Adder has
 * its own tuple type (a {@code java.util.List} is refused, as Python refuses a list).
 */
public final class StrSearch {
    private StrSearch() {}

    /**
     * The searched part of a string: code point bounds {@code start..end} after CPython's
     * ADJUST_INDICES (end is Long.MAX_VALUE, not counted, for the whole string), and when
     * {@code start <= end} their char indexes {@code a..b}.
     */
    private record Window(long start, long end, int a, int b, boolean bmp) {
        boolean empty() {
            return start > end;
        }
    }

    private static Window window(String s, Object start, Object end) {
        if (start == null && end == null) {
            // The whole string (the common call): no need to count its code points up front.
            return new Window(0, Long.MAX_VALUE, 0, s.length(), false);
        }
        int n = s.length();
        long len = s.codePointCount(0, n);
        boolean bmp = len == n;
        long lo = StrOps.sliceIndex(start, 0);
        long hi = StrOps.sliceIndex(end, Long.MAX_VALUE);
        // CPython 3.11: Objects/stringlib/... ADJUST_INDICES
        if (hi > len) {
            hi = len;
        } else if (hi < 0) {
            hi = Math.max(0, hi + len);
        }
        if (lo < 0) {
            lo = Math.max(0, lo + len);
        }
        if (lo > hi) {
            return new Window(lo, hi, 0, 0, bmp);
        }
        if (bmp) {
            return new Window(lo, hi, (int) lo, (int) hi, true);
        }
        int a = s.offsetByCodePoints(0, (int) lo);
        int b = s.offsetByCodePoints(a, (int) (hi - lo));
        return new Window(lo, hi, a, b, false);
    }

    /**
     * The first char index of t in s[a:b], or -1. The JDK's indexOf (an intrinsic) cannot stop at b,
     * so a small window of a long string is scanned by hand: s.find(x, 0, 10) stays O(10).
     */
    static int indexIn(String s, String t, int a, int b) {
        int last = b - t.length();
        if (last < a) {
            return -1;
        }
        if (s.length() - b <= b - a) {
            int i = s.indexOf(t, a);
            return i <= last ? i : -1;
        }
        char first = t.isEmpty() ? 0 : t.charAt(0);
        for (int i = a; i <= last; i++) {
            if (t.isEmpty() || (s.charAt(i) == first && s.startsWith(t, i))) {
                return i;
            }
        }
        return -1;
    }

    /** The last char index of t in s[a:b], or -1; bounded as {@link #indexIn}. */
    static int lastIndexIn(String s, String t, int a, int b) {
        int last = b - t.length();
        if (last < a) {
            return -1;
        }
        if (a <= b - a) {
            int i = s.lastIndexOf(t, last);
            return i >= a ? i : -1;
        }
        char first = t.isEmpty() ? 0 : t.charAt(0);
        for (int i = last; i >= a; i--) {
            if (t.isEmpty() || (s.charAt(i) == first && s.startsWith(t, i))) {
                return i;
            }
        }
        return -1;
    }

    private static long toCp(String s, Window w, int ci) {
        return w.bmp ? ci : w.start + s.codePointCount(w.a, ci);
    }

    /** {@code s.find(sub, start, end)}: the lowest code point index of sub, or -1. */
    public static long find(String s, Object sub, Object start, Object end) {
        String t = StrOps.str(sub);
        Window w = window(s, start, end);
        if (w.empty()) {
            return -1;
        }
        int i = indexIn(s, t, w.a, w.b);
        return i < 0 ? -1 : toCp(s, w, i);
    }

    /** {@code s.rfind(sub, start, end)}: the highest code point index of sub, or -1. */
    public static long rfind(String s, Object sub, Object start, Object end) {
        String t = StrOps.str(sub);
        Window w = window(s, start, end);
        if (w.empty()) {
            return -1;
        }
        int i = lastIndexIn(s, t, w.a, w.b);
        return i < 0 ? -1 : toCp(s, w, i);
    }

    /** {@code s.index(sub, start, end)}: as find, but ValueError "substring not found". */
    public static long index(String s, Object sub, Object start, Object end) {
        long i = find(s, sub, start, end);
        if (i < 0) {
            throw Errors.valueError("substring not found");
        }
        return i;
    }

    /** {@code s.rindex(sub, start, end)}: as rfind, but ValueError "substring not found". */
    public static long rindex(String s, Object sub, Object start, Object end) {
        long i = rfind(s, sub, start, end);
        if (i < 0) {
            throw Errors.valueError("substring not found");
        }
        return i;
    }

    /** {@code s.count(sub, start, end)}: non-overlapping occurrences. */
    public static long count(String s, Object sub, Object start, Object end) {
        String t = StrOps.str(sub);
        Window w = window(s, start, end);
        if (w.empty()) {
            return 0;
        }
        if (t.isEmpty()) {
            return (w.end == Long.MAX_VALUE ? StrOps.len(s) : w.end) - w.start + 1;
        }
        long n = 0;
        if (t.length() == 1) {
            char c = t.charAt(0); // a plain scan: no search call per match when matches are dense
            for (int i = w.a; i < w.b; i++) {
                if (s.charAt(i) == c) {
                    n++;
                }
            }
            return n;
        }
        for (int i = indexIn(s, t, w.a, w.b); i >= 0; i = indexIn(s, t, i + t.length(), w.b)) {
            n++;
        }
        return n;
    }

    /** {@code sub in s}. */
    public static boolean contains(String s, Object sub) {
        if (!(BuiltinValue.unwrap(sub) instanceof String t)) {
            throw Errors.typeError("'in <string>' requires string as left operand, not " + Errors.typeName(sub));
        }
        return s.contains(t);
    }

    /** {@code s.startswith(prefix, start, end)}; prefix is a str or a tuple of str. */
    public static boolean startswith(String s, Object prefix, Object start, Object end) {
        return tailmatch("startswith", s, prefix, start, end, false);
    }

    /** {@code s.endswith(suffix, start, end)}; suffix is a str or a tuple of str. */
    public static boolean endswith(String s, Object suffix, Object start, Object end) {
        return tailmatch("endswith", s, suffix, start, end, true);
    }

    private static boolean tailmatch(String name, String s, Object affix, Object start, Object end, boolean atEnd) {
        if (!(affix instanceof Object[] options)) {
            if (!(BuiltinValue.unwrap(affix) instanceof String t)) {
                throw Errors.typeError(name + " first arg must be str or a tuple of str, not " + Errors.typeName(affix));
            }
            Window w = window(s, start, end);
            return matches(s, t, w, atEnd);
        }
        Window w = window(s, start, end);
        for (Object o : options) {
            if (!(BuiltinValue.unwrap(o) instanceof String t)) {
                throw Errors.typeError("tuple for " + name + " must only contain str, not " + Errors.typeName(o));
            }
            if (matches(s, t, w, atEnd)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String s, String t, Window w, boolean atEnd) {
        if (w.empty() || w.b - w.a < t.length()) {
            return false;
        }
        return s.startsWith(t, atEnd ? w.b - t.length() : w.a);
    }

    /** {@code s.removeprefix(prefix)}. */
    public static String removeprefix(String s, Object prefix) {
        String p = StrOps.str(prefix, "removeprefix() argument");
        return s.startsWith(p) ? s.substring(p.length()) : s;
    }

    /** {@code s.removesuffix(suffix)}. */
    public static String removesuffix(String s, Object suffix) {
        String p = StrOps.str(suffix, "removesuffix() argument");
        return s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s;
    }

    /** {@code s.replace(old, new, count)}; count is an int, negative (or null) for all. */
    public static String replace(String s, Object old, Object replacement, Object count) {
        String o = StrOps.str(old, "replace() argument 1");
        String r = StrOps.str(replacement, "replace() argument 2");
        long max = count == null ? -1 : StrOps.ssizeArg(count);
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        if (max == 0 || o.equals(r)) {
            return s;
        }
        if (o.isEmpty()) {
            long slots = Math.min(max, (long) StrOps.len(s) + 1);
            checkSize(s.length() + slots * r.length());
            StringBuilder sb = new StringBuilder((int) (s.length() + slots * r.length()));
            int i = 0;
            for (long k = 0; k < slots; k++) {
                sb.append(r);
                if (i < s.length()) {
                    int next = s.offsetByCodePoints(i, 1);
                    sb.append(s, i, next);
                    i = next;
                }
            }
            return sb.append(s, i, s.length()).toString();
        }
        int first = s.indexOf(o);
        if (first < 0) {
            return s;
        }
        if (max == Long.MAX_VALUE && r.length() <= o.length()) {
            return s.replace(o, r); // the JDK's single-pass replace; the result cannot outgrow s
        }
        long found = 0;
        for (int i = first; i >= 0 && found < max; i = s.indexOf(o, i + o.length())) {
            found++;
        }
        checkSize(s.length() + found * (r.length() - (long) o.length()));
        StringBuilder sb = new StringBuilder((int) (s.length() + found * (r.length() - (long) o.length())));
        int prev = 0;
        for (int i = first; i >= 0 && found > 0; i = s.indexOf(o, i + o.length()), found--) {
            sb.append(s, prev, i).append(r);
            prev = i + o.length();
        }
        return sb.append(s, prev, s.length()).toString();
    }

    /** MemoryError before allocating a result Java cannot hold. */
    static void checkSize(long chars) {
        if (chars > StrOps.MAX_CHARS) {
            throw Errors.memoryError("");
        }
    }
}
