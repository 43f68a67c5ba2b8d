package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyInstance;
import dev.adder.runtime.PyMethodDescriptor;
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

    static Object getattrOrNull(Object o, String name) {
        if (o instanceof PyType t) {
            return t.lookup(name);
        }
        Map<String, Object> dict = instanceDict(o);
        if (dict != null) {
            Object v = dict.get(name);
            if (v != null) {
                return v;
            }
        }
        Object attr = Ops.type(o).lookup(name);
        if (attr instanceof PyMethodDescriptor m) {
            return m.bind(o);
        }
        return attr;
    }

    static void setattr(Object o, String name, Object value) {
        if (o instanceof PyType t) {
            t.setAttribute(name, value);
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
        if (o instanceof PyInstance i) {
            return i.dict();
        }
        if (o instanceof PyBaseException e) {
            return e.dict();
        }
        return null;
    }
}
