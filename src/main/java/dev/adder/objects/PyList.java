package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.HasDict;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.RandomAccess;

/**
 * Python's {@code list}, which Java sees as a modifiable {@code java.util.List}: an {@code Object[]}
 * and a size. Methods, comparison and repr are in {@link ListMethods}.
 *
 * <p>Writers lock the list; readers take the array and size once and check bounds against both, so a
 * racing reader may see an old state but never a Java exception (DESIGN §4).
 */
public class PyList extends AbstractList<Object> implements PyObject, RandomAccess {
    /** {@code list}. */
    public static final PyType TYPE = ListMethods.createType();

    private static final Object[] EMPTY = {};

    private Object[] items;
    private int size;

    /** An empty list. */
    public PyList() {
        this.items = EMPTY;
    }

    /** A list of the given elements (copied). */
    public PyList(Collection<?> elements) {
        this.items = elements.toArray();
        this.size = items.length;
    }

    private PyList(Object[] items, int size) {
        this.items = items;
        this.size = size;
    }

    /** A list of a copy of {@code elements}. */
    public static PyList of(Object... elements) {
        return new PyList(elements.clone(), elements.length);
    }

    /** A list that takes ownership of {@code items} (the caller must not keep it). */
    public static PyList wrap(Object[] items) {
        return new PyList(items, items.length);
    }

    /** The element at {@code index} (0 <= index < size) as Python's list[i]: IndexError when out of range. */
    public Object getItem(int index) {
        Object[] a = items;
        int n = size;
        if (index < 0) {
            index += n;
        }
        if (index < 0 || index >= n || index >= a.length) {
            throw Errors.indexError("list index out of range");
        }
        Object v = a[index];
        return v != null ? v : lockedGet(index);
    }

    @Override
    public Object get(int index) {
        Object[] a = items;
        if (index < 0 || index >= size || index >= a.length) {
            throw Errors.indexError("list index out of range");
        }
        Object v = a[index];
        return v != null ? v : lockedGet(index);
    }

    /** A read that raced with a removal (it saw the cleared last slot): read again under the lock. */
    private synchronized Object lockedGet(int index) {
        if (index < 0 || index >= size) {
            throw Errors.indexError("list index out of range");
        }
        return items[index];
    }

    /**
     * The element at {@code index} (0 <= index), or null when the list is shorter: for lock-free
     * readers (iterators, indexing), which may see an old state but never a cleared slot.
     */
    Object itemAt(int index) {
        Object[] a = items;
        if (index >= size || index >= a.length) {
            return null;
        }
        Object v = a[index];
        if (v != null) {
            return v;
        }
        synchronized (this) {
            return index < size ? items[index] : null;
        }
    }

    /** {@code l[i] = v} for an int index (negative counts from the end), atomically: IndexError when out of range. */
    public synchronized void setItem(long i, Object v) {
        int n = size;
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Errors.indexError("list assignment index out of range");
        }
        items[(int) i] = v;
    }

    @Override
    public synchronized Object set(int index, Object element) {
        if (index < 0 || index >= size) {
            throw Errors.indexError("list assignment index out of range");
        }
        Object old = items[index];
        items[index] = element;
        return old;
    }

    private void grow(int min) {
        int cap = items.length;
        // CPython 3.11: list_resize over-allocation (new_allocated = newsize + newsize >> 3 + 6, rounded)
        int want = (int) Math.min(Integer.MAX_VALUE - 8, ((long) min + (min >> 3) + 6) & ~3L);
        if (want < min) {
            throw Errors.memoryError(null);
        }
        if (cap < want) {
            items = Arrays.copyOf(items, want);
        }
    }

    @Override
    public synchronized void add(int index, Object element) {
        int n = size;
        if (index < 0 || index > n) {
            throw new IndexOutOfBoundsException(index);
        }
        if (n == items.length) {
            grow(n + 1);
        }
        System.arraycopy(items, index, items, index + 1, n - index);
        items[index] = element;
        size = n + 1;
        modCount++;
    }

    @Override
    public synchronized boolean add(Object element) {
        int n = size;
        if (n == items.length) {
            grow(n + 1);
        }
        items[n] = element;
        size = n + 1;
        return true;
    }

    /** {@code list.append(x)}. */
    public void append(Object element) {
        add(element);
    }

    @Override
    public synchronized Object remove(int index) {
        int n = size;
        if (index < 0 || index >= n) {
            throw Errors.indexError("pop index out of range");
        }
        Object old = items[index];
        System.arraycopy(items, index + 1, items, index, n - index - 1);
        items[n - 1] = null;
        size = n - 1;
        modCount++;
        return old;
    }

    @Override
    public int size() {
        return size;
    }

    /** A copy of the elements (under the lock: a removal clears slots that a racing copy could see). */
    @Override
    public synchronized Object[] toArray() {
        Object[] a = items;
        int n = Math.min(size, a.length);
        return Arrays.copyOf(a, n);
    }

    /** Replaces the contents with {@code newItems[0:n]} (taking ownership of the array). */
    synchronized void replaceAll(Object[] newItems, int n) {
        items = newItems;
        size = n;
        modCount++;
    }

    /** Takes the contents out, leaving the list empty (CPython's sort does this); returns {items, size}. */
    synchronized Object[] takeAll() {
        Object[] a = Arrays.copyOf(items, size);
        items = EMPTY;
        size = 0;
        return a;
    }

    /** Appends all of {@code src[0:n]}. */
    synchronized void appendAll(Object[] src, int n) {
        int m = size;
        if (m + n > items.length) {
            grow(m + n);
        }
        System.arraycopy(src, 0, items, m, n);
        size = m + n;
        modCount++;
    }

    /**
     * Replaces {@code self[lo:hi]} by {@code src[0:n]} (CPython's list_ass_slice); {@code lo}/{@code hi}
     * already clipped to the current size.
     */
    synchronized void replaceRange(int lo, int hi, Object[] src, int n) {
        int m = size;
        lo = Math.max(0, Math.min(lo, m));
        hi = Math.max(lo, Math.min(hi, m));
        int newSize = m - (hi - lo) + n;
        if (newSize > items.length) {
            grow(newSize);
        }
        System.arraycopy(items, hi, items, lo + n, m - hi);
        System.arraycopy(src, 0, items, lo, n);
        for (int i = newSize; i < m; i++) {
            items[i] = null;
        }
        size = newSize;
        modCount++;
    }

    /**
     * {@code list.sort()} without a key when every element is an int (Java Integer) or every one a
     * str: no Python code runs while comparing, so the whole sort holds the lock and is atomic.
     * Returns false, doing nothing, for any other list. Stable; {@code reverse} keeps equal
     * elements in their original order, as CPython does.
     */
    synchronized boolean sortPlain(boolean reverse) {
        int n = size;
        if (n < 2) {
            return n >= 0;
        }
        Object[] a = items;
        Class<?> c = a[0].getClass();
        if (c != Integer.class && c != String.class) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            if (a[i].getClass() != c) {
                return false;
            }
        }
        if (c == Integer.class) {
            sortInts(a, n, reverse);
        } else {
            // Without surrogates chars are code points, so String.compareTo (an intrinsic) is Python's order.
            java.util.Comparator<Object> cmp = noSurrogates(a, n)
                    ? (x, y) -> ((String) x).compareTo((String) y)
                    : (x, y) -> StrOps.compare((String) x, (String) y);
            Arrays.sort(a, 0, n, reverse ? cmp.reversed() : cmp);
        }
        modCount++;
        return true;
    }

    private static boolean noSurrogates(Object[] a, int n) {
        for (int i = 0; i < n; i++) {
            String str = (String) a[i];
            for (int k = 0; k < str.length(); k++) {
                if (Character.isSurrogate(str.charAt(k))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Sorts {@code a[0:n]}, all Integers, stably and keeping the objects: each becomes the long
     * (value, position), and a primitive sort of those (no comparator, no pointer chasing) gives
     * the order; {@code reverse} sorts by the complement of the value (~v reverses the order
     * without overflow), so equal values still keep their original order.
     */
    private static void sortInts(Object[] a, int n, boolean reverse) {
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            int v = (Integer) a[i];
            keys[i] = ((long) (reverse ? ~v : v) << 32) | i;
        }
        Arrays.sort(keys);
        Object[] sorted = new Object[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = a[(int) keys[i]];
        }
        System.arraycopy(sorted, 0, a, 0, n);
    }

    /** The backing array and size as one snapshot; read only. */
    Object[] array() {
        return items;
    }

    @Override
    public synchronized void clear() {
        items = EMPTY;
        size = 0;
        modCount++;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** An instance of a Python subclass of {@code list}. */
    static final class Subclass extends PyList implements HasDict {
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
