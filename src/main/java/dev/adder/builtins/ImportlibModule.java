package dev.adder.builtins;

import dev.adder.objects.IntOps;
import dev.adder.objects.Ops;
import dev.adder.objects.PyDict;
import dev.adder.objects.PyModule;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyBuiltinFunction;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyNone;
import dev.adder.vm.ImportSystem;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.ModuleSpec;

/**
 * {@code builtins.__import__} and a small built-in {@code importlib}: {@code import_module},
 * {@code reload}, {@code invalidate_caches} (CPython 3.11: Lib/importlib/__init__.py), over the
 * interpreter's {@link ImportSystem}.
 */
public final class ImportlibModule {
    private ImportlibModule() {
    }

    private static final Args.Signature IMPORT = new Args.Signature("__import__",
            new String[] {"name", "globals", "locals", "fromlist", "level"}, 0, 1, 5, 0);
    private static final Args.Signature IMPORT_MODULE = new Args.Signature("import_module",
            new String[] {"name", "package"}, 0, 1, 2, 0);

    /**
     * Creates {@code builtins.__import__} for {@code interp} (the import statement calls the import
     * system directly unless a script replaces it) and registers {@code importlib} as a built-in module.
     */
    public static PyBuiltinFunction install(InterpreterState interp) {
        ImportSystem imports = interp.imports();
        PyBuiltinFunction f = new PyBuiltinFunction("__import__", IMPORT_DOC,
                new StartupTable(StartupTable.IMPORT, imports));
        imports.setImportFunction(f);
        imports.registerBuiltinModule("importlib", new StartupTable(StartupTable.IMPORTLIB));
        imports.registerBuiltinModule("importlib.util", new StartupTable(StartupTable.IMPORTLIB_UTIL));
        imports.registerBuiltinModule("importlib.machinery", new StartupTable(StartupTable.IMPORTLIB_MACHINERY));
        return f;
    }

    private static final String IMPORT_DOC = "__import__(name, globals=None, locals=None, fromlist=(), level=0) -> module\n\n"
            + "Import a module. Because this function is meant for use by the Python\n"
            + "interpreter and not for general use, it is better to use\n"
            + "importlib.import_module() to programmatically import a module.";

    // CPython 3.11: Python/bltinmodule.c builtin___import___impl
    static Object importFunction(ImportSystem imports, Object[] args, String[] kw) {
        Object[] a = IMPORT.parse(args, kw);
        if (!(a[0] instanceof String name)) {
            throw Errors.typeError("module name must be a string");
        }
        int level = 0;
        if (a[4] != null) {
            Object lv = IntOps.index(Ops.index(a[4]));
            if (!(lv instanceof Integer i)) {
                throw Errors.overflowError("Python int too large to convert to C int");
            }
            level = i;
        }
        return imports.importModuleLevel(name, a[1] == null ? PyNone.NONE : a[1], a[3], level);
    }

    static String decode(byte[] bytes) {
        int bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        return new String(bytes, bom, bytes.length - bom, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Ends {@link PythonRuntime#install}: source modules compile with {@code compiler} (unless the host
     * set a byte-exact one already) and the Java modules in {@code sys.modules} get a built-in
     * {@code __spec__} ({@code <module 'sys' (built-in)>}).
     */
    public static void finishInstall(InterpreterState interp, SourceCompiler compiler) {
        if (compiler != null && interp.imports().sources().compiler() == null) {
            interp.setModuleCompiler(new StartupTable(StartupTable.MODULE_COMPILER, null, compiler));
        }
        for (Object m : interp.modules().values().toArray()) {
            if (m instanceof PyModule pm) {
                PyDict g = pm.globals();
                Object spec = g.get("__spec__");
                if (spec == null || spec == PyNone.NONE) {
                    g.put("__spec__", ModuleSpec.builtin(pm.name()));
                    Object loader = g.get("__loader__");
                    if (loader == null || loader == PyNone.NONE) {
                        g.put("__loader__", ModuleSpec.BUILTIN_IMPORTER);
                    }
                    g.putIfAbsent("__package__", "");
                }
            }
        }
    }

    /** Creates the {@code importlib} module of {@code interp}. */
    static PyModule create(InterpreterState interp) {
        ImportSystem imports = interp.imports();
        PyDict d = new PyDict();
        PyModule m = new PyModule("importlib", d);
        d.put("__doc__", "A pure Python implementation of import.");
        def(d, "import_module", (a, k) -> importModule(imports, a, k));
        def(d, "reload", (a, k) -> imports.reload(Args.one("reload", a, k)));
        def(d, "invalidate_caches", (a, k) -> {
            Args.none("invalidate_caches", a, k);
            return PyNone.NONE;
        });
        d.put("__import__", interp.builtins().get("__import__"));
        d.put("__path__", new dev.adder.objects.PyList()); // a package: importlib.util is its submodule
        return m;
    }

    private static final Args.Signature FIND_SPEC = new Args.Signature("find_spec",
            new String[] {"name", "package"}, 0, 1, 2, 0);
    private static final Args.Signature FROM_FILE = new Args.Signature("spec_from_file_location",
            new String[] {"name", "location"}, 0, 2, 2, 0);

    /** Creates {@code importlib.util}: find_spec, resolve_name, module_from_spec, spec_from_file_location. */
    static PyModule createUtil(InterpreterState interp) {
        ImportSystem imports = interp.imports();
        PyDict d = new PyDict();
        PyModule m = new PyModule("importlib.util", d);
        d.put("__doc__", "Utility code for constructing importers, etc.");
        def(d, "find_spec", (a, k) -> {
            Object[] p = FIND_SPEC.parse(a, k);
            String name = str(p[0], "find_spec");
            String full = name.startsWith(".") ? resolveName(name, p[1] == null ? PyNone.NONE : p[1]) : name;
            return imports.findSpec(full);
        });
        def(d, "resolve_name", (a, k) -> {
            Object[] p = FIND_SPEC.parse(a, k);
            return resolveName(str(p[0], "resolve_name"), p[1] == null ? PyNone.NONE : p[1]);
        });
        def(d, "module_from_spec", (a, k) -> imports.moduleFromSpec(Args.one("module_from_spec", a, k)));
        def(d, "spec_from_loader", (a, k) -> specFromLoader(a, k));
        def(d, "spec_from_file_location", (a, k) -> {
            Object[] p = FROM_FILE.parse(a, k);
            return imports.sources().specFromFile(str(p[0], "spec_from_file_location"),
                    str(p[1], "spec_from_file_location"));
        });
        return m;
    }

    private static final Args.Signature FROM_LOADER = new Args.Signature("spec_from_loader",
            new String[] {"name", "loader", "origin", "is_package"}, 0, 2, 2, 0);

    // CPython 3.11: Lib/importlib/_bootstrap.py spec_from_loader (without the get_filename branch)
    private static Object specFromLoader(Object[] args, String[] kw) {
        Object[] p = FROM_LOADER.parse(args, kw);
        Object loader = p[1];
        Object origin = p[2] == null ? PyNone.NONE : p[2];
        if (origin == PyNone.NONE) {
            Object o = Ops.getattrOrNull(loader, "_ORIGIN");
            origin = o == null ? PyNone.NONE : o;
        }
        Object isPackage = p[3] == null ? PyNone.NONE : p[3];
        if (isPackage == PyNone.NONE) {
            Object isPkg = Ops.getattrOrNull(loader, "is_package");
            isPackage = Boolean.FALSE;
            if (isPkg != null) {
                try {
                    isPackage = Ops.call(isPkg, p[0]);
                } catch (dev.adder.runtime.PyBaseException e) {
                    if (!e.isInstance(dev.adder.runtime.ExceptionTypes.IMPORT_ERROR)) {
                        throw e;
                    }
                    isPackage = PyNone.NONE;
                }
            }
        }
        return Ops.call(ModuleSpec.TYPE, new Object[] {p[0], loader, origin, isPackage},
                new String[] {"origin", "is_package"});
    }

    /** Creates {@code importlib.machinery}: {@code ModuleSpec} and {@code BuiltinImporter}. */
    static PyModule createMachinery(InterpreterState interp) {
        PyDict d = new PyDict();
        PyModule m = new PyModule("importlib.machinery", d);
        d.put("__doc__", "The implementations of the import machinery's parts.");
        d.put("ModuleSpec", ModuleSpec.TYPE);
        d.put("BuiltinImporter", ModuleSpec.BUILTIN_IMPORTER);
        d.put("SOURCE_SUFFIXES", new dev.adder.objects.PyList(java.util.List.of(".py")));
        return m;
    }

    private static String str(Object o, String fn) {
        if (!(o instanceof String s)) {
            throw Errors.typeError(fn + "() argument must be str, not " + Errors.typeName(o));
        }
        return s;
    }

    // CPython 3.11: Lib/importlib/util.py resolve_name
    private static String resolveName(String name, Object pkg) {
        if (!name.startsWith(".")) {
            return name;
        }
        if (!Ops.isTrue(pkg)) {
            throw Errors.of("ImportError", "no package specified for " + Ops.repr(name)
                    + " (required for relative module names)");
        }
        int level = 0;
        while (level < name.length() && name.charAt(level) == '.') {
            level++;
        }
        return ImportSystem.resolve(name.substring(level), Ops.str(pkg), level);
    }

    // CPython 3.11: Lib/importlib/__init__.py import_module, Lib/importlib/_bootstrap.py _gcd_import
    private static Object importModule(ImportSystem imports, Object[] args, String[] kw) {
        Object[] a = IMPORT_MODULE.parse(args, kw);
        if (!(a[0] instanceof String name)) {
            throw Errors.attributeError("'" + Errors.typeName(a[0]) + "' object has no attribute 'startswith'");
        }
        Object pkg = a[1] == null ? PyNone.NONE : a[1];
        int level = 0;
        if (name.startsWith(".")) {
            if (!Ops.isTrue(pkg)) {
                throw Errors.typeError("the 'package' argument is required to perform a relative import for "
                        + Ops.repr(name));
            }
            while (level < name.length() && name.charAt(level) == '.') {
                level++;
            }
        }
        String rest = name.substring(level);
        if (level > 0) {
            if (!(pkg instanceof String p)) {
                throw Errors.typeError("__package__ not set to a string");
            }
            if (p.isEmpty()) {
                throw Errors.of("ImportError", "attempted relative import with no known parent package");
            }
            rest = ImportSystem.resolve(rest, p, level);
        }
        return imports.importModule(rest);
    }

    private static void def(PyDict d, String name, PyCallable body) {
        d.put(name, new PyBuiltinFunction(name, null, body));
    }
}
