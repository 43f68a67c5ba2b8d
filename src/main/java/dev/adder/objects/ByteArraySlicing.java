package dev.adder.objects;

import dev.adder.runtime.Errors;
import java.util.Arrays;

/** Subscription of bytearrays: CPython 3.11's bytearray_subscript and bytearray_ass_subscript. */
final class ByteArraySlicing {
    private ByteArraySlicing() {}

    /** {@code a[slice]} of a byte array, as a new array. */
    static byte[] slice(byte[] a, PySlice s) {
        long[] r = s.indicesFor(a.length);
        int start = (int) r[0];
        int n = (int) r[3];
        if (r[2] == 1) {
            return Arrays.copyOfRange(a, start, start + n);
        }
        byte[] out = new byte[n];
        long j = start;
        for (int k = 0; k < n; k++, j += r[2]) {
            out[k] = a[(int) j];
        }
        return out;
    }

    static Object getitem(PyByteArray self, Object key) {
        if (key instanceof PySlice s) {
            return PyByteArray.wrap(slice(self.toBytes(), s));
        }
        return self.get(ListSlicing.index(key, "bytearray"));
    }

    /** {@code self[key] = value}, or {@code del self[key]} when value is null. */
    static void setitem(PyByteArray self, Object key, Object value) {
        long[] sss;
        if (key instanceof PySlice s) {
            sss = s.unpack();
        } else {
            long i = ListSlicing.index(key, "bytearray");
            if (value != null) {
                // CPython converts the value before the size check (GH-91153).
                int v = BytesOps.byteValue(value, "byte must be in range(0, 256)");
                self.set(i, v);
                return;
            }
            synchronized (self) {
                int n = self.size();
                if (i < 0) {
                    i += n;
                }
                if (i < 0 || i >= n) {
                    throw Errors.indexError("bytearray index out of range");
                }
                self.replaceRange((int) i, (int) i + 1, new byte[0]);
            }
            return;
        }
        byte[] src = value == null ? new byte[0] : source(value);
        synchronized (self) {
            long n = PySlice.adjustIndices(self.size(), sss);
            long start = sss[0];
            long stop = sss[1];
            long step = sss[2];
            if ((step < 0 && start < stop) || (step > 0 && start > stop)) {
                stop = start;
            }
            if (step == 1) {
                self.replaceRange((int) start, (int) stop, src);
            } else if (src.length == 0) {
                // CPython deletes here, also for an empty value assigned to an extended slice.
                deleteStrided(self, start, step, n);
            } else {
                if (src.length != n) {
                    throw Errors.valueError("attempt to assign bytes of size " + src.length
                            + " to extended slice of size " + n);
                }
                self.writeStrided(start, step, src);
            }
        }
    }

    /** The bytes of an assigned value: bytes-like or an iterable of ints, never a number or str. */
    private static byte[] source(Object value) {
        byte[] b = BytesOps.buffer(value);
        if (b != null) {
            return value instanceof PyBytes ? b : b.clone();
        }
        if (isNumber(value) || value instanceof String) {
            throw Errors.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        return ByteArrayMethods.fromIterable(value);
    }

    /** CPython's PyNumber_Check: int, float, complex, or a type with __index__, __int__ or __float__. */
    static boolean isNumber(Object v) {
        if (IntOps.isInt(v) || v instanceof Double || v instanceof PyComplex) {
            return true;
        }
        if (NumberOps.isNative(v)) {
            return false;
        }
        var t = Ops.type(v);
        return t.lookup("__index__") != null || t.lookup("__int__") != null || t.lookup("__float__") != null;
    }

    private static void deleteStrided(PyByteArray self, long start, long step, long n) {
        byte[] a = self.toBytes();
        // CPython checks _canresize before looking at the slice length.
        self.checkResizable();
        if (n == 0) {
            return;
        }
        if (step < 0) {
            start = start + step * (n - 1);
            step = -step;
        }
        byte[] out = new byte[a.length - (int) n];
        int o = 0;
        long next = start;
        long removed = 0;
        for (int i = 0; i < a.length; i++) {
            if (removed < n && i == next) {
                removed++;
                next += step;
            } else {
                out[o++] = a[i];
            }
        }
        self.replaceAll(out);
    }
}
