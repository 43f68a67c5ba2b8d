package dev.adder.runtime;

/**
 * A type's attribute cache ({@link PyType#entry}): an open-addressing table from name to
 * {@link AttrEntry} whose keys never change. Readers probe the current table without a lock (names
 * in code are interned, so the first comparison is usually identity); a miss builds a copy with one
 * more entry; a class attribute written replaces its entry in place ({@link #replace}), so a class
 * counter ({@code C.n += 1}) does not empty the cache. Writers hold the type's lock.
 */
final class EntryTable {
    /** Most names one type caches (getattr with computed names must not grow it without end). */
    static final int MAX = 1024;

    private final String[] keys;
    /** Entries are immutable objects, so a reader racing with {@link #replace} sees the old or the new one whole. */
    private final AttrEntry[] values;
    private final int size;

    /** An empty table. */
    EntryTable() {
        this(new String[8], new AttrEntry[8], 0);
    }

    private EntryTable(String[] keys, AttrEntry[] values, int size) {
        this.keys = keys;
        this.values = values;
        this.size = size;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** The entry for {@code name}, or null. */
    AttrEntry get(String name) {
        String[] k = keys;
        int mask = k.length - 1;
        for (int i = spread(name.hashCode()) & mask; ; i = (i + 1) & mask) {
            String key = k[i];
            if (key == name) {
                return values[i];
            }
            if (key == null) {
                return null;
            }
            if (key.equals(name)) {
                return values[i];
            }
        }
    }

    /** Replaces the entry for {@code name} if the table has one (the caller holds the type's lock). */
    boolean replace(String name, AttrEntry e) {
        String[] k = keys;
        int mask = k.length - 1;
        for (int i = spread(name.hashCode()) & mask; ; i = (i + 1) & mask) {
            String key = k[i];
            if (key == null) {
                return false;
            }
            if (key.equals(name)) {
                values[i] = e;
                return true;
            }
        }
    }

    /** This table plus {@code name → e} ({@code name} not in it); this table itself when full. */
    EntryTable with(String name, AttrEntry e) {
        if (size >= MAX) {
            return this;
        }
        int cap = keys.length;
        if ((size + 1) * 2 > cap) {
            cap *= 2; // at most half full: probes stay short and always end at a null
        }
        String[] k = new String[cap];
        AttrEntry[] v = new AttrEntry[cap];
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                insert(k, v, keys[i], values[i]);
            }
        }
        insert(k, v, name, e);
        return new EntryTable(k, v, size + 1);
    }

    private static void insert(String[] k, AttrEntry[] v, String name, AttrEntry e) {
        int mask = k.length - 1;
        int i = spread(name.hashCode()) & mask;
        while (k[i] != null) {
            i = (i + 1) & mask;
        }
        k[i] = name;
        v[i] = e;
    }
}
