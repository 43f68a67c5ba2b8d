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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One interpreter's import system (CPython 3.11: Python/import.c PyImport_ImportModuleLevelObject and
 * Lib/importlib/_bootstrap.py): {@code sys.modules}, built-in (Java) modules registered by name,
 * finders a script put on {@code sys.meta_path}, Python source modules and packages found on
 * {@code sys.path} ({@link SourceModuleLoader}), and last the hosts' {@link ModuleFinder}s. A module is in {@code sys.modules} before its body runs (circular
 * imports see it partly initialized) and is removed again if the body fails. A thread loading a
 * module holds that module's lock ({@link ModuleLocks}); others wait only for that module.
 */
public final class ImportSystem {
    final InterpreterState interp;
    final SourceModuleLoader sources;
    final ModuleLocks locks = new ModuleLocks();
    final Map<String, Function<InterpreterState, Object>> builtinModules = new ConcurrentHashMap<>();
    private final ImportUtil util = new ImportUtil(this);
    private volatile Object importFunction;

    ImportSystem(InterpreterState interp) {
        this.interp = interp;
        this.sources = new SourceModuleLoader(interp);
    }

    /** Where source modules come from: the compiler, the file policy, the host's source provider. */
    public SourceModuleLoader sources() {
        return sources;
    }

    /**
     * Registers a built-in module written in Java: {@code factory} builds it on its first import
     * (it is then kept in {@code sys.modules}).
     */
    public void registerBuiltinModule(String name, Function<InterpreterState, Object> factory) {
        builtinModules.put(name, factory);
    }

    /** Whether {@code name} is a registered built-in module. */
    public boolean isBuiltinModule(String name) {
        return builtinModules.containsKey(name);
    }

    /** Names the {@code builtins.__import__} object: IMPORT_NAME calls it only when a script replaced it. */
    public void setImportFunction(Object f) {
        importFunction = f;
    }

    // CPython 3.11: Python/ceval.c import_name
    /** IMPORT_NAME: {@code builtins.__import__} if a script replaced it, else the import itself. */
    Object importName(Frame f, String name, Object fromlist, Object level) {
        Object imp = f.builtins.get("__import__");
        if (imp != null && imp != importFunction) {
            Object locals = f.locals == null ? PyNone.NONE : f.locals;
            return Ops.call(imp, name, f.globals, locals, fromlist, level);
        }
        int lv = level instanceof Integer i ? i : 0; // the compiler's constant
        return importModuleLevel(name, f.globals, fromlist, lv);
    }

    // CPython 3.11: Python/import.c PyImport_ImportModuleLevelObject
    /**
     * {@code __import__(name, globals, locals, fromlist, level)}: imports the module and returns the
     * top-level package ({@code import a.b}) or, with a non-empty fromlist, the module itself.
     */
    public Object importModuleLevel(String name, Object globals, Object fromlist, int level) {
        if (level < 0) {
            throw Errors.valueError("level must be >= 0");
        }
        String absName;
        if (level > 0) {
            absName = resolveName(name, globals, level);
        } else {
            if (name.isEmpty()) {
                throw Errors.valueError("Empty module name");
            }
            absName = name;
        }
        boolean hasFrom = fromlist != null && fromlist != PyNone.NONE && Ops.isTrue(fromlist);
        Object mod = interp.modules().get(absName);
        if (mod != null && mod != PyNone.NONE) {
            awaitInitialized(mod);
        } else {
            mod = findAndLoadOrAskHosts(absName, hasFrom ? fromlist : null);
        }
        if (!hasFrom) {
            if (level == 0 || !name.isEmpty()) {
                int dot = name.indexOf('.');
                if (dot < 0) {
                    return mod;
                }
                if (level == 0) {
                    return importModuleLevel(name.substring(0, dot), null, null, 0);
                }
                String toReturn = absName.substring(0, absName.length() - (name.length() - dot));
                Object r = interp.modules().get(toReturn);
                if (r == null) {
                    throw Errors.keyError(Ops.repr(toReturn) + " not in sys.modules as expected");
                }
                return r;
            }
            return mod;
        }
        if (Ops.getattrOrNull(mod, "__path__") != null) {
            handleFromlist(mod, fromlist, false);
        }
        return mod;
    }

    // CPython 3.11: Python/import.c resolve_name
    private String resolveName(String name, Object globals, int level) {
        if (globals == null || globals == PyNone.NONE) {
            throw Errors.keyError("'__name__' not in globals");
        }
        if (!(globals instanceof PyDict g)) {
            throw Errors.typeError("globals must be a dict");
        }
        Object pkg = g.get("__package__");
        Object spec = g.get("__spec__");
        String packageName;
        if (pkg != null && pkg != PyNone.NONE) {
            if (!(pkg instanceof String s)) {
                throw Errors.typeError("package must be a string");
            }
            packageName = s;
        } else if (spec != null && spec != PyNone.NONE) {
            Object parent = Ops.getattr(spec, "parent");
            if (!(parent instanceof String s)) {
                throw Errors.typeError("__spec__.parent must be a string");
            }
            packageName = s;
        } else {
            Object n = g.get("__name__");
            if (n == null) {
                throw Errors.keyError("'__name__' not in globals");
            }
            if (!(n instanceof String s)) {
                throw Errors.typeError("__name__ must be a string");
            }
            packageName = s;
            if (!g.containsKey("__path__")) {
                int dot = s.lastIndexOf('.');
                packageName = dot < 0 ? "" : s.substring(0, dot);
            }
        }
        if (packageName.isEmpty()) {
            throw ImportErrors.importError("attempted relative import with no known parent package", null, null);
        }
        return resolve(name, packageName, level);
    }

    // CPython 3.11: Lib/importlib/_bootstrap.py _resolve_name
    /** The absolute name of {@code name} imported {@code level} levels up from package {@code packageName}. */
    public static String resolve(String name, String packageName, int level) {
        int end = packageName.length();
        for (int i = 1; i < level; i++) {
            end = packageName.lastIndexOf('.', end - 1);
            if (end < 0) {
                throw ImportErrors.importError("attempted relative import beyond top-level package", null, null);
            }
        }
        String base = packageName.substring(0, end);
        return name.isEmpty() ? base : base + "." + name;
    }

    /** A module another thread is still initializing: wait for it (the same thread goes on: a circular import). */
    private void awaitInitialized(Object mod) {
        if (mod instanceof PyModule m && m.globals().get("__spec__") instanceof ModuleSpec s && s.initializing()
                && s.name() instanceof String name) {
            locks.awaitUnlocked(name);
        }
    }

    /**
     * Imports {@code name} from Python sources and built-in modules; when nothing there has it (or its
     * parent package), asks the hosts' finders ({@code from java.util import ArrayList}).
     */
    private Object findAndLoadOrAskHosts(String name, Object fromlist) {
        try {
            return findAndLoad(name);
        } catch (PyBaseException e) {
            if (!e.isInstance(ExceptionTypes.MODULE_NOT_FOUND_ERROR) || interp.moduleFinders().isEmpty()) {
                throw e;
            }
            String missing = ImportErrors.nameOf(e);
            if (missing == null || !(missing.equals(name) || name.startsWith(missing + "."))) {
                throw e;
            }
            Object m = askHosts(name, fromlist);
            if (m == null) {
                throw e;
            }
            return m;
        }
    }

    private Object askHosts(String name, Object fromlist) {
        List<String> names = new ArrayList<>();
        if (fromlist != null) {
            Object it = Ops.iter(fromlist);
            for (Object k = Ops.next(it); k != null; k = Ops.next(it)) {
                names.add(Ops.str(k));
            }
        }
        for (ModuleFinder finder : interp.moduleFinders()) {
            Object m = finder.find(name, names);
            if (m != null) {
                if (m instanceof PyModule pm && !pm.globals().containsKey("__spec__")) {
                    pm.globals().put("__spec__", ModuleSpec.builtin(name));
                }
                return m;
            }
        }
        return null;
    }

    // CPython 3.11: Lib/importlib/_bootstrap.py _gcd_import (level 0)
    /** {@code importlib.import_module(name)} for an absolute name: the module itself. */
    public Object importModule(String name) {
        if (name.isEmpty()) {
            throw Errors.valueError("Empty module name");
        }
        Object m = interp.modules().get(name);
        if (m != null && m != PyNone.NONE) {
            awaitInitialized(m);
            return m;
        }
        return findAndLoadOrAskHosts(name, null);
    }

    // CPython 3.11: Lib/importlib/_bootstrap.py _find_and_load
    private Object findAndLoad(String name) {
        PyDict modules = interp.modules();
        Object m = modules.get(name);
        if (m == null || m instanceof PyModule pm && pm.globals().get("__spec__") instanceof ModuleSpec s
                && s.initializing()) {
            ModuleLocks.Lock lock = locks.acquire(name);
            try {
                m = modules.get(name);
                if (m == null) {
                    return findAndLoadUnlocked(name);
                }
            } finally {
                locks.release(lock);
            }
        }
        if (m == PyNone.NONE) {
            throw ImportErrors.notFound("import of " + name + " halted; None in sys.modules", name);
        }
        return m;
    }

    // CPython 3.11: Lib/importlib/_bootstrap.py _find_and_load_unlocked
    private Object findAndLoadUnlocked(String name) {
        PyDict modules = interp.modules();
        int dot = name.lastIndexOf('.');
        Object path = null;
        Object parentSpec = null;
        String parent = dot < 0 ? "" : name.substring(0, dot);
        boolean hasParent = !parent.isEmpty(); // Python's rpartition: ".x" has no parent either
        if (hasParent) {
            if (!modules.containsKey(parent)) {
                findAndLoad(parent);
            }
            Object already = modules.get(name);
            if (already != null) {
                return already;
            }
            Object parentModule = modules.get(parent);
            path = parentModule == null ? null : Ops.getattrOrNull(parentModule, "__path__");
            if (path == null) {
                throw ImportErrors.notFound("No module named " + Ops.repr(name) + "; " + Ops.repr(parent)
                        + " is not a package", name);
            }
            parentSpec = Ops.getattrOrNull(parentModule, "__spec__");
        }
        Object module;
        Function<InterpreterState, Object> builtin = builtinModules.get(name);
        if (builtin != null) {
            module = loadBuiltin(name, builtin);
        } else {
            ModuleSpec spec = metaPathSpec(name, path);
            if (spec == null) {
                spec = sources.findSpec(name, path, parentSpec);
            }
            if (spec == null) {
                throw ImportErrors.noModule(name);
            }
            ModuleSpec ps = parentSpec instanceof ModuleSpec p ? p : null;
            if (ps != null) {
                ps.submoduleLoading(name.substring(dot + 1), true);
            }
            try {
                module = loadUnlocked(spec);
            } finally {
                if (ps != null) {
                    ps.submoduleLoading(name.substring(dot + 1), false);
                }
            }
        }
        if (hasParent) {
            Object parentModule = modules.get(parent);
            if (parentModule != null) {
                try {
                    Ops.setattr(parentModule, name.substring(dot + 1), module);
                } catch (PyBaseException e) {
                    if (!e.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
                        throw e;
                    }
                }
            }
        }
        return module;
    }

    // CPython 3.11: Lib/importlib/_bootstrap.py _find_spec, for the finders a script put on sys.meta_path
    /** The spec a finder on {@code sys.meta_path} gives ({@code finder.find_spec(name, path, None)}), or null. */
    ModuleSpec metaPathSpec(String name, Object path) {
        PyModule sys = interp.module("sys");
        Object metaPath = sys == null ? null : sys.globals().get("meta_path");
        if (metaPath == null || metaPath == PyNone.NONE
                || metaPath instanceof dev.adder.objects.PyList l && l.isEmpty()) {
            return null;
        }
        Object it = Ops.iter(metaPath);
        for (Object finder = Ops.next(it); finder != null; finder = Ops.next(it)) {
            Object findSpec = Ops.getattrOrNull(finder, "find_spec");
            if (findSpec == null) {
                continue;
            }
            Object spec = Ops.call(findSpec, name, path == null ? PyNone.NONE : path, PyNone.NONE);
            if (spec == PyNone.NONE) {
                continue;
            }
            if (!(spec instanceof ModuleSpec ms)) {
                throw Errors.typeError("find_spec() must return a ModuleSpec or None, not " + Errors.typeName(spec));
            }
            return ms;
        }
        return null;
    }

    private Object loadBuiltin(String name, Function<InterpreterState, Object> factory) {
        Object m = factory.apply(interp);
        if (m instanceof PyModule pm && !pm.globals().containsKey("__spec__")) {
            pm.globals().put("__spec__", ModuleSpec.builtin(name));
            pm.globals().put("__loader__", ModuleSpec.BUILTIN_IMPORTER);
        }
        interp.modules().put(name, m);
        return m;
    }

    // CPython 3.11: Lib/importlib/_bootstrap.py _load_unlocked, module_from_spec, _init_module_attrs
    private Object loadUnlocked(ModuleSpec spec) {
        String name = Ops.str(spec.name());
        PyModule module = newModule(spec);
        PyDict modules = interp.modules();
        spec.setInitializing(true);
        try {
            modules.put(name, module);
            boolean done = false;
            try {
                sources.exec(spec, module);
                done = true;
            } finally {
                if (!done) {
                    modules.remove(name);
                }
            }
            Object m = modules.remove(name);
            if (m == null) {
                throw PyDict.keyError(name);
            }
            modules.put(name, m);
            return m;
        } finally {
            spec.setInitializing(false);
        }
    }

    /** A fresh module for {@code spec}, with the attributes CPython's {@code _init_module_attrs} sets. */
    static PyModule newModule(ModuleSpec spec) {
        Object loader = spec.loader();
        Object create = loader == PyNone.NONE ? null : Ops.getattrOrNull(loader, "create_module");
        if (create != null) {
            Object made = Ops.call(create, spec);
            if (made instanceof PyModule m) {
                initAttributes(spec, m.globals());
                return m;
            }
            if (made != PyNone.NONE) {
                throw Errors.typeError("create_module() must return a module or None, not " + Errors.typeName(made));
            }
        } else if (loader != PyNone.NONE && Ops.getattrOrNull(loader, "exec_module") != null) {
            throw ImportErrors.importError("loaders that define exec_module() must also define create_module()",
                    null, null);
        }
        PyDict d = new PyDict();
        PyModule m = new PyModule(Ops.str(spec.name()), d);
        d.put("__doc__", PyNone.NONE);
        initAttributes(spec, d);
        return m;
    }

    static void initAttributes(ModuleSpec spec, PyDict d) {
        d.put("__package__", spec.parent());
        d.put("__loader__", spec.loader());
        d.put("__spec__", spec);
        if (SourceModuleLoader.isNamespace(spec.loader())) {
            d.put("__file__", PyNone.NONE); // CPython 3.11's backward-compatibility hack
        }
        if (spec.locations() != PyNone.NONE) {
            d.put("__path__", spec.locations());
        }
        if (spec.hasLocation()) {
            d.put("__file__", spec.origin());
            d.put("__cached__", PyNone.NONE);
        }
    }

    /** {@code importlib.util.find_spec(name)} for an absolute name ({@link ImportUtil#findSpec}). */
    public Object findSpec(String fullname) {
        return util.findSpec(fullname);
    }

    /** {@code importlib.util.module_from_spec(spec)} ({@link ImportUtil#moduleFromSpec}). */
    public Object moduleFromSpec(Object spec) {
        return util.moduleFromSpec(spec);
    }

    /** {@code importlib.reload(module)} ({@link ImportUtil#reload}). */
    public Object reload(Object module) {
        return util.reload(module);
    }

    // CPython 3.11: Lib/importlib/_bootstrap.py _handle_fromlist
    private void handleFromlist(Object module, Object fromlist, boolean recursive) {
        Object it = Ops.iter(fromlist);
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
            if (!(x instanceof String s)) {
                String where = recursive ? Ops.str(Ops.getattr(module, "__name__")) + ".__all__" : "``from list''";
                throw Errors.typeError("Item in " + where + " must be str, not " + Errors.typeName(x));
            }
            if (s.equals("*")) {
                if (!recursive) {
                    Object all = Ops.getattrOrNull(module, "__all__");
                    if (all != null) {
                        handleFromlist(module, all, true);
                    }
                }
            } else if (Ops.getattrOrNull(module, s) == null) {
                String fromName = Ops.str(Ops.getattr(module, "__name__")) + "." + s;
                try {
                    importModule(fromName);
                } catch (PyBaseException e) {
                    if (e.isInstance(ExceptionTypes.MODULE_NOT_FOUND_ERROR) && fromName.equals(ImportErrors.nameOf(e))
                            && interp.modules().get(fromName) != PyNone.NONE) {
                        continue;
                    }
                    throw e;
                }
            }
        }
    }

}
