package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.HasDict;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import java.util.AbstractList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.RandomAccess;

/**
 * Python's {@code tuple}: an immutable array of values, which Java sees as an unmodifiable
 * {@code List}. Methods, comparison and hashing are in {@link TupleMethods}.
 */
public class PyTuple extends AbstractList<Object> implements PyObject, RandomAccess {
    /** {@code tuple}. */
    public static final PyType TYPE = BuiltinTypeTable.builtin("tuple", CoreTypes.OBJECT, BuiltinTypeTable.TUPLE);
    /** {@code ()}. */
    public static final PyTuple EMPTY = new PyTuple(new Object[0]);

    private final Object[] items;

    PyTuple(Object[] items) {
        this.items = items;
    }

    /** A tuple of a copy of {@code items}. */
    public static PyTuple of(Object... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items.clone());
    }

    /** A tuple that takes ownership of {@code items}: the caller must never modify the array again. */
    public static PyTuple wrap(Object[] items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    /** The elements, without copying: read only. */
    public Object[] items() {
        return items;
    }

    @Override
    public Object get(int index) {
        return items[index];
    }

    @Override
    public int size() {
        return items.length;
    }

    @Override
    public Object[] toArray() {
        return items.clone();
    }

    /** {@code hash(t)}: CPython 3.11's xxHash-based tuplehash over the items' hashes. */
    public long pyHash() {
        return TupleMethods.hash(items);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** An instance of a Python subclass of {@code tuple}. */
    static final class Subclass extends PyTuple implements HasDict {
        private final PyType type;
        private final Map<String, Object> dict = new LinkedHashMap<>();

        Subclass(PyType type, Object[] items) {
            super(items);
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public Map<String, Object> dict() {
            return dict;
        }
    }
}
