package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.PyDescriptor;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import java.util.function.Function;

/** A read-only field of a built-in type ({@code complex.real}): CPython's member descriptor, "readonly attribute". */
final class MemberDescriptor implements PyObject, PyDescriptor {
    /** {@code type(complex.real)}. */
    static final PyType TYPE = PyType.builtin("member_descriptor", CoreTypes.OBJECT, null).freeze();

    private final PyType owner;
    private final String name;
    private final Function<Object, Object> getter;

    MemberDescriptor(PyType owner, String name, Function<Object, Object> getter) {
        this.owner = owner;
        this.name = name;
        this.getter = getter;
    }

    @Override
    public Object get(Object instance, PyType type) {
        return instance == null ? this : getter.apply(instance);
    }

    @Override
    public boolean isData() {
        return true;
    }

    /** The type that defines the field. */
    PyType owner() {
        return owner;
    }

    /** {@code __name__}. */
    String name() {
        return name;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
