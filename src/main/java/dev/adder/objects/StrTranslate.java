package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyNone;
import java.util.Map;

/** {@code str.translate} and {@code str.maketrans}. */
final class StrTranslate {
    private StrTranslate() {}

    /** {@code s.translate(table)}: table[ord(c)] is None (delete), an int (code point) or a str. */
    // CPython 3.11: Objects/unicodeobject.c _PyUnicode_TranslateCharmap
    static String translate(String s, Object table) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            Object r;
            try {
                r = Ops.getitem(table, c);
            } catch (PyBaseException e) {
                if (e.isInstance(ExceptionTypes.LOOKUP_ERROR)) {
                    sb.appendCodePoint(c);
                    continue;
                }
                throw e;
            }
            if (r == PyNone.NONE) {
                continue;
            } else if (IntOps.isInt(r)) {
                Object v = IntOps.index(r);
                long cp = v instanceof java.math.BigInteger ? -1 : IntOps.smallValue(v);
                if (cp < 0 || cp > 0x10ffff) {
                    throw Errors.valueError("character mapping must be in range(0x110000)");
                }
                sb.appendCodePoint((int) cp);
            } else if (r instanceof String t) {
                sb.append(t);
            } else {
                throw Errors.typeError("character mapping must return integer, None or str");
            }
        }
        return sb.toString();
    }

    /** {@code str.maketrans(x, y, z)}. */
    // CPython 3.11: Objects/unicodeobject.c unicode_maketrans_impl
    static PyDict maketrans(Object x, Object y, Object z) {
        PyDict d = new PyDict();
        if (y != null) {
            String a = StrOps.str(x, "maketrans() argument 1");
            String b = StrOps.str(y, "maketrans() argument 2");
            int[] ca = a.codePoints().toArray();
            int[] cb = b.codePoints().toArray();
            if (ca.length != cb.length) {
                throw Errors.valueError("the first two maketrans arguments must have equal length");
            }
            for (int i = 0; i < ca.length; i++) {
                d.put(ca[i], cb[i]);
            }
            if (z != null) {
                String c = StrOps.str(z, "maketrans() argument 3");
                c.codePoints().forEach(cp -> d.put(cp, PyNone.NONE));
            }
            return d;
        }
        if (!(x instanceof PyDict m)) {
            throw Errors.typeError("if you give only one argument to maketrans it must be a dict");
        }
        for (Map.Entry<Object, Object> e : m.entrySet()) {
            Object k = e.getKey();
            if (k instanceof String ks) {
                if (StrOps.len(ks) != 1) {
                    throw Errors.valueError("string keys in translate table must be of length 1");
                }
                d.put(ks.codePointAt(0), e.getValue());
            } else if (IntOps.isInt(k)) {
                d.put(IntOps.index(k), e.getValue());
            } else {
                throw Errors.typeError("keys in translate table must be strings or integers");
            }
        }
        return d;
    }
}
