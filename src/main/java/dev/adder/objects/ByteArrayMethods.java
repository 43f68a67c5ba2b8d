package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.HasDict;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PySingleton;
import dev.adder.runtime.PyType;
import dev.adder.text.StrRepr;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The {@code bytearray} type object (CPython 3.11: Objects/bytearrayobject.c): the bytes methods
 * from {@link BytesMethods#defineShared} returning bytearrays, plus the mutating methods.
 */
final class ByteArrayMethods {
    private ByteArrayMethods() {}

    /** {@code bytearray_iterator}. */
    static final PyType ITERATOR = IteratorTypes.create("bytearray_iterator", true);

    private static final String RANGE = "byte must be in range(0, 256)";

    /** The attributes of the type, defined when first needed. */
    static void defineType(PyType t) {
        ContainerArgs.method(t, "__init__", (args, kw) -> {
            if (!Ops.type(args[0]).isSubtypeOf(t)) {
                throw Errors.typeError("descriptor '__init__' requires a 'bytearray' object but received a '"
                        + Errors.typeName(args[0]) + "'");
            }
            Object[] a = Methods.keywordArgs("bytearray", args, 1, kw, 0, 3, new String[] {"source", "encoding",
                "errors"});
            init((PyByteArray) args[0], a[0], a[1], a[2]);
            return PyNone.NONE;
        });
        t.define("__hash__", PyNone.NONE);
        Methods.slot0(t, "__repr__", ByteArrayMethods::repr);
        Methods.slot0(t, "__str__", ByteArrayMethods::repr);
        Methods.slot0(t, "__iter__", self -> new ByteArrayIterator((PyByteArray) self));
        Methods.slot1(t, "__getitem__", (self, k) -> ByteArraySlicing.getitem((PyByteArray) self, k));
        Methods.slot(t, "__setitem__", 2, (self, a) -> {
            ByteArraySlicing.setitem((PyByteArray) self, a[0], a[1]);
            return PyNone.NONE;
        });
        Methods.slot1(t, "__delitem__", (self, k) -> {
            ByteArraySlicing.setitem((PyByteArray) self, k, null);
            return PyNone.NONE;
        });
        for (int op = Compare.LT; op <= Compare.GE; op++) {
            int o = op;
            Methods.slot1(t, Compare.DUNDER[op], (self, x) -> compare((PyByteArray) self, x, o));
        }
        Methods.slot1(t, "__mul__", (self, n) -> repeat((PyByteArray) self, n));
        Methods.slot1(t, "__rmul__", (self, n) -> repeat((PyByteArray) self, n));
        Methods.slot1(t, "__iadd__", (self, x) -> {
            byte[] b = BytesOps.isSimple(x) ? BytesOps.buffer(x) : null;
            if (b == null) {
                throw Errors.typeError("can't concat " + Errors.typeName(x) + " to " + Errors.typeName(self));
            }
            PyByteArray s = (PyByteArray) self;
            synchronized (s) {
                s.replaceRange(s.size(), s.size(), b);
            }
            return self;
        });
        Methods.slot1(t, "__imul__", (self, n) -> {
            PyByteArray s = (PyByteArray) self;
            // Convert outside the lock: __index__ may run Python code.
            Object k = SequenceOps.isIndex(n) ? Ops.index(n) : n;
            synchronized (s) {
                byte[] a = s.toBytes();
                int count = SequenceOps.repeatCount(k, a.length);
                s.replaceAll(repeatBytes(a, count));
            }
            return self;
        });
        Methods.noArgs(t, "__alloc__", self -> ((PyByteArray) self).alloc());
        Methods.noArgs(t, "__sizeof__", self -> 56 + ((PyByteArray) self).alloc());
        Methods.noArgs(t, "__reduce__", self -> reduce((PyByteArray) self, 2));
        Methods.positional(t, "__reduce_ex__", 0, 1,
                (self, a) -> reduce((PyByteArray) self, a[0] == null ? 0 : ContainerArgs.ssize(a[0])));
        defineMutators(t);
        BytesMethods.defineShared(t, PyByteArray::wrap);
    }

    private static void defineMutators(PyType t) {
        Methods.oneArg(t, "append", (self, x) -> {
            ((PyByteArray) self).append(BytesOps.byteValue(x, RANGE));
            return PyNone.NONE;
        });
        Methods.oneArg(t, "extend", (self, x) -> {
            extend((PyByteArray) self, x);
            return PyNone.NONE;
        });
        Methods.positional(t, "insert", 2, 2, (self, a) -> {
            long i = ContainerArgs.ssize(a[0]);
            ((PyByteArray) self).insert(i, BytesOps.byteValue(a[1], RANGE));
            return PyNone.NONE;
        });
        Methods.positional(t, "pop", 0, 1, (self, a) -> {
            long i = a[0] == null ? -1 : ContainerArgs.ssize(a[0]);
            PyByteArray s = (PyByteArray) self;
            synchronized (s) {
                int n = s.size();
                if (n == 0) {
                    throw Errors.indexError("pop from empty bytearray");
                }
                if (i < 0) {
                    i += n;
                }
                if (i < 0 || i >= n) {
                    throw Errors.indexError("pop index out of range");
                }
                return s.removeAt((int) i);
            }
        });
        Methods.oneArg(t, "remove", (self, x) -> {
            int v = BytesOps.byteValue(x, RANGE);
            PyByteArray s = (PyByteArray) self;
            synchronized (s) {
                byte[] a = s.toBytes();
                for (int i = 0; i < a.length; i++) {
                    if ((a[i] & 0xff) == v) {
                        s.removeAt(i);
                        return PyNone.NONE;
                    }
                }
            }
            throw Errors.valueError("value not found in bytearray");
        });
        Methods.noArgs(t, "clear", self -> {
            ((PyByteArray) self).resize(0);
            return PyNone.NONE;
        });
        Methods.noArgs(t, "copy", self -> PyByteArray.wrap(((PyByteArray) self).toBytes()));
        Methods.noArgs(t, "reverse", self -> {
            ((PyByteArray) self).reverse();
            return PyNone.NONE;
        });
    }

    // CPython 3.11: Objects/bytearrayobject.c bytearray___init___impl
    private static void init(PyByteArray self, Object x, Object encoding, Object errors) {
        if (self.size() != 0) {
            self.resize(0);
        }
        if (x == null) {
            if (encoding != null || errors != null) {
                throw Errors.typeError(encoding != null ? "encoding without a string argument"
                        : "errors without a string argument");
            }
            return;
        }
        if (x instanceof String s) {
            if (encoding == null) {
                throw Errors.typeError("string argument without an encoding");
            }
            byte[] b = Codecs.encode(s, StrOps.str(encoding, "bytearray() argument 'encoding'"),
                    errors == null ? "strict" : StrOps.str(errors, "bytearray() argument 'errors'")).value();
            appendAll(self, b);
            return;
        }
        if (encoding != null) {
            throw Errors.typeError("encoding without a string argument");
        }
        if (errors != null) {
            throw Errors.typeError("errors without a string argument");
        }
        if (IntOps.isInt(x) || (!NumberOps.isNative(x) && Ops.type(x).lookup("__index__") != null)) {
            Object i = Ops.index(x);
            if (i instanceof java.math.BigInteger) {
                throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
            }
            long n = ((Number) i).longValue();
            if (n < 0) {
                throw Errors.valueError("negative count");
            }
            if (n > 0) {
                self.resize(n);
            }
            return;
        }
        byte[] b = BytesOps.buffer(x);
        if (b != null) {
            appendAll(self, b);
            return;
        }
        Object it = iterOrNull(x);
        if (it == null) {
            throw Errors.typeError("cannot convert '" + Errors.typeName(x) + "' object to bytearray");
        }
        for (Object v = Ops.next(it); v != null; v = Ops.next(it)) {
            self.append(BytesOps.byteValue(v, RANGE));
        }
    }

    private static void appendAll(PyByteArray self, byte[] b) {
        synchronized (self) {
            self.replaceRange(self.size(), self.size(), b);
        }
    }

    /** {@code iter(x)}, or null where that raises TypeError. */
    private static Object iterOrNull(Object x) {
        try {
            return Ops.iter(x);
        } catch (PyBaseException e) {
            if (e.isInstance(ExceptionTypes.TYPE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    /** {@code bytearray(x)}'s bytes for x any value (CPython's PyByteArray_FromObject). */
    static byte[] fromIterable(Object x) {
        PyByteArray a = new PyByteArray();
        init(a, x, null, null);
        return a.toBytes();
    }

    // CPython 3.11: bytearray_extend
    private static void extend(PyByteArray self, Object x) {
        if (!BytesOps.isSimple(x)) {
            throw Errors.typeError("can't set bytearray slice from " + Errors.typeName(x));
        }
        byte[] b = BytesOps.buffer(x);
        if (b == null) {
            Object it = iterOrNull(x);
            if (it == null) {
                throw Errors.typeError("can't extend bytearray with " + Errors.typeName(x));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Object v = Ops.next(it); v != null; v = Ops.next(it)) {
                out.write(BytesOps.byteValue(v, RANGE));
            }
            b = out.toByteArray();
        }
        appendAll(self, b);
    }

    // CPython 3.11: bytearray_repr escapes every single quote, also inside double quotes.
    private static String repr(Object self) {
        String r = StrRepr.bytesRepr(((PyByteArray) self).toBytes());
        if (r.charAt(1) == '"' && r.indexOf('\'') >= 0) {
            r = "b\"" + r.substring(2, r.length() - 1).replace("'", "\\'") + "\"";
        }
        return Errors.typeName(self) + "(" + r + ")";
    }

    private static Object repeat(PyByteArray self, Object n) {
        byte[] a = self.toBytes();
        return PyByteArray.wrap(repeatBytes(a, SequenceOps.repeatCount(n, a.length)));
    }

    private static byte[] repeatBytes(byte[] a, int count) {
        byte[] r = new byte[a.length * count];
        for (int i = 0; i < count; i++) {
            System.arraycopy(a, 0, r, i * a.length, a.length);
        }
        return r;
    }

    /** bytearray_richcompare: any contiguous buffer compares by its bytes; anything else is NotImplemented. */
    private static Object compare(PyByteArray self, Object x, int op) {
        if (x instanceof PyMemoryView m && !m.isSimpleBuffer()) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        byte[] b = BytesOps.buffer(x);
        if (b == null) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        byte[] a = self.toBytes();
        if (op == Compare.EQ || op == Compare.NE) {
            return Arrays.equals(a, b) == (op == Compare.EQ);
        }
        return Compare.test(Arrays.compareUnsigned(a, b), op);
    }

    // CPython 3.11: _common_reduce
    private static Object reduce(PyByteArray self, long proto) {
        Object state = PyNone.NONE;
        if (self instanceof HasDict h && !h.dict().isEmpty()) {
            PyDict d = new PyDict();
            d.putAll(h.dict());
            state = d;
        }
        byte[] b = self.toBytes();
        PyTuple args;
        if (b.length == 0) {
            args = PyTuple.of();
        } else if (proto < 3) {
            args = PyTuple.of(new String(b, StandardCharsets.ISO_8859_1), "latin-1");
        } else {
            args = PyTuple.of(PyBytes.wrap(b));
        }
        return PyTuple.of(self.type(), args, state);
    }

    /** {@code iter(bytearray)}: sees bytes appended while iterating, as CPython's does. */
    static final class ByteArrayIterator extends PyIterator {
        private PyByteArray array;
        private int index;

        ByteArrayIterator(PyByteArray array) {
            this.array = array;
        }

        @Override
        public Object next() {
            PyByteArray a = array;
            if (a == null) {
                return null;
            }
            int i = index;
            int b = a.at(i);
            if (b >= 0) {
                index = i + 1;
                return b;
            }
            array = null;
            return null;
        }

        @Override
        public long lengthHint() {
            return array == null ? 0 : Math.max(0, array.size() - index);
        }

        @Override
        public PyType type() {
            return ITERATOR;
        }
    }
}
