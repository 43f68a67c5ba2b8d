package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.PyNone;
import dev.adder.text.FloatRepr;
import dev.adder.text.StrRepr;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code str()}, {@code repr()} and {@code ascii()} of the values formatting knows (int, bool,
 * float, str, None), deferring every other object to functions the runtime supplies.
 */
final class FormatText {
    private FormatText() {}

    /** Whether {@code v} is one of the values this class converts itself. */
    static boolean isSimple(Object v) {
        return v == null || v == PyNone.NONE || v instanceof String || v instanceof Boolean || v instanceof Double
                || v instanceof Integer || v instanceof Long || v instanceof BigInteger;
    }

    /** {@code str(v)}. */
    static String str(Object v, Function<Object, String> strFn) {
        if (v instanceof String s) {
            return s;
        }
        return isSimple(v) ? simpleRepr(v) : strFn.apply(v);
    }

    /** {@code repr(v)}. */
    static String repr(Object v, Function<Object, String> reprFn) {
        if (v instanceof String s) {
            return StrRepr.strRepr(s);
        }
        return isSimple(v) ? simpleRepr(v) : reprFn.apply(v);
    }

    /** {@code ascii(v)}: the repr with non-ASCII code points backslash-escaped. */
    // CPython 3.11: Objects/object.c PyObject_ASCII (backslashreplace of the repr)
    static String ascii(Object v, Function<Object, String> reprFn) {
        String r = repr(v, reprFn);
        StringBuilder sb = null;
        for (int i = 0; i < r.length(); ) {
            int c = r.codePointAt(i);
            if (c >= 0x80 && sb == null) {
                sb = new StringBuilder(r.length() + 16).append(r, 0, i);
            }
            if (sb != null) {
                if (c < 0x80) {
                    sb.append((char) c);
                } else if (c < 0x100) {
                    sb.append("\\x").append(hex(c, 2));
                } else if (c < 0x10000) {
                    sb.append("\\u").append(hex(c, 4));
                } else {
                    sb.append("\\U").append(hex(c, 8));
                }
            }
            i += Character.charCount(c);
        }
        return sb == null ? r : sb.toString();
    }

    private static String hex(int c, int width) {
        String h = Integer.toHexString(c);
        return "0".repeat(width - h.length()) + h;
    }

    private static String simpleRepr(Object v) {
        if (v == null || v == PyNone.NONE) {
            return "None";
        } else if (v instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (v instanceof Double d) {
            return FloatRepr.floatRepr(d);
        }
        return IntText.repr(v);
    }

    /** The Python type name as error messages spell it; Object[] is a tuple, a Map a dict. */
    static String typeName(Object v) {
        if (v instanceof Object[]) {
            return "tuple";
        } else if (v instanceof Map) {
            return "dict";
        } else if (v instanceof List) {
            return "list";
        }
        return Errors.typeName(v);
    }
}
