package dev.adder.objects;

import dev.adder.runtime.PyType;

/**
 * Supplies the Python types of Java classes that are not Python values (host objects); registered as
 * a {@link java.util.ServiceLoader} service and asked once per class by {@link ForeignTypes}.
 */
public interface ForeignTypeProvider {
    /** The Python type for instances of {@code c}, or null for the opaque default. */
    PyType typeFor(Class<?> c);
}
