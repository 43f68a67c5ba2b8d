package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;

/** Python's {@code slice(start, stop, step)}; absent parts are {@code PyNone.NONE}. */
public record PySlice(Object start, Object stop, Object step) implements PyObject {
    /** {@code slice}. */
    public static final PyType TYPE = PyType.builtin("slice", CoreTypes.OBJECT, null).freeze();

    @Override
    public PyType type() {
        return TYPE;
    }
}
