package dev.adder.runtime;

/**
 * An instance of a class written in Python: its {@code __slots__} values live in an array (null
 * where unbound), and its class can be reassigned ({@code obj.__class__ = Other}).
 */
public interface HasSlots {
    /** The slot values, indexed by the slot descriptors; null when the class declares none. */
    Object[] slots();

    /** {@code obj.__class__ = t}, once the caller has checked the layouts are compatible. */
    void setType(PyType t);
}
