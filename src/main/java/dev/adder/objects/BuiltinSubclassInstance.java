package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.HasDict;
import dev.adder.runtime.HasSlots;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An instance of a Python subclass of {@code int}, {@code str}, {@code float}, {@code bytes} or
 * {@code complex}: its type, its {@code __slots__} values and the immutable base value (whose Java
 * classes are final or shared, so the subclass cannot extend them as {@code PyList.Subclass} does).
 * Classes with an instance {@code __dict__} (all but those declaring only {@code __slots__}) make
 * the {@link WithDict} variant.
 */
public class BuiltinSubclassInstance implements PyObject, BuiltinValue, HasSlots {
    private volatile PyType type;
    private final Object value;
    private final Object[] slots;

    /** An instance of {@code type} (a subclass of the type of {@code value}) standing for {@code value}. */
    BuiltinSubclassInstance(PyType type, Object value) {
        this.type = type;
        this.value = value;
        int n = type.slotCount();
        this.slots = n == 0 ? null : new Object[n];
    }

    /** A new instance of {@code type} for {@code value}, with a {@code __dict__} when the type has one. */
    public static BuiltinSubclassInstance of(PyType type, Object value) {
        return type.hasInstanceDict() ? new WithDict(type, value) : new BuiltinSubclassInstance(type, value);
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public Object value() {
        return value;
    }

    @Override
    public Object[] slots() {
        return slots;
    }

    /**
     * {@code obj.__class__ = t} once the generic checks passed: {@code t} must have the same built-in
     * base; CPython refuses it for the variable-size int and bytes (and tuple) layouts.
     */
    @Override
    public void setType(PyType t) {
        PyType old = type;
        PyType base = FinalTypes.solidBase(old);
        if (base != FinalTypes.solidBase(t) || base == IntMethods.TYPE || base == PyBytes.TYPE) {
            throw Errors.typeError("__class__ assignment: '" + t.name() + "' object layout differs from '"
                    + old.name() + "'");
        }
        this.type = t;
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }

    /** An instance with a {@code __dict__}. */
    static final class WithDict extends BuiltinSubclassInstance implements HasDict {
        private final Map<String, Object> dict = new LinkedHashMap<>();

        WithDict(PyType type, Object value) {
            super(type, value);
        }

        @Override
        public Map<String, Object> dict() {
            return dict;
        }
    }
}
