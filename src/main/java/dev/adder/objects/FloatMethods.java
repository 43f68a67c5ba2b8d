package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.PyType;

/** The {@code float} type object and its methods. */
public final class FloatMethods {
    private FloatMethods() {}

    /** {@code float}. */
    public static final PyType TYPE = PyType.builtin("float", CoreTypes.OBJECT, null).freeze();
}
