package dev.adder.interop;

import dev.adder.runtime.PyType;

/**
 * A Python type standing for a Java class: the type of host objects, the class a script imported
 * ({@code from java.util import ArrayList}), or the exception type of a Java exception class.
 */
final class JavaClassType extends PyType {
    private final Class<?> javaClass;

    JavaClassType(Class<?> javaClass, String name, String module, PyType[] bases, New newFn, PyType metatype) {
        super(name, module, bases, newFn, false, metatype);
        this.javaClass = javaClass;
    }

    /** The Java class. */
    Class<?> javaClass() {
        return javaClass;
    }
}
