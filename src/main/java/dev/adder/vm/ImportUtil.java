package dev.adder.vm;

import dev.adder.objects.Ops;
import dev.adder.objects.PyDict;
import dev.adder.objects.PyModule;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyNone;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The parts of {@code importlib} that work on specs and existing modules, over an {@link ImportSystem}:
 * {@code importlib.util.find_spec}, {@code module_from_spec} and {@code importlib.reload}.
 */
final class ImportUtil {
    private final ImportSystem imports;
    private final Set<String> reloading = ConcurrentHashMap.newKeySet();

    ImportUtil(ImportSystem imports) {
        this.imports = imports;
    }

    // CPython 3.11: Lib/importlib/util.py find_spec (an absolute name)
    /** {@code importlib.util.find_spec(name)}: the spec of a module in sys.modules or findable, else None. */
    Object findSpec(String fullname) {
        InterpreterState interp = imports.interp;
        PyDict modules = interp.modules();
        Object module = modules.get(fullname);
        if (module != null) {
            if (module == PyNone.NONE) {
                return PyNone.NONE;
            }
            Object spec = Ops.getattrOrNull(module, "__spec__");
            if (spec == null) {
                throw Errors.valueError(fullname + ".__spec__ is not set");
            }
            if (spec == PyNone.NONE) {
                throw Errors.valueError(fullname + ".__spec__ is None");
            }
            return spec;
        }
        int dot = fullname.lastIndexOf('.');
        Object path = null;
        Object parentSpec = null;
        if (dot > 0) {
            String parentName = fullname.substring(0, dot);
            Object parent = imports.importModule(parentName);
            path = Ops.getattrOrNull(parent, "__path__");
            if (path == null) {
                throw ImportErrors.notFound("__path__ attribute not found on " + Ops.repr(parentName)
                        + " while trying to find " + Ops.repr(fullname), fullname);
            }
            parentSpec = Ops.getattrOrNull(parent, "__spec__");
        }
        if (imports.builtinModules.containsKey(fullname)) {
            return ModuleSpec.builtin(fullname);
        }
        ModuleSpec spec = imports.metaPathSpec(fullname, path);
        if (spec == null) {
            spec = imports.sources.findSpec(fullname, path, parentSpec);
        }
        return spec == null ? PyNone.NONE : spec;
    }

    // CPython 3.11: Lib/importlib/_bootstrap.py module_from_spec
    /** {@code importlib.util.module_from_spec(spec)}: a new module with the spec's attributes, not yet run. */
    Object moduleFromSpec(Object spec) {
        if (!(spec instanceof ModuleSpec s) || !(s.name() instanceof String)) {
            throw Errors.typeError("module_from_spec() needs a ModuleSpec, not " + Errors.typeName(spec));
        }
        if (s.loader() == ModuleSpec.BUILTIN_IMPORTER) {
            Function<InterpreterState, Object> builtin = imports.builtinModules.get((String) s.name());
            if (builtin != null) {
                return builtin.apply(imports.interp);
            }
        }
        return ImportSystem.newModule(s);
    }


    // CPython 3.11: Lib/importlib/__init__.py reload
    /** {@code importlib.reload(module)}: runs the module's source again in the same module object. */
    Object reload(Object module) {
        InterpreterState interp = imports.interp;
        if (!(module instanceof PyModule m)) {
            throw Errors.typeError("reload() argument must be a module");
        }
        Object spec0 = m.globals().get("__spec__");
        Object nameObj = spec0 != null && spec0 != PyNone.NONE ? Ops.getattrOrNull(spec0, "name") : null;
        if (nameObj == null) {
            nameObj = Ops.getattr(m, "__name__");
        }
        String name = Ops.str(nameObj);
        if (interp.modules().get(name) != module) {
            throw ImportErrors.importError("module " + name + " not in sys.modules", name, null);
        }
        if (!reloading.add(name)) {
            return module;
        }
        ModuleLocks.Lock lock = imports.locks.acquire(name);
        try {
            int dot = name.lastIndexOf('.');
            Object path = null;
            Object parentSpec = null;
            if (dot > 0) {
                String parentName = name.substring(0, dot);
                Object parent = interp.modules().get(parentName);
                if (parent == null) {
                    throw ImportErrors.importError("parent " + Ops.repr(parentName) + " not in sys.modules",
                            parentName, null);
                }
                path = Ops.getattr(parent, "__path__");
                parentSpec = Ops.getattrOrNull(parent, "__spec__");
            }
            if (imports.builtinModules.containsKey(name) || spec0 instanceof ModuleSpec s0 && s0.loader()
                    == ModuleSpec.BUILTIN_IMPORTER) {
                return module;
            }
            ModuleSpec spec = imports.metaPathSpec(name, path);
            if (spec == null) {
                spec = imports.sources.findSpec(name, path, parentSpec);
            }
            if (spec == null) {
                throw ImportErrors.notFound("spec not found for the module " + Ops.repr(name), name);
            }
            m.globals().put("__spec__", spec);
            ImportSystem.initAttributes(spec, m.globals());
            spec.setInitializing(true);
            try {
                imports.sources.exec(spec, m);
            } finally {
                spec.setInitializing(false);
            }
            Object r = interp.modules().get(name);
            if (r == null) {
                throw PyDict.keyError(name);
            }
            return r;
        } finally {
            imports.locks.release(lock);
            reloading.remove(name);
        }
    }
}
