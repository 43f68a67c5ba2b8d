package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;

/**
 * Python's {@code memoryview} over a {@code bytes} or {@code bytearray}: one dimension, items of one
 * byte (format 'B', or 'b'/'c' after {@code cast}), any start and step. Methods are in
 * {@link MemoryViewMethods}.
 *
 * <p>Every view of a bytearray (slices, {@code memoryview(mv)} and {@code toreadonly()} too) is an
 * export until released or collected; while one is, the bytearray cannot change size, as in CPython.
 */
public final class PyMemoryView implements PyObject {
    /** {@code memoryview}. */
    public static final PyType TYPE =
            BuiltinTypeTable.builtin("memoryview", CoreTypes.OBJECT, BuiltinTypeTable.MEMORYVIEW);

    private final Object obj;
    private final int start;
    private final int step;
    private final int length;
    private final boolean readonly;
    private final char format;
    private volatile boolean released;

    private PyMemoryView(Object obj, int start, int step, int length, boolean readonly, char format) {
        this.obj = obj;
        this.start = start;
        this.step = step;
        this.length = length;
        this.readonly = readonly;
        this.format = format;
    }

    /** A view registered as an export of its bytearray (the caller holds the bytearray's lock). */
    private static PyMemoryView make(Object obj, int start, int step, int length, boolean readonly, char format) {
        PyMemoryView v = new PyMemoryView(obj, start, step, length, readonly, format);
        if (obj instanceof PyByteArray a) {
            a.export(v);
        }
        return v;
    }

    /** {@code memoryview(obj)}: TypeError "memoryview: a bytes-like object is required, not 'str'". */
    public static PyMemoryView of(Object obj) {
        if (obj instanceof PyMemoryView m) {
            return m.derive(0, 1, m.length(), false, m.format);
        }
        if (obj instanceof PyBytes b) {
            return new PyMemoryView(obj, 0, 1, b.value().length, true, 'B');
        }
        if (obj instanceof PyByteArray a) {
            synchronized (a) {
                return make(a, 0, 1, a.size(), false, 'B');
            }
        }
        if (obj instanceof BuiltinValue v && v.value() instanceof PyBytes b) {
            return new PyMemoryView(b, 0, 1, b.value().length, true, 'B');
        }
        throw Errors.typeError("memoryview: a bytes-like object is required, not '" + Errors.typeName(obj) + "'");
    }

    /** The view of items {@code [first, first + stepBy, ...]} of this one (slicing, cast, toreadonly). */
    PyMemoryView derive(long first, long stepBy, long n, boolean readOnly, char fmt) {
        checkReleased();
        return make(obj, (int) (start + first * step), (int) (step * stepBy), (int) n, readonly || readOnly, fmt);
    }

    /** ValueError "operation forbidden on released memoryview object" once released. */
    void checkReleased() {
        if (released) {
            throw Errors.valueError("operation forbidden on released memoryview object");
        }
    }

    /** {@code release()}: ends this view's share of the export; idempotent. */
    public void release() {
        released = true;
        if (obj instanceof PyByteArray a) {
            a.unexport(this);
        }
    }

    /** Whether {@code release()} was called. */
    public boolean isReleased() {
        return released;
    }

    /** The number of items. */
    public int length() {
        checkReleased();
        return length;
    }

    /** Whether the view refuses writes. */
    public boolean readonly() {
        checkReleased();
        return readonly;
    }

    /** The underlying object ({@code obj}). */
    public Object obj() {
        checkReleased();
        return obj;
    }

    int step() {
        return step;
    }

    char format() {
        return format;
    }

    /** Whether a PyBUF_SIMPLE request would succeed: not released and C-contiguous. */
    boolean isSimpleBuffer() {
        return !released && (length == 1 || step == 1);
    }

    /** Whether the view is C-contiguous ({@code c_contiguous}, {@code contiguous}). */
    boolean isContiguous() {
        return length == 1 || step == 1;
    }

    /** The byte at item {@code i} (0 <= i < length) as an int in range(256). */
    int byteAt(int i) {
        int p = start + i * step;
        return obj instanceof PyBytes b ? b.value()[p] & 0xff : ((PyByteArray) obj).rawGet(p);
    }

    /** Writes {@code v} at item {@code i} (the caller checked readonly and bounds). */
    void setByte(int i, int v) {
        ((PyByteArray) obj).rawSet(start + i * step, v);
    }

    /** The viewed bytes in order ({@code tobytes()}); a copy unless the view is all of a bytes object. */
    public byte[] toBytes() {
        checkReleased();
        if (obj instanceof PyBytes b && step == 1 && start == 0 && length == b.value().length) {
            return b.value();
        }
        byte[] r = new byte[length];
        for (int i = 0; i < length; i++) {
            r[i] = (byte) byteAt(i);
        }
        return r;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
