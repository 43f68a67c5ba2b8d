package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.HasDict;
import dev.adder.runtime.PyDescriptor;
import dev.adder.runtime.PyType;
import java.util.Map;

/** Attribute access: CPython's {@code PyObject_GenericGetAttr} and {@code type_getattro}, simplified. */
final class Attributes {
    private Attributes() {}

    static Object getattr(Object o, String name) {
        Object v = getattrOrNull(o, name);
        if (v == null) {
            if (o instanceof PyType t) {
                throw Errors.attributeError("type object '" + t.name() + "' has no attribute '" + name + "'");
            }
            throw Errors.attributeError("'" + Errors.typeName(o) + "' object has no attribute '" + name + "'");
        }
        return v;
    }

    // CPython 3.11: Objects/object.c _PyObject_GenericGetAttrWithDict, Objects/typeobject.c type_getattro
    static Object getattrOrNull(Object o, String name) {
        if (o instanceof PyType t) {
            Object v = t.lookup(name);
            return v instanceof PyDescriptor d && !(v instanceof PyType) ? d.get(null, t) : v;
        }
        Object attr = Ops.type(o).lookup(name);
        if (attr instanceof PyDescriptor d && d.isData()) {
            return d.get(o, Ops.type(o));
        }
        if (o instanceof HasDict h) {
            Object v = h.dict().get(name);
            if (v != null) {
                return v;
            }
        }
        if (attr instanceof PyDescriptor d) {
            return d.get(o, Ops.type(o));
        }
        return attr;
    }

    static void setattr(Object o, String name, Object value) {
        if (o instanceof PyType t) {
            t.setAttribute(name, value);
            return;
        }
        if (Ops.type(o).lookup(name) instanceof PyDescriptor d && d.isData()) {
            d.set(o, value);
            return;
        }
        Map<String, Object> dict = instanceDict(o);
        if (dict == null) {
            throw Errors.attributeError("'" + Errors.typeName(o) + "' object has no attribute '" + name + "'");
        }
        dict.put(name, value);
    }

    static void delattr(Object o, String name) {
        Map<String, Object> dict = instanceDict(o);
        if (dict == null || dict.remove(name) == null) {
            throw Errors.attributeError("'" + Errors.typeName(o) + "' object has no attribute '" + name + "'");
        }
    }

    private static Map<String, Object> instanceDict(Object o) {
        return o instanceof HasDict h ? h.dict() : null;
    }
}
