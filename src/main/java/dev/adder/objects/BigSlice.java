package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.PyNone;

/** CPython's {@code _PySlice_GetLongIndices}: slice indices for a length of any size (range slicing). */
final class BigSlice {
    private BigSlice() {}

    /** {start, stop, step} of {@code s} applied to {@code length} (a non-negative Python int). */
    static Object[] indices(PySlice s, Object length) {
        Object step = s.step() == PyNone.NONE ? (Object) 1 : index(s.step());
        if (IntOps.compare(step, 0) == 0) {
            throw Errors.valueError("slice step cannot be zero");
        }
        boolean neg = IntOps.compare(step, 0) < 0;
        Object lower = neg ? (Object) (-1) : (Object) 0;
        Object upper = neg ? IntOps.add(length, -1) : length;
        Object start = s.start() == PyNone.NONE ? (neg ? upper : lower) : clamp(index(s.start()), length, lower, upper);
        Object stop = s.stop() == PyNone.NONE ? (neg ? lower : upper) : clamp(index(s.stop()), length, lower, upper);
        return new Object[] {start, stop, step};
    }

    private static Object index(Object o) {
        if (!SequenceOps.isIndex(o)) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return Ops.index(o);
    }

    private static Object clamp(Object v, Object length, Object lower, Object upper) {
        if (IntOps.compare(v, 0) < 0) {
            v = IntOps.add(v, length);
            return IntOps.compare(v, lower) < 0 ? lower : v;
        }
        return IntOps.compare(v, upper) > 0 ? upper : v;
    }
}
