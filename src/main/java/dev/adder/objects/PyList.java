package dev.adder.objects;

import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;

/**
 * Python's {@code list}, which Java sees as a modifiable {@code java.util.List}. Methods, comparison
 * and repr are in {@link ListMethods}.
 */
public final class PyList extends AbstractList<Object> implements PyObject, RandomAccess {
    /** {@code list}. */
    public static final PyType TYPE = ListMethods.createType();

    private final ArrayList<Object> items;

    /** An empty list. */
    public PyList() {
        this.items = new ArrayList<>();
    }

    /** A list of the given elements (copied). */
    public PyList(Collection<?> elements) {
        this.items = new ArrayList<>(elements);
    }

    /** A list of a copy of {@code elements}. */
    public static PyList of(Object... elements) {
        PyList l = new PyList();
        l.items.ensureCapacity(elements.length);
        for (Object e : elements) {
            l.items.add(e);
        }
        return l;
    }

    @Override
    public Object get(int index) {
        return items.get(index);
    }

    @Override
    public Object set(int index, Object element) {
        return items.set(index, element);
    }

    @Override
    public void add(int index, Object element) {
        items.add(index, element);
    }

    @Override
    public boolean add(Object element) {
        return items.add(element);
    }

    @Override
    public Object remove(int index) {
        return items.remove(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    /** The live backing list (for the list methods). */
    List<Object> backing() {
        return items;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
