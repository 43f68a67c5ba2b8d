package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyGetSetDescriptor;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PySingleton;
import dev.adder.runtime.PyType;
import java.math.BigInteger;

/** The {@code range} type object and its methods (CPython 3.11: Objects/rangeobject.c). */
final class RangeMethods {
    private RangeMethods() {}

    /** {@code range(stop)}, {@code range(start, stop[, step])}: the constructor. */
    static Object newRange(PyType type, Object[] args, String[] kw) {
        ContainerArgs.noKeywords("range", kw);
        int n = args.length - PyCallable.kwCount(kw);
        ContainerArgs.checkCount("range", n, 1, 3);
        if (n == 1) {
            return new PyRange(0, bound(args[0]), 1);
        }
        Object step = 1;
        if (n == 3) {
            step = bound(args[2]);
            if (IntOps.compare(step, 0) == 0) {
                throw Errors.valueError("range() arg 3 must not be zero");
            }
        }
        return new PyRange(bound(args[0]), bound(args[1]), step);
    }

    /** The attributes of the type, defined when first needed. */
    static void defineType(PyType t) {
        t.define("start", new PyGetSetDescriptor(t, "start", o -> ((PyRange) o).startObject(), null));
        t.define("stop", new PyGetSetDescriptor(t, "stop", o -> ((PyRange) o).stopObject(), null));
        t.define("step", new PyGetSetDescriptor(t, "step", o -> ((PyRange) o).stepObject(), null));
        ContainerArgs.method(t, "__len__", (args, kw) -> {
            ContainerArgs.noArgs("range.__len__", args, kw);
            return self(args[0]).pyLen();
        });
        ContainerArgs.method(t, "__bool__", (args, kw) -> {
            ContainerArgs.noArgs("range.__bool__", args, kw);
            return IntOps.isTrue(self(args[0]).lengthObject());
        });
        ContainerArgs.method(t, "__iter__", (args, kw) -> {
            ContainerArgs.noArgs("range.__iter__", args, kw);
            return RangeIterator.forward(self(args[0]));
        });
        ContainerArgs.method(t, "__reversed__", (args, kw) -> {
            ContainerArgs.noArgs("range.__reversed__", args, kw);
            return RangeIterator.reverse(self(args[0]));
        });
        ContainerArgs.method(t, "__repr__", (args, kw) -> {
            ContainerArgs.noArgs("range.__repr__", args, kw);
            return repr(self(args[0]));
        });
        ContainerArgs.method(t, "__contains__", (args, kw) -> {
            Object x = ContainerArgs.oneArg("range.__contains__", args, kw);
            return contains(self(args[0]), x);
        });
        ContainerArgs.method(t, "__getitem__", (args, kw) -> {
            Object k = ContainerArgs.oneArg("range.__getitem__", args, kw);
            return getitem(self(args[0]), k);
        });
        ContainerArgs.method(t, "__hash__", (args, kw) -> {
            ContainerArgs.noArgs("range.__hash__", args, kw);
            return IntOps.valueOf(hash(self(args[0])));
        });
        String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int op = 0; op < 6; op++) {
            int o = op;
            String name = cmp[op];
            ContainerArgs.method(t, name, (args, kw) -> {
                Object other = ContainerArgs.oneArg("range." + name, args, kw);
                PyRange r = self(args[0]);
                if (!(other instanceof PyRange q) || (o != Compare.EQ && o != Compare.NE)) {
                    return PySingleton.NOT_IMPLEMENTED;
                }
                return equal(r, q) == (o == Compare.EQ);
            });
        }
        ContainerArgs.method(t, "count", (args, kw) -> {
            Object x = ContainerArgs.oneArg("range.count", args, kw);
            PyRange r = self(args[0]);
            if (isExactInt(x)) {
                return contains(r, x) ? 1 : 0;
            }
            int c = 0;
            Object it = RangeIterator.forward(r);
            for (Object v = Ops.next(it); v != null; v = Ops.next(it)) {
                if (Ops.eq(v, x)) {
                    c++;
                }
            }
            return c;
        });
        ContainerArgs.method(t, "index", (args, kw) -> {
            Object x = ContainerArgs.oneArg("range.index", args, kw);
            PyRange r = self(args[0]);
            if (isExactInt(x)) {
                if (!contains(r, x)) {
                    throw Errors.valueError(Ops.repr(x) + " is not in range");
                }
                return IntOps.normalize(IntOps.toBig(Ops.index(x)).subtract(IntOps.toBig(r.startObject()))
                        .divide(IntOps.toBig(r.stepObject())));
            }
            Object it = RangeIterator.forward(r);
            long i = 0;
            for (Object v = Ops.next(it); v != null; v = Ops.next(it), i++) {
                if (Ops.eq(v, x)) {
                    return IntOps.valueOf(i);
                }
            }
            throw Errors.valueError("sequence.index(x): x not in sequence");
        });
    }

    /** A range argument: any Python int. */
    private static Object bound(Object o) {
        return Ops.index(o);
    }

    private static PyRange self(Object o) {
        if (!(o instanceof PyRange r)) {
            ContainerArgs.checkSelf(o, PyRange.TYPE, "range");
            throw Errors.typeError("descriptor requires a 'range' object");
        }
        return r;
    }

    private static boolean isExactInt(Object x) {
        return x instanceof Integer || x instanceof Long || x instanceof BigInteger || x instanceof Boolean;
    }

    /** {@code repr(r)}: {@code range(0, 10)} or {@code range(0, 10, 2)}. */
    static String repr(PyRange r) {
        Object step = r.stepObject();
        return "range(" + IntText.repr(r.startObject()) + ", " + IntText.repr(r.stopObject())
                + (IntOps.eq(step, 1) ? "" : ", " + IntText.repr(step)) + ")";
    }

    /** {@code x in r}: O(1) for ints, else by equality over the values. */
    static boolean contains(PyRange r, Object x) {
        if (isExactInt(x)) {
            Object v = Ops.index(x);
            if (r.isSmall() && !(v instanceof BigInteger)) {
                long n = ((Number) v).longValue();
                long s = r.step();
                if (s > 0 ? (n < r.start() || n >= r.stop()) : (n > r.start() || n <= r.stop())) {
                    return false;
                }
                return Math.floorMod(n - r.start(), s) == 0;
            }
            BigInteger n = IntOps.toBig(v);
            BigInteger a = IntOps.toBig(r.startObject());
            BigInteger b = IntOps.toBig(r.stopObject());
            BigInteger s = IntOps.toBig(r.stepObject());
            if (s.signum() > 0 ? (n.compareTo(a) < 0 || n.compareTo(b) >= 0) : (n.compareTo(a) > 0 || n.compareTo(b) <= 0)) {
                return false;
            }
            return n.subtract(a).mod(s.abs()).signum() == 0;
        }
        Object it = RangeIterator.forward(r);
        for (Object v = Ops.next(it); v != null; v = Ops.next(it)) {
            if (Ops.eq(v, x)) {
                return true;
            }
        }
        return false;
    }

    // CPython 3.11: range_subscript
    static Object getitem(PyRange r, Object key) {
        if (key instanceof PySlice s) {
            if (r.isSmall()) {
                long[] x = s.indicesFor(r.length());
                try {
                    long start = Math.addExact(r.start(), Math.multiplyExact(x[0], r.step()));
                    long stop = Math.addExact(r.start(), Math.multiplyExact(x[1], r.step()));
                    long step = Math.multiplyExact(x[2], r.step());
                    return new PyRange(start, stop, step);
                } catch (ArithmeticException e) {
                    // fall through to the exact computation
                }
            }
            Object[] x = BigSlice.indices(s, r.lengthObject());
            Object start = r.atObject(x[0]);
            Object stop = r.atObject(x[1]);
            Object step = IntOps.mul(x[2], r.stepObject());
            return new PyRange(start, stop, step);
        }
        if (!SequenceOps.isIndex(key)) {
            throw Errors.typeError("range indices must be integers or slices, not " + Errors.typeName(key));
        }
        Object i = Ops.index(key);
        Object len = r.lengthObject();
        if (IntOps.compare(i, 0) < 0) {
            i = IntOps.add(i, len);
        }
        if (IntOps.compare(i, 0) < 0 || IntOps.compare(i, len) >= 0) {
            throw Errors.indexError("range object index out of range");
        }
        return r.atObject(i);
    }

    // CPython 3.11: range_equals
    static boolean equal(PyRange a, PyRange b) {
        if (a == b) {
            return true;
        }
        Object n = a.lengthObject();
        if (!IntOps.eq(n, b.lengthObject())) {
            return false;
        }
        if (IntOps.eq(n, 0)) {
            return true;
        }
        if (!IntOps.eq(a.startObject(), b.startObject())) {
            return false;
        }
        return IntOps.eq(n, 1) || IntOps.eq(a.stepObject(), b.stepObject());
    }

    // CPython 3.11: range_hash
    static long hash(PyRange r) {
        Object n = r.lengthObject();
        Object none = PyNone.NONE;
        Object[] t = IntOps.eq(n, 0) ? new Object[] {0, none, none}
                : IntOps.eq(n, 1) ? new Object[] {1, r.startObject(), none}
                : new Object[] {n, r.startObject(), r.stepObject()};
        return TupleMethods.hash(t);
    }
}
