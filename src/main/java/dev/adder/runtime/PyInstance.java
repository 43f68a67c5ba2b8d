package dev.adder.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An instance of a class written in Python (or of {@code object}): its type, its {@code __dict__}
 * and the values of its {@code __slots__}. Instances of Python subclasses of built-in types are the
 * built-in type's own Java class instead (for example {@link PyBaseException}), which keeps a
 * dictionary too. Classes whose instances have no {@code __dict__} make {@link Slotted} instances.
 */
public class PyInstance implements PyObject, HasDict, HasSlots {
    private PyType type; // plain: read on every attribute access; __class__ assignment may race, as in CPython
    private final Map<String, Object> dict;
    private final Object[] slots;

    /** A new instance of {@code type} with an empty {@code __dict__}. */
    public PyInstance(PyType type) {
        this(type, new LinkedHashMap<>());
    }

    /** A new instance of {@code type} whose {@code __dict__} is {@code dict} (the objects package passes a dict). */
    public PyInstance(PyType type, Map<String, Object> dict) {
        this.type = type;
        this.dict = dict;
        int n = type.slotCount();
        this.slots = n == 0 ? null : new Object[n];
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public Map<String, Object> dict() {
        return dict;
    }

    @Override
    public Object[] slots() {
        return slots;
    }

    @Override
    public void setType(PyType t) {
        this.type = t;
    }

    /** An instance without {@code __dict__}: only {@code __slots__} values (CPython: no tp_dictoffset). */
    public static final class Slotted implements PyObject, HasSlots {
        private PyType type; // plain: read on every attribute access; __class__ assignment may race, as in CPython
        private final Object[] slots;

        /** A new instance of {@code type}, every slot unbound. */
        public Slotted(PyType type) {
            this.type = type;
            this.slots = new Object[type.slotCount()];
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public Object[] slots() {
            return slots;
        }

        @Override
        public void setType(PyType t) {
            this.type = t;
        }
    }
}
