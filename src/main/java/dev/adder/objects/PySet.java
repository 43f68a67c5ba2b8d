package dev.adder.objects;

import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashSet;

/**
 * Python's {@code set}, which Java sees as a {@code java.util.Set}; elements hashed and compared with
 * Python's rules. Methods and repr are in {@link SetMethods}.
 */
public final class PySet extends AbstractSet<Object> implements PyObject {
    /** {@code set}. */
    public static final PyType TYPE = SetMethods.createPySetType();

    // Placeholder storage: the containers work replaces it with Python-hash storage.
    private final LinkedHashSet<Object> set = new LinkedHashSet<>();

    /** An empty set. */
    public PySet() {
    }

    /** A set of the given elements. */
    public static PySet of(Object... elements) {
        PySet s = new PySet();
        for (Object e : elements) {
            s.set.add(e);
        }
        return s;
    }

    @Override
    public boolean contains(Object o) {
        return set.contains(o);
    }

    @Override
    public Iterator<Object> iterator() {
        return set.iterator();
    }

    @Override
    public int size() {
        return set.size();
    }

    /** Adds an element (building a set). */
    public boolean addElement(Object o) {
        return set.add(o);
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
