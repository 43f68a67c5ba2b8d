package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.PyType;

/** The {@code int} and {@code bool} type objects and their methods. */
public final class IntMethods {
    private IntMethods() {}

    /** {@code int}. */
    public static final PyType TYPE = PyType.builtin("int", CoreTypes.OBJECT, null).freeze();
    /** {@code bool}. */
    public static final PyType BOOL_TYPE = PyType.builtin("bool", TYPE, null).freeze();
}
