package dev.adder.vm;

import dev.adder.objects.Ops;
import dev.adder.objects.PyDict;
import dev.adder.objects.PyModule;
import dev.adder.runtime.Errors;
import dev.adder.runtime.HasDict;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyNone;

/**
 * Name lookups of the VM: LOAD_NAME / LOAD_GLOBAL and their stores and deletes, unbound-variable
 * errors with CPython 3.11's messages, LOAD_CLASSDEREF, IMPORT_NAME/IMPORT_FROM/IMPORT_STAR ({@link ImportSystem}).
 */
final class NameOps {
    private NameOps() {
    }

    /** CPython 3.11: UNBOUNDLOCAL_ERROR_MSG. */
    static PyBaseException unboundLocal(String name) {
        return Suggestions.withName(new PyBaseException(ExceptionTypes.UNBOUND_LOCAL_ERROR,
                new Object[] {"cannot access local variable '" + name + "' where it is not associated with a value"}),
                name);
    }

    /** CPython 3.11: NAME_ERROR_MSG. */
    static PyBaseException nameError(String name) {
        return Suggestions.withName(Errors.nameError("name '" + name + "' is not defined"), name);
    }

    // CPython 3.11: Python/ceval.c format_exc_unbound
    /** The error for reading an empty cell or free variable in localsplus slot {@code i}. */
    static PyBaseException unboundDeref(Frame f, int i) {
        String name = f.code.localsPlusName(i);
        if (i < f.code.firstFreeIndex()) {
            return unboundLocal(name);
        }
        return Suggestions.withName(Errors.nameError("cannot access free variable '" + name
                + "' where it is not associated with a value in enclosing scope"), name);
    }

    /** LOAD_FAST's read of slot {@code i}: its value, or UnboundLocalError when it is unbound. */
    static Object loadFast(Frame f, Object[] lp, int i) {
        Object v = lp[i];
        if (v == null) {
            throw unboundFast(f, i);
        }
        return v;
    }

    /** LOAD_FAST of an unbound slot. */
    static PyBaseException unboundFast(Frame f, int i) {
        return unboundLocal(f.code.localsPlusName(i));
    }

    /**
     * LOAD_GLOBAL of {@code co_names[nameIndex]} at instruction {@code at}: the value its cache entry
     * holds while the dicts it came from are the same with the same versions, else a lookup (CPython
     * 3.11 specializes LOAD_GLOBAL on the dict keys' versions to the same end).
     */
    static Object loadGlobal(Frame f, int nameIndex, int at) {
        Object[] caches = f.code.inlineCaches();
        if (caches[at] instanceof GlobalCacheEntry e && e.globals == f.globals
                && e.globalsVersion == f.globals.version()
                && (e.builtins == null || e.builtins == f.builtins && e.builtinsVersion == f.builtins.version())) {
            return e.value;
        }
        return loadGlobalAndCache(f, f.code.nameAt(nameIndex), caches, at);
    }

    private static Object loadGlobalAndCache(Frame f, String name, Object[] caches, int at) {
        PyDict g = f.globals;
        PyDict b = f.builtins;
        if (g.getClass() != PyDict.class) {
            return loadGlobal(f, name); // a host's mapping may change without telling: no cache
        }
        g.watch();
        int gv = g.version();
        Object v = g.get(name);
        if (v != null) {
            caches[at] = new GlobalCacheEntry(g, gv, null, 0, v);
            return v;
        }
        if (b.getClass() != PyDict.class) {
            return loadGlobal(f, name); // the engine's builtins look in the host's GLOBAL_SCOPE first
        }
        b.watch();
        int bv = b.version();
        v = loadGlobal(f, name);
        caches[at] = new GlobalCacheEntry(g, gv, b, bv, v);
        return v;
    }

    /**
     * What one LOAD_GLOBAL found, and the versions of the dicts it depends on: the builtins are null when
     * the name was found in the globals (immutable: shared by threads).
     */
    private record GlobalCacheEntry(PyDict globals, int globalsVersion, PyDict builtins, int builtinsVersion,
                                    Object value) {
    }

    /** LOAD_GLOBAL: globals, then builtins. */
    static Object loadGlobal(Frame f, String name) {
        Object v = f.globals.get(name);
        if (v == null) {
            v = f.builtins.get(name);
            if (v == null) {
                throw nameError(name);
            }
        }
        return v;
    }

    /** LOAD_NAME: the locals mapping, then globals, then builtins. */
    static Object loadName(Frame f, String name) {
        Object v = mappingGet(f, name);
        if (v != null) {
            return v;
        }
        return loadGlobal(f, name);
    }

    private static Object mappingGet(Frame f, String name) {
        Object locals = f.locals;
        if (locals == null) {
            throw Errors.of("SystemError", "no locals when loading '" + name + "'");
        }
        if (locals instanceof PyDict d && !(locals instanceof HasDict)) { // a dict subclass may override
            return d.get(name);
        }
        try {
            return Ops.getitem(locals, name);
        } catch (PyBaseException e) {
            if (e.isInstance(ExceptionTypes.KEY_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    /** STORE_NAME. */
    static void storeName(Frame f, String name, Object v) {
        Object locals = f.locals;
        if (locals == null) {
            throw Errors.of("SystemError", "no locals found when storing '" + name + "'");
        }
        if (locals instanceof PyDict d && !(locals instanceof HasDict)) { // a dict subclass may override
            d.put(name, v);
        } else {
            Ops.setitem(locals, name, v);
        }
    }

    /** DELETE_NAME. */
    static void deleteName(Frame f, String name) {
        Object locals = f.locals;
        if (locals == null) {
            throw Errors.of("SystemError", "no locals when deleting '" + name + "'");
        }
        if (locals instanceof PyDict d && !(locals instanceof HasDict)) { // a dict subclass may override
            if (d.remove(name) == null) {
                throw nameError(name);
            }
            return;
        }
        try {
            Ops.delitem(locals, name);
        } catch (PyBaseException e) {
            if (e.isInstance(ExceptionTypes.KEY_ERROR)) {
                throw nameError(name);
            }
            throw e;
        }
    }

    /** DELETE_GLOBAL. */
    static void deleteGlobal(Frame f, String name) {
        if (f.globals.remove(name) == null) {
            throw nameError(name);
        }
    }

    // CPython 3.11: Python/ceval.c LOAD_CLASSDEREF
    /** LOAD_CLASSDEREF: the class body's namespace first, then the cell. */
    static Object loadClassDeref(Frame f, int i) {
        Object v = mappingGet(f, f.code.localsPlusName(i));
        if (v != null) {
            return v;
        }
        v = ((PyCell) f.localsplus[i]).get();
        if (v == null) {
            throw unboundDeref(f, i);
        }
        return v;
    }

    /** SETUP_ANNOTATIONS: {@code __annotations__ = {}} in the locals mapping unless there. */
    static void setupAnnotations(Frame f) {
        if (mappingGet(f, "__annotations__") == null) {
            storeName(f, "__annotations__", new PyDict());
        }
    }

    /** LOAD_BUILD_CLASS. */
    static Object loadBuildClass(Frame f) {
        Object v = f.builtins.get("__build_class__");
        if (v == null) {
            throw Errors.nameError("__build_class__ not found");
        }
        return v;
    }

    /** IMPORT_NAME: {@code import a.b} gives {@code a}; with a fromlist, {@code a.b} itself. */
    static Object importName(Frame f, ThreadState ts, String name, Object fromlist, Object level) {
        return ts.interp().imports().importName(f, name, fromlist, level);
    }

    // CPython 3.11: Python/ceval.c import_from
    /** IMPORT_FROM: {@code from m import name}; a submodule in {@code sys.modules} will do (circular imports). */
    static Object importFrom(ThreadState ts, Object module, String name) {
        Object v;
        try {
            v = Ops.getattr(module, name);
            return v;
        } catch (PyBaseException e) {
            if (!e.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
                throw e;
            }
        }
        Object pkgname = Ops.getattrOrNull(module, "__name__");
        if (pkgname instanceof String p) {
            v = ts.interp().modules().get(p + "." + name);
            if (v != null) {
                return v;
            }
        }
        Object file = module instanceof PyModule m ? m.globals().get("__file__") : null;
        String pkg = pkgname instanceof String p ? Ops.repr(p) : "'<unknown module name>'";
        String n = pkgname instanceof String p ? p : null;
        if (!(file instanceof String path)) {
            throw ImportErrors.importError("cannot import name " + Ops.repr(name) + " from " + pkg
                    + " (unknown location)", n, null);
        }
        Object spec = Ops.getattrOrNull(module, "__spec__");
        if (spec instanceof ModuleSpec s && s.initializing()
                || spec != null && !(spec instanceof ModuleSpec) && isInitializing(spec)) {
            throw ImportErrors.importError("cannot import name " + Ops.repr(name) + " from partially initialized module "
                    + pkg + " (most likely due to a circular import) (" + path + ")", n, path);
        }
        throw ImportErrors.importError("cannot import name " + Ops.repr(name) + " from " + pkg + " (" + path + ")", n,
                path);
    }

    private static boolean isInitializing(Object spec) {
        if (spec == PyNone.NONE) {
            return false;
        }
        Object v = Ops.getattrOrNull(spec, "_initializing");
        return v != null && Ops.isTrue(v);
    }

    // CPython 3.11: Python/ceval.c import_all_from
    /** IMPORT_STAR: copies the module's {@code __all__} names (or its public names) into the locals mapping. */
    static void importStar(Frame f, Object module) {
        Object all = Ops.getattrOrNull(module, "__all__");
        boolean skipPrivate = false;
        if (all == null) {
            Object dict = Ops.getattrOrNull(module, "__dict__");
            if (dict == null) {
                throw ImportErrors.importError("from-import-* object has no __dict__ and no __all__", null, null);
            }
            all = Ops.call(Ops.getattr(dict, "keys"));
            skipPrivate = true;
        }
        Object it = Ops.iter(all);
        for (Object k = Ops.next(it); k != null; k = Ops.next(it)) {
            if (!(k instanceof String name)) {
                Object modname = Ops.getattr(module, "__name__");
                if (!(modname instanceof String mn)) {
                    throw Errors.typeError("module __name__ must be a string, not " + Errors.typeName(modname));
                }
                throw Errors.typeError((skipPrivate ? "Key in " + mn + ".__dict__" : "Item in " + mn + ".__all__")
                        + " must be str, not " + Errors.typeName(k));
            }
            if (skipPrivate && name.startsWith("_")) {
                continue;
            }
            storeName(f, name, Ops.getattr(module, name));
        }
    }
}
