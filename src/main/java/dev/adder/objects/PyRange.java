package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;

/** Python's {@code range(start, stop, step)} with 64-bit bounds; {@code step != 0}. */
public record PyRange(long start, long stop, long step) implements PyObject {
    /** {@code range}. */
    public static final PyType TYPE = PyType.builtin("range", CoreTypes.OBJECT, null).freeze();

    /** The number of values. */
    public long length() {
        if (step > 0) {
            return start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
