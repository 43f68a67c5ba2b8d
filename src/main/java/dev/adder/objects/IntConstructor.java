package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.PyType;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/** {@code int(x)}, {@code int(text, base)}, {@code int.to_bytes} and {@code int.from_bytes}. */
final class IntConstructor {
    private IntConstructor() {}

    private static final String[] NAMES = {null, "base"};

    /** {@code int.__new__}. */
    // CPython 3.11: Objects/longobject.c long_new_impl
    static Object create(PyType type, Object[] args, String[] kw) {
        if (type != IntMethods.TYPE) {
            // CPython 3.11: Objects/longobject.c long_subtype_new: an int made as int() makes it, then wrapped.
            return BuiltinSubclassInstance.of(type, create(IntMethods.TYPE, args, kw));
        }
        Object[] a = Methods.keywordArgs("int", args, 0, kw, 0, 2, NAMES);
        Object x = a[0];
        Object base = a[1];
        if (x == null) {
            if (base != null) {
                throw Errors.typeError("int() missing string argument");
            }
            return 0;
        }
        if (base == null) {
            return toInt(x);
        }
        Object b = Ops.index(base);
        long bv = b instanceof BigInteger ? Long.MAX_VALUE : IntOps.smallValue(IntOps.index(b));
        int ib = bv != 0 && (bv < 2 || bv > 36) ? -1 : (int) bv;
        if (x instanceof BuiltinValue v && !IntOps.isInt(v.value())) {
            x = v.value();
        }
        if (x instanceof String s) {
            return IntText.parse(s, ib, IntText.DEFAULT_MAX_STR_DIGITS);
        } else if (x instanceof PyBytes bytes) {
            return parseBytes(bytes, ib);
        }
        throw Errors.typeError("int() can't convert non-string with explicit base");
    }

    /** {@code int(x)} without a base: CPython's {@code PyNumber_Long}. */
    static Object toInt(Object x) {
        if (IntOps.isInt(x)) {
            return IntOps.index(x);
        } else if (x instanceof Double d) {
            return IntOps.fromDouble(d);
        } else if (x instanceof String s) {
            return IntText.parse(s);
        } else if (x instanceof PyBytes b) {
            return parseBytes(b, 10);
        }
        PyType t = Ops.type(x);
        for (String name : new String[] {"__int__", "__index__"}) {
            Object f = t.lookup(name);
            if (f != null && !NumberOps.isNative(x)) {
                Object r = intResult(Ops.call(f, x));
                if (!IntOps.isInt(r)) {
                    throw Errors.typeError(name + " returned non-int (type " + Errors.typeName(r) + ")");
                }
                return IntOps.index(r);
            }
        }
        Object f = t.lookup("__trunc__");
        if (f != null && !NumberOps.isNative(x)) {
            Object r = intResult(Ops.call(f, x));
            return IntOps.isInt(r) ? IntOps.index(r) : Ops.index(r);
        }
        if (x instanceof BuiltinValue v && (v.value() instanceof String || v.value() instanceof PyBytes)) {
            return toInt(v.value());
        }
        throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + Errors.typeName(x) + "'");
    }

    /** A conversion dunder's result: an instance of an int subclass counts as its int (CPython copies it). */
    private static Object intResult(Object r) {
        return r instanceof BuiltinValue v && IntOps.isInt(v.value()) ? v.value() : r;
    }

    private static Object parseBytes(PyBytes b, int base) {
        String text = new String(b.value(), StandardCharsets.ISO_8859_1);
        try {
            return IntText.parse(text, base, IntText.DEFAULT_MAX_STR_DIGITS);
        } catch (dev.adder.runtime.PyBaseException e) {
            if (e.isInstance(dev.adder.runtime.ExceptionTypes.VALUE_ERROR) && e.str().startsWith("invalid literal")) {
                throw Errors.valueError("invalid literal for int() with base " + base + ": " + Ops.repr(b));
            }
            throw e;
        }
    }

    private static boolean littleEndian(Object byteorder) {
        if (byteorder == null) {
            return false;
        }
        if (!(byteorder instanceof String s)) {
            throw Errors.typeError("to_bytes() argument 'byteorder' must be str, not " + Errors.typeName(byteorder));
        }
        if (s.equals("little")) {
            return true;
        } else if (s.equals("big")) {
            return false;
        }
        throw Errors.valueError("byteorder must be either 'little' or 'big'");
    }

    /** {@code int.to_bytes(length=1, byteorder='big', *, signed=False)}. */
    // CPython 3.11: Objects/longobject.c int_to_bytes_impl
    static Object toBytes(Object self, Object length, Object byteorder, Object signed) {
        long n = length == null ? 1 : StrOps.ssizeArg(Ops.index(length));
        if (n < 0) {
            throw Errors.valueError("length argument must be non-negative");
        }
        boolean little = littleEndian(byteorder);
        boolean sign = signed != null && Ops.isTrue(signed);
        BigInteger v = IntOps.toBig(self);
        if (!sign && v.signum() < 0) {
            throw Errors.overflowError("can't convert negative int to unsigned");
        }
        int bits = sign ? v.bitLength() + 1 : v.bitLength();
        if (bits > n * 8) {
            throw Errors.overflowError("int too big to convert");
        }
        byte[] out = new byte[(int) n];
        byte[] raw = v.toByteArray(); // big-endian two's complement, minimal
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < n; i++) {
            int k = raw.length - 1 - i;
            out[(int) n - 1 - i] = k >= 0 ? raw[k] : fill;
        }
        if (little) {
            reverse(out);
        }
        return PyBytes.wrap(out);
    }

    /** {@code int.from_bytes(bytes, byteorder='big', *, signed=False)}. */
    static Object fromBytes(PyType cls, Object bytes, Object byteorder, Object signed) {
        byte[] b = BytesOps.fromObject(bytes).clone();
        boolean little = littleEndian(byteorder);
        boolean sign = signed != null && Ops.isTrue(signed);
        if (little) {
            reverse(b);
        }
        BigInteger v = b.length == 0 ? BigInteger.ZERO : sign ? new BigInteger(b) : new BigInteger(1, b);
        Object r = IntOps.normalize(v);
        return cls == IntMethods.TYPE ? r : Ops.call(cls, r);
    }

    private static void reverse(byte[] b) {
        for (int i = 0, j = b.length - 1; i < j; i++, j--) {
            byte x = b[i];
            b[i] = b[j];
            b[j] = x;
        }
    }
}
