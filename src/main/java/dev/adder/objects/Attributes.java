package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.HasDict;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyDescriptor;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import java.util.Map;

/**
 * Attribute access: CPython's {@code PyObject_GenericGetAttr}, {@code type_getattro} and
 * {@code slot_tp_getattr_hook} (a class's own {@code __getattribute__}/{@code __getattr__}),
 * with descriptors written in Java ({@link PyDescriptor}) or in Python ({@code __get__},
 * {@code __set__}, {@code __delete__} on a class).
 */
final class Attributes {
    private Attributes() {}

    /** {@code o.name}: the class's hooks when it has any, else the generic rule; AttributeError if missing. */
    static Object getattr(Object o, String name) {
        if (o instanceof PyModule m) {
            return ModuleMethods.getattr(m, name); // PEP 562's module __getattr__ and its messages
        }
        PyType type = Ops.type(o);
        if (type.isHeapType()) {
            Object ga = type.special(PyType.GETATTRIBUTE);
            Object hook = type.special(PyType.GETATTR);
            if (ga != CoreMethods.OBJECT_GETATTRIBUTE || hook != null) {
                return hooked(o, type, name, ga, hook);
            }
        }
        Object v = generic(o, type, name);
        if (v == null) {
            throw noAttribute(o, name);
        }
        return v;
    }

    /** {@code o.name}, or null where getattr would raise AttributeError (hasattr, 3-arg getattr). */
    static Object getattrOrNull(Object o, String name) {
        if (o instanceof PyModule m) {
            return ModuleMethods.getattrOrNull(m, name);
        }
        try {
            PyType type = Ops.type(o);
            if (type.isHeapType()) {
                Object ga = type.special(PyType.GETATTRIBUTE);
                Object hook = type.special(PyType.GETATTR);
                if (ga != CoreMethods.OBJECT_GETATTRIBUTE || hook != null) {
                    return hooked(o, type, name, ga, hook);
                }
            }
            return generic(o, type, name);
        } catch (PyBaseException e) {
            if (e.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    /** {@code object.__getattribute__(o, name)}: the generic rule only (no {@code __getattr__}). */
    static Object genericGetattr(Object o, String name) {
        Object v = generic(o, Ops.type(o), name);
        if (v == null) {
            throw noAttribute(o, name);
        }
        return v;
    }

    // CPython 3.11: Objects/typeobject.c slot_tp_getattr_hook
    private static Object hooked(Object o, PyType type, String name, Object ga, Object hook) {
        try {
            if (ga == CoreMethods.OBJECT_GETATTRIBUTE) {
                Object v = generic(o, type, name);
                if (v != null) {
                    return v;
                }
                if (hook == null) {
                    throw noAttribute(o, name);
                }
            } else {
                return Ops.call(ga, o, name);
            }
        } catch (PyBaseException e) {
            if (hook == null || !e.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
                throw e;
            }
        }
        return Ops.call(hook, o, name);
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

    /** The {@code __get__} of a descriptor whose class is written in Python, or null. */
    private static Object userGet(Object attr) {
        return attr instanceof PyObject p && p.type().isHeapType() ? p.type().special(PyType.GET) : null;
    }

    /** A descriptor written in Java whose class is not a Python subclass (those may override __get__). */
    private static boolean javaDescriptor(Object attr) {
        return attr instanceof PyDescriptor && !(attr instanceof PyObject p && p.type().isHeapType());
    }

    /** Whether a Python-level descriptor is a data descriptor ({@code __set__} or {@code __delete__}). */
    private static boolean userData(Object attr) {
        PyType at = ((PyObject) attr).type();
        return at.special(PyType.SET) != null || at.special(PyType.DELETE) != null;
    }

    // CPython 3.11: Objects/object.c _PyObject_GenericGetAttrWithDict, Objects/typeobject.c type_getattro
    /** The generic rule: data descriptors, then the instance dict, then other descriptors; null if missing. */
    private static Object generic(Object o, PyType type, String name) {
        if (o instanceof PyType t) {
            return typeGeneric(t, type, name);
        }
        Object attr = type.lookup(name);
        Object get = null;
        boolean java = javaDescriptor(attr);
        if (java) {
            if (((PyDescriptor) attr).isData()) {
                return ((PyDescriptor) attr).get(o, type);
            }
        } else if (attr != null && (get = userGet(attr)) != null && userData(attr)) {
            return Ops.call(get, attr, o, type);
        }
        if (o instanceof HasDict h) {
            Object v = h.dict().get(name);
            if (v != null) {
                return v;
            }
        }
        if (java) {
            return ((PyDescriptor) attr).get(o, type);
        }
        if (get != null) {
            return Ops.call(get, attr, o, type);
        }
        if (attr == null) {
            if (o instanceof dev.adder.runtime.PyMethod m) {
                return getattrOrNull(m.function(), name); // CPython 3.11: method_getattro
            }
            if (o instanceof PyDescriptor d && name.startsWith("__")) {
                return descriptorMethod(d, name);
            }
        }
        return attr;
    }

    /**
     * {@code f.__get__}, {@code member.__set__}, ...: every descriptor written in Java answers the
     * descriptor protocol from Python (CPython gives each descriptor type these slot wrappers).
     */
    private static Object descriptorMethod(PyDescriptor d, String name) {
        switch (name) {
            case "__get__":
                return dev.adder.runtime.PyBuiltinFunction.bound("__get__", "__get__", null, (a, k) -> {
                    if (a.length < 2 || a.length > 3 || dev.adder.runtime.PyCallable.kwCount(k) != 0) {
                        throw Errors.typeError("expected 1 or 2 arguments, got " + (a.length - 1));
                    }
                    Object inst = a[1] == dev.adder.runtime.PyNone.NONE ? null : a[1];
                    Object owner = a.length == 3 ? a[2] : dev.adder.runtime.PyNone.NONE;
                    if (inst == null && owner == dev.adder.runtime.PyNone.NONE) {
                        throw Errors.typeError("__get__(None, None) is invalid");
                    }
                    return d.get(inst, owner instanceof PyType t ? t : inst == null ? null : Ops.type(inst));
                }, d);
            case "__set__":
                return d.isData() ? dev.adder.runtime.PyBuiltinFunction.bound("__set__", "__set__", null, (a, k) -> {
                    if (a.length != 3) {
                        throw Errors.typeError("expected 2 arguments, got " + (a.length - 1));
                    }
                    d.set(a[1], a[2]);
                    return dev.adder.runtime.PyNone.NONE;
                }, d) : null;
            case "__delete__":
                return d.isData() ? dev.adder.runtime.PyBuiltinFunction.bound("__delete__", "__delete__", null, (a, k) -> {
                    if (a.length != 2) {
                        throw Errors.typeError("expected 1 argument, got " + (a.length - 1));
                    }
                    d.set(a[1], null);
                    return dev.adder.runtime.PyNone.NONE;
                }, d) : null;
            default:
                return null;
        }
    }

    private static Object typeGeneric(PyType t, PyType meta, String name) {
        // The metatype's data descriptors (__name__, __mro__, ...) win over the type's own dict.
        Object metaAttr = meta.lookup(name);
        Object metaGet = null;
        boolean java = javaDescriptor(metaAttr);
        if (java) {
            if (((PyDescriptor) metaAttr).isData()) {
                return ((PyDescriptor) metaAttr).get(t, meta);
            }
        } else if (metaAttr != null && (metaGet = userGet(metaAttr)) != null && userData(metaAttr)) {
            return Ops.call(metaGet, metaAttr, t, meta);
        }
        Object v = t.lookup(name);
        if (v != null) {
            if (javaDescriptor(v)) {
                return ((PyDescriptor) v).get(null, t);
            }
            Object get = userGet(v);
            return get != null ? Ops.call(get, v, dev.adder.runtime.PyNone.NONE, t) : v;
        }
        if (java) {
            return ((PyDescriptor) metaAttr).get(t, meta);
        }
        if (metaGet != null) {
            return Ops.call(metaGet, metaAttr, t, meta);
        }
        return metaAttr;
    }

    /** {@code o.name = value}: a class's own {@code __setattr__} if it has one, else the generic rule. */
    static void setattr(Object o, String name, Object value) {
        PyType type = Ops.type(o);
        if (type.isHeapType()) {
            Object f = type.special(PyType.SETATTR);
            if (f != null && f != CoreMethods.OBJECT_SETATTR) {
                Ops.call(f, o, name, value);
                return;
            }
        }
        genericSetattr(o, name, value);
    }

    /** CPython 3.11: Objects/object.c _PyObject_GenericSetAttrWithDict ({@code object.__setattr__}). */
    static void genericSetattr(Object o, String name, Object value) {
        PyType type = Ops.type(o);
        Object attr = type.lookup(name);
        if (javaDescriptor(attr)) {
            if (((PyDescriptor) attr).isData()) {
                ((PyDescriptor) attr).set(o, value);
                return;
            }
        } else if (attr instanceof PyObject p && p.type().isHeapType() && setUser(p, o, value)) {
            return;
        }
        if (o instanceof PyType t) {
            t.setAttribute(name, value);
            return;
        }
        Map<String, Object> dict = instanceDict(o);
        if (dict == null || type == dev.adder.runtime.CoreTypes.OBJECT) {
            // object() instances have no __dict__ in CPython.
            if (attr != null) {
                throw Errors.attributeError("'" + Errors.typeName(o) + "' object attribute '" + name
                        + "' is read-only");
            }
            throw noAttribute(o, name);
        }
        dict.put(name, value);
    }

    /** A Python-level data descriptor's {@code __set__} ({@code value != null}) or {@code __delete__}. */
    private static boolean setUser(PyObject desc, Object o, Object value) {
        PyType dt = desc.type();
        Object set = dt.special(PyType.SET);
        Object del = dt.special(PyType.DELETE);
        if (set == null && del == null) {
            return false;
        }
        if (value != null) {
            if (set == null) {
                throw Errors.attributeError("__set__");
            }
            Ops.call(set, desc, o, value);
        } else {
            if (del == null) {
                throw Errors.attributeError("__delete__");
            }
            Ops.call(del, desc, o);
        }
        return true;
    }

    /** {@code del o.name}: a class's own {@code __delattr__} if it has one, else the generic rule. */
    static void delattr(Object o, String name) {
        PyType type = Ops.type(o);
        if (type.isHeapType()) {
            Object f = type.special(PyType.DELATTR);
            if (f != null && f != CoreMethods.OBJECT_DELATTR) {
                Ops.call(f, o, name);
                return;
            }
        }
        genericDelattr(o, name);
    }

    static void genericDelattr(Object o, String name) {
        Object attr = Ops.type(o).lookup(name);
        if (javaDescriptor(attr)) {
            if (((PyDescriptor) attr).isData()) {
                ((PyDescriptor) attr).set(o, null);
                return;
            }
        } else if (attr instanceof PyObject p && p.type().isHeapType() && setUser(p, o, null)) {
            return;
        }
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
