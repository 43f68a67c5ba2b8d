package dev.adder.objects;

import dev.adder.runtime.PyNone;
import java.math.BigInteger;

/**
 * The value conversions every Java ↔ Python boundary shares (Bindings, function arguments and
 * results, host calls): Java {@code null} ↔ {@code None}, small boxed numbers widened to the types
 * Python values use. Everything else crosses unchanged: a Python list <em>is</em> a {@code java.util.List},
 * and a Java object is a host object in Python.
 */
public final class JavaValues {
    private JavaValues() {
    }

    /** A Java value as a Python value: null → None, Short/Byte → int, Float → float, Character → str. */
    public static Object toPython(Object o) {
        if (o == null) {
            return PyNone.NONE;
        } else if (o instanceof Short || o instanceof Byte) {
            return ((Number) o).intValue();
        } else if (o instanceof Float f) {
            return f.doubleValue();
        } else if (o instanceof Character c) {
            return String.valueOf(c);
        }
        return o;
    }

    /** A Python value as Java sees it: None → null; everything else is already a Java object. */
    public static Object toJava(Object o) {
        return o == PyNone.NONE ? null : o;
    }

    /** True for the Java types a Python int may be (Integer, Long, BigInteger). */
    public static boolean isInt(Object o) {
        return o instanceof Integer || o instanceof Long || o instanceof BigInteger;
    }
}
