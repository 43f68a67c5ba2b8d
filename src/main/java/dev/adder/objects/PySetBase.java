package dev.adder.objects;

import dev.adder.runtime.PyObject;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The hash table shared by {@link PySet} and {@link PyFrozenSet}: CPython 3.11's set table
 * (Objects/setobject.c) slot for slot: open addressing with 9 linear probes then perturbation,
 * table size 8 growing to the smallest power of two above {@code used * 4} when 60% full, dummies
 * for deleted slots, so that sets iterate (and print) in CPython's order.
 *
 * <p>Writers lock the set; readers take one consistent {@link Table} without locking (DESIGN §4).
 */
public abstract class PySetBase extends AbstractSet<Object> implements PyObject {
    static final int MINSIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    private static final int RESTART = -2;
    /** The key of a deleted slot (its hash is -1). */
    static final Object DUMMY = new Object();

    /** The slots; replaced as a whole on resize. Empty: key null and hash 0. */
    static final class Table {
        final Object[] keys;
        final long[] hashes;

        Table(int size) {
            keys = new Object[size];
            hashes = new long[size];
        }

        int mask() {
            return keys.length - 1;
        }
    }

    volatile Table table = new Table(MINSIZE);
    /** Active plus dummy slots. */
    int fill;
    /** Active slots. */
    volatile int used;
    /** Where {@code pop} resumes its search. */
    private int finger;

    PySetBase() {
    }

    // ---- lookup (CPython 3.11: set_lookkey) ----

    private int lookkey(Table t, Object key, long h) {
        int mask = t.mask();
        long perturb = h;
        int i = (int) h & mask;
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            int j = i;
            while (true) {
                Object k = t.keys[j];
                long eh = t.hashes[j];
                if (k == null) {
                    if (eh == 0) {
                        return -1;
                    }
                } else if (eh == h && k != DUMMY) {
                    if (k == key) {
                        return j;
                    }
                    boolean same = HashKeys.eq(k, key);
                    if (table != t || t.keys[j] != k) {
                        return RESTART;
                    }
                    if (same) {
                        return j;
                    }
                }
                if (probes-- == 0) {
                    break;
                }
                j++;
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Whether the set holds {@code key}, whose hash is {@code h}. */
    final boolean containsHashed(Object key, long h) {
        while (true) {
            int j = lookkey(table, key, h);
            if (j != RESTART) {
                return j >= 0;
            }
        }
    }

    @Override
    public boolean contains(Object o) {
        return containsHashed(o, HashKeys.hash(o));
    }

    // ---- insertion (CPython 3.11: set_add_entry, set_insert_clean, set_table_resize) ----

    /** Adds {@code key} (hash {@code h}); false if it was already there. */
    final synchronized boolean addHashed(Object key, long h) {
        restart:
        while (true) {
            Table t = table;
            int mask = t.mask();
            long perturb = h;
            int i = (int) h & mask;
            int freeslot = -1;
            while (true) {
                int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
                int j = i;
                while (true) {
                    Object k = t.keys[j];
                    long eh = t.hashes[j];
                    if (k == null && eh == 0) {
                        if (freeslot >= 0) {
                            t.keys[freeslot] = key;
                            t.hashes[freeslot] = h;
                            used++;
                            return true;
                        }
                        t.hashes[j] = h;
                        t.keys[j] = key;
                        fill++;
                        used++;
                        if ((long) fill * 5 >= (long) mask * 3) {
                            resize(used > 50000 ? used * 2 : used * 4);
                        }
                        return true;
                    }
                    if (eh == h && k != DUMMY) {
                        if (k == key) {
                            return false;
                        }
                        boolean same = HashKeys.eq(k, key);
                        if (same) {
                            return false;
                        }
                        if (table != t || t.keys[j] != k) {
                            continue restart;
                        }
                    } else if (eh == -1) {
                        freeslot = j;
                    }
                    if (probes-- == 0) {
                        break;
                    }
                    j++;
                }
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    private static void insertClean(Table t, Object key, long h) {
        int mask = t.mask();
        long perturb = h;
        int i = (int) h & mask;
        while (true) {
            if (t.keys[i] == null) {
                t.keys[i] = key;
                t.hashes[i] = h;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (t.keys[i + j] == null) {
                        t.keys[i + j] = key;
                        t.hashes[i + j] = h;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Rebuilds the table with the smallest size above {@code minUsed}, dropping dummies. */
    final synchronized void resize(long minUsed) {
        long newSize = MINSIZE;
        while (newSize <= minUsed) {
            newSize <<= 1;
        }
        if (newSize > (1 << 30)) {
            throw dev.adder.runtime.Errors.memoryError(null);
        }
        Table old = table;
        if (newSize == MINSIZE && old.keys.length == MINSIZE && fill == used) {
            return;
        }
        Table t = new Table((int) newSize);
        for (int j = 0; j < old.keys.length; j++) {
            Object k = old.keys[j];
            if (k != null && k != DUMMY) {
                insertClean(t, k, old.hashes[j]);
            }
        }
        fill = used;
        table = t;
    }

    /**
     * A table that no other thread writes, for reading without the lock: a frozenset's own table,
     * a copy (taken under the lock) of a set's.
     */
    final Table stableTable() {
        if (this instanceof PyFrozenSet) {
            return table;
        }
        synchronized (this) {
            return copyOf(table);
        }
    }

    private static Table copyOf(Table t) {
        Table c = new Table(t.keys.length);
        System.arraycopy(t.keys, 0, c.keys, 0, t.keys.length);
        System.arraycopy(t.hashes, 0, c.hashes, 0, t.hashes.length);
        return c;
    }

    /** Adds every element of {@code other} (CPython 3.11: set_merge, keeping its table layout when possible). */
    final void merge(PySetBase other) {
        if (other == this) {
            return;
        }
        Table ot;
        int otherUsed;
        int otherFill;
        if (other instanceof PyFrozenSet) {
            ot = other.table;
            otherUsed = other.used;
            otherFill = other.fill;
        } else {
            // a consistent copy, taken before this set's lock (never two set locks at once: no deadlock)
            synchronized (other) {
                if (other.used == 0) {
                    return;
                }
                ot = copyOf(other.table);
                otherUsed = other.used;
                otherFill = other.fill;
            }
        }
        if (otherUsed == 0) {
            return;
        }
        mergeTable(ot, otherUsed, otherFill);
    }

    private synchronized void mergeTable(Table ot, int otherUsed, int otherFill) {
        if ((long) (fill + otherUsed) * 5 >= (long) table.mask() * 3) {
            resize((long) (used + otherUsed) * 2);
        }
        Table t = table;
        if (fill == 0 && t.mask() == ot.mask() && otherFill == otherUsed) {
            for (int j = 0; j < ot.keys.length; j++) {
                Object k = ot.keys[j];
                if (k != null) {
                    t.hashes[j] = ot.hashes[j];
                    t.keys[j] = k;
                }
            }
            fill = otherFill;
            used = otherUsed;
            return;
        }
        if (fill == 0) {
            int n = 0;
            for (int j = 0; j < ot.keys.length; j++) {
                Object k = ot.keys[j];
                if (k != null && k != DUMMY) {
                    insertClean(t, k, ot.hashes[j]);
                    n++;
                }
            }
            fill = n;
            used = n;
            return;
        }
        for (int j = 0; j < ot.keys.length; j++) {
            Object k = ot.keys[j];
            if (k != null && k != DUMMY) {
                addHashed(k, ot.hashes[j]);
            }
        }
    }

    // ---- removal ----

    /** Removes {@code key} (hash {@code h}); false if absent (CPython's set_discard_entry). */
    final synchronized boolean discardHashed(Object key, long h) {
        while (true) {
            Table t = table;
            int j = lookkey(t, key, h);
            if (j == RESTART) {
                continue;
            }
            if (j < 0) {
                return false;
            }
            t.keys[j] = DUMMY;
            t.hashes[j] = -1;
            used--;
            return true;
        }
    }

    /** {@code set.pop()}: an arbitrary element, or null when empty (CPython's set_pop with its finger). */
    final synchronized Object popAny() {
        if (used == 0) {
            return null;
        }
        Table t = table;
        int mask = t.mask();
        int j = finger & mask;
        while (t.keys[j] == null || t.keys[j] == DUMMY) {
            j++;
            if (j > mask) {
                j = 0;
            }
        }
        Object k = t.keys[j];
        t.keys[j] = DUMMY;
        t.hashes[j] = -1;
        used--;
        finger = j + 1;
        return k;
    }

    /** Empties the set. */
    @Override
    public synchronized void clear() {
        table = new Table(MINSIZE);
        fill = 0;
        used = 0;
    }

    /** Exchanges the contents of two sets (CPython's set_swap_bodies; frozenset hashes are not cached across). */
    static void swapBodies(PySetBase a, PySetBase b) {
        synchronized (a) {
            synchronized (b) {
                Table t = a.table;
                a.table = b.table;
                b.table = t;
                int f = a.fill;
                a.fill = b.fill;
                b.fill = f;
                int u = a.used;
                a.used = b.used;
                b.used = u;
            }
        }
    }

    // ---- iteration in table order ----

    /** The slot index of the first active entry at or after {@code pos} in {@code t}, or -1. */
    static int nextSlot(Table t, int pos) {
        Object[] keys = t.keys;
        for (int j = pos; j < keys.length; j++) {
            Object k = keys[j];
            if (k != null && k != DUMMY) {
                return j;
            }
        }
        return -1;
    }

    /** The elements in table order (a snapshot). */
    public final Object[] toArray() {
        Table t = table;
        Object[] out = new Object[used];
        int n = 0;
        for (int j = nextSlot(t, 0); j >= 0 && n < out.length; j = nextSlot(t, j + 1)) {
            Object k = t.keys[j];
            // removed by another thread since nextSlot saw it
            if (k != null && k != DUMMY) {
                out[n++] = k;
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    @Override
    public Iterator<Object> iterator() {
        Object[] snapshot = toArray();
        return new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < snapshot.length;
            }

            @Override
            public Object next() {
                if (i >= snapshot.length) {
                    throw new NoSuchElementException();
                }
                return snapshot[i++];
            }
        };
    }

    @Override
    public int size() {
        return used;
    }

    /** Adds an element (building a set). */
    public boolean addElement(Object o) {
        return addHashed(o, HashKeys.hash(o));
    }

    /** CPython 3.11: Objects/setobject.c frozenset_hash over this table. */
    final long computeHash() {
        Table t;
        int f;
        int u;
        synchronized (this) {
            t = table;
            f = fill;
            u = used;
        }
        long h = 0;
        for (int j = 0; j < t.keys.length; j++) {
            h ^= shuffleBits(t.hashes[j]);
        }
        if (((t.keys.length - f) & 1) != 0) {
            h ^= shuffleBits(0);
        }
        if (((f - u) & 1) != 0) {
            h ^= shuffleBits(-1);
        }
        h ^= ((long) u + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        if (h == -1) {
            h = 590923713L;
        }
        return h;
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
