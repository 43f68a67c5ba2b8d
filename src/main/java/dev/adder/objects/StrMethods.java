package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.PyType;

/** The {@code str} type object and its methods. */
public final class StrMethods {
    private StrMethods() {}

    /** {@code str}. */
    public static final PyType TYPE = PyType.builtin("str", CoreTypes.OBJECT, null).freeze();
}
