package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyDescriptor;
import dev.adder.runtime.PyGetSetDescriptor;
import dev.adder.runtime.PyMethodDescriptor;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyType;

/**
 * The {@code module} type (CPython 3.11: Objects/moduleobject.c): {@code module(name, doc=None)},
 * the repr importlib gives ({@code <module 'm' from '/path/m.py'>}), attribute lookup with a
 * module-level {@code __getattr__} (PEP 562) and the "partially initialized module" message,
 * {@code __dir__} (a module-level {@code __dir__} if any) and {@code __dict__}.
 */
final class ModuleMethods {
    private ModuleMethods() {
    }

    /** Creates the {@code module} type (its methods are defined when first needed). */

    /** The attributes of the type. */
    static void defineType(PyType t) {
        t.define("__repr__", new PyMethodDescriptor(t, "__repr__", null, (a, k) -> repr(self(a[0], "__repr__"))));
        t.define("__dir__", new PyMethodDescriptor(t, "__dir__", null, (a, k) -> dir(self(a[0], "__dir__"))));
        t.define("__dict__", new PyGetSetDescriptor(t, "__dict__", o -> ((PyModule) o).globals(), null));
        // module(name, doc=None) is complete after __new__; __init__ (called again, or on a subclass) re-sets them
        t.define("__init__", new PyMethodDescriptor(t, "__init__", null, (a, k) -> {
            PyModule self = self(a[0], "__init__");
            Object[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            PyModule fresh = (PyModule) create(PyModule.TYPE, rest, k);
            self.globals().put("__name__", fresh.globals().get("__name__"));
            self.globals().put("__doc__", fresh.globals().get("__doc__"));
            return PyNone.NONE;
        }));
    }

    private static PyModule self(Object o, String method) {
        if (!(o instanceof PyModule m)) {
            throw Errors.typeError("descriptor '" + method + "' requires a 'module' object but received a '"
                    + Errors.typeName(o) + "'");
        }
        return m;
    }

    // CPython 3.11: Objects/moduleobject.c module___init___impl ("U|O:module")
    static Object create(PyType type, Object[] args, String[] kwnames) {
        int nkw = PyCallable.kwCount(kwnames);
        int npos = args.length - nkw;
        Object name = npos > 0 ? args[0] : null;
        Object doc = npos > 1 ? args[1] : null;
        if (npos > 2) {
            throw Errors.typeError("module() takes at most 2 arguments (" + args.length + " given)");
        }
        for (int i = 0; i < nkw; i++) {
            String k = kwnames[i];
            Object v = args[npos + i];
            if (k.equals("name") && name == null) {
                name = v;
            } else if (k.equals("doc") && doc == null) {
                doc = v;
            } else {
                throw Errors.typeError(k.equals("name") || k.equals("doc")
                        ? "argument for module() given by name ('" + k + "') and position"
                        : "module() got an unexpected keyword argument '" + k + "'");
            }
        }
        if (name == null) {
            throw Errors.typeError("module() missing required argument 'name' (pos 1)");
        }
        if (!(name instanceof String s)) {
            throw Errors.typeError("module() argument 'name' must be str, not " + Errors.typeName(name));
        }
        PyDict d = new PyDict();
        PyModule m = new PyModule(s, d);
        d.put("__doc__", doc == null ? PyNone.NONE : doc);
        d.put("__package__", PyNone.NONE);
        d.put("__loader__", PyNone.NONE);
        d.put("__spec__", PyNone.NONE);
        return m;
    }

    // CPython 3.11: Lib/importlib/_bootstrap.py _module_repr, _module_repr_from_spec
    static String repr(PyModule m) {
        PyDict d = m.globals();
        Object loader = orNone(d.get("__loader__"));
        Object spec = d.get("__spec__");
        if (spec != null && spec != PyNone.NONE && Ops.isTrue(spec)) {
            Object name = Ops.getattrOrNull(spec, "name");
            String n = name == null || name == PyNone.NONE ? "'?'" : Ops.repr(name);
            Object origin = orNone(Ops.getattrOrNull(spec, "origin"));
            Object specLoader = orNone(Ops.getattrOrNull(spec, "loader"));
            if (origin == PyNone.NONE) {
                return specLoader == PyNone.NONE ? "<module " + n + ">"
                        : "<module " + n + " (" + Ops.repr(specLoader) + ")>";
            }
            Object has = Ops.getattrOrNull(spec, "has_location");
            if (has != null && Ops.isTrue(has)) {
                return "<module " + n + " from " + Ops.repr(origin) + ">";
            }
            return "<module " + Ops.repr(orNone(name)) + " (" + Ops.str(origin) + ")>";
        }
        Object name = d.get("__name__");
        String n = name == null ? "'?'" : Ops.repr(name);
        Object file = d.get("__file__");
        if (file == null) {
            return loader == PyNone.NONE ? "<module " + n + ">" : "<module " + n + " (" + Ops.repr(loader) + ")>";
        }
        return "<module " + n + " from " + Ops.repr(file) + ">";
    }

    private static Object orNone(Object v) {
        return v == null ? PyNone.NONE : v;
    }

    // CPython 3.11: Objects/moduleobject.c module_dir
    private static Object dir(PyModule m) {
        Object custom = m.globals().get("__dir__");
        if (custom != null) {
            return Ops.call(custom);
        }
        return new PyList(java.util.Arrays.asList(m.globals().keysArray()));
    }

    /** The attribute without PEP 562's hook: the type's data descriptors, the module's dict, the type's methods. */
    private static Object plain(PyModule m, String name) {
        Object attr = PyModule.TYPE.lookup(name);
        if (attr instanceof PyDescriptor d && d.isData()) {
            return d.get(m, PyModule.TYPE);
        }
        Object v = m.globals().get(name);
        if (v != null) {
            return v;
        }
        if (attr instanceof PyDescriptor d) {
            return d.get(m, PyModule.TYPE);
        }
        return attr;
    }

    // CPython 3.11: Objects/moduleobject.c _Py_module_getattro_impl
    /** {@code m.name}: the module's attribute, else its {@code __getattr__(name)}, else AttributeError. */
    static Object getattr(PyModule m, String name) {
        Object v = plain(m, name);
        if (v != null) {
            return v;
        }
        Object hook = m.globals().get("__getattr__");
        if (hook != null) {
            return Ops.call(hook, name);
        }
        throw noAttribute(m, name);
    }

    /** As {@link #getattr} but null instead of AttributeError ({@code hasattr}, 3-argument {@code getattr}). */
    static Object getattrOrNull(PyModule m, String name) {
        Object v = plain(m, name);
        if (v != null) {
            return v;
        }
        Object hook = m.globals().get("__getattr__");
        if (hook == null) {
            return null;
        }
        try {
            return Ops.call(hook, name);
        } catch (PyBaseException e) {
            if (e.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    /** The AttributeError of a missing module attribute, "partially initialized" during a circular import. */
    static PyBaseException noAttribute(PyModule m, String name) {
        Object modName = m.globals().get("__name__");
        if (!(modName instanceof String mn)) {
            return Errors.attributeError("module has no attribute '" + name + "'");
        }
        Object spec = m.globals().get("__spec__");
        if (spec != null && spec != PyNone.NONE) {
            Object init = Ops.getattrOrNull(spec, "_initializing");
            if (init != null && Ops.isTrue(init)) {
                return Errors.attributeError("partially initialized module '" + mn + "' has no attribute '" + name
                        + "' (most likely due to a circular import)");
            }
            Object loading = Ops.getattrOrNull(spec, "_uninitialized_submodules");
            if (loading instanceof PyList l && l.contains(name)) {
                return Errors.attributeError("cannot access submodule '" + name + "' of module '" + mn
                        + "' (most likely due to a circular import)");
            }
        }
        return Errors.attributeError("module '" + mn + "' has no attribute '" + name + "'");
    }
}
