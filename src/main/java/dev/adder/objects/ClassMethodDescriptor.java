package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.PyBuiltinFunction;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyDescriptor;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;

/**
 * A class method of a built-in type ({@code dict.fromkeys}): reading it from the type or an
 * instance binds it to the type; the body receives the type as {@code args[0]}.
 */
final class ClassMethodDescriptor implements PyObject, PyDescriptor {
    /** {@code type(dict.__dict__['fromkeys'])}. */
    static final PyType TYPE = PyType.builtin("classmethod_descriptor", CoreTypes.OBJECT, null).freeze();

    private final PyType owner;
    private final String name;
    private final PyCallable body;

    ClassMethodDescriptor(PyType owner, String name, PyCallable body) {
        this.owner = owner;
        this.name = name;
        this.body = body;
    }

    @Override
    public Object get(Object instance, PyType type) {
        PyType cls = type != null ? type : instance != null ? Ops.type(instance) : owner;
        return PyBuiltinFunction.bound(name, owner.name() + "." + name, null, body, cls);
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
