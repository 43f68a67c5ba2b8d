package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;

/**
 * {@code C.__dict__}: a read-only live view of a class's attributes (CPython 3.11:
 * Objects/descrobject.c mappingproxy). Each operation reads a fresh copy of the class dict, so the
 * view follows later changes to the class and cannot change it.
 */
final class MappingProxy implements PyObject {
    static final PyType TYPE = createType();

    private final PyType owner;

    MappingProxy(PyType owner) {
        this.owner = owner;
    }

    /** The class's attributes now, as a new dict. */
    PyDict snapshot() {
        PyDict d = new PyDict();
        d.putAll(owner.dict());
        return d;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyDict d(Object self) {
        return ((MappingProxy) self).snapshot();
    }

    private static PyType createType() {
        PyType t = PyType.builtin("mappingproxy", CoreTypes.OBJECT, null);
        Methods.slot1(t, "__getitem__", (self, k) -> Ops.getitem(d(self), k));
        Methods.slot0(t, "__len__", self -> ((MappingProxy) self).owner.dict().size());
        Methods.slot0(t, "__iter__", self -> Ops.iter(d(self)));
        Methods.slot1(t, "__contains__", (self, k) -> Ops.contains(d(self), k));
        Methods.slot0(t, "__repr__", self -> "mappingproxy(" + Ops.repr(d(self)) + ")");
        Methods.slot0(t, "__str__", self -> Ops.str(d(self)));
        Methods.slot1(t, "__eq__", (self, o) -> Ops.eq(d(self), o instanceof MappingProxy p ? p.snapshot() : o));
        t.define("__hash__", dev.adder.runtime.PyNone.NONE);
        for (String name : new String[] {"keys", "values", "items", "copy"}) {
            Methods.noArgs(t, name, self -> Ops.call(Ops.getattr(d(self), name)));
        }
        t.define("get", new dev.adder.runtime.PyMethodDescriptor(t, "get", null, (args, kw) -> {
            if (args.length < 2 || args.length > 3 || PyCallable.kwCount(kw) != 0) {
                throw Errors.typeError("get expected at least 1 argument, got " + (args.length - 1));
            }
            Object v = d(args[0]).get(args[1]);
            return v != null ? v : args.length == 3 ? args[2] : dev.adder.runtime.PyNone.NONE;
        }));
        return t.freeze();
    }
}
