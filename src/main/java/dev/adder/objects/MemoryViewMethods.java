package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PySingleton;
import dev.adder.runtime.PyType;
import java.math.BigInteger;
import java.util.Arrays;

/** The {@code memoryview} type object (CPython 3.11: Objects/memoryobject.c), for one-byte formats. */
final class MemoryViewMethods {
    private MemoryViewMethods() {}

    /** {@code memory_iterator}. */
    static final PyType ITERATOR = IteratorTypes.create("memory_iterator", false);

    private static PyMemoryView m(Object self) {
        PyMemoryView v = (PyMemoryView) self;
        v.checkReleased();
        return v;
    }

    /** {@code memoryview(object)}: the constructor. */
    static Object newMemoryView(PyType type, Object[] args, String[] kw) {
        Object[] a = Methods.keywordArgs("memoryview", args, 0, kw, 1, 1, new String[] {"object"});
        return PyMemoryView.of(a[0]);
    }

    /** The attributes of the type, defined when first needed. */
    static void defineType(PyType t) {
        Methods.newMethod(t);
        Methods.slot0(t, "__repr__", MemoryViewMethods::repr);
        Methods.slot0(t, "__hash__", self -> {
            PyMemoryView v = m(self);
            if (!v.readonly()) {
                throw Errors.valueError("cannot hash writable memoryview object");
            }
            Ops.hash(v.obj());
            return IntOps.valueOf(Ops.hash(PyBytes.wrap(v.toBytes())));
        });
        Methods.slot0(t, "__len__", self -> m(self).length());
        Methods.slot0(t, "__iter__", self -> new MemoryIterator(m(self)));
        Methods.slot1(t, "__getitem__", MemoryViewMethods::getitem);
        Methods.slot(t, "__setitem__", 2, (self, a) -> {
            setitem(m(self), a[0], a[1]);
            return PyNone.NONE;
        });
        Methods.slot1(t, "__delitem__", (self, k) -> {
            if (m(self).readonly()) {
                throw Errors.typeError("cannot modify read-only memory");
            }
            throw Errors.typeError("cannot delete memory");
        });
        for (int op = Compare.LT; op <= Compare.GE; op++) {
            int o = op;
            Methods.slot1(t, Compare.DUNDER[op], (self, x) -> compare((PyMemoryView) self, x, o));
        }
        Methods.noArgs(t, "__enter__", self -> m(self));
        t.define("__exit__", new dev.adder.runtime.PyMethodDescriptor(t, "__exit__", null, (args, kw) -> {
            if (!(args[0] instanceof PyMemoryView v)) {
                throw Errors.typeError("descriptor '__exit__' for 'memoryview' objects doesn't apply to a '"
                        + Errors.typeName(args[0]) + "' object");
            }
            Methods.noKeywords(t, "__exit__", kw);
            v.release();
            return PyNone.NONE;
        }));
        Methods.noArgs(t, "release", self -> {
            ((PyMemoryView) self).release();
            return PyNone.NONE;
        });
        Methods.keywords(t, "tobytes", 0, 1, new String[] {"order"}, (self, a) -> {
            PyMemoryView v = m(self);
            order(a[0]);
            return PyBytes.wrap(v.toBytes());
        });
        Methods.noArgs(t, "tolist", self -> {
            PyMemoryView v = m(self);
            Object[] r = new Object[v.length()];
            for (int i = 0; i < r.length; i++) {
                r[i] = item(v, i);
            }
            return PyList.wrap(r);
        });
        Methods.keywords(t, "hex", 0, 2, new String[] {"sep", "bytes_per_sep"},
                (self, a) -> BytesOps.hex(m(self).toBytes(), a[0], a[1]));
        Methods.noArgs(t, "toreadonly", self -> {
            PyMemoryView v = m(self);
            return v.derive(0, 1, v.length(), true, v.format());
        });
        Methods.keywords(t, "cast", 1, 2, new String[] {"format", "shape"}, (self, a) -> cast(m(self), a[0], a[1]));
        Methods.getter(t, "obj", self -> m(self).obj());
        Methods.getter(t, "nbytes", self -> m(self).length());
        Methods.getter(t, "readonly", self -> m(self).readonly());
        Methods.getter(t, "itemsize", self -> {
            m(self);
            return 1;
        });
        Methods.getter(t, "format", self -> String.valueOf(m(self).format()));
        Methods.getter(t, "ndim", self -> {
            m(self);
            return 1;
        });
        Methods.getter(t, "shape", self -> PyTuple.of(m(self).length()));
        Methods.getter(t, "strides", self -> PyTuple.of(m(self).step()));
        Methods.getter(t, "suboffsets", self -> {
            m(self);
            return PyTuple.of();
        });
        Methods.getter(t, "c_contiguous", self -> m(self).isContiguous());
        Methods.getter(t, "f_contiguous", self -> m(self).isContiguous());
        Methods.getter(t, "contiguous", self -> m(self).isContiguous());
    }

    private static String repr(Object self) {
        PyMemoryView v = (PyMemoryView) self;
        return (v.isReleased() ? "<released memory at 0x" : "<memory at 0x")
                + Long.toHexString(System.identityHashCode(v) * 16L) + ">";
    }

    private static void order(Object o) {
        if (o == null || o == PyNone.NONE) {
            return;
        }
        if (!(o instanceof String s)) {
            throw Errors.typeError("tobytes() argument 'order' must be str or None, not " + Errors.typeName(o));
        }
        if (!(s.equals("C") || s.equals("F") || s.equals("A"))) {
            throw Errors.valueError("order must be 'C', 'F' or 'A'");
        }
    }

    /** Item {@code i} as Python sees it: an int for 'B' and 'b', a one-byte bytes for 'c'. */
    private static Object item(PyMemoryView v, int i) {
        int b = v.byteAt(i);
        switch (v.format()) {
            case 'b': return (int) (byte) b;
            case 'c': return PyBytes.wrap(new byte[] {(byte) b});
            default: return b;
        }
    }

    /** CPython's pack_single for the one-byte formats. */
    private static int pack(PyMemoryView v, Object value) {
        char f = v.format();
        if (f == 'c') {
            if (!(value instanceof PyBytes b)) {
                throw Errors.typeError("memoryview: invalid type for format 'c'");
            }
            if (b.value().length != 1) {
                throw Errors.valueError("memoryview: invalid value for format 'c'");
            }
            return b.value()[0] & 0xff;
        }
        Object i;
        if (IntOps.isInt(value) || (!NumberOps.isNative(value) && Ops.type(value).lookup("__index__") != null)) {
            i = Ops.index(value);
        } else {
            throw Errors.typeError("memoryview: invalid type for format '" + f + "'");
        }
        long x = i instanceof BigInteger ? Long.MIN_VALUE : IntOps.smallValue(IntOps.index(i));
        long lo = f == 'b' ? -128 : 0;
        long hi = f == 'b' ? 127 : 255;
        if (x < lo || x > hi) {
            throw Errors.valueError("memoryview: invalid value for format '" + f + "'");
        }
        return (int) x & 0xff;
    }

    /** An index key: IndexError "index out of bounds on dimension 1" outside the view. */
    private static int position(PyMemoryView v, Object key) {
        Object i = Ops.index(key);
        if (i instanceof BigInteger) {
            throw Errors.indexError("cannot fit 'int' into an index-sized integer");
        }
        long x = ((Number) i).longValue();
        int n = v.length();
        if (x < 0) {
            x += n;
        }
        if (x < 0 || x >= n) {
            throw Errors.indexError("index out of bounds on dimension 1");
        }
        return (int) x;
    }

    private static boolean isIndex(Object k) {
        return IntOps.isInt(k) || (!NumberOps.isNative(k) && Ops.type(k).lookup("__index__") != null);
    }

    /** A tuple key of indices (CPython's is_multiindex), reduced to its one index; null for other keys. */
    private static Object tupleIndex(Object key) {
        if (!(key instanceof PyTuple t)) {
            return null;
        }
        boolean allIndex = true;
        boolean anySlice = false;
        for (Object o : t) {
            allIndex &= isIndex(o);
            anySlice |= o instanceof PySlice;
        }
        if (allIndex) {
            if (t.size() < 1) {
                throw Errors.of("NotImplementedError", "sub-views are not implemented");
            }
            if (t.size() > 1) {
                throw Errors.typeError("cannot index 1-dimension view with " + t.size() + "-element tuple");
            }
            return t.get(0);
        }
        boolean allSliceOrIndex = true;
        for (Object o : t) {
            allSliceOrIndex &= o instanceof PySlice || isIndex(o);
        }
        if (anySlice && allSliceOrIndex) {
            throw Errors.of("NotImplementedError", "multi-dimensional slicing is not implemented");
        }
        return null;
    }

    private static Object getitem(Object self, Object key) {
        PyMemoryView v = m(self);
        if (isIndex(key)) {
            return item(v, position(v, key));
        }
        if (key instanceof PySlice s) {
            long[] r = s.indicesFor(v.length());
            return v.derive(r[0], r[2], r[3], false, v.format());
        }
        Object k = tupleIndex(key);
        if (k != null) {
            return item(v, position(v, k));
        }
        throw Errors.typeError("memoryview: invalid slice key");
    }

    // CPython 3.11: memory_ass_sub
    private static void setitem(PyMemoryView v, Object key, Object value) {
        if (v.readonly()) {
            throw Errors.typeError("cannot modify read-only memory");
        }
        if (isIndex(key)) {
            int i = position(v, key);
            v.setByte(i, pack(v, value));
            return;
        }
        if (key instanceof PySlice s) {
            byte[] src = BytesOps.bytesLike(value);
            char srcFormat = value instanceof PyMemoryView w ? w.format() : 'B';
            long[] r = s.indicesFor(v.length());
            if (r[3] != src.length || srcFormat != v.format()) {
                throw Errors.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            if (value instanceof PyByteArray || value instanceof PyMemoryView) {
                src = src.clone();
            }
            PyByteArray a = (PyByteArray) v.obj();
            synchronized (a) {
                long j = r[0];
                for (byte b : src) {
                    v.setByte((int) j, b & 0xff);
                    j += r[2];
                }
            }
            return;
        }
        Object k = tupleIndex(key);
        if (k != null) {
            v.setByte(position(v, k), pack(v, value));
            return;
        }
        throw Errors.typeError("memoryview: invalid slice key");
    }

    // CPython 3.11: memory_richcompare (== and != only)
    private static Object compare(PyMemoryView self, Object x, int op) {
        if (op != Compare.EQ && op != Compare.NE) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        boolean eq;
        if (self == x) {
            eq = true;
        } else if (self.isReleased() || (x instanceof PyMemoryView w && w.isReleased())) {
            eq = false;
        } else if (x instanceof PyMemoryView || x instanceof PyBytes || x instanceof PyByteArray) {
            char f = x instanceof PyMemoryView w ? w.format() : 'B';
            byte[] a = self.toBytes();
            byte[] b = BytesOps.buffer(x);
            if (f == self.format() || a.length != b.length) {
                eq = Arrays.equals(a, b);
            } else {
                // Different formats compare their unpacked values.
                PyMemoryView other = x instanceof PyMemoryView w ? w : PyMemoryView.of(x);
                eq = true;
                for (int i = 0; i < a.length && eq; i++) {
                    eq = Ops.eq(item(self, i), item(other, i));
                }
            }
        } else {
            return PySingleton.NOT_IMPLEMENTED;
        }
        return eq == (op == Compare.EQ);
    }

    private static Object cast(PyMemoryView v, Object format, Object shape) {
        if (!(format instanceof String f)) {
            throw Errors.typeError("cast() argument 'format' must be str, not " + Errors.typeName(format));
        }
        if (!v.isContiguous()) {
            throw Errors.typeError("memoryview: casts are restricted to C-contiguous views");
        }
        String code = f.startsWith("@") ? f.substring(1) : f;
        if (code.length() != 1 || "cbB?hHiIlLqQnNfdeP".indexOf(code.charAt(0)) < 0) {
            throw Errors.valueError("memoryview: destination format must be a native single character format"
                    + " prefixed with an optional '@'");
        }
        char c = code.charAt(0);
        if (c != 'B' && c != 'b' && c != 'c') {
            throw Errors.of("NotImplementedError", "memoryview.cast: format '" + c + "' is not supported yet");
        }
        if (shape != null && shape != PyNone.NONE) {
            throw Errors.of("NotImplementedError", "memoryview.cast: shapes are not supported yet");
        }
        return v.derive(0, 1, v.length(), false, c);
    }

    /** {@code iter(memoryview)}. */
    static final class MemoryIterator extends PyIterator {
        private PyMemoryView view;
        private int index;

        MemoryIterator(PyMemoryView view) {
            this.view = view;
        }

        @Override
        public Object next() {
            PyMemoryView v = view;
            if (v == null) {
                return null;
            }
            if (index < v.length()) {
                return item(v, index++);
            }
            view = null;
            return null;
        }

        @Override
        public PyType type() {
            return ITERATOR;
        }
    }
}
