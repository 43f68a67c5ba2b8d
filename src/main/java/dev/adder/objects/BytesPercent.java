package dev.adder.objects;

import dev.adder.runtime.Errors;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bytes % args} and {@code bytearray % args} (CPython's _PyBytes_FormatEx): the str algorithm
 * ({@link PercentFormat}) on the Latin-1 text, with the arguments adapted where bytes differ
 * ({@code %s} and {@code %b} take only bytes-like objects or {@code __bytes__}, {@code %c} a byte).
 */
final class BytesPercent {
    private BytesPercent() {}

    /** {@code b % args}: formats through the str algorithm on the Latin-1 text. */
    static PyBytes percent(PyBytes s, Object args) {
        Object a;
        if (args instanceof PyTuple t) {
            Object[] items = t.items().clone();
            for (int i = 0; i < items.length; i++) {
                items[i] = items[i] instanceof String str ? new StrArg(str) : items[i];
            }
            a = items;
        } else if (args instanceof PyBytes || args instanceof String || args instanceof PyByteArray) {
            // bytes and str are not mappings here (CPython's bytes % checks exclude them).
            a = new Object[] {args instanceof String str ? new StrArg(str) : args};
        } else if (args instanceof java.util.Map<?, ?> m) {
            a = new BytesKeyed(m);
        } else {
            a = args;
        }
        a = byConversion(BytesOps.latin1(s), a);
        try {
            String r = PercentFormat.format(bToS(BytesOps.latin1(s)), a, BytesPercent::bytesStr,
                    v -> v instanceof PyBytes b ? dev.adder.text.StrRepr.bytesRepr(b.value())
                            : Ops.ascii(v instanceof StrArg x ? x.value() : v));
            for (int i = 0; i < r.length(); i++) {
                if (r.charAt(i) > 255) {
                    // Only %c can make a code point past Latin-1: CPython's bytes %c range check.
                    throw Errors.overflowError("%c arg not in range(256)");
                }
            }
            return BytesOps.fromLatin1(r);
        } catch (dev.adder.runtime.PyBaseException e) {
            String m = e.str();
            if ("not all arguments converted during string formatting".equals(m)) {
                throw Errors.typeError("not all arguments converted during bytes formatting");
            }
            if ("%c requires int or char".equals(m)) {
                throw Errors.typeError("%c requires an integer in range(256) or a single byte");
            }
            if ("%c arg not in range(0x110000)".equals(m)) {
                throw Errors.overflowError("%c arg not in range(256)");
            }
            throw e;
        }
    }

    /**
     * The positional arguments adapted to their conversions where bytes % differs from str %: an int,
     * float, bool or None under %s/%b must fail (the str algorithm would print it), and a one-byte
     * bytes or bytearray under %c is a character.
     */
    private static Object byConversion(String format, Object a) {
        if (a instanceof BytesKeyed || format.indexOf('%') < 0) {
            return a;
        }
        List<Character> conv = conversions(format);
        if (conv == null) {
            return a;
        }
        boolean single = !(a instanceof Object[]);
        Object[] items = single ? new Object[] {a} : (Object[]) a;
        boolean changed = false;
        for (int k = 0; k < Math.min(items.length, conv.size()); k++) {
            Object o = items[k];
            char c = conv.get(k);
            if ((c == 's' || c == 'b') && (IntOps.isInt(o) || o instanceof Double || o instanceof PyComplex
                    || o == dev.adder.runtime.PyNone.NONE)) {
                items[k] = new NotBytes(o);
                changed = true;
            } else if (c == 'c' && (o instanceof PyBytes || o instanceof PyByteArray)
                    && BytesOps.buffer(o).length == 1) {
                items[k] = String.valueOf((char) (BytesOps.buffer(o)[0] & 0xff));
                changed = true;
            }
        }
        return single && !changed ? a : items;
    }

    /** The conversion characters of a format in argument order ('*' for a star width or precision); null with keys. */
    private static List<Character> conversions(String f) {
        List<Character> out = new ArrayList<>();
        int n = f.length();
        int i = 0;
        while (i < n) {
            if (f.charAt(i++) != '%') {
                continue;
            }
            if (i < n && f.charAt(i) == '(') {
                return null;
            }
            while (i < n && "-+ #0".indexOf(f.charAt(i)) >= 0) {
                i++;
            }
            while (i < n && (Character.isDigit(f.charAt(i)) || f.charAt(i) == '*' || f.charAt(i) == '.')) {
                if (f.charAt(i) == '*') {
                    out.add('*');
                }
                i++;
            }
            while (i < n && "hlL".indexOf(f.charAt(i)) >= 0) {
                i++;
            }
            if (i < n) {
                char c = f.charAt(i++);
                if (c != '%') {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** A non-bytes argument of %s/%b: formatting it raises "%b requires a bytes-like object, ...". */
    private record NotBytes(Object value) implements dev.adder.runtime.PythonTyped {
        @Override
        public String pythonTypeName() {
            return Errors.typeName(value);
        }
    }

    /** The format with each {@code %b} conversion turned into {@code %s} (the same for bytes %). */
    private static String bToS(String f) {
        if (f.indexOf('b') < 0) {
            return f;
        }
        char[] c = f.toCharArray();
        int i = 0;
        while (i < c.length) {
            if (c[i++] != '%') {
                continue;
            }
            if (i < c.length && c[i] == '(') {
                int depth = 1;
                i++;
                while (i < c.length && depth > 0) {
                    depth += c[i] == '(' ? 1 : c[i] == ')' ? -1 : 0;
                    i++;
                }
            }
            while (i < c.length && "-+ #0123456789.*".indexOf(c[i]) >= 0) {
                i++;
            }
            if (i < c.length) {
                if (c[i] == 'b') {
                    c[i] = 's';
                }
                i++;
            }
        }
        return new String(c);
    }

    /** A dict seen by the str algorithm, whose {@code %(key)} names are Latin-1 text of bytes keys. */
    private static final class BytesKeyed extends java.util.AbstractMap<Object, Object> {
        private final java.util.Map<?, ?> map;

        BytesKeyed(java.util.Map<?, ?> map) {
            this.map = map;
        }

        private static Object key(Object k) {
            return k instanceof String s ? BytesOps.fromLatin1(s) : k;
        }

        @Override
        public boolean containsKey(Object k) {
            return map.containsKey(key(k));
        }

        @Override
        public Object get(Object k) {
            return map.get(key(k));
        }

        @Override
        public java.util.Set<Entry<Object, Object>> entrySet() {
            @SuppressWarnings("unchecked")
            java.util.Map<Object, Object> m = (java.util.Map<Object, Object>) map;
            return m.entrySet();
        }
    }

    /** A str argument of bytes %: only %r/%a may format it (%s needs bytes). */
    private record StrArg(String value) implements dev.adder.runtime.PythonTyped {
        @Override
        public String pythonTypeName() {
            return "str";
        }
    }

    /** The %s/%b text of a bytes-like argument (its Latin-1 text). */
    static String bytesStr(Object v) {
        byte[] b = BytesOps.buffer(v);
        if (b != null) {
            return new String(b, StandardCharsets.ISO_8859_1);
        }
        if (!(v instanceof NotBytes) && !NumberOps.isNative(v) && Ops.type(v).lookup("__bytes__") != null) {
            return new String(BytesOps.fromObject(v), StandardCharsets.ISO_8859_1);
        }
        throw Errors.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '"
                + Errors.typeName(v) + "'");
    }
}
