package dev.adder.vm;

import dev.adder.objects.Ops;
import dev.adder.objects.PyDict;
import dev.adder.objects.PyModule;
import dev.adder.runtime.Errors;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyNone;
import java.util.ArrayList;
import java.util.List;

/**
 * Name lookups of the VM: LOAD_NAME / LOAD_GLOBAL and their stores and deletes, unbound-variable
 * errors with CPython 3.11's messages, LOAD_CLASSDEREF, imports of modules in {@code sys.modules}.
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

    /** LOAD_FAST of an unbound slot. */
    static PyBaseException unboundFast(Frame f, int i) {
        return unboundLocal(f.code.localsPlusName(i));
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
        if (locals instanceof PyDict d) {
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
        if (locals instanceof PyDict d) {
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
        if (locals instanceof PyDict d) {
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

    // CPython 3.11: Python/import.c PyImport_ImportModuleLevelObject, for modules already in sys.modules
    /** IMPORT_NAME: {@code import a.b} gives {@code a}; with a fromlist, {@code a.b} itself. */
    static Object importName(Frame f, ThreadState ts, String name, Object fromlist, Object level) {
        if (!(level instanceof Integer lv) || lv != 0) {
            throw Errors.of("ImportError", "attempted relative import with no known parent package");
        }
        PyDict modules = ts.interp().modules();
        Object m = modules.get(name);
        if (m == null) {
            m = findModule(ts.interp(), name, fromlist);
        }
        if (m == null) {
            throw new PyBaseException(ExceptionTypes.MODULE_NOT_FOUND_ERROR,
                    new Object[] {"No module named " + Ops.repr(name)});
        }
        boolean hasFromlist = fromlist != PyNone.NONE && Ops.isTrue(fromlist);
        int dot = name.indexOf('.');
        if (hasFromlist || dot < 0) {
            return m;
        }
        Object top = modules.get(name.substring(0, dot));
        return top == null ? m : top;
    }

    /** Asks the interpreter's module finders (host import hooks) for {@code name}. */
    private static Object findModule(InterpreterState interp, String name, Object fromlist) {
        List<ModuleFinder> finders = interp.moduleFinders();
        if (finders.isEmpty()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        if (fromlist != PyNone.NONE) {
            Object it = Ops.iter(fromlist);
            for (Object k = Ops.next(it); k != null; k = Ops.next(it)) {
                names.add(Ops.str(k));
            }
        }
        for (ModuleFinder finder : finders) {
            Object m = finder.find(name, names);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** IMPORT_FROM: {@code from m import name}. */
    static Object importFrom(Object module, String name) {
        Object v = Ops.getattrOrNull(module, name);
        if (v == null && module instanceof PyModule m) {
            v = m.globals().get(name);
        }
        if (v == null) {
            String mod = module instanceof PyModule m ? m.name() : "<unknown module name>";
            throw Errors.of("ImportError", "cannot import name '" + name + "' from '" + mod + "' (unknown location)");
        }
        return v;
    }

    /** IMPORT_STAR: copies the module's public names (or {@code __all__}) into the locals mapping. */
    static void importStar(Frame f, Object module) {
        if (!(module instanceof PyModule m)) {
            throw Errors.of("SystemError", "import * of a non-module");
        }
        Object all = m.globals().get("__all__");
        if (all != null) {
            Object it = Ops.iter(all);
            for (Object k = Ops.next(it); k != null; k = Ops.next(it)) {
                String name = (String) k;
                storeName(f, name, importFrom(module, name));
            }
            return;
        }
        for (var e : m.globals().entrySet()) {
            if (e.getKey() instanceof String k && !k.startsWith("_")) {
                storeName(f, k, e.getValue());
            }
        }
    }
}
