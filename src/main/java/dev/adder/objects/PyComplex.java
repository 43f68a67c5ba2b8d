package dev.adder.objects;

import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;

/** Python's {@code complex}: a pair of doubles. Arithmetic and methods are in {@link ComplexMethods}. */
public record PyComplex(double real, double imag) implements PyObject {
    /** {@code complex}. */
    public static final PyType TYPE = ComplexMethods.createType();

    @Override
    public PyType type() {
        return TYPE;
    }
}
