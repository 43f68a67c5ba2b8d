package dev.adder.objects;

import dev.adder.runtime.Errors;
import java.math.BigInteger;

/** Subscription of lists and tuples: CPython 3.11's list_subscript, list_ass_subscript, tuplesubscript. */
final class ListSlicing {
    private ListSlicing() {}

    /**
     * An index argument as a long ({@code PyNumber_AsSsize_t(key, PyExc_IndexError)}): TypeError
     * naming {@code kind} when it is not an integer or slice, IndexError when it does not fit.
     */
    static long index(Object key, String kind) {
        if (key instanceof Integer i) {
            return i;
        }
        if (!SequenceOps.isIndex(key)) {
            throw Errors.typeError(kind + " indices must be integers or slices, not " + Errors.typeName(key));
        }
        Object v = Ops.index(key);
        if (v instanceof BigInteger) {
            throw Errors.indexError("cannot fit 'int' into an index-sized integer");
        }
        return ((Number) v).longValue();
    }

    static Object getitem(PyList l, Object key) {
        if (key instanceof PySlice s) {
            Object[] a = l.toArray();
            return PyList.wrap(slice(a, s));
        }
        long i = index(key, "list");
        return l.getItem((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, i)));
    }

    static Object getitem(PyTuple t, Object key) {
        Object[] a = t.items();
        if (key instanceof PySlice s) {
            long[] r = s.indicesFor(a.length);
            if (r[0] == 0 && r[2] == 1 && r[3] == a.length && t.type() == PyTuple.TYPE) {
                return t;
            }
            return PyTuple.wrap(slice(a, s));
        }
        long i = index(key, "tuple");
        if (i < 0) {
            i += a.length;
        }
        if (i < 0 || i >= a.length) {
            throw Errors.indexError("tuple index out of range");
        }
        return a[(int) i];
    }

    /** {@code a[slice]} as a new array. */
    static Object[] slice(Object[] a, PySlice s) {
        long[] r = s.indicesFor(a.length);
        int start = (int) r[0];
        int step = (int) Math.max(Math.min(r[2], Integer.MAX_VALUE), Integer.MIN_VALUE + 1);
        int n = (int) r[3];
        if (step == 1) {
            return java.util.Arrays.copyOfRange(a, start, start + n);
        }
        Object[] out = new Object[n];
        long j = start;
        for (int k = 0; k < n; k++, j += r[2]) {
            out[k] = a[(int) j];
        }
        return out;
    }

    static void setitem(PyList l, Object key, Object value) {
        if (key instanceof PySlice s) {
            setslice(l, s, value);
            return;
        }
        l.setItem(index(key, "list"), value);
    }

    private static Object[] sequence(Object value, String message) {
        if (value instanceof PyList ol) {
            return ol.toArray();
        }
        if (value instanceof PyTuple t) {
            return t.items();
        }
        try {
            return Iteration.toList(value).toArray();
        } catch (dev.adder.runtime.PyBaseException e) {
            if (e.isInstance(dev.adder.runtime.ExceptionTypes.TYPE_ERROR) && Ops.type(value).lookup("__iter__") == null
                    && Ops.type(value).lookup("__getitem__") == null) {
                throw Errors.typeError(message);
            }
            throw e;
        }
    }

    // CPython 3.11: list_ass_subscript with a slice
    private static void setslice(PyList l, PySlice s, Object value) {
        long[] sss = s.unpack();
        if (sss[2] == 1) {
            Object[] src = sequence(value, "can only assign an iterable");
            synchronized (l) {
                PySlice.adjustIndices(l.size(), sss);
                int lo = (int) sss[0];
                int hi = (int) Math.max(sss[0], sss[1]);
                l.replaceRange(lo, hi, src, src.length);
            }
            return;
        }
        Object[] src = sequence(value, "must assign iterable to extended slice");
        synchronized (l) {
            long n = PySlice.adjustIndices(l.size(), sss);
            if (src.length != n) {
                throw Errors.valueError("attempt to assign sequence of size " + src.length
                        + " to extended slice of size " + n);
            }
            Object[] a = l.array();
            long j = sss[0];
            for (int k = 0; k < n; k++, j += sss[2]) {
                a[(int) j] = src[k];
            }
        }
    }

    static void delitem(PyList l, Object key) {
        if (key instanceof PySlice s) {
            long[] sss = s.unpack();
            synchronized (l) {
                long n = PySlice.adjustIndices(l.size(), sss);
                if (n == 0) {
                    return;
                }
                if (sss[2] == 1) {
                    l.replaceRange((int) sss[0], (int) sss[1], new Object[0], 0);
                    return;
                }
                long start = sss[0];
                long step = sss[2];
                if (step < 0) {
                    // Delete the same positions walking forward.
                    start = start + step * (n - 1);
                    step = -step;
                }
                Object[] a = l.toArray();
                Object[] out = new Object[a.length - (int) n];
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
                l.replaceAll(out, o);
            }
            return;
        }
        long i = index(key, "list");
        synchronized (l) {
            int n = l.size();
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw Errors.indexError("list assignment index out of range");
            }
            l.remove((int) i);
        }
    }
}
