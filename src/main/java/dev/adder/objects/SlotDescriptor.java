package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.HasSlots;
import dev.adder.runtime.PyDescriptor;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;

/**
 * One name of a class's {@code __slots__}: a data descriptor reading and writing one cell of the
 * instance's slot array (CPython 3.11: Objects/descrobject.c member_get/member_set, T_OBJECT_EX).
 */
final class SlotDescriptor implements PyObject, PyDescriptor {
    /** {@code type(C.slot)}: {@code member_descriptor}, with the introspection CPython offers. */
    static final PyType TYPE = createType();

    private final PyType owner;
    private final String name;
    private final int index;

    SlotDescriptor(PyType owner, String name, int index) {
        this.owner = owner;
        this.name = name;
        this.index = index;
    }

    @Override
    public Object get(Object instance, PyType type) {
        if (instance == null) {
            return this;
        }
        Object v = slots(instance)[index];
        if (v == null) {
            throw Errors.attributeError("'" + owner.name() + "' object has no attribute '" + name + "'");
        }
        return v;
    }

    /** The slot's name as declared (mangled for private names). */
    String name() {
        return name;
    }

    /** The class that declared the slot. */
    PyType owner() {
        return owner;
    }

    /** The slot's cell in the instance's slot array. */
    int index() {
        return index;
    }

    @Override
    public boolean isData() {
        return true;
    }

    @Override
    public void set(Object instance, Object value) {
        Object[] s = slots(instance);
        if (value == null && s[index] == null) {
            throw Errors.attributeError(name);
        }
        s[index] = value;
    }

    private Object[] slots(Object instance) {
        if (instance instanceof HasSlots h && Ops.type(instance).isSubtypeOf(owner)) {
            Object[] s = h.slots();
            if (s != null && index < s.length) {
                return s;
            }
        }
        throw Errors.typeError("descriptor '" + name + "' for '" + owner.name() + "' objects doesn't apply to a '"
                + Errors.typeName(instance) + "' object");
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyType createType() {
        PyType t = PyType.builtin("member_descriptor", dev.adder.runtime.CoreTypes.OBJECT, null);
        Methods.getter(t, "__name__", d -> ((SlotDescriptor) d).name);
        Methods.getter(t, "__qualname__", d -> ((SlotDescriptor) d).owner.qualname() + "." + ((SlotDescriptor) d).name);
        Methods.getter(t, "__objclass__", d -> ((SlotDescriptor) d).owner);
        Methods.getter(t, "__doc__", d -> dev.adder.runtime.PyNone.NONE);
        Methods.slot0(t, "__repr__", Object::toString);
        return t.freeze();
    }

    @Override
    public String toString() {
        return "<member '" + name + "' of '" + owner.name() + "' objects>";
    }
}
