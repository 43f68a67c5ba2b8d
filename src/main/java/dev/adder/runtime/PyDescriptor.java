package dev.adder.runtime;

/**
 * An attribute found on a type that computes what an instance sees (CPython's {@code tp_descr_get}):
 * functions and built-in methods bind, {@link PyGetSetDescriptor}s compute a value.
 */
public interface PyDescriptor {
    /** {@code desc.__get__(instance, owner)}; {@code instance} is null when read from the type itself. */
    Object get(Object instance, PyType owner);

    /** Whether this descriptor also sets/deletes (a data descriptor wins over the instance dict). */
    default boolean isData() {
        return false;
    }

    /** {@code desc.__set__(instance, value)}, or {@code __delete__} when {@code value} is null. */
    default void set(Object instance, Object value) {
        throw Errors.attributeError("readonly attribute");
    }

    /**
     * Whether LOAD_METHOD may skip binding: the attribute behaves as a method (functions, method
     * descriptors), so {@code obj.m(args)} can call it with obj prepended.
     */
    default boolean isMethod() {
        return false;
    }
}
