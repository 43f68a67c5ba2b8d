package dev.adder.builtins;

import dev.adder.objects.Ops;
import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyDescriptor;
import dev.adder.runtime.PyGetSetDescriptor;
import dev.adder.runtime.PyMethod;
import dev.adder.runtime.PyMethodDescriptor;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;

/**
 * The decorator types {@code staticmethod}, {@code classmethod} and {@code property}: descriptors
 * that change what reading a function from a class or instance gives (CPython 3.11:
 * Objects/funcobject.c, Objects/descrobject.c).
 */
public final class Descriptors {
    private Descriptors() {}

    private static final Args.Signature PROPERTY = new Args.Signature("property",
            new String[] {"fget", "fset", "fdel", "doc"}, 0, 0, 4, 0);

    /** {@code staticmethod}. */
    public static final PyType STATICMETHOD = wrapperType("staticmethod", StaticMethod::new);
    /** {@code classmethod}. */
    public static final PyType CLASSMETHOD = wrapperType("classmethod", ClassMethod::new);
    /** {@code property}. */
    public static final PyType PROPERTY_TYPE = propertyType();

    /** {@code staticmethod(f)}: reading it gives {@code f} itself; callable like {@code f} (3.10+). */
    static final class StaticMethod implements PyObject, PyDescriptor, PyCallable {
        final Object func;

        StaticMethod(Object func) {
            this.func = func;
        }

        @Override
        public Object get(Object instance, PyType owner) {
            return func;
        }

        @Override
        public Object call(Object[] args, String[] kwnames) {
            return Ops.call(func, args, kwnames);
        }

        @Override
        public PyType type() {
            return STATICMETHOD;
        }

        @Override
        public String toString() {
            return "<staticmethod(" + Ops.repr(func) + ")>";
        }
    }

    /** {@code classmethod(f)}: reading it gives {@code f} bound to the class. */
    static final class ClassMethod implements PyObject, PyDescriptor {
        final Object func;

        ClassMethod(Object func) {
            this.func = func;
        }

        @Override
        public Object get(Object instance, PyType owner) {
            return new PyMethod(func, owner != null ? owner : Ops.type(instance));
        }

        @Override
        public PyType type() {
            return CLASSMETHOD;
        }

        @Override
        public String toString() {
            return "<classmethod(" + Ops.repr(func) + ")>";
        }
    }

    /** {@code property(fget, fset, fdel, doc)}: a data descriptor calling Python functions. */
    static final class Property implements PyObject, PyDescriptor {
        final Object fget;
        final Object fset;
        final Object fdel;
        final Object doc;
        String name;

        Property(Object fget, Object fset, Object fdel, Object doc, String name) {
            this.fget = fget;
            this.fset = fset;
            this.fdel = fdel;
            Object d = doc;
            if (d == PyNone.NONE && fget != PyNone.NONE) {
                Object fd = Ops.getattrOrNull(fget, "__doc__");
                d = fd == null ? PyNone.NONE : fd;
            }
            this.doc = d;
            this.name = name;
        }

        @Override
        public Object get(Object instance, PyType owner) {
            if (instance == null) {
                return this;
            }
            if (fget == PyNone.NONE) {
                throw missing(instance, "getter");
            }
            return Ops.call(fget, instance);
        }

        @Override
        public boolean isData() {
            return true;
        }

        @Override
        public void set(Object instance, Object value) {
            if (value == null) {
                if (fdel == PyNone.NONE) {
                    throw missing(instance, "deleter");
                }
                Ops.call(fdel, instance);
            } else {
                if (fset == PyNone.NONE) {
                    throw missing(instance, "setter");
                }
                Ops.call(fset, instance, value);
            }
        }

        // CPython 3.11: Objects/descrobject.c property_descr_get/set (messages with the name when known)
        private RuntimeException missing(Object instance, String what) {
            String n = name;
            if (n == null && fget != PyNone.NONE && Ops.getattrOrNull(fget, "__name__") instanceof String s) {
                n = s;
            }
            String prop = n == null ? "property" : "property " + Ops.repr(n);
            return Errors.attributeError(prop + " of '" + Ops.type(instance).name() + "' object has no " + what);
        }

        Property with(Object g, Object s, Object d) {
            return new Property(g, s, d, doc, name);
        }

        @Override
        public PyType type() {
            return PROPERTY_TYPE;
        }
    }

    private interface Wrap {
        Object create(Object func);
    }

    private static PyType wrapperType(String name, Wrap wrap) {
        PyType t = PyType.builtin(name, CoreTypes.OBJECT, (type, args, kw) -> {
            Args.noKeywords(name, kw);
            Args.positional(name, args, kw, 1, 1);
            return wrap.create(args[0]);
        });
        t.define("__func__", new PyGetSetDescriptor(t, "__func__", o -> func(name, o), null));
        t.define("__wrapped__", new PyGetSetDescriptor(t, "__wrapped__", o -> func(name, o), null));
        t.define("__init__", new PyMethodDescriptor(t, "__init__", null, (a, k) -> PyNone.NONE));
        t.define("__repr__", new PyMethodDescriptor(t, "__repr__", null, (a, k) -> {
            func(name, a[0]);
            return a[0].toString();
        }));
        t.define("__get__", new PyMethodDescriptor(t, "__get__", null, (a, k) -> {
            int n = Args.fastcall("__get__", a, k, 2, 3);
            func(name, a[0]);
            PyDescriptor d = (PyDescriptor) a[0];
            Object inst = a[1] == PyNone.NONE ? null : a[1];
            Object owner = n == 3 && a[2] != PyNone.NONE ? a[2] : null;
            return d.get(inst, owner instanceof PyType ot ? ot : null);
        }));
        return t.freeze();
    }

    private static Object func(String typeName, Object o) {
        if (o instanceof StaticMethod s) {
            return s.func;
        }
        if (o instanceof ClassMethod c) {
            return c.func;
        }
        throw Errors.typeError("descriptor for '" + typeName + "' objects doesn't apply to a '"
                + Errors.typeName(o) + "' object");
    }

    private static Property prop(Object o) {
        if (o instanceof Property p) {
            return p;
        }
        throw Errors.typeError("descriptor for 'property' objects doesn't apply to a '" + Errors.typeName(o)
                + "' object");
    }

    private static PyType propertyType() {
        PyType t = PyType.builtin("property", CoreTypes.OBJECT, (type, args, kw) -> {
            Object[] a = PROPERTY.parse(args, kw);
            return new Property(orNone(a[0]), orNone(a[1]), orNone(a[2]), orNone(a[3]), null);
        });
        t.define("__init__", new PyMethodDescriptor(t, "__init__", null, (a, k) -> PyNone.NONE));
        t.define("fget", new PyGetSetDescriptor(t, "fget", o -> prop(o).fget, null));
        t.define("fset", new PyGetSetDescriptor(t, "fset", o -> prop(o).fset, null));
        t.define("fdel", new PyGetSetDescriptor(t, "fdel", o -> prop(o).fdel, null));
        t.define("__doc__", new PyGetSetDescriptor(t, "__doc__", o -> prop(o).doc, null));
        t.define("getter", new PyMethodDescriptor(t, "getter", null, (a, k) -> {
            Object f = Args.one("getter", java.util.Arrays.copyOfRange(a, 1, a.length), k);
            Property p = prop(a[0]);
            return p.with(f, p.fset, p.fdel);
        }));
        t.define("setter", new PyMethodDescriptor(t, "setter", null, (a, k) -> {
            Object f = Args.one("setter", java.util.Arrays.copyOfRange(a, 1, a.length), k);
            Property p = prop(a[0]);
            return p.with(p.fget, f, p.fdel);
        }));
        t.define("deleter", new PyMethodDescriptor(t, "deleter", null, (a, k) -> {
            Object f = Args.one("deleter", java.util.Arrays.copyOfRange(a, 1, a.length), k);
            Property p = prop(a[0]);
            return p.with(p.fget, p.fset, f);
        }));
        t.define("__set_name__", new PyMethodDescriptor(t, "__set_name__", null, (a, k) -> {
            Args.fastcall("__set_name__", a, k, 3, 3);
            if (a[2] instanceof String s) {
                prop(a[0]).name = s;
            }
            return PyNone.NONE;
        }));
        t.define("__get__", new PyMethodDescriptor(t, "__get__", null, (a, k) -> {
            int n = Args.fastcall("__get__", a, k, 2, 3);
            Object inst = a[1] == PyNone.NONE ? null : a[1];
            return prop(a[0]).get(inst, n == 3 && a[2] instanceof PyType ot ? ot : null);
        }));
        t.define("__set__", new PyMethodDescriptor(t, "__set__", null, (a, k) -> {
            Args.fastcall("__set__", a, k, 3, 3);
            prop(a[0]).set(a[1], a[2]);
            return PyNone.NONE;
        }));
        t.define("__delete__", new PyMethodDescriptor(t, "__delete__", null, (a, k) -> {
            Args.fastcall("__delete__", a, k, 2, 2);
            prop(a[0]).set(a[1], null);
            return PyNone.NONE;
        }));
        return t.freeze();
    }

    private static Object orNone(Object o) {
        return o == null ? PyNone.NONE : o;
    }
}
