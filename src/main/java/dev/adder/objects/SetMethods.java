package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.PyType;

/** The {@code set} and {@code frozenset} type objects and their methods. */
final class SetMethods {
    private SetMethods() {}

    static PyType createPySetType() {
        PyType t = PyType.builtin("set", CoreTypes.OBJECT, null);
        return t.freeze();
    }

    static PyType createPyFrozenSetType() {
        PyType t = PyType.builtin("frozenset", CoreTypes.OBJECT, null);
        return t.freeze();
    }
}
