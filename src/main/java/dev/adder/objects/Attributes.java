package dev.adder.objects;

import dev.adder.runtime.AttrEntry;
import dev.adder.runtime.Errors;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.HasDict;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyDescriptor;
import dev.adder.runtime.PyInstance;
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
        if (o instanceof PyInstance p) {
            PyType type = p.type();
            if (type.genericGetattr()) {
                Object v = instanceGet(p, type, name);
                if (v == null) {
                    throw noAttribute(o, name);
                }
                return v;
            }
        }
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

    /** Whether a Python-level descriptor is a data descriptor ({@code __set__} or {@code __delete__}). */
    private static boolean userData(Object attr) {
        PyType at = ((PyObject) attr).type();
        return at.special(PyType.SET) != null || at.special(PyType.DELETE) != null;
    }

    /**
     * The generic rule on an instance of a class written in Python (the hot case): one cached
     * lookup on the type, one in the instance dict; null if missing.
     */
    private static Object instanceGet(PyInstance o, PyType type, String name) {
        AttrEntry e = type.entry(name);
        int kind = e.kind;
        if (kind == AttrEntry.DATA) {
            return ((PyDescriptor) e.value).get(o, type);
        } else if (kind == AttrEntry.USER) {
            return userGeneric(o, type, name, e.value);
        }
        Object v = o.attr(name, e);
        if (v != null) {
            return v;
        }
        if (kind == AttrEntry.PLAIN) {
            return e.value;
        }
        return kind == AttrEntry.ABSENT ? null : ((PyDescriptor) e.value).get(o, type);
    }

    // CPython 3.11: Objects/object.c _PyObject_GenericGetAttrWithDict, Objects/typeobject.c type_getattro
    /** The generic rule: data descriptors, then the instance dict, then other descriptors; null if missing. */
    private static Object generic(Object o, PyType type, String name) {
        if (o instanceof PyType t) {
            return typeGeneric(t, type, name);
        }
        AttrEntry e = type.entry(name);
        Object attr = e.value;
        int kind = e.kind;
        if (kind == AttrEntry.DATA) {
            return ((PyDescriptor) attr).get(o, type);
        } else if (kind == AttrEntry.USER) {
            return userGeneric(o, type, name, attr);
        }
        Object v = ownAttr(o, name);
        if (v != null) {
            return v;
        }
        if (kind == AttrEntry.METHOD || kind == AttrEntry.NONDATA) {
            return ((PyDescriptor) attr).get(o, type);
        }
        if (kind == AttrEntry.ABSENT) {
            if (o instanceof dev.adder.runtime.PyMethod m) {
                return getattrOrNull(m.function(), name); // CPython 3.11: method_getattro
            }
            if (o instanceof PyDescriptor d && name.startsWith("__")) {
                return descriptorMethod(d, name);
            }
        }
        return attr;
    }

    /** The instance's own attribute ({@code o.__dict__[name]}), or null. */
    private static Object ownAttr(Object o, String name) {
        if (o instanceof PyInstance p) {
            return p.attr(name); // without moving the attributes into a dict
        }
        return o instanceof HasDict h ? h.dict().get(name) : null;
    }

    /** The generic rule when the type's attribute is an instance of a Python class (maybe a descriptor). */
    private static Object userGeneric(Object o, PyType type, String name, Object attr) {
        Object get = userGet(attr);
        if (get != null && userData(attr)) {
            return Ops.call(get, attr, o, type);
        }
        Object v = ownAttr(o, name);
        if (v != null) {
            return v;
        }
        return get != null ? Ops.call(get, attr, o, type) : attr;
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
        AttrEntry me = meta.entry(name);
        Object metaAttr = me.value;
        Object metaGet = null;
        if (me.kind == AttrEntry.DATA) {
            return ((PyDescriptor) metaAttr).get(t, meta);
        } else if (me.kind == AttrEntry.USER && (metaGet = userGet(metaAttr)) != null && userData(metaAttr)) {
            return Ops.call(metaGet, metaAttr, t, meta);
        }
        AttrEntry e = t.entry(name);
        Object v = e.value;
        switch (e.kind) {
            case AttrEntry.ABSENT:
                break;
            case AttrEntry.PLAIN:
                return v;
            case AttrEntry.USER:
                Object get = userGet(v);
                return get != null ? Ops.call(get, v, dev.adder.runtime.PyNone.NONE, t) : v;
            default:
                return ((PyDescriptor) v).get(null, t);
        }
        if (me.kind == AttrEntry.METHOD || me.kind == AttrEntry.NONDATA) {
            return ((PyDescriptor) metaAttr).get(t, meta);
        }
        if (metaGet != null) {
            return Ops.call(metaGet, metaAttr, t, meta);
        }
        return metaAttr;
    }

    /** {@code o.name = value}: a class's own {@code __setattr__} if it has one, else the generic rule. */
    static void setattr(Object o, String name, Object value) {
        if (o instanceof PyInstance p) {
            PyType type = p.type();
            if (type.genericSetattr()) {
                AttrEntry e = type.entry(name);
                if (e.kind != AttrEntry.DATA && e.kind != AttrEntry.USER) {
                    p.setAttr(name, value, e); // a heap type's instance: it has a __dict__
                    return;
                }
            }
        }
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
        AttrEntry e = type.entry(name);
        Object attr = e.value;
        if (e.kind == AttrEntry.DATA) {
            ((PyDescriptor) attr).set(o, value);
            return;
        } else if (e.kind == AttrEntry.USER && setUser((PyObject) attr, o, value)) {
            return;
        }
        if (o instanceof PyType t) {
            t.setAttribute(name, value);
            return;
        }
        if (o instanceof PyInstance p && type.isHeapType()) {
            p.setAttr(name, value);
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
        AttrEntry e = Ops.type(o).entry(name);
        Object attr = e.value;
        if (e.kind == AttrEntry.DATA) {
            ((PyDescriptor) attr).set(o, null);
            return;
        } else if (e.kind == AttrEntry.USER && setUser((PyObject) attr, o, null)) {
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
