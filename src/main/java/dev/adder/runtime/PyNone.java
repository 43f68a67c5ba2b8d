package dev.adder.runtime;

/** Python's {@code None}: one object; Java {@code null} maps to it at the host boundary. */
public final class PyNone implements PyObject, PythonTyped {
    /** The only instance. */
    public static final PyNone NONE = new PyNone();

    private PyNone() {}

    @Override
    public PyType type() {
        return CoreTypes.NONE_TYPE;
    }

    @Override
    public String pythonTypeName() {
        return "NoneType";
    }

    @Override
    public String toString() {
        return "None";
    }
}
