package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.PyType;

/** The {@code complex} type object and its methods. */
final class ComplexMethods {
    private ComplexMethods() {}

    static PyType createType() {
        PyType t = PyType.builtin("complex", CoreTypes.OBJECT, null);
        return t.freeze();
    }
}
