package dev.adder.objects;

/**
 * Hashing and equality of dict keys and set elements with Python's rules, with fast paths for
 * the common str and small int keys ({@code 1}, {@code 1.0} and {@code True} are one key).
 */
final class HashKeys {
    private HashKeys() {}

    /** {@code hash(key)} as CPython computes it (TypeError for unhashable keys). */
    static long hash(Object key) {
        if (key instanceof Integer i) {
            int v = i;
            return v == -1 ? -2 : v;
        }
        long h = Ops.hash(key);
        // -1 marks deleted set slots (CPython never hashes to -1).
        return h == -1 ? -2 : h;
    }

    /**
     * Whether a stored key {@code stored} equals {@code key}, both of hash {@code h}: identity,
     * then str/int fast paths, then {@code stored == key} as CPython's lookups call it.
     */
    static boolean eq(Object stored, Object key) {
        if (stored == key) {
            return true;
        }
        if (stored instanceof String s) {
            if (key instanceof String) {
                return s.equals(key);
            }
        } else if (stored instanceof Integer i && key instanceof Integer) {
            return i.equals(key);
        }
        return Ops.eq(stored, key);
    }
}
