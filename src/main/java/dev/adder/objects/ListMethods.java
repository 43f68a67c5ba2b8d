package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.PyType;

/** The {@code list} type object and its methods. */
final class ListMethods {
    private ListMethods() {}

    static PyType createType() {
        PyType t = PyType.builtin("list", CoreTypes.OBJECT, null);
        return t.freeze();
    }
}
