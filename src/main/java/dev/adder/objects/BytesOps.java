package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.PyType;
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

    /** {@code bytes + bytearray} / {@code bytes + memoryview}: bytes; null when b is not bytes-like. */
    static PyBytes concatBuffer(PyBytes a, Object b) {
        if (!isSimple(b)) {
            return null;
        }
        byte[] y = buffer(b);
        return y == null ? null : concat(a, PyBytes.wrap(y));
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

    /** {@code b % args} ({@link BytesPercent}). */
    static PyBytes percent(PyBytes s, Object args) {
        return BytesPercent.percent(s, args);
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

    /**
     * The bytes of a bytes-like object (bytes, bytearray, memoryview), or null for anything else.
     * Read only: the array may be a bytes object's own; a bytearray's is a snapshot copy.
     */
    static byte[] buffer(Object o) {
        if (o instanceof PyBytes b) {
            return b.value();
        } else if (o instanceof PyByteArray a) {
            return a.toBytes();
        } else if (o instanceof PyMemoryView m) {
            return m.toBytes();
        } else if (o instanceof BuiltinValue v && v.value() instanceof PyBytes b) {
            return b.value();
        }
        return null;
    }

    /**
     * As {@link #buffer}, for CPython's PyBUF_SIMPLE requests (method arguments): a memoryview must be
     * C-contiguous ({@code BufferError}) and not released ({@code ValueError}).
     */
    static byte[] simpleBuffer(Object o) {
        if (o instanceof PyMemoryView m) {
            m.checkReleased();
            if (!m.isSimpleBuffer()) {
                throw Errors.of("BufferError", "memoryview: underlying buffer is not C-contiguous");
            }
        }
        return buffer(o);
    }

    /** Whether a PyBUF_SIMPLE request on {@code o} succeeds (concatenation, join: else their TypeError). */
    static boolean isSimple(Object o) {
        return !(o instanceof PyMemoryView m) || m.isSimpleBuffer();
    }

    /** A bytes-like argument's bytes, or TypeError "a bytes-like object is required, not 'str'". */
    static byte[] bytesLike(Object o) {
        byte[] b = simpleBuffer(o);
        if (b != null) {
            return b;
        }
        throw Errors.typeError("a bytes-like object is required, not '" + Errors.typeName(o) + "'");
    }

    /** {@code bytes(x)} for x an iterable of ints or a bytes object (int.from_bytes, bytes()). */
    static byte[] fromObject(Object x) {
        byte[] buf = buffer(x);
        if (buf != null) {
            return buf;
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
        return byteValue(v, "bytes must be in range(0, 256)");
    }

    /** An int in range(256) ({@code __index__}), else ValueError {@code message} (bytearray says "byte must be"). */
    static int byteValue(Object v, String message) {
        if (v instanceof Integer i && i >= 0 && i <= 255) {
            return i;
        }
        Object i = Ops.index(v);
        long l = i instanceof java.math.BigInteger ? -1 : IntOps.smallValue(IntOps.index(i));
        if (l < 0 || l > 255) {
            throw Errors.valueError(message);
        }
        return (int) l;
    }

    /** {@code b.hex(sep, bytes_per_sep)}. */
    static String hex(byte[] b, Object sep, Object perSep) {
        StringBuilder sb = new StringBuilder(b.length * 3);
        String s = null;
        long group = 1;
        if (sep != null && perSep != null) {
            // Argument Clinic converts bytes_per_sep before the body looks at sep.
            Object g = Ops.index(perSep);
            if (g instanceof java.math.BigInteger || (g instanceof Long l && l != l.intValue())) {
                throw Errors.overflowError("Python int too large to convert to C int");
            }
            group = ((Number) g).longValue();
        }
        if (sep != null) {
            // CPython 3.11: Python/pystrhex.c checks the length, then the type, then ASCII.
            if (Ops.len(sep) != 1) {
                throw Errors.valueError("sep must be length 1.");
            }
            sep = BuiltinValue.unwrap(sep);
            if (!(sep instanceof PyBytes || sep instanceof String)) {
                throw Errors.typeError("sep must be str or bytes.");
            }
            s = sep instanceof PyBytes sb2 ? latin1(sb2) : (String) sep;
            if (s.charAt(0) > 127) {
                throw Errors.valueError("sep must be ASCII.");
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

    /** {@code bytes(source, encoding, errors)} (CPython 3.11: Objects/bytesobject.c bytes_new_impl). */
    static Object newBytes(PyType type, Object[] args, String[] kw) {
        if (type != PyBytes.TYPE) {
            // CPython 3.11: Objects/bytesobject.c bytes_subtype_new
            return BuiltinSubclassInstance.of(type, newBytes(PyBytes.TYPE, args, kw));
        }
        Object[] a = Methods.keywordArgs("bytes", args, 0, kw, 0, 3, new String[] {"source", "encoding", "errors"});
        Object x = a[0];
        if (x == null) {
            if (a[1] != null || a[2] != null) {
                throw Errors.typeError(a[1] != null ? "encoding without a string argument"
                        : "errors without a string argument");
            }
            return PyBytes.wrap(new byte[0]);
        }
        if (x instanceof BuiltinValue v && v.value() instanceof String
                && (a[1] != null || Ops.type(x).lookup("__bytes__") == null)) {
            x = v.value();
        }
        if (x instanceof String s) {
            if (a[1] == null) {
                throw Errors.typeError("string argument without an encoding");
            }
            return Codecs.encode(s, StrOps.str(a[1], "bytes() argument 'encoding'"),
                    a[2] == null ? "strict" : StrOps.str(a[2], "bytes() argument 'errors'"));
        }
        if (a[1] != null) {
            throw Errors.typeError("encoding without a string argument");
        }
        if (a[2] != null) {
            throw Errors.typeError("errors without a string argument");
        }
        if (x instanceof PyBytes) {
            return x;
        }
        if (IntOps.isInt(x) || (!NumberOps.isNative(x) && Ops.type(x).lookup("__index__") != null
                && Ops.type(x).lookup("__bytes__") == null)) {
            long n = StrOps.asSsize(Ops.index(x));
            if (n < 0) {
                throw Errors.valueError("negative count");
            }
            if (n > Integer.MAX_VALUE - 16) {
                throw Errors.memoryError("");
            }
            return PyBytes.wrap(new byte[(int) n]);
        }
        return PyBytes.wrap(fromObject(x));
    }
}
