package dev.adder.objects;

import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.HasDict;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Python's {@code dict}: insertion-ordered, keys hashed and compared with Python's rules
 * ({@code 1 == 1.0 == True} are one key), which Java sees as a {@code java.util.Map}.
 * Methods and repr are in {@link DictMethods}.
 *
 * <p>The table is CPython's compact dict: an open-addressing index (probed as CPython probes) into
 * arrays of entries kept in insertion order; deleted entries leave a hole until the next resize.
 * Writers lock the dict; readers do not, and see one consistent {@link Table} (DESIGN §4: a single
 * operation never corrupts the table).
 *
 * <p>Java's {@link #get}/{@link #put}/{@link #remove} return {@code null} for a missing key;
 * {@link #getItem} raises Python's {@code KeyError}.
 */
public class PyDict extends AbstractMap<Object, Object> implements PyObject {
    /** {@code dict}. */
    public static final PyType TYPE = DictMethods.createType();

    private static final int MIN_INDEX = 8;
    private static final int PERTURB_SHIFT = 5;
    private static final int RESTART = -2;

    /** One generation of storage; replaced as a whole on resize. */
    static final class Table {
        /** 0 = empty slot, -1 = deleted, k > 0 = entry k - 1. */
        final int[] index;
        final Object[] keys;
        final Object[] values;
        final long[] hashes;
        /** Entries used so far, live or deleted. */
        int used;
        /** Index slots still free for insertions: deletions never give them back, so probes always end. */
        int usable;

        Table(int indexSize) {
            index = new int[indexSize];
            int capacity = indexSize * 2 / 3;
            keys = new Object[capacity];
            values = new Object[capacity];
            hashes = new long[capacity];
            usable = capacity;
        }
    }

    private volatile Table table = new Table(MIN_INDEX);
    private volatile int size;
    /**
     * Whether some cache depends on {@link #version} (LOAD_GLOBAL's, for globals and builtins): only then
     * do writers advance it. Set under the lock, so a writer either sees it or finished before the watcher.
     */
    private volatile boolean watched;
    /** Advanced by every change of a watched dict (inside the lock, after the change). */
    private volatile int version;

    /** An empty dict. */
    public PyDict() {
    }

    /** A dict with room for {@code n} keys before it must grow. */
    public PyDict(int n) {
        int want = MIN_INDEX;
        while (want * 2 / 3 < n) {
            want <<= 1;
        }
        table = new Table(want);
    }

    /** The current storage (readers take it once and use only it). */
    final Table table() {
        return table;
    }

    // ---- lookup ----

    /** The entry index of {@code key} (hash {@code h}) in {@code t}, -1 if absent, RESTART if a comparison mutated the dict. */
    private int find(Table t, Object key, long h) {
        int[] index = t.index;
        int mask = index.length - 1;
        long perturb = h;
        int i = (int) h & mask;
        while (true) {
            int ix = index[i];
            if (ix == 0) {
                return -1;
            }
            if (ix > 0) {
                int e = ix - 1;
                Object k = t.keys[e];
                if (k == key) {
                    return e;
                }
                if (k != null && t.hashes[e] == h) {
                    boolean same = HashKeys.eq(k, key);
                    if (table != t || t.keys[e] != k) {
                        return RESTART;
                    }
                    if (same) {
                        return e;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** The value of {@code key} whose hash is {@code h}, or null. */
    final Object lookup(Object key, long h) {
        while (true) {
            Table t = table;
            int e = find(t, key, h);
            if (e >= 0) {
                Object v = t.values[e];
                if (v != null) {
                    return v;
                }
                continue;
            }
            if (e == -1) {
                return null;
            }
        }
    }

    /** {@code d.get(key)} with a str key: the value or null (LOAD_GLOBAL, LOAD_NAME). */
    public final Object getStr(String key) {
        return lookup(key, HashKeys.hash(key));
    }

    @Override
    public Object get(Object key) {
        return lookup(key, HashKeys.hash(key));
    }

    /** {@code d[key]}: the value, or {@code KeyError(key)} (no {@code __missing__}). */
    public Object getItem(Object key) {
        Object v = lookup(key, HashKeys.hash(key));
        if (v == null) {
            throw keyError(key);
        }
        return v;
    }

    /** {@code KeyError(key)}: the exception's args hold the key itself. */
    public static PyBaseException keyError(Object key) {
        return new PyBaseException(ExceptionTypes.KEY_ERROR, new Object[] {key});
    }

    @Override
    public boolean containsKey(Object key) {
        return lookup(key, HashKeys.hash(key)) != null;
    }

    /** {@code key in d} for a key whose hash is known. */
    final boolean containsKnownHash(Object key, long h) {
        return lookup(key, h) != null;
    }

    // ---- version (for caches of lookups) ----

    /**
     * A number that changes whenever a key is added, rebound or removed once {@link #watch} was called:
     * a cache of a lookup made after reading it stays valid while it stays the same.
     */
    public final int version() {
        return version;
    }

    /** Makes writers advance {@link #version} from now on; call before reading the version for a cache. */
    public final void watch() {
        if (!watched) {
            synchronized (this) {
                watched = true;
            }
        }
    }

    private void changed() {
        if (watched) {
            version++; // only under the lock: no update is lost
        }
    }

    // ---- update ----

    @Override
    public Object put(Object key, Object value) {
        return putHashed(key, HashKeys.hash(key), value);
    }

    /** {@code d[key] = value} for a key whose hash is {@code h}; returns the old value or null. */
    final synchronized Object putHashed(Object key, long h, Object value) {
        while (true) {
            Table t = table;
            int e = find(t, key, h);
            if (e == RESTART) {
                continue;
            }
            if (e >= 0) {
                Object old = t.values[e];
                t.values[e] = value;
                changed();
                return old;
            }
            if (t.used == t.keys.length || t.usable == 0) {
                resize(size * 3);
                t = table;
            }
            int n = t.used;
            // the key last: lock-free readers take a non-null key as "this entry is complete"
            t.hashes[n] = h;
            t.values[n] = value;
            t.keys[n] = key;
            t.used = n + 1;
            t.usable--;
            insertIndex(t.index, h, n);
            size++;
            changed();
            return null;
        }
    }

    /** Inserts entry {@code n} into an index that has no entry for its key. */
    private static void insertIndex(int[] index, long h, int n) {
        int mask = index.length - 1;
        long perturb = h;
        int i = (int) h & mask;
        while (index[i] > 0) {
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        index[i] = n + 1;
    }

    /** A fresh table for at least {@code minUsed} entries, compacting out deleted ones (CPython's dictresize). */
    private void resize(int minUsed) {
        int want = MIN_INDEX;
        while (want * 2 / 3 < Math.max(minUsed, size + 1)) {
            want <<= 1;
        }
        Table old = table;
        Table t = new Table(want);
        int n = 0;
        for (int e = 0; e < old.used; e++) {
            Object k = old.keys[e];
            if (k != null) {
                t.keys[n] = k;
                t.values[n] = old.values[e];
                t.hashes[n] = old.hashes[e];
                insertIndex(t.index, old.hashes[e], n);
                n++;
            }
        }
        t.used = n;
        t.usable -= n;
        table = t;
    }

    @Override
    public Object remove(Object key) {
        return removeHashed(key, HashKeys.hash(key));
    }

    /** Deletes {@code key} (hash {@code h}); returns its value, or null when absent. */
    final synchronized Object removeHashed(Object key, long h) {
        while (true) {
            Table t = table;
            int e = find(t, key, h);
            if (e == RESTART) {
                continue;
            }
            if (e < 0) {
                return null;
            }
            return removeEntry(t, e, h);
        }
    }

    private Object removeEntry(Table t, int e, long h) {
        int[] index = t.index;
        int mask = index.length - 1;
        long perturb = h;
        int i = (int) h & mask;
        while (index[i] != e + 1) {
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        index[i] = -1;
        Object old = t.values[e];
        // the key first: a reader that still sees the key retries when it finds no value
        t.keys[e] = null;
        t.values[e] = null;
        size--;
        changed();
        return old;
    }

    /** {@code d.popitem()}: the last entry as a 2-tuple, or null when the dict is empty. */
    public final synchronized PyTuple popLast() {
        Table t = table;
        for (int e = t.used - 1; e >= 0; e--) {
            Object k = t.keys[e];
            if (k != null) {
                Object v = removeEntry(t, e, t.hashes[e]);
                t.used = e;
                return PyTuple.wrap(new Object[] {k, v});
            }
        }
        return null;
    }

    @Override
    public synchronized void clear() {
        table = new Table(MIN_INDEX);
        size = 0;
        changed();
    }

    // ---- iteration over entries (insertion order) ----

    /** The index of the first live entry at or after {@code pos} in {@code t}, or -1. */
    static int nextEntry(Table t, int pos) {
        int used = Math.min(t.used, t.keys.length);
        for (int e = pos; e < used; e++) {
            if (t.keys[e] != null) {
                return e;
            }
        }
        return -1;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    /** A snapshot of the keys in insertion order. */
    public Object[] keysArray() {
        Table t = table;
        Object[] out = new Object[size];
        int n = 0;
        for (int e = nextEntry(t, 0); e >= 0 && n < out.length; e = nextEntry(t, e + 1)) {
            Object k = t.keys[e];
            if (k != null) {
                out[n++] = k;
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** A shallow copy of this dict as a plain {@code dict}. */
    public PyDict copyDict() {
        PyDict d = new PyDict(size);
        Table t = table;
        for (int e = nextEntry(t, 0); e >= 0; e = nextEntry(t, e + 1)) {
            Object k = t.keys[e];
            Object v = t.values[e];
            long h = t.hashes[e];
            // the key read again: the hash belongs to it unless the slot was reused meanwhile
            if (k != null && v != null && t.keys[e] == k) {
                d.putHashed(k, h, v);
            }
        }
        return d;
    }

    @Override
    public Set<Map.Entry<Object, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<Object, Object>> iterator() {
                return new Iterator<>() {
                    private final Table t = table;
                    private int pos;
                    private Map.Entry<Object, Object> next = advance();

                    /** The next live entry (one removed by another thread meanwhile is skipped), or null. */
                    private Map.Entry<Object, Object> advance() {
                        for (int e = nextEntry(t, pos); e >= 0; e = nextEntry(t, e + 1)) {
                            Object k = t.keys[e];
                            Object v = t.values[e];
                            if (k != null && v != null) {
                                pos = e + 1;
                                return new SimpleImmutableEntry<>(k, v);
                            }
                        }
                        pos = Integer.MAX_VALUE;
                        return null;
                    }

                    @Override
                    public boolean hasNext() {
                        return next != null;
                    }

                    @Override
                    public Map.Entry<Object, Object> next() {
                        Map.Entry<Object, Object> en = next;
                        if (en == null) {
                            throw new NoSuchElementException();
                        }
                        next = advance();
                        return en;
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** A snapshot as a Java map (for tests and diagnostics). */
    public Map<Object, Object> toJavaMap() {
        return new LinkedHashMap<>(this);
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** An instance of a Python subclass of {@code dict}: its own type and {@code __dict__}. */
    static final class Subclass extends PyDict implements HasDict {
        private final PyType type;
        private final Map<String, Object> dict = new LinkedHashMap<>();

        Subclass(PyType type) {
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
