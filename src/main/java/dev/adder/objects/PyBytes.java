package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import java.util.Arrays;

/** Python's {@code bytes}: an immutable byte string. Methods are in {@link BytesMethods}. */
public final class PyBytes implements PyObject {
    /** {@code bytes}. */
    public static final PyType TYPE = BuiltinTypeTable.builtin("bytes", CoreTypes.OBJECT, BuiltinTypeTable.BYTES);

    private final byte[] value;

    private PyBytes(byte[] value) {
        this.value = value;
    }

    /** Bytes holding a copy of {@code value}. */
    public static PyBytes of(byte[] value) {
        return new PyBytes(value.clone());
    }

    /** Bytes that take ownership of {@code value}: the caller must never modify the array again. */
    public static PyBytes wrap(byte[] value) {
        return new PyBytes(value);
    }

    /** The bytes, without copying: read only. */
    public byte[] value() {
        return value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyBytes b && Arrays.equals(value, b.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }
}
