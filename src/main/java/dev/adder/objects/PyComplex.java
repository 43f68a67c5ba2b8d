package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;

/** Python's {@code complex}: a pair of doubles. Arithmetic and methods are in {@link ComplexMethods}. */
public record PyComplex(double real, double imag) implements PyObject {
    /** {@code complex}. */
    public static final PyType TYPE = BuiltinTypeTable.builtin("complex", CoreTypes.OBJECT, BuiltinTypeTable.COMPLEX);

    @Override
    public PyType type() {
        return TYPE;
    }
}
