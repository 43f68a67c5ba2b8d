package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.PyNone;

/**
 * {@code list.sort(key=None, reverse=False)}: a stable merge sort that, like CPython's timsort,
 * compares only with {@code <}, finds already ordered stretches in linear time, keeps the list
 * empty while sorting and reports {@code ValueError: list modified during sort}.
 */
final class ListSort {
    private ListSort() {}

    private static final int INSERTION = 24;

    /** Sorts {@code list} in place. */
    static void sort(PyList list, Object key, boolean reverse) {
        Object[] vals = list.takeAll();
        int n = vals.length;
        RuntimeException failure = null;
        try {
            Object[] keys = null;
            if (key != PyNone.NONE) {
                keys = new Object[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = Ops.call(key, vals[i]);
                }
            }
            Object[] k = keys != null ? keys : vals;
            Object[] v = keys != null ? vals : null;
            // Reversing before and after keeps equal elements in their original order (as CPython does).
            if (reverse) {
                reverse(k, n);
                if (v != null) {
                    reverse(v, n);
                }
            }
            if (v == null && allOfOneSafeType(k, n)) {
                // Same-typed ints or strs: a consistent total order, so the JDK's (stable) TimSort applies.
                java.util.Arrays.sort(k, 0, n, k[0] instanceof Integer
                        ? (a, b) -> Integer.compare((Integer) a, (Integer) b)
                        : (a, b) -> StrOps.compare((String) a, (String) b));
            } else {
                sortRange(k, v, 0, n, new Object[n], v != null ? new Object[n] : null);
            }
            if (reverse) {
                reverse(k, n);
                if (v != null) {
                    reverse(v, n);
                }
            }
        } catch (RuntimeException e) {
            failure = e;
        }
        boolean modified = !list.isEmpty() || list.array().length != 0;
        list.replaceAll(vals, n);
        if (failure != null) {
            throw failure;
        }
        if (modified) {
            throw Errors.valueError("list modified during sort");
        }
    }

    /** Whether {@code a[0:n]} are all Integers or all Strings (n >= 2). */
    private static boolean allOfOneSafeType(Object[] a, int n) {
        if (n < 2) {
            return false;
        }
        Class<?> c = a[0].getClass();
        if (c != Integer.class && c != String.class) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            if (a[i].getClass() != c) {
                return false;
            }
        }
        return true;
    }

    static void reverse(Object[] a, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** {@code a < b} with fast paths for same-typed ints, floats and strs. */
    static boolean lt(Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            return x < y;
        }
        if (a instanceof String x && b instanceof String y) {
            return StrOps.compare(x, y) < 0;
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x < y;
        }
        return Ops.isTrue(Compare.richCompare(a, b, Compare.LT));
    }

    private static void sortRange(Object[] k, Object[] v, int lo, int hi, Object[] tk, Object[] tv) {
        if (hi - lo <= INSERTION) {
            insertionSort(k, v, lo, hi);
            return;
        }
        int mid = (lo + hi) >>> 1;
        sortRange(k, v, lo, mid, tk, tv);
        sortRange(k, v, mid, hi, tk, tv);
        if (!lt(k[mid], k[mid - 1])) {
            return;
        }
        merge(k, v, lo, mid, hi, tk, tv);
    }

    private static void insertionSort(Object[] k, Object[] v, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            Object x = k[i];
            // Binary search for the first element greater than x: equal elements stay before it.
            int l = lo;
            int r = i;
            while (l < r) {
                int m = (l + r) >>> 1;
                if (lt(x, k[m])) {
                    r = m;
                } else {
                    l = m + 1;
                }
            }
            if (l < i) {
                System.arraycopy(k, l, k, l + 1, i - l);
                k[l] = x;
                if (v != null) {
                    Object y = v[i];
                    System.arraycopy(v, l, v, l + 1, i - l);
                    v[l] = y;
                }
            }
        }
    }

    private static void merge(Object[] k, Object[] v, int lo, int mid, int hi, Object[] tk, Object[] tv) {
        int n = mid - lo;
        System.arraycopy(k, lo, tk, lo, n);
        if (v != null) {
            System.arraycopy(v, lo, tv, lo, n);
        }
        int i = lo;
        int j = mid;
        int out = lo;
        try {
            while (i < mid && j < hi) {
                if (lt(k[j], tk[i])) {
                    if (v != null) {
                        v[out] = v[j];
                    }
                    k[out++] = k[j++];
                } else {
                    if (v != null) {
                        v[out] = tv[i];
                    }
                    k[out++] = tk[i++];
                }
            }
        } finally {
            // Also on a failed comparison: the list must still hold every element.
            System.arraycopy(tk, i, k, out, mid - i);
            if (v != null) {
                System.arraycopy(tv, i, v, out, mid - i);
            }
        }
    }
}
