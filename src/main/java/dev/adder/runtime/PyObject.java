package dev.adder.runtime;

/**
 * A Python value implemented by an Adder class. Values that are plain JDK objects ({@code String},
 * {@code Integer}/{@code Long}/{@code BigInteger}, {@code Double}, {@code Boolean}) are not
 * {@code PyObject}s; {@code dev.adder.objects.Ops.type} knows their types.
 */
public interface PyObject {
    /** {@code type(self)}. */
    PyType type();
}
