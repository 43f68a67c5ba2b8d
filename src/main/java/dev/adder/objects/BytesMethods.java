package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.PyType;

/** The {@code bytes} type object and its methods. */
final class BytesMethods {
    private BytesMethods() {}

    static PyType createType() {
        PyType t = PyType.builtin("bytes", CoreTypes.OBJECT, null);
        return t.freeze();
    }
}
