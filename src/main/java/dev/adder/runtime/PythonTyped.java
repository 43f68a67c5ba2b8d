package dev.adder.runtime;

/** A runtime object that knows its Python type's name (until type objects exist for every value). */
public interface PythonTyped {
    /** The name {@code type(x).__name__} gives. */
    String pythonTypeName();
}
