package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.HasDict;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code bytearray}: a mutable byte string. Methods are in {@link ByteArrayMethods}; the
 * bytes algorithms they share are in {@link BytesMethods} and {@link BytesOps}.
 *
 * <p>Writers lock the object; readers take the array and size once and clip to both, so a racing
 * reader may see an old state but never a Java exception (DESIGN §4). The CPython allocation
 * ({@code ob_alloc}, {@code ob_start}) is tracked as numbers so {@code __alloc__} answers as CPython's
 * does. A live {@link PyMemoryView} forbids resizing ({@code BufferError}); views are held weakly,
 * so one that became unreachable without {@code release()} stops counting once collected.
 */
public class PyByteArray implements PyObject {
    /** {@code bytearray}. */
    public static final PyType TYPE =
            BuiltinTypeTable.builtin("bytearray", CoreTypes.OBJECT, BuiltinTypeTable.BYTEARRAY);

    private static final byte[] EMPTY = {};

    private byte[] items;
    private int size;
    /** CPython's ob_alloc: the size of the C buffer this object would have (0 or at least size + 1). */
    private int alloc;
    /** CPython's ob_start - ob_bytes: bytes dropped from the front without reallocating. */
    private int offset;
    /** Exports (memoryviews), held weakly; null when none was ever made. */
    private List<WeakReference<PyMemoryView>> exports;
    /** The number of export entries at which {@link #export} next drops the dead ones. */
    private int purgeAt = 16;
    /** When a collection last found a live export (System.nanoTime), 0 for never. */
    private long refusedAt;

    /** An empty bytearray. */
    public PyByteArray() {
        this.items = EMPTY;
    }

    /** A bytearray of a copy of {@code value}. */
    public static PyByteArray of(byte[] value) {
        return wrap(value.clone());
    }

    /** A bytearray that takes ownership of {@code value} (CPython's PyByteArray_FromStringAndSize). */
    public static PyByteArray wrap(byte[] value) {
        PyByteArray a = new PyByteArray();
        a.items = value;
        a.size = value.length;
        a.alloc = value.length == 0 ? 0 : value.length + 1;
        return a;
    }

    /** The number of bytes. */
    public int size() {
        return size;
    }

    /** A copy of the bytes. */
    public byte[] toBytes() {
        byte[] a = items;
        return Arrays.copyOf(a, Math.min(size, a.length));
    }

    /** The byte at {@code i} (0 <= i < size) as an int in range(256); IndexError "bytearray index out of range". */
    public int get(long i) {
        byte[] a = items;
        int n = Math.min(size, a.length);
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Errors.indexError("bytearray index out of range");
        }
        return a[(int) i] & 0xff;
    }

    /** The byte at {@code i} as an int in range(256), or -1 when i is not below the size (iteration). */
    int at(int i) {
        byte[] a = items;
        return i < Math.min(size, a.length) ? a[i] & 0xff : -1;
    }

    /** Sets the byte at {@code i} (negative counts from the end). */
    public synchronized void set(long i, int value) {
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw Errors.indexError("bytearray index out of range");
        }
        items[(int) i] = (byte) value;
    }

    /**
     * The byte at {@code i} for a memoryview: its export keeps the size fixed, so i is in range unless
     * the view was released meanwhile by another thread.
     */
    int rawGet(int i) {
        byte[] a = items;
        if (i >= Math.min(size, a.length)) {
            throw Errors.valueError("operation forbidden on released memoryview object");
        }
        return a[i] & 0xff;
    }

    /** Sets the byte at {@code i} for a memoryview (see {@link #rawGet}). */
    synchronized void rawSet(int i, int value) {
        if (i >= size) {
            throw Errors.valueError("operation forbidden on released memoryview object");
        }
        items[i] = (byte) value;
    }

    /** {@code __alloc__()}. */
    int alloc() {
        return alloc;
    }

    /** Registers an export (a memoryview); resizing fails while it lives and is not released. */
    synchronized void export(PyMemoryView view) {
        if (exports == null) {
            exports = new ArrayList<>(1);
        }
        if (exports.size() >= purgeAt) {
            // Views made in a loop and never released must not pile up: drop the collected ones.
            exported();
            purgeAt = Math.max(16, exports.size() * 2);
        }
        exports.add(new WeakReference<>(view));
    }

    /** Ends an export made by {@link #export} ({@code release()}). */
    synchronized void unexport(PyMemoryView view) {
        if (exports != null) {
            exports.removeIf(r -> r.get() == null || r.get() == view);
        }
    }

    /** Whether an export is live: drops the released views and the ones the collector has cleared. */
    private boolean exported() {
        if (exports == null || exports.isEmpty()) {
            return false;
        }
        exports.removeIf(r -> {
            PyMemoryView v = r.get();
            return v == null || v.isReleased();
        });
        return !exports.isEmpty();
    }

    /**
     * CPython's _canresize: BufferError while a memoryview of this object is live. CPython frees an
     * unreferenced view at once; here it lingers until collected, so before refusing, a collection is
     * requested to tell forgotten views from live ones. When that finds a live view, the next request
     * waits a second, so a program retrying against a live view cannot keep the collector busy.
     * (A script making many bytearrays can still request many collections: the execution-limits work
     * must bound this.)
     */
    synchronized void checkResizable() {
        if (!exported()) {
            return;
        }
        long now = System.nanoTime();
        if (refusedAt == 0 || now - refusedAt > 1_000_000_000L) {
            System.gc();
            if (!exported()) {
                refusedAt = 0;
                return;
            }
            refusedAt = System.nanoTime();
        }
        throw Errors.of("BufferError", "Existing exports of data: object cannot be re-sized");
    }

    /** CPython 3.11: Objects/bytearrayobject.c PyByteArray_Resize (new bytes are zero). */
    synchronized void resize(long requested) {
        if (requested == size) {
            return;
        }
        checkResizable();
        if (requested > Integer.MAX_VALUE - 16) {
            throw Errors.memoryError("");
        }
        int n = (int) requested;
        long newAlloc = alloc;
        if ((long) n + offset + 1 <= alloc) {
            if (n >= alloc / 2) {
                // Minor downsize: CPython keeps its buffer.
                if (n < size) {
                    Arrays.fill(items, n, Math.min(size, items.length), (byte) 0);
                }
                size = n;
                return;
            }
            newAlloc = n + 1L;
        } else if (n <= alloc * 1.125) {
            newAlloc = n + (n >> 3) + (n < 9 ? 3L : 6L);
        } else {
            newAlloc = n + 1L;
        }
        if (newAlloc > Integer.MAX_VALUE - 16) {
            throw Errors.memoryError("");
        }
        byte[] a = new byte[(int) newAlloc];
        System.arraycopy(items, 0, a, 0, Math.min(n, size));
        items = a;
        size = n;
        alloc = (int) newAlloc;
        offset = 0;
    }

    /**
     * Replaces {@code self[lo:hi]} by {@code src} (CPython's bytearray_setslice_linear); lo and hi
     * already clipped to the size, {@code src} not shared with this object's array.
     */
    synchronized void replaceRange(int lo, int hi, byte[] src) {
        int m = size;
        lo = Math.max(0, Math.min(lo, m));
        hi = Math.max(lo, Math.min(hi, m));
        int growth = src.length - (hi - lo);
        if (growth < 0) {
            checkResizable();
            System.arraycopy(items, hi, items, lo + src.length, m - hi);
            if (lo == 0) {
                // CPython advances ob_start instead of moving the tail.
                offset -= growth;
            }
            resize(m + growth);
        } else if (growth > 0) {
            resize((long) m + growth);
            System.arraycopy(items, hi, items, hi + growth, m - hi);
        }
        System.arraycopy(src, 0, items, lo, src.length);
    }

    /** Removes the byte at {@code i} (0 <= i < size) as CPython's pop/remove do (memmove, then resize). */
    synchronized int removeAt(int i) {
        int v = items[i] & 0xff;
        checkResizable();
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        resize(size - 1);
        return v;
    }

    /** Inserts {@code value} before {@code i} (clipped as list.insert does). */
    synchronized void insert(long i, int value) {
        int n = size;
        if (i < 0) {
            i = Math.max(0, i + n);
        }
        i = Math.min(i, n);
        resize(n + 1L);
        System.arraycopy(items, (int) i, items, (int) i + 1, n - (int) i);
        items[(int) i] = (byte) value;
    }

    /** Appends one byte. */
    synchronized void append(int value) {
        int n = size;
        resize(n + 1L);
        items[n] = (byte) value;
    }

    /** Replaces the whole contents (the caller has checked sizes); used by extended-slice deletion. */
    synchronized void replaceAll(byte[] value) {
        if (value.length != size) {
            resize(value.length);
        }
        System.arraycopy(value, 0, items, 0, value.length);
    }

    /** Writes {@code src} at positions start, start + step, ... (extended-slice assignment of equal size). */
    synchronized void writeStrided(long start, long step, byte[] src) {
        long j = start;
        for (byte b : src) {
            items[(int) j] = b;
            j += step;
        }
    }

    /** Reverses the bytes in place. */
    synchronized void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            byte t = items[i];
            items[i] = items[j];
            items[j] = t;
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** An instance of a Python subclass of {@code bytearray}. */
    static final class Subclass extends PyByteArray implements HasDict {
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
