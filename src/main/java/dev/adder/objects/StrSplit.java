package dev.adder.objects;

import dev.adder.runtime.Errors;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Python's str splitting and joining: {@code split}, {@code rsplit}, {@code splitlines},
 * {@code partition}, {@code rpartition} and {@code join}.
 *
 * <p>Where Python returns a list these return a {@code java.util.List<String>} (Adder's list type
 * comes later and will wrap or replace it); where Python returns a 3-tuple ({@code partition})
 * they return a {@code String[3]}.
 */
public final class StrSplit {
    private StrSplit() {}

    /** Python's {@code str.isspace} for one char (no astral character is white space). */
    static boolean isSpace(char c) {
        if (c < 128) {
            return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
        }
        return StrUnicode.in(StrUnicode.SPACE, c);
    }

    private static String sep(Object sep) {
        if (sep == null || sep == dev.adder.runtime.PyNone.NONE) {
            return null;
        }
        if (!(BuiltinValue.unwrap(sep) instanceof String s)) {
            throw Errors.typeError("must be str or None, not " + Errors.typeName(sep));
        }
        if (s.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        return s;
    }

    private static long maxsplit(Object maxsplit) {
        long m = maxsplit == null ? -1 : StrOps.ssizeArg(maxsplit);
        return m < 0 ? Long.MAX_VALUE : m;
    }

    /** {@code s.split(sep, maxsplit)}: sep null splits on runs of white space; maxsplit null or negative is unlimited. */
    public static List<String> split(String s, Object sep, Object maxsplit) {
        String t = sep(sep);
        long max = maxsplit(maxsplit);
        if (t != null && t.length() == 1 && !Character.isSurrogate(t.charAt(0))) {
            @SuppressWarnings("unchecked")
            List<String> l = (List<String>) (List<?>) java.util.Arrays.asList(splitChar(s, t.charAt(0), max));
            return l;
        }
        return splitGeneral(s, t, max);
    }

    /** {@code s.split(sep, maxsplit)} as the array a new list takes over (no list to copy). */
    public static Object[] splitArray(String s, Object sep, Object maxsplit) {
        String t = sep(sep);
        long max = maxsplit(maxsplit);
        if (t != null && t.length() == 1 && !Character.isSurrogate(t.charAt(0))) {
            return splitChar(s, t.charAt(0), max);
        }
        return splitGeneral(s, t, max).toArray();
    }

    /** Split on one (non-surrogate) char: count, then cut, so the result is sized exactly. */
    private static Object[] splitChar(String s, char c, long max) {
        int n = s.length();
        int count = 0;
        for (int i = 0; i < n && count < max; i++) {
            if (s.charAt(i) == c) {
                count++;
            }
        }
        Object[] out = new Object[count + 1];
        int prev = 0;
        int k = 0;
        for (int i = 0; k < count; i++) {
            if (s.charAt(i) == c) {
                out[k++] = s.substring(prev, i);
                prev = i + 1;
            }
        }
        out[k] = s.substring(prev);
        return out;
    }

    private static List<String> splitGeneral(String s, String t, long max) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        if (t == null) {
            // CPython 3.11: Objects/stringlib/split.h STRINGLIB(split_whitespace)
            int i = 0;
            while (max-- > 0) {
                while (i < n && isSpace(s.charAt(i))) {
                    i++;
                }
                if (i == n) {
                    break;
                }
                int j = i++;
                while (i < n && !isSpace(s.charAt(i))) {
                    i++;
                }
                out.add(s.substring(j, i));
            }
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
            if (i != n) {
                out.add(s.substring(i));
            }
            return out;
        }
        int prev = 0;
        for (int i = s.indexOf(t); i >= 0 && max > 0; i = s.indexOf(t, prev), max--) {
            out.add(s.substring(prev, i));
            prev = i + t.length();
        }
        out.add(s.substring(prev));
        return out;
    }

    /** {@code s.rsplit(sep, maxsplit)}: as split, counting splits from the right. */
    public static List<String> rsplit(String s, Object sep, Object maxsplit) {
        String t = sep(sep);
        long max = maxsplit(maxsplit);
        List<String> out = new ArrayList<>();
        if (t == null) {
            int i = s.length() - 1;
            while (max-- > 0) {
                while (i >= 0 && isSpace(s.charAt(i))) {
                    i--;
                }
                if (i < 0) {
                    break;
                }
                int j = i--;
                while (i >= 0 && !isSpace(s.charAt(i))) {
                    i--;
                }
                out.add(s.substring(i + 1, j + 1));
            }
            while (i >= 0 && isSpace(s.charAt(i))) {
                i--;
            }
            if (i >= 0) {
                out.add(s.substring(0, i + 1));
            }
            Collections.reverse(out);
            return out;
        }
        int end = s.length();
        for (int i = s.lastIndexOf(t, end - t.length()); i >= 0 && max > 0;
                i = end - t.length() < 0 ? -1 : s.lastIndexOf(t, end - t.length()), max--) {
            out.add(s.substring(i + t.length(), end));
            end = i;
        }
        out.add(s.substring(0, end));
        Collections.reverse(out);
        return out;
    }

    /** Whether c ends a line for splitlines: \n \r \v \f \x1c \x1d \x1e \x85 U+2028 U+2029. */
    static boolean isLineBreak(char c) {
        if (c < 128) {
            return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || (c >= 0x1c && c <= 0x1e);
        }
        return c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    /** {@code s.splitlines(keepends)}; \r\n is one break. */
    public static List<String> splitlines(String s, boolean keepends) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (i < n && !isLineBreak(s.charAt(i))) {
                i++;
            }
            int eol = i;
            if (i < n) {
                i += s.charAt(i) == '\r' && i + 1 < n && s.charAt(i + 1) == '\n' ? 2 : 1;
                if (keepends) {
                    eol = i;
                }
            }
            out.add(s.substring(j, eol));
        }
        return out;
    }

    /** {@code s.splitlines(keepends)} with keepends any int (Python accepts an int, not only a bool). */
    public static List<String> splitlines(String s, Object keepends) {
        return splitlines(s, keepends != null && StrOps.intArg(keepends) != 0);
    }

    private static String partitionSep(Object sep) {
        String t = StrOps.str(sep);
        if (t.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        return t;
    }

    /** {@code s.partition(sep)}: {before, sep, after}, or {s, "", ""} when sep is absent. */
    public static String[] partition(String s, Object sep) {
        String t = partitionSep(sep);
        int i = s.indexOf(t);
        if (i < 0) {
            return new String[] {s, "", ""};
        }
        return new String[] {s.substring(0, i), t, s.substring(i + t.length())};
    }

    /** {@code s.rpartition(sep)}: {before, sep, after}, or {"", "", s} when sep is absent. */
    public static String[] rpartition(String s, Object sep) {
        String t = partitionSep(sep);
        int i = s.lastIndexOf(t);
        if (i < 0) {
            return new String[] {"", "", s};
        }
        return new String[] {s.substring(0, i), t, s.substring(i + t.length())};
    }

    /** A join item that is not a plain str: a str subclass instance's text, else the TypeError. */
    private static String joinItem(Object o, int k) {
        if (o instanceof BuiltinValue v && v.value() instanceof String s) {
            return s;
        }
        throw Errors.typeError("sequence item " + k + ": expected str instance, " + Errors.typeName(o) + " found");
    }

    private static String item(Object[] a, int k) {
        Object o = a[k];
        return o instanceof String x ? x : joinItem(o, k);
    }

    /** {@code sep.join(items)}: every item must be a str. */
    public static String join(String sep, Iterable<?> items) {
        Object[] a;
        if (items instanceof java.util.Collection<?> c) {
            a = c.toArray(); // one snapshot (a list's under its lock), then no per-item list access
        } else {
            List<Object> l = new ArrayList<>();
            items.forEach(l::add);
            a = l.toArray();
        }
        int n = a.length;
        if (n == 0) {
            return "";
        }
        long total = (long) sep.length() * (n - 1);
        for (int k = 0; k < n; k++) {
            total += item(a, k).length();
        }
        StrSearch.checkSize(total);
        if (n == 1) {
            return item(a, 0);
        }
        // Sized once; measured faster than String.join, which copies the array and scans the items again.
        StringBuilder sb = new StringBuilder((int) total);
        sb.append(item(a, 0));
        for (int k = 1; k < n; k++) {
            if (!sep.isEmpty()) {
                sb.append(sep);
            }
            sb.append(item(a, k));
        }
        return sb.toString();
    }
}
