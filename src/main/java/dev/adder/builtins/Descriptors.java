package dev.adder.builtins;

import dev.adder.objects.Ops;
import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyDescriptor;
import dev.adder.runtime.PyGetSetDescriptor;
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
    public static final PyType STATICMETHOD = dev.adder.objects.FunctionWrappers.STATICMETHOD;
    /** {@code classmethod}. */
    public static final PyType CLASSMETHOD = dev.adder.objects.FunctionWrappers.CLASSMETHOD;
    /** {@code property}. */
    public static final PyType PROPERTY_TYPE = propertyType();

    /** {@code property(fget, fset, fdel, doc)}: a data descriptor calling Python functions. */
    static final class Property implements PyObject, PyDescriptor, dev.adder.runtime.HasDict {
        private final PyType type;
        Object fget;
        Object fset;
        Object fdel;
        Object doc;
        String name;
        private java.util.Map<String, Object> dict;

        Property(PyType type, Object fget, Object fset, Object fdel, Object doc, String name) {
            this.type = type;
            init(fget, fset, fdel, doc, name);
        }

        /** {@code property.__init__}: also what a subclass's {@code super().__init__(...)} runs. */
        void init(Object fget, Object fset, Object fdel, Object doc, String name) {
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
            return new Property(type, g, s, d, doc, name);
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public synchronized java.util.Map<String, Object> dict() {
            if (dict == null) {
                dict = new java.util.LinkedHashMap<>();
            }
            return dict;
        }
    }

    private static Property prop(Object o) {
        if (o instanceof Property p) {
            return p;
        }
        throw Errors.typeError("descriptor for 'property' objects doesn't apply to a '" + Errors.typeName(o)
                + "' object");
    }

    private static PyType propertyType() {
        StartupTable entry = new StartupTable(StartupTable.PROPERTY);
        return PyType.builtin("property", CoreTypes.OBJECT, entry).fillLazily(entry);
    }

    /** {@code property(fget=None, fset=None, fdel=None, doc=None)}: the constructor. */
    static Object newProperty(PyType type, Object[] args, String[] kw) {
        if (type != PROPERTY_TYPE) {
            // a subclass: property.__init__ (or the subclass's own) fills it in
            return new Property(type, PyNone.NONE, PyNone.NONE, PyNone.NONE, PyNone.NONE, null);
        }
        Object[] a = PROPERTY.parse(args, kw);
        return new Property(type, orNone(a[0]), orNone(a[1]), orNone(a[2]), orNone(a[3]), null);
    }

    /** The attributes of the type, defined when first needed. */
    static void definePropertyType(PyType t) {
        t.define("__init__", new PyMethodDescriptor(t, "__init__", null, (a, k) -> {
            Property p = prop(a[0]);
            if (p.type != PROPERTY_TYPE) {
                Object[] v = PROPERTY.parse(java.util.Arrays.copyOfRange(a, 1, a.length), k);
                p.init(orNone(v[0]), orNone(v[1]), orNone(v[2]), orNone(v[3]), p.name);
            }
            return PyNone.NONE;
        }));
        t.define("__isabstractmethod__", new PyGetSetDescriptor(t, "__isabstractmethod__", o -> {
            Property p = prop(o);
            for (Object f : new Object[] {p.fget, p.fset, p.fdel}) {
                Object v = f == PyNone.NONE ? null : Ops.getattrOrNull(f, "__isabstractmethod__");
                if (v != null && Ops.isTrue(v)) {
                    return true;
                }
            }
            return false;
        }, null));
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
    }

    private static Object orNone(Object o) {
        return o == null ? PyNone.NONE : o;
    }
}
