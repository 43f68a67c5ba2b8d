package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.PyType;

/** The {@code dict} type object and its methods. */
final class DictMethods {
    private DictMethods() {}

    static PyType createType() {
        PyType t = PyType.builtin("dict", CoreTypes.OBJECT, null);
        return t.freeze();
    }
}
