package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyGetSetDescriptor;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PySingleton;
import dev.adder.runtime.PyType;
import java.math.BigInteger;

/**
 * Python's {@code slice(start, stop, step)}; absent parts are {@code PyNone.NONE}. The static
 * helpers are CPython's {@code PySlice_Unpack} and {@code PySlice_AdjustIndices}, which every
 * sequence type's slicing uses.
 */
public record PySlice(Object start, Object stop, Object step) implements PyObject {
    /** {@code slice}. */
    public static final PyType TYPE = createType();

    /** The largest Py_ssize_t, to which slice bounds are clamped. */
    public static final long MAX = Long.MAX_VALUE;

    @Override
    public PyType type() {
        return TYPE;
    }

    /**
     * CPython's {@code PySlice_Unpack}: {start, stop, step} with None replaced by the defaults and
     * huge values clamped; {@code ValueError} for a zero step, {@code TypeError} for non-integers.
     */
    public long[] unpack() {
        long st;
        if (step == PyNone.NONE) {
            st = 1;
        } else {
            st = sliceIndex(step);
            if (st == 0) {
                throw Errors.valueError("slice step cannot be zero");
            }
            if (st < -MAX) {
                st = -MAX;
            }
        }
        long a = start == PyNone.NONE ? (st < 0 ? MAX : 0) : sliceIndex(start);
        long b = stop == PyNone.NONE ? (st < 0 ? Long.MIN_VALUE : MAX) : sliceIndex(stop);
        return new long[] {a, b, st};
    }

    /**
     * CPython's {@code PySlice_AdjustIndices}: clips {@code sss} (from {@link #unpack}) to a sequence of
     * {@code length} in place and returns the number of selected items.
     */
    public static long adjustIndices(long length, long[] sss) {
        long start = sss[0];
        long stop = sss[1];
        long step = sss[2];
        if (start < 0) {
            start += length;
            if (start < 0) {
                start = step < 0 ? -1 : 0;
            }
        } else if (start >= length) {
            start = step < 0 ? length - 1 : length;
        }
        if (stop < 0) {
            stop += length;
            if (stop < 0) {
                stop = step < 0 ? -1 : 0;
            }
        } else if (stop >= length) {
            stop = step < 0 ? length - 1 : length;
        }
        sss[0] = start;
        sss[1] = stop;
        if (step < 0) {
            return stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        }
        return start < stop ? (stop - start - 1) / step + 1 : 0;
    }

    /** {@link #unpack} then {@link #adjustIndices}: {start, stop, step, slicelength}. */
    public long[] indicesFor(long length) {
        long[] sss = unpack();
        long n = adjustIndices(length, sss);
        return new long[] {sss[0], sss[1], sss[2], n};
    }

    /** CPython's {@code _PyEval_SliceIndex}: an index clamped to 64 bits. */
    public static long sliceIndex(Object o) {
        Object v;
        if (o instanceof Integer i) {
            return i;
        } else if (o instanceof Long l) {
            return l;
        } else if (o instanceof Boolean || o instanceof BigInteger || Ops.type(o).lookup("__index__") != null) {
            v = Ops.index(o);
        } else {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        if (v instanceof Integer i) {
            return i;
        }
        if (v instanceof Long l) {
            return l;
        }
        return ((BigInteger) v).signum() < 0 ? Long.MIN_VALUE : MAX;
    }

    /** {@code repr(slice)}. */
    public String repr() {
        return "slice(" + Ops.repr(start) + ", " + Ops.repr(stop) + ", " + Ops.repr(step) + ")";
    }

    // CPython 3.11: Objects/sliceobject.c slice_indices (64-bit lengths)
    private PyTuple indices(Object lengthArg) {
        Object len = Ops.index(lengthArg);
        if (IntOps.compare(len, 0) < 0) {
            throw Errors.valueError("length should not be negative");
        }
        long length = len instanceof BigInteger ? MAX : ((Number) len).longValue();
        long st = 1;
        if (step != PyNone.NONE) {
            st = checkedIndex(step);
            if (st == 0) {
                throw Errors.valueError("slice step cannot be zero");
            }
        }
        long lower = st < 0 ? -1 : 0;
        long upper = st < 0 ? length - 1 : length;
        long a = start == PyNone.NONE ? (st < 0 ? upper : lower) : clampBound(checkedIndex(start), length, lower, upper);
        long b = stop == PyNone.NONE ? (st < 0 ? lower : upper) : clampBound(checkedIndex(stop), length, lower, upper);
        return PyTuple.of(IntOps.valueOf(a), IntOps.valueOf(b), IntOps.valueOf(st));
    }

    private static long checkedIndex(Object o) {
        if (o instanceof Integer || o instanceof Long || o instanceof Boolean || o instanceof BigInteger
                || Ops.type(o).lookup("__index__") != null) {
            return sliceIndex(o);
        }
        throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
    }

    private static long clampBound(long v, long length, long lower, long upper) {
        if (v < 0) {
            v = v == Long.MIN_VALUE ? lower : v + length;
            return v < lower ? lower : v;
        }
        return v > upper ? upper : v;
    }

    private static PyType createType() {
        return BuiltinTypeTable.builtin("slice", CoreTypes.OBJECT, BuiltinTypeTable.SLICE);
    }

    /** {@code slice(stop)}, {@code slice(start, stop[, step])}: the constructor. */
    static Object newSlice(PyType type, Object[] args, String[] kw) {
        ContainerArgs.noKeywords("slice", kw);
        int n = args.length - PyCallable.kwCount(kw);
        ContainerArgs.checkCount("slice", n, 1, 3);
        Object none = PyNone.NONE;
        return n == 1 ? new PySlice(none, args[0], none)
                : new PySlice(args[0], args[1], n == 3 ? args[2] : none);
    }

    /** The attributes of the type, defined when first needed. */
    static void defineType(PyType t) {
        t.define("start", new PyGetSetDescriptor(t, "start", o -> ((PySlice) o).start, null));
        t.define("stop", new PyGetSetDescriptor(t, "stop", o -> ((PySlice) o).stop, null));
        t.define("step", new PyGetSetDescriptor(t, "step", o -> ((PySlice) o).step, null));
        t.define("__hash__", PyNone.NONE);
        ContainerArgs.method(t, "__repr__", (args, kw) -> {
            ContainerArgs.noArgs("slice.__repr__", args, kw);
            return self(args[0]).repr();
        });
        ContainerArgs.method(t, "indices", (args, kw) -> {
            Object len = ContainerArgs.oneArg("slice.indices", args, kw);
            return self(args[0]).indices(len);
        });
        String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int op = 0; op < 6; op++) {
            int o = op;
            String name = cmp[op];
            ContainerArgs.method(t, name, (args, kw) -> {
                Object other = ContainerArgs.oneArg("slice." + name, args, kw);
                PySlice s = self(args[0]);
                if (!(other instanceof PySlice os)) {
                    return PySingleton.NOT_IMPLEMENTED;
                }
                return SequenceOps.richCompare(s.asTuple(), os.asTuple(), o);
            });
        }
    }

    private PyTuple asTuple() {
        return PyTuple.of(start, stop, step);
    }

    private static PySlice self(Object o) {
        if (!(o instanceof PySlice s)) {
            ContainerArgs.checkSelf(o, TYPE, "slice");
            throw Errors.typeError("descriptor requires a 'slice' object");
        }
        return s;
    }
}
