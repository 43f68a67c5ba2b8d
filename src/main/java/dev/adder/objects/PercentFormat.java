package dev.adder.objects;

import dev.adder.runtime.Errors;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code format % args} for str: conversions s r a d i u o x X e E f F g G c and %%, flags
 * {@code - + space # 0}, width and precision (also {@code *}), and {@code %(key)} mapping keys.
 *
 * <p>{@code args} is a single value, an {@code Object[]} (a tuple) or a {@code java.util.Map} (a
 * dict). int, bool, float, str and None convert themselves; {@code str()} and {@code repr()} of any
 * other object come from the functions the caller passes.
 */
// CPython 3.11: Objects/unicodeobject.c PyUnicode_Format and its unicode_format_arg helpers
public final class PercentFormat {
    private static final int F_LJUST = 1;
    private static final int F_SIGN = 2;
    private static final int F_BLANK = 4;
    private static final int F_ALT = 8;
    private static final int F_ZERO = 16;

    /** Longer results than this raise MemoryError instead of exhausting the Java heap. */
    static final long MAX_LENGTH = Integer.MAX_VALUE / 4;

    private final int[] fmt;
    private final Function<Object, String> strFn;
    private final Function<Object, String> reprFn;
    private final StringBuilder out = new StringBuilder();
    private final Map<?, ?> dict;
    private Object args;
    private long arglen;
    private long argidx;
    private int fmtcnt;
    private int fmtpos;

    // The state of the conversion being parsed.
    private int ch;
    private int flags;
    private long width;
    private int prec;
    private boolean sign;

    private PercentFormat(String format, Object args, Function<Object, String> strFn,
            Function<Object, String> reprFn) {
        this.fmt = codePoints(format);
        this.strFn = strFn;
        this.reprFn = reprFn;
        this.args = args;
        if (args instanceof Object[] tuple) {
            arglen = tuple.length;
            argidx = 0;
        } else {
            arglen = -1;
            argidx = -2;
        }
        this.dict = args instanceof Map<?, ?> m ? m : null;
    }

    /** The code points of {@code s}; a plain loop, as a stream costs more than a short format. */
    private static int[] codePoints(String s) {
        int n = s.length();
        int[] cps = new int[n];
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                return s.codePoints().toArray();
            }
            cps[i] = c;
        }
        return cps;
    }

    /** Whether CPython's {@code PyMapping_Check} holds: a list, bytes or any object with {@code __getitem__}. */
    private static boolean isMappingLike(Object a) {
        return a instanceof List || a instanceof PyBytes
                || (a instanceof dev.adder.runtime.PyObject p && p.type().lookup("__getitem__") != null);
    }

    /** Returns {@code format % args} where only int, bool, float, str and None need converting. */
    public static String format(String format, Object args) {
        Function<Object, String> none = v -> {
            throw new IllegalArgumentException("no str()/repr() supplied for " + v.getClass().getName());
        };
        return format(format, args, none, none);
    }

    /**
     * Returns {@code format % args}; {@code strFn} and {@code reprFn} give {@code str()} and
     * {@code repr()} of objects other than int, bool, float, str and None.
     */
    public static String format(String format, Object args, Function<Object, String> strFn,
            Function<Object, String> reprFn) {
        return new PercentFormat(format, args, strFn, reprFn).run();
    }

    private String run() {
        fmtcnt = fmt.length;
        fmtpos = 0;
        while (--fmtcnt >= 0) {
            if (fmt[fmtpos] != '%') {
                int start = fmtpos++;
                while (fmtcnt >= 0 && at(fmtpos) != '%') {
                    fmtpos++;
                    fmtcnt--;
                }
                if (fmtcnt < 0) {
                    fmtpos--;
                }
                appendRange(start, fmtpos);
            } else {
                fmtpos++;
                formatArg();
            }
        }
        // A list is a mapping to CPython (it has __getitem__), so it escapes this check too.
        if (argidx < arglen && dict == null && !isMappingLike(args)) {
            throw Errors.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    /** The code point at {@code i}, or 0 past the end (C reads the terminating NUL). */
    private int at(int i) {
        return i < fmt.length ? fmt[i] : 0;
    }

    private void appendRange(int start, int end) {
        for (int i = start; i < end; i++) {
            out.appendCodePoint(fmt[i]);
        }
    }

    private Object nextArg() {
        if (argidx < arglen) {
            long idx = argidx++;
            return arglen < 0 ? args : ((Object[]) args)[(int) idx];
        }
        throw Errors.typeError("not enough arguments for format string");
    }

    // CPython 3.11: Objects/unicodeobject.c unicode_format_arg
    private void formatArg() {
        ch = at(fmtpos);
        if (ch == '%') {
            fmtpos++;
            fmtcnt--;
            out.append('%');
            return;
        }
        flags = 0;
        width = -1;
        prec = -1;
        sign = false;
        parseArg();
        String str = formatValue();
        if (str != null) {
            output(str);
        }
        if (dict != null && argidx < arglen) {
            throw Errors.typeError("not all arguments converted during string formatting");
        }
    }

    private void readNext() {
        ch = at(fmtpos);
        fmtpos++;
    }

    // CPython 3.11: Objects/unicodeobject.c unicode_format_arg_parse
    private void parseArg() {
        if (ch == '(') {
            if (dict == null) {
                throw Errors.typeError("format requires a mapping");
            }
            ++fmtpos;
            --fmtcnt;
            int keystart = fmtpos;
            int pcount = 1;
            while (pcount > 0 && --fmtcnt >= 0) {
                readNext();
                if (ch == ')') {
                    --pcount;
                } else if (ch == '(') {
                    ++pcount;
                }
            }
            if (fmtcnt < 0 || pcount > 0) {
                throw Errors.valueError("incomplete format key");
            }
            String key = new String(fmt, keystart, fmtpos - keystart - 1);
            if (!dict.containsKey(key)) {
                throw new dev.adder.runtime.PyBaseException(dev.adder.runtime.ExceptionTypes.KEY_ERROR,
                        new Object[] {key});
            }
            args = dict.get(key);
            arglen = -1;
            argidx = -2;
        }
        flagLoop:
        while (--fmtcnt >= 0) {
            readNext();
            switch (ch) {
                case '-' -> flags |= F_LJUST;
                case '+' -> flags |= F_SIGN;
                case ' ' -> flags |= F_BLANK;
                case '#' -> flags |= F_ALT;
                case '0' -> flags |= F_ZERO;
                default -> {
                    break flagLoop;
                }
            }
        }
        if (ch == '*') {
            Object v = BuiltinValue.unwrap(nextArg());
            if (!IntOps.isInt(v)) {
                throw Errors.typeError("* wants int");
            }
            width = asLong(v, "Python int too large to convert to C ssize_t");
            if (width < 0) {
                flags |= F_LJUST;
                width = -width;
            }
            if (--fmtcnt >= 0) {
                readNext();
            }
        } else if (ch >= '0' && ch <= '9') {
            width = ch - '0';
            while (--fmtcnt >= 0) {
                readNext();
                if (ch < '0' || ch > '9') {
                    break;
                }
                if (width > (Long.MAX_VALUE - (ch - '0')) / 10) {
                    throw Errors.valueError("width too big");
                }
                width = width * 10 + (ch - '0');
            }
        }
        if (ch == '.') {
            prec = 0;
            if (--fmtcnt >= 0) {
                readNext();
            }
            if (ch == '*') {
                Object v = BuiltinValue.unwrap(nextArg());
                if (!IntOps.isInt(v)) {
                    throw Errors.typeError("* wants int");
                }
                long p = asLong(v, "Python int too large to convert to C int");
                if (p > Integer.MAX_VALUE || p < Integer.MIN_VALUE) {
                    throw Errors.overflowError("Python int too large to convert to C int");
                }
                prec = (int) Math.max(0, p);
                if (--fmtcnt >= 0) {
                    readNext();
                }
            } else if (ch >= '0' && ch <= '9') {
                prec = ch - '0';
                while (--fmtcnt >= 0) {
                    readNext();
                    if (ch < '0' || ch > '9') {
                        break;
                    }
                    if (prec > (Integer.MAX_VALUE - (ch - '0')) / 10) {
                        throw Errors.valueError("precision too big");
                    }
                    prec = prec * 10 + (ch - '0');
                }
            }
        }
        if (fmtcnt >= 0 && (ch == 'h' || ch == 'l' || ch == 'L')) {
            if (--fmtcnt >= 0) {
                readNext();
            }
        }
        if (fmtcnt < 0) {
            throw Errors.valueError("incomplete format");
        }
    }

    private static long asLong(Object v, String overflowMessage) {
        Object i = IntOps.index(v);
        if (i instanceof BigInteger) {
            throw Errors.overflowError(overflowMessage);
        }
        return ((Number) i).longValue();
    }

    /** Converts the next argument; returns null when nothing is left to lay out. */
    // CPython 3.11: Objects/unicodeobject.c unicode_format_arg_format
    private String formatValue() {
        Object v = nextArg();
        switch (ch) {
            case 's':
                return FormatText.str(v, strFn);
            case 'r':
                return FormatText.repr(v, reprFn);
            case 'a':
                return FormatText.ascii(v, reprFn);
            case 'i', 'd', 'u', 'o', 'x', 'X':
                sign = true;
                return PercentFormatNumber.formatLong(v, ch, (flags & F_ALT) != 0, prec);
            case 'e', 'E', 'f', 'F', 'g', 'G':
                sign = true;
                return PercentFormatNumber.formatFloat(v, ch, (flags & F_ALT) != 0, prec < 0 ? 6 : prec);
            case 'c':
                return new String(Character.toChars(PercentFormatNumber.formatChar(v)));
            default:
                throw Errors.valueError("unsupported format character '" + (ch >= 31 && ch <= 126 ? (char) ch : '?')
                        + "' (0x" + Integer.toHexString(ch) + ") at index " + (fmtpos - 1));
        }
    }

    /** Lays out a converted argument: sign, alternate prefix, padding. */
    // CPython 3.11: Objects/unicodeobject.c unicode_format_arg_output
    private void output(String str) {
        int fill = sign && (flags & F_ZERO) != 0 ? '0' : ' ';
        if (width < 0 && flags == 0 && !(prec >= 0 && (ch == 's' || ch == 'r' || ch == 'a'))) {
            out.append(str); // no padding, sign or truncation: what the layout below would copy
            return;
        }
        // Lengths count code points; pindex, which only skips an ASCII sign and prefix, is also a char index.
        int len = str.codePointCount(0, str.length());
        boolean oneCharEach = len == str.length();
        if ((ch == 's' || ch == 'r' || ch == 'a') && prec >= 0 && len > prec) {
            len = prec;
        }
        int pindex = 0;
        int signchar = 0;
        if (sign) {
            int first = len > 0 ? str.charAt(0) : 0;
            if (first == '-' || first == '+') {
                signchar = first;
                len--;
                pindex++;
            } else if ((flags & F_SIGN) != 0) {
                signchar = '+';
            } else if ((flags & F_BLANK) != 0) {
                signchar = ' ';
            } else {
                sign = false;
            }
        }
        if (width < len) {
            width = len;
        }
        if (width > MAX_LENGTH) {
            throw Errors.memoryError("");
        }
        if (sign) {
            if (fill != ' ') {
                out.appendCodePoint(signchar);
            }
            if (width > len) {
                width--;
            }
        }
        boolean prefix = (flags & F_ALT) != 0 && (ch == 'x' || ch == 'X' || ch == 'o');
        if (prefix) {
            if (fill != ' ') {
                out.append('0').append((char) ch);
                pindex += 2;
            }
            width = Math.max(0, width - 2);
            len -= 2;
        }
        if (width > len && (flags & F_LJUST) == 0) {
            FormatLayout.pad(out, fill, width - len);
            width = len;
        }
        if (fill == ' ') {
            if (sign) {
                out.appendCodePoint(signchar);
            }
            if (prefix) {
                out.append('0').append((char) ch);
                pindex += 2;
            }
        }
        if (len > 0) {
            out.append(str, pindex, oneCharEach ? pindex + len : str.offsetByCodePoints(pindex, len));
        }
        if (width > len) {
            FormatLayout.pad(out, ' ', width - len);
        }
    }
}
