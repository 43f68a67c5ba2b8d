package dev.adder.runtime;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The attribute names of an instance that keeps its attributes in an array ({@link PyInstance}),
 * in the order they were added: instances given the same attributes in the same order (the work
 * of one {@code __init__}) share one immutable shape, so finding a name is a probe of a small
 * table every such instance shares, not of each instance's own dict (CPython 3.11's split-keys
 * dicts and inline values play this part).
 *
 * <p>Shapes form a tree from a root per class ({@link PyType}); {@link #with} follows or grows it.
 * Past {@link #MAX_NAMES} names or {@link #MAX_SHAPES} shapes in a tree, {@code with} answers null
 * and the instance moves its attributes into a real dict.
 */
final class Shape {
    /** Most names one shape holds (more: the instance uses a dict). */
    static final int MAX_NAMES = 64;
    /** Most shapes one class's tree holds (many orders of many names: the instances use dicts). */
    static final int MAX_SHAPES = 512;

    private final String[] names;
    /** Open addressing over {@link String#hashCode}: the names, and each one's index in {@link #names}. */
    private final String[] table;
    private final int[] slot;
    /** The shapes one more name leads to; null until the first. */
    private volatile ConcurrentHashMap<String, Shape> next;
    /** Shapes made in this tree so far (shared by every shape of the tree). */
    private final AtomicInteger count;

    /** The empty shape: the root of a new tree. */
    Shape() {
        this(new String[0], new AtomicInteger(1));
    }

    private Shape(String[] names, AtomicInteger count) {
        this.names = names;
        this.count = count;
        int size = 2;
        while (size < names.length * 2) {
            size <<= 1;
        }
        table = new String[size];
        slot = new int[size];
        int mask = size - 1;
        for (int n = 0; n < names.length; n++) {
            int i = spread(names[n].hashCode()) & mask;
            while (table[i] != null) {
                i = (i + 1) & mask;
            }
            table[i] = names[n];
            slot[i] = n;
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** The number of names. */
    int size() {
        return names.length;
    }

    /** The {@code i}th name added. */
    String name(int i) {
        return names[i];
    }

    /** The index of {@code name}, or -1: identity first (names in code are interned), then equality. */
    int indexOf(String name) {
        String[] t = table;
        int mask = t.length - 1;
        for (int i = spread(name.hashCode()) & mask; ; i = (i + 1) & mask) {
            String k = t[i];
            if (k == name) {
                return slot[i];
            }
            if (k == null) {
                return -1;
            }
            if (k.equals(name)) {
                return slot[i];
            }
        }
    }

    /** This shape plus {@code name} (not in it) at index {@link #size()}; null past the limits. */
    Shape with(String name) {
        ConcurrentHashMap<String, Shape> m = next;
        Shape s = m == null ? null : m.get(name);
        return s != null ? s : grow(name);
    }

    private synchronized Shape grow(String name) {
        ConcurrentHashMap<String, Shape> m = next;
        if (m == null) {
            m = new ConcurrentHashMap<>();
            next = m;
        }
        Shape s = m.get(name);
        if (s != null) {
            return s;
        }
        if (names.length >= MAX_NAMES || count.get() >= MAX_SHAPES) {
            return null;
        }
        String[] more = java.util.Arrays.copyOf(names, names.length + 1);
        more[names.length] = name;
        s = new Shape(more, count);
        count.incrementAndGet();
        m.put(name, s);
        return s;
    }
}
