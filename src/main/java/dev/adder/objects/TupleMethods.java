package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.PyType;

/** The {@code tuple} type object and its methods. */
final class TupleMethods {
    private TupleMethods() {}

    static PyType createType() {
        PyType t = PyType.builtin("tuple", CoreTypes.OBJECT, null);
        return t.freeze();
    }
}
