package dev.adder.objects;

import dev.adder.runtime.Errors;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The algorithms of {@code bytes}: concatenation, repetition, comparison, hashing, indexing,
 * {@code bytes(x)} conversion, hex. Byte strings map one to one to Latin-1 Java strings, which
 * lets the methods reuse the str algorithms where bytes behave the same.
 */
final class BytesOps {
    private BytesOps() {}

    static PyBytes concat(PyBytes a, PyBytes b) {
        byte[] x = a.value();
        byte[] y = b.value();
        if (y.length == 0) {
            return a;
        }
        if (x.length == 0) {
            return b;
        }
        byte[] r = Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, r, x.length, y.length);
        return PyBytes.wrap(r);
    }

    static PyBytes repeat(PyBytes s, Object n) {
        long count = StrOps.asSsize(n);
        byte[] v = s.value();
        if (count <= 0 || v.length == 0) {
            return PyBytes.wrap(new byte[0]);
        }
        if (count == 1) {
            return s;
        }
        if (count > (Integer.MAX_VALUE - 16) / v.length) {
            throw Errors.memoryError("");
        }
        byte[] r = new byte[(int) (v.length * count)];
        for (int i = 0; i < count; i++) {
            System.arraycopy(v, 0, r, i * v.length, v.length);
        }
        return PyBytes.wrap(r);
    }

    /** {@code b % args}: formats through the str algorithm on the Latin-1 text. */
    static PyBytes percent(PyBytes s, Object args) {
        Object a;
        if (args instanceof PyTuple t) {
            Object[] items = t.items().clone();
            for (int i = 0; i < items.length; i++) {
                items[i] = items[i] instanceof String str ? new StrArg(str) : items[i];
            }
            a = items;
        } else if (args instanceof PyBytes || args instanceof String) {
            // bytes and str are not mappings here (CPython's bytes % checks exclude them).
            a = new Object[] {args instanceof String str ? new StrArg(str) : args};
        } else if (args instanceof java.util.Map<?, ?> m) {
            a = new BytesKeyed(m);
        } else {
            a = args;
        }
        try {
            String r = PercentFormat.format(bToS(latin1(s)), a, v -> v instanceof PyBytes b ? latin1(b) : bytesStr(v),
                    v -> v instanceof PyBytes b ? StrOpsBridge.bytesRepr(b)
                            : Ops.ascii(v instanceof StrArg x ? x.value() : v));
            return fromLatin1(r);
        } catch (dev.adder.runtime.PyBaseException e) {
            if ("not all arguments converted during string formatting".equals(e.str())) {
                throw Errors.typeError("not all arguments converted during bytes formatting");
            }
            throw e;
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
            return k instanceof String s ? fromLatin1(s) : k;
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

    private static String bytesStr(Object v) {
        throw Errors.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '"
                + Errors.typeName(v) + "'");
    }

    static int compare(PyBytes a, PyBytes b) {
        return Arrays.compareUnsigned(a.value(), b.value());
    }

    static long hash(PyBytes b) {
        // Equal to hash() of the Latin-1 str, so b"a" and "a" need not agree (they never compare equal).
        long h = Arrays.hashCode(b.value());
        return h == -1 ? -2 : h;
    }

    static String latin1(PyBytes b) {
        return new String(b.value(), StandardCharsets.ISO_8859_1);
    }

    static PyBytes fromLatin1(String s) {
        return PyBytes.wrap(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A bytes-like argument's bytes, or TypeError "a bytes-like object is required, not 'str'". */
    static byte[] bytesLike(Object o) {
        if (o instanceof PyBytes b) {
            return b.value();
        }
        throw Errors.typeError("a bytes-like object is required, not '" + Errors.typeName(o) + "'");
    }

    /** {@code bytes(x)} for x an iterable of ints or a bytes object (int.from_bytes, bytes()). */
    static byte[] fromObject(Object x) {
        if (x instanceof PyBytes b) {
            return b.value();
        }
        if (x instanceof String) {
            throw Errors.typeError("cannot convert 'str' object to bytes");
        }
        if (!NumberOps.isNative(x) && Ops.type(x).lookup("__bytes__") != null) {
            Object r = Ops.call(Ops.type(x).lookup("__bytes__"), x);
            if (!(r instanceof PyBytes b)) {
                throw Errors.typeError("__bytes__ returned non-bytes (type " + Errors.typeName(r) + ")");
            }
            return b.value();
        }
        if (IntOps.isInt(x) || x instanceof Double || x instanceof PyComplex) {
            throw Errors.typeError("cannot convert '" + Errors.typeName(x) + "' object to bytes");
        }
        Object it;
        try {
            it = Ops.iter(x);
        } catch (dev.adder.runtime.PyBaseException e) {
            throw Errors.typeError("cannot convert '" + Errors.typeName(x) + "' object to bytes");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object v = Ops.next(it); v != null; v = Ops.next(it)) {
            out.write(byteValue(v));
        }
        return out.toByteArray();
    }

    /** An int in range(256) for a bytes item. */
    static int byteValue(Object v) {
        Object i = Ops.index(v);
        long l = i instanceof java.math.BigInteger ? -1 : IntOps.smallValue(IntOps.index(i));
        if (l < 0 || l > 255) {
            throw Errors.valueError("bytes must be in range(0, 256)");
        }
        return (int) l;
    }

    /** {@code b.hex(sep, bytes_per_sep)}. */
    static String hex(byte[] b, Object sep, Object perSep) {
        StringBuilder sb = new StringBuilder(b.length * 3);
        String s = null;
        long group = 1;
        if (sep != null) {
            s = sep instanceof PyBytes sb2 ? latin1(sb2) : StrOps.str(sep, "sep");
            if (s.length() != 1) {
                throw Errors.valueError("sep must be length 1.");
            }
            if (perSep != null) {
                group = StrOps.ssizeArg(Ops.index(perSep));
            }
        }
        int n = b.length;
        for (int i = 0; i < n; i++) {
            if (s != null && i > 0 && group != 0) {
                long g = Math.abs(group);
                // A positive count groups from the right, a negative one from the left.
                boolean boundary = group > 0 ? (n - i) % g == 0 : i % g == 0;
                if (boundary) {
                    sb.append(s);
                }
            }
            sb.append(Character.forDigit((b[i] >> 4) & 0xf, 16)).append(Character.forDigit(b[i] & 0xf, 16));
        }
        return sb.toString();
    }

    /** {@code bytes.fromhex(s)}: ValueError "non-hexadecimal number found in fromhex() arg at position N". */
    static PyBytes fromhex(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c) {
                i++;
                continue;
            }
            int hi = c < 128 ? Character.digit(c, 16) : -1;
            if (hi < 0) {
                throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + i);
            }
            int lo = i + 1 < n && s.charAt(i + 1) < 128 ? Character.digit(s.charAt(i + 1), 16) : -1;
            if (lo < 0) {
                throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            }
            out.write(hi * 16 + lo);
            i += 2;
        }
        return PyBytes.wrap(out.toByteArray());
    }

    /** Tiny bridge to the text package's bytes repr. */
    static final class StrOpsBridge {
        private StrOpsBridge() {}

        static String bytesRepr(PyBytes b) {
            return dev.adder.text.StrRepr.bytesRepr(b.value());
        }
    }
}
