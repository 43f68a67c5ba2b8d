package dev.adder.objects;

/**
 * An instance of a Python subclass of an immutable built-in type ({@code class MyInt(int)}): the
 * plain value it stands for ({@code Integer}, {@code String}, {@code Double}, {@link PyBytes},
 * {@link PyComplex}). The built-in methods and conversions unwrap it on their slow paths, so the
 * fast paths of plain values never see it.
 */
public interface BuiltinValue {
    /** The plain built-in value ({@code int(x)}, {@code str(x)} ... of the base type). */
    Object value();

    /** {@code o}'s plain value when it is a {@code BuiltinValue}, else {@code o} itself. */
    static Object unwrap(Object o) {
        return o instanceof BuiltinValue v ? v.value() : o;
    }
}
