package dev.adder.runtime;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An instance of a class written in Python (or of {@code object}): its type, its {@code __dict__}
 * and the values of its {@code __slots__}. Instances of Python subclasses of built-in types are the
 * built-in type's own Java class instead (for example {@link PyBaseException}), which keeps a
 * dictionary too. Classes whose instances have no {@code __dict__} make {@link Slotted} instances.
 *
 * <p>An instance of a class keeps its attributes in an array described by a shared {@link Shape}
 * (the names, in the order they were added) until something asks for the {@code __dict__} itself
 * ({@link #dict}: {@code vars(o)}, {@code o.__dict__}, {@code del o.x}): then they move into the
 * dict for good. Attribute access uses {@link #attr}/{@link #setAttr}, which work in both states.
 * Readers take no lock; writers lock the instance, so a write racing with an added attribute or
 * with the move to the dict is never lost.
 */
public class PyInstance implements PyObject, HasDict, HasSlots {
    private PyType type; // plain: read on every attribute access; __class__ assignment may race, as in CPython
    /** The {@code __dict__} once the attributes live there (until then: empty, unused). */
    private final Map<String, Object> dict;
    private final Object[] slots;
    /** [0] = the {@link Shape}, [1 + i] = the value of its name i; null once the dict holds the attributes. */
    private volatile Object[] attrs;

    /** A new instance of {@code type} with an empty {@code __dict__}. */
    public PyInstance(PyType type) {
        this(type, new LinkedHashMap<>());
    }

    /**
     * A new instance of {@code type} whose {@code __dict__} is {@code dict} (the objects package passes
     * a dict): an empty one is filled only when first asked for, if {@code type} is a class.
     */
    public PyInstance(PyType type, Map<String, Object> dict) {
        this.type = type;
        this.dict = dict;
        int n = type.slotCount();
        this.slots = n == 0 ? null : new Object[n];
        Shape root = type.shapeRoot();
        this.attrs = root != null && dict.isEmpty() ? new Object[] {root} : null;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** The live {@code __dict__}: moves the attributes there first if they are still in the array. */
    @Override
    public Map<String, Object> dict() {
        if (attrs != null) {
            moveToDict();
        }
        return dict;
    }

    private synchronized void moveToDict() {
        Object[] a = attrs;
        if (a == null) {
            return;
        }
        Shape s = (Shape) a[0];
        for (int i = 0; i < s.size(); i++) {
            dict.put(s.name(i), a[i + 1]);
        }
        attrs = null;
    }

    /** The attribute {@code name} of the instance itself (its {@code __dict__} entry), or null. */
    public Object attr(String name) {
        Object[] a = attrs;
        if (a != null) {
            int i = ((Shape) a[0]).indexOf(name);
            return i < 0 ? null : a[i + 1];
        }
        return dict.get(name);
    }

    /**
     * The attribute {@code name} of the instance itself, or null; {@code e} is the type's entry for
     * {@code name}, whose cache of the last shape saves the probe when instances look alike.
     */
    public Object attr(String name, AttrEntry e) {
        Object[] a = attrs;
        if (a != null) {
            int i = index((Shape) a[0], name, e);
            return i < 0 ? null : a[i + 1];
        }
        return dict.get(name);
    }

    private static int index(Shape s, String name, AttrEntry e) {
        AttrEntry.ShapeSlot c = e.lastShape;
        if (c != null && c.shape() == s) {
            return c.index();
        }
        int i = s.indexOf(name);
        e.lastShape = new AttrEntry.ShapeSlot(s, i);
        return i;
    }

    /** Sets the instance's own attribute {@code name} ({@code o.__dict__[name] = value}). */
    public void setAttr(String name, Object value) {
        if (attrs == null || !setInArray(name, value, null)) {
            dict.put(name, value);
        }
    }

    /** {@link #setAttr} with the type's entry for {@code name} (its shape cache). */
    public void setAttr(String name, Object value, AttrEntry e) {
        if (attrs == null || !setInArray(name, value, e)) {
            dict.put(name, value);
        }
    }

    private synchronized boolean setInArray(String name, Object value, AttrEntry e) {
        Object[] a = attrs;
        if (a == null) {
            return false;
        }
        Shape s = (Shape) a[0];
        int i = e == null ? s.indexOf(name) : index(s, name, e);
        if (i >= 0) {
            a[i + 1] = value;
            return true;
        }
        Shape grown = s.with(name);
        if (grown == null) {
            moveToDict();
            return false;
        }
        // a new array, published whole: a reader sees the old shape and values or the new ones
        Object[] b = Arrays.copyOf(a, a.length + 1);
        b[0] = grown;
        b[a.length] = value;
        attrs = b;
        return true;
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
