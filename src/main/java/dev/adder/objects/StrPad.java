package dev.adder.objects;

import dev.adder.runtime.Errors;

/**
 * Python's str stripping and padding: {@code strip}, {@code lstrip}, {@code rstrip} (with or
 * without chars), {@code center}, {@code ljust}, {@code rjust}, {@code zfill} and
 * {@code expandtabs}. Widths count code points.
 */
public final class StrPad {
    private StrPad() {}

    /** {@code s.strip(chars)}; chars null strips white space. */
    public static String strip(String s, Object chars) {
        return strip("strip", s, chars, true, true);
    }

    /** {@code s.lstrip(chars)}. */
    public static String lstrip(String s, Object chars) {
        return strip("lstrip", s, chars, true, false);
    }

    /** {@code s.rstrip(chars)}. */
    public static String rstrip(String s, Object chars) {
        return strip("rstrip", s, chars, false, true);
    }

    private static String strip(String name, String s, Object chars, boolean left, boolean right) {
        int i = 0;
        int j = s.length();
        if (chars == null || chars == dev.adder.runtime.PyNone.NONE) {
            if (left) {
                while (i < j && StrSplit.isSpace(s.charAt(i))) {
                    i++;
                }
            }
            if (right) {
                while (j > i && StrSplit.isSpace(s.charAt(j - 1))) {
                    j--;
                }
            }
            return s.substring(i, j);
        }
        if (!(BuiltinValue.unwrap(chars) instanceof String set)) {
            throw Errors.typeError(name + " arg must be None or str");
        }
        if (left) {
            while (i < j) {
                int cp = s.codePointAt(i);
                if (!inSet(set, cp)) {
                    break;
                }
                i += Character.charCount(cp);
            }
        }
        if (right) {
            while (j > i) {
                int cp = s.codePointBefore(j);
                if (!inSet(set, cp)) {
                    break;
                }
                j -= Character.charCount(cp);
            }
        }
        return s.substring(i, j);
    }

    private static boolean inSet(String set, int cp) {
        return cp < Character.MIN_SUPPLEMENTARY_CODE_POINT ? set.indexOf(cp) >= 0 : set.indexOf(StrOps.chr(cp)) >= 0;
    }

    /** The fill character as a String of one code point, with CPython's TypeErrors. */
    private static String fill(Object fillchar) {
        if (fillchar == null) {
            return " ";
        }
        if (!(BuiltinValue.unwrap(fillchar) instanceof String f)) {
            throw Errors.typeError("The fill character must be a unicode character, not " + Errors.typeName(fillchar));
        }
        if (f.isEmpty() || f.length() > 2 || StrOps.len(f) != 1) {
            throw Errors.typeError("The fill character must be exactly one character long");
        }
        return f;
    }

    /** Pads {@code s} (of {@code len} code points) with left and right copies of {@code f}. */
    private static String pad(String s, long left, long right, String f) {
        StrSearch.checkSize(s.length() + (left + right) * f.length());
        StringBuilder sb = new StringBuilder((int) (s.length() + (left + right) * f.length()));
        for (long k = 0; k < left; k++) {
            sb.append(f);
        }
        sb.append(s);
        for (long k = 0; k < right; k++) {
            sb.append(f);
        }
        return sb.toString();
    }

    /** {@code s.center(width, fillchar)}; fillchar null is a space. */
    public static String center(String s, Object width, Object fillchar) {
        long w = StrOps.ssizeArg(width);
        String f = fill(fillchar);
        long len = StrOps.len(s);
        if (len >= w) {
            return s;
        }
        // CPython 3.11: Objects/unicodeobject.c unicode_center_impl
        long marg = w - len;
        long left = marg / 2 + (marg & w & 1);
        return pad(s, left, marg - left, f);
    }

    /** {@code s.ljust(width, fillchar)}. */
    public static String ljust(String s, Object width, Object fillchar) {
        long w = StrOps.ssizeArg(width);
        String f = fill(fillchar);
        long len = StrOps.len(s);
        return len >= w ? s : pad(s, 0, w - len, f);
    }

    /** {@code s.rjust(width, fillchar)}. */
    public static String rjust(String s, Object width, Object fillchar) {
        long w = StrOps.ssizeArg(width);
        String f = fill(fillchar);
        long len = StrOps.len(s);
        return len >= w ? s : pad(s, w - len, 0, f);
    }

    /** {@code s.zfill(width)}: zeros on the left, after a leading sign. */
    public static String zfill(String s, Object width) {
        long w = StrOps.ssizeArg(width);
        long len = StrOps.len(s);
        if (len >= w) {
            return s;
        }
        long fill = w - len;
        StrSearch.checkSize(s.length() + fill);
        StringBuilder sb = new StringBuilder((int) (s.length() + fill));
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            sb.append(s.charAt(0));
            sb.append("0".repeat((int) fill));
            sb.append(s, 1, s.length());
        } else {
            sb.append("0".repeat((int) fill)).append(s);
        }
        return sb.toString();
    }

    /** {@code s.expandtabs(tabsize)}: tabs to spaces; columns restart after \n and \r. */
    public static String expandtabs(String s, Object tabsize) {
        long tab = tabsize == null ? 8 : StrOps.intArg(tabsize);
        if (s.indexOf('\t') < 0) {
            return s;
        }
        // Count first (CPython: OverflowError "new string is too long" past ssize_t; Java: MemoryError).
        long col = 0;
        long total = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                if (tab > 0) {
                    long incr = tab - col % tab;
                    col += incr;
                    total += incr;
                }
            } else {
                total++;
                if (!Character.isLowSurrogate(c) || i == 0 || !Character.isHighSurrogate(s.charAt(i - 1))) {
                    col++;
                }
                if (c == '\n' || c == '\r') {
                    col = 0;
                }
            }
            if (total > StrOps.MAX_CHARS) {
                throw Errors.memoryError("");
            }
        }
        StringBuilder sb = new StringBuilder((int) total);
        col = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                if (tab > 0) {
                    long incr = tab - col % tab;
                    col += incr;
                    for (long k = 0; k < incr; k++) {
                        sb.append(' ');
                    }
                }
            } else {
                sb.append(c);
                if (!Character.isLowSurrogate(c) || i == 0 || !Character.isHighSurrogate(s.charAt(i - 1))) {
                    col++;
                }
                if (c == '\n' || c == '\r') {
                    col = 0;
                }
            }
        }
        return sb.toString();
    }
}
