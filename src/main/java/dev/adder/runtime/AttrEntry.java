package dev.adder.runtime;

/**
 * What a type's MRO holds under one name, classified once so that attribute access need not ask
 * again on every read: {@link PyType#entry} caches these per type (CPython 3.11 caches the lookup
 * result by type version tag; the kind is what its LOAD_ATTR specializations decide at the site).
 *
 * <p>The kind depends only on the value's Java class and on whether its type is a class written in
 * Python, neither of which can change; a {@link #USER} value is re-examined on each access, because
 * its class's {@code __get__}/{@code __set__} may change at any time.
 */
public final class AttrEntry {
    /** No class on the MRO defines the name. */
    public static final int ABSENT = 0;
    /** A plain class attribute (not a descriptor): the value itself, unless the instance dict shadows it. */
    public static final int PLAIN = 1;
    /** A data descriptor written in Java (property, slot, getset): wins over the instance dict. */
    public static final int DATA = 2;
    /** A function or method descriptor: LOAD_METHOD may call it with self prepended, no bound object. */
    public static final int METHOD = 3;
    /** Another non-data descriptor written in Java (classmethod, staticmethod, ...). */
    public static final int NONDATA = 4;
    /** An instance of a class written in Python: may be a descriptor, decided at each access. */
    public static final int USER = 5;

    /** The attribute found on the MRO, or null when {@link #ABSENT}. */
    public final Object value;
    /** One of {@link #ABSENT}, {@link #PLAIN}, {@link #DATA}, {@link #METHOD}, {@link #NONDATA}, {@link #USER}. */
    public final int kind;
    /**
     * Where the instance's own attribute of this name was in the last {@link Shape} asked
     * (CPython 3.11's LOAD_ATTR_INSTANCE_VALUE cache, kept per type and name instead of per
     * instruction): immutable pairs, so a racy read sees a whole one.
     */
    ShapeSlot lastShape;

    /** A shape and the index of the name in it (-1: absent). */
    record ShapeSlot(Shape shape, int index) {}

    private AttrEntry(Object value, int kind) {
        this.value = value;
        this.kind = kind;
    }

    /** The entry for {@code value} as a type's MRO holds it (null: missing). */
    static AttrEntry of(Object value) {
        if (value == null) {
            return new AttrEntry(null, ABSENT); // not shared: each has its own shape cache
        }
        if (value instanceof PyObject p && p.type().isHeapType()) {
            return new AttrEntry(value, USER);
        }
        if (value instanceof PyDescriptor d) {
            return new AttrEntry(value, d.isData() ? DATA : d.isMethod() ? METHOD : NONDATA);
        }
        return new AttrEntry(value, PLAIN);
    }
}
