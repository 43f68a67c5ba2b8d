package dev.adder.runtime;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A computed attribute of a built-in type ({@code f.__code__}, {@code cell.cell_contents},
 * {@code code.co_varnames}): a getter and, when writable, a setter (value null = delete).
 */
public final class PyGetSetDescriptor implements PyObject, PyDescriptor {
    /** {@code type(int.real)}. */
    public static final PyType TYPE = PyType.builtin("getset_descriptor", CoreTypes.OBJECT, null).freeze();

    private final String name;
    private final PyType owner;
    private final Function<Object, Object> getter;
    private final BiConsumer<Object, Object> setter;

    /** A read-only attribute when {@code setter} is null. */
    public PyGetSetDescriptor(PyType owner, String name, Function<Object, Object> getter,
                              BiConsumer<Object, Object> setter) {
        this.owner = owner;
        this.name = name;
        this.getter = getter;
        this.setter = setter;
    }

    @Override
    public Object get(Object instance, PyType type) {
        return instance == null ? this : getter.apply(instance);
    }

    @Override
    public boolean isData() {
        return true;
    }

    @Override
    public void set(Object instance, Object value) {
        if (setter == null) {
            throw Errors.attributeError("attribute '" + name + "' of '" + owner.name() + "' objects is not writable");
        }
        setter.accept(instance, value);
    }

    /** {@code __name__}. */
    public String name() {
        return name;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
