package dev.adder.runtime;

/** Python's {@code NotImplemented} and {@code Ellipsis} ({@code ...}): one object each, printed by name. */
public final class PySingleton implements PyObject, PythonTyped {
    /** {@code NotImplemented}: a binary dunder's "try the other operand". */
    public static final PySingleton NOT_IMPLEMENTED = new PySingleton("NotImplemented", CoreTypes.NOT_IMPLEMENTED_TYPE);
    /** {@code Ellipsis}, the value of {@code ...}. */
    public static final PySingleton ELLIPSIS = new PySingleton("Ellipsis", CoreTypes.ELLIPSIS_TYPE);

    private final String repr;
    private final PyType type;

    private PySingleton(String repr, PyType type) {
        this.repr = repr;
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public String pythonTypeName() {
        return type.name();
    }

    @Override
    public String toString() {
        return repr;
    }
}
