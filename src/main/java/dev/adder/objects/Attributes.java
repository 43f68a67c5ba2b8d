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
            throw noAttribute(o, name);
        }
        return v;
    }

    /** {@code AttributeError}: "'int' object has no attribute 'x'" or "type object 'int' has no attribute 'x'". */
    static RuntimeException noAttribute(Object o, String name) {
        if (o instanceof PyType t) {
            return Errors.attributeError("type object '" + t.name() + "' has no attribute '" + name + "'");
        }
        if (o instanceof PyModule m) {
            return Errors.attributeError("module '" + m.name() + "' has no attribute '" + name + "'");
        }
        return Errors.attributeError("'" + Errors.typeName(o) + "' object has no attribute '" + name + "'");
    }

    // CPython 3.11: Objects/object.c _PyObject_GenericGetAttrWithDict, Objects/typeobject.c type_getattro
    static Object getattrOrNull(Object o, String name) {
        if (o instanceof PyType t) {
            // The metatype's data descriptors (__name__, __mro__, ...) win over the type's own dict.
            Object meta = t.type().lookup(name);
            if (meta instanceof PyDescriptor d && d.isData()) {
                return d.get(t, t.type());
            }
            Object v = t.lookup(name);
            if (v != null) {
                return v instanceof PyDescriptor d && !(v instanceof PyType) ? d.get(null, t) : v;
            }
            if (meta instanceof PyDescriptor d) {
                return d.get(t, t.type());
            }
            return meta;
        }
        PyType type = Ops.type(o);
        Object attr = type.lookup(name);
        if (attr instanceof PyDescriptor d && d.isData()) {
            return d.get(o, type);
        }
        if (o instanceof HasDict h) {
            Object v = h.dict().get(name);
            if (v != null) {
                return v;
            }
        }
        if (attr instanceof PyDescriptor d) {
            return d.get(o, type);
        }
        if (attr == null && type.isHeapType()) {
            Object ga = type.lookup("__getattr__");
            if (ga != null) {
                try {
                    return Ops.call(ga, o, name);
                } catch (dev.adder.runtime.PyBaseException e) {
                    if (e.isInstance(dev.adder.runtime.ExceptionTypes.ATTRIBUTE_ERROR)) {
                        return null;
                    }
                    throw e;
                }
            }
        }
        return attr;
    }

    /** {@code o.name = value}: a class's own {@code __setattr__} if it has one, else the generic rule. */
    static void setattr(Object o, String name, Object value) {
        if (!(o instanceof PyType)) {
            PyType type = Ops.type(o);
            if (type.isHeapType()) {
                Object f = type.lookup("__setattr__");
                if (f != null && f != CoreMethods.OBJECT_SETATTR) {
                    Ops.call(f, o, name, value);
                    return;
                }
            }
        }
        genericSetattr(o, name, value);
    }

    /** CPython 3.11: Objects/object.c _PyObject_GenericSetAttrWithDict ({@code object.__setattr__}). */
    static void genericSetattr(Object o, String name, Object value) {
        if (o instanceof PyType t) {
            Object meta = t.type().lookup(name);
            if (meta instanceof PyDescriptor d && d.isData()) {
                d.set(t, value);
                return;
            }
            t.setAttribute(name, value);
            return;
        }
        Object attr = Ops.type(o).lookup(name);
        if (attr instanceof PyDescriptor d && d.isData()) {
            d.set(o, value);
            return;
        }
        Map<String, Object> dict = instanceDict(o);
        if (dict == null || Ops.type(o) == dev.adder.runtime.CoreTypes.OBJECT) {
            // object() instances have no __dict__ in CPython.
            if (attr != null) {
                throw Errors.attributeError("'" + Errors.typeName(o) + "' object attribute '" + name
                        + "' is read-only");
            }
            throw noAttribute(o, name);
        }
        dict.put(name, value);
    }

    /** {@code del o.name}: a class's own {@code __delattr__} if it has one, else the generic rule. */
    static void delattr(Object o, String name) {
        if (!(o instanceof PyType)) {
            PyType type = Ops.type(o);
            if (type.isHeapType()) {
                Object f = type.lookup("__delattr__");
                if (f != null && f != CoreMethods.OBJECT_DELATTR) {
                    Ops.call(f, o, name);
                    return;
                }
            }
        }
        genericDelattr(o, name);
    }

    static void genericDelattr(Object o, String name) {
        if (o instanceof PyType t) {
            if (t.lookup(name) == null || !t.dict().containsKey(name)) {
                if (!t.isHeapType()) {
                    t.setAttribute(name, null); // raises TypeError for built-in types, as CPython
                }
                throw noAttribute(o, name);
            }
            t.setAttribute(name, null);
            return;
        }
        Object attr = Ops.type(o).lookup(name);
        if (attr instanceof PyDescriptor d && d.isData()) {
            d.set(o, null);
            return;
        }
        Map<String, Object> dict = instanceDict(o);
        if (dict == null || dict.remove(name) == null) {
            if (dict == null && attr != null) {
                throw Errors.attributeError("'" + Errors.typeName(o) + "' object attribute '" + name
                        + "' is read-only");
            }
            throw noAttribute(o, name);
        }
    }

    private static Map<String, Object> instanceDict(Object o) {
        return o instanceof HasDict h ? h.dict() : null;
    }
}
