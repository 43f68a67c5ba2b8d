package dev.adder.jvm;

import java.util.HashMap;

/**
 * A class file's constant pool: adds each entry once (equal requests return the same index) and
 * keeps the entries already encoded, ready to be copied into the class file.
 */
final class ConstantPool {
    static final int UTF8 = 1;
    static final int INTEGER = 3;
    static final int FLOAT = 4;
    static final int LONG = 5;
    static final int DOUBLE = 6;
    static final int CLASS = 7;
    static final int STRING = 8;
    static final int FIELDREF = 9;
    static final int METHODREF = 10;
    static final int INTERFACE_METHODREF = 11;
    static final int NAME_AND_TYPE = 12;

    /**
     * A member reference or name-and-type; {@code owner} is null for NameAndType. A class, not a
     * record: a record's equals/hashCode bootstrap through invokedynamic, which costs tens of
     * milliseconds the first time (the first compiled Python function waited for it).
     */
    private static final class Ref {
        final int tag;
        final String owner;
        final String name;
        final String descriptor;

        Ref(int tag, String owner, String name, String descriptor) {
            this.tag = tag;
            this.owner = owner;
            this.name = name;
            this.descriptor = descriptor;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Ref r && r.tag == tag && java.util.Objects.equals(r.owner, owner)
                    && r.name.equals(name) && r.descriptor.equals(descriptor);
        }

        @Override
        public int hashCode() {
            return ((tag * 31 + java.util.Objects.hashCode(owner)) * 31 + name.hashCode()) * 31 + descriptor.hashCode();
        }
    }

    private final Bytes out = new Bytes(1024);
    private final HashMap<String, Integer> utf8s = new HashMap<>();
    private final HashMap<String, Integer> classes = new HashMap<>();
    private final HashMap<String, Integer> strings = new HashMap<>();
    /** Integer, Float, Long and Double constants; Float/Double equality compares bits, as the pool must. */
    private final HashMap<Object, Integer> numbers = new HashMap<>();
    private final HashMap<Ref, Integer> refs = new HashMap<>();
    /** The next free index (index 0 is unused). */
    private int next = 1;

    /** The value of constant_pool_count: the number of slots plus one. */
    int count() {
        return next;
    }

    /** The encoded entries. */
    Bytes bytes() {
        return out;
    }

    private int take(int slots) {
        int index = next;
        if (index + slots > 0xFFFF) {
            throw new IllegalStateException("constant pool exceeds 65,535 entries");
        }
        next = index + slots;
        return index;
    }

    int utf8(String s) {
        Integer known = utf8s.get(s);
        if (known != null) {
            return known;
        }
        int index = take(1);
        int mark = out.length;
        out.u1(UTF8);
        try {
            out.utf8(s);
        } catch (IllegalStateException e) { // too long: leave the pool as it was
            out.length = mark;
            next = index;
            throw e;
        }
        utf8s.put(s, index);
        return index;
    }

    int classRef(String internalName) {
        Integer known = classes.get(internalName);
        if (known != null) {
            return known;
        }
        int name = utf8(internalName);
        int index = take(1);
        out.u1(CLASS);
        out.u2(name);
        classes.put(internalName, index);
        return index;
    }

    int string(String s) {
        Integer known = strings.get(s);
        if (known != null) {
            return known;
        }
        int value = utf8(s);
        int index = take(1);
        out.u1(STRING);
        out.u2(value);
        strings.put(s, index);
        return index;
    }

    /** An Integer, Float, Long or Double constant (Long and Double take two slots). */
    int number(Object value) {
        Integer known = numbers.get(value);
        if (known != null) {
            return known;
        }
        int index;
        if (value instanceof Integer i) {
            index = take(1);
            out.u1(INTEGER);
            out.u4(i);
        } else if (value instanceof Float f) {
            index = take(1);
            out.u1(FLOAT);
            out.u4(Float.floatToRawIntBits(f));
        } else if (value instanceof Long l) {
            index = take(2);
            out.u1(LONG);
            out.u8(l);
        } else if (value instanceof Double d) {
            index = take(2);
            out.u1(DOUBLE);
            out.u8(Double.doubleToRawLongBits(d));
        } else {
            throw new IllegalArgumentException("not a numeric constant: " + value);
        }
        numbers.put(value, index);
        return index;
    }

    int nameAndType(String name, String descriptor) {
        Ref key = new Ref(NAME_AND_TYPE, null, name, descriptor);
        Integer known = refs.get(key);
        if (known != null) {
            return known;
        }
        int n = utf8(name);
        int t = utf8(descriptor);
        int index = take(1);
        out.u1(NAME_AND_TYPE);
        out.u2(n);
        out.u2(t);
        refs.put(key, index);
        return index;
    }

    /** A Fieldref, Methodref or InterfaceMethodref ({@code tag}). */
    int member(int tag, String owner, String name, String descriptor) {
        Ref key = new Ref(tag, owner, name, descriptor);
        Integer known = refs.get(key);
        if (known != null) {
            return known;
        }
        int c = classRef(owner);
        int nt = nameAndType(name, descriptor);
        int index = take(1);
        out.u1(tag);
        out.u2(c);
        out.u2(nt);
        refs.put(key, index);
        return index;
    }
}
