package dev.adder.vm;

import dev.adder.bytecode.PyCode;
import dev.adder.objects.Ops;
import dev.adder.objects.PyList;
import dev.adder.objects.PyModule;
import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.HasDict;
import dev.adder.runtime.PyMethodDescriptor;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds and runs Python source modules (CPython 3.11: Lib/importlib/_bootstrap_external.py PathFinder,
 * FileFinder, SourceFileLoader): {@code name.py}, packages {@code name/__init__.py} and namespace
 * packages in the directories of {@code sys.path} (or a package's {@code __path__}), then in the
 * host's {@link ModuleSourceProvider}. Which files may be read is the host's choice
 * ({@link #setFileRoots}). Compiled code is cached by file, modification time and size.
 */
public final class SourceModuleLoader {
    /** {@code type(m.__loader__)} of a source module. */
    static final PyType SOURCE_FILE_LOADER = loaderType("SourceFileLoader");
    /** {@code type(m.__loader__)} of a namespace package. */
    static final PyType NAMESPACE_LOADER = loaderType("NamespaceLoader");

    // exec_module(module), create_module(spec) (None: the default module), get_filename(name=None)
    private static PyType loaderType(String name) {
        PyType t = new PyType(name, "_frozen_importlib_external", new PyType[] {CoreTypes.OBJECT}, null, false, null);
        t.define("exec_module", new PyMethodDescriptor(t, "exec_module", null, (a, k) -> {
            if (a.length != 2 || !(a[0] instanceof Loader l) || !(a[1] instanceof PyModule m)) {
                throw Errors.typeError("exec_module() takes a module");
            }
            if (l.type != NAMESPACE_LOADER) {
                l.owner.run(l, m);
            }
            return PyNone.NONE;
        }));
        t.define("create_module", new PyMethodDescriptor(t, "create_module", null, (a, k) -> PyNone.NONE));
        t.define("get_filename", new PyMethodDescriptor(t, "get_filename", null, (a, k) -> {
            Object p = ((Loader) a[0]).path;
            return p == null ? PyNone.NONE : p;
        }));
        return t.freeze();
    }

    private final InterpreterState interp;
    private volatile ModuleCompiler compiler;
    private volatile ModuleSourceProvider provider;
    private volatile List<Path> roots; // null: any file may be read
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(long modified, long size, String text, PyCode code) {}

    /** A module's {@code __loader__}: where its source is (a file, or text from the provider). */
    static final class Loader implements PyObject, HasDict {
        private final PyType type;
        private final Map<String, Object> dict = new java.util.LinkedHashMap<>();
        final SourceModuleLoader owner;
        final String path;
        final String providedText; // non-null: the source came from the provider

        Loader(SourceModuleLoader owner, PyType type, String name, String path, String providedText) {
            this.owner = owner;
            this.type = type;
            this.path = path;
            this.providedText = providedText;
            dict.put("name", name);
            dict.put("path", path == null ? PyNone.NONE : path);
        }

        @Override
        public Map<String, Object> dict() {
            return dict;
        }

        @Override
        public PyType type() {
            return type;
        }
    }

    /** Whether {@code loader} is a namespace package's. */
    static boolean isNamespace(Object loader) {
        return loader instanceof Loader l && l.type == NAMESPACE_LOADER;
    }

    SourceModuleLoader(InterpreterState interp) {
        this.interp = interp;
    }

    /** Sets the compiler of source modules (without one, importing a source module raises ImportError). */
    public void setCompiler(ModuleCompiler compiler) {
        this.compiler = compiler;
    }

    /** The compiler of source modules, or null. */
    public ModuleCompiler compiler() {
        return compiler;
    }

    /** Sets (null: removes) the host's source provider, searched after the directories of {@code sys.path}. */
    public void setProvider(ModuleSourceProvider provider) {
        this.provider = provider;
    }

    /**
     * Limits the files imports may read to those under {@code dirs} (symbolic links resolved); an
     * empty list reads no files; null (the default, the command line's) reads any file.
     */
    public void setFileRoots(List<Path> dirs) {
        if (dirs == null) {
            roots = null;
            return;
        }
        List<Path> real = new ArrayList<>();
        for (Path d : dirs) {
            real.add(realOrAbsolute(d));
        }
        roots = List.copyOf(real);
    }

    private static Path realOrAbsolute(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | SecurityException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private boolean allowed(Path file) {
        List<Path> r = roots;
        if (r == null) {
            return true;
        }
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException | SecurityException e) {
            return false;
        }
        for (Path root : r) {
            if (real.startsWith(root)) {
                return true;
            }
        }
        return false;
    }

    /** The entries of {@code sys.path} (read each time: scripts may change or replace it). */
    private List<Object> sysPath() {
        PyModule sys = interp.module("sys");
        Object p = sys == null ? null : sys.globals().get("path");
        return p == null || p == PyNone.NONE ? List.of() : entries(p);
    }

    private static List<Object> entries(Object path) {
        if (path instanceof PyList l) {
            return List.of(l.toArray());
        }
        List<Object> out = new ArrayList<>();
        Object it = Ops.iter(path);
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
            out.add(x);
        }
        return out;
    }

    // CPython 3.11: Lib/importlib/_bootstrap_external.py PathFinder.find_spec, FileFinder.find_spec
    /**
     * The spec of module {@code name} found in {@code path} (a package's {@code __path__}; null:
     * {@code sys.path}), or null.
     */
    ModuleSpec findSpec(String name, Object path, Object parentSpec) {
        String tail = name.substring(name.lastIndexOf('.') + 1);
        if (tail.isEmpty() || tail.indexOf('/') >= 0 || tail.indexOf('\\') >= 0 || tail.indexOf('\0') >= 0) {
            return null; // not a name a file could have (__import__ takes any string)
        }
        List<Object> entries = path == null ? sysPath() : entries(path);
        List<String> namespace = new ArrayList<>();
        List<Path> r = roots;
        if (r == null || !r.isEmpty()) {
            for (Object entry : entries) {
                if (!(entry instanceof String e)) {
                    continue;
                }
                ModuleSpec spec = findInDirectory(name, tail, e, namespace);
                if (spec != null) {
                    return spec;
                }
            }
        }
        ModuleSourceProvider p = provider;
        if (p != null) {
            if (path == null) {
                ModuleSpec spec = findProvided(p, name, "", tail);
                if (spec != null) {
                    return spec;
                }
            } else if (parentSpec instanceof ModuleSpec ps && ps.loader() instanceof Loader l
                    && l.providedText != null) {
                for (Object entry : entries) {
                    if (entry instanceof String e) {
                        ModuleSpec spec = findProvided(p, name, e + "/", tail);
                        if (spec != null) {
                            return spec;
                        }
                    }
                }
            }
        }
        if (!namespace.isEmpty()) {
            return new ModuleSpec(name, new Loader(this, NAMESPACE_LOADER, name, null, null), null,
                    new PyList(namespace), false);
        }
        return null;
    }

    private ModuleSpec findInDirectory(String name, String tail, String entry, List<String> namespace) {
        Path dir;
        try {
            dir = entry.isEmpty() ? Path.of("").toAbsolutePath() : Path.of(entry).toAbsolutePath();
        } catch (InvalidPathException e) {
            return null;
        }
        Path pkg = dir.resolve(tail);
        Path init = pkg.resolve("__init__.py");
        if (Files.isRegularFile(init) && allowed(init)) {
            PyList locations = new PyList(List.of(pkg.toString()));
            return new ModuleSpec(name, new Loader(this, SOURCE_FILE_LOADER, name, init.toString(), null),
                    init.toString(), locations, true);
        }
        Path file = dir.resolve(tail + ".py");
        if (Files.isRegularFile(file) && allowed(file)) {
            return new ModuleSpec(name, new Loader(this, SOURCE_FILE_LOADER, name, file.toString(), null),
                    file.toString(), null, true);
        }
        if (Files.isDirectory(pkg) && allowed(pkg)) {
            namespace.add(pkg.toString());
        }
        return null;
    }

    private ModuleSpec findProvided(ModuleSourceProvider p, String name, String prefix, String tail) {
        String init = prefix + tail + "/__init__.py";
        String text = provided(p, init);
        if (text != null) {
            return new ModuleSpec(name, new Loader(this, SOURCE_FILE_LOADER, name, init, text), init,
                    new PyList(List.of(prefix + tail)), true);
        }
        String file = prefix + tail + ".py";
        text = provided(p, file);
        if (text != null) {
            return new ModuleSpec(name, new Loader(this, SOURCE_FILE_LOADER, name, file, text), file, null, true);
        }
        return null;
    }

    private static String provided(ModuleSourceProvider p, String path) {
        try {
            return p.source(path);
        } catch (RuntimeException e) {
            throw ImportErrors.importError("the host's module source failed for " + Ops.repr(path) + ": " + e,
                    null, path);
        }
    }

    /** Runs the module's code in {@code module} (CPython's {@code exec_module}). */
    void exec(ModuleSpec spec, PyModule module) {
        Object loader = spec.loader();
        if (loader instanceof Loader l) {
            if (l.type == NAMESPACE_LOADER) {
                return;
            }
            run(l, module);
        } else if (loader == PyNone.NONE) {
            if (spec.locations() == PyNone.NONE) {
                throw ImportErrors.importError("missing loader", Ops.str(spec.name()), null);
            }
        } else {
            Ops.call(Ops.getattr(loader, "exec_module"), module);
        }
    }

    /** Compiles (or takes from the cache) the loader's source and runs it in {@code module}. */
    private void run(Loader l, PyModule module) {
        PyCode code = l.providedText != null ? compileProvided(l) : compileFile(l);
        module.globals().putIfAbsent("__builtins__", interp.builtins());
        Interpreter.runModule(interp, code, module.globals());
    }

    /** {@code importlib.util.spec_from_file_location(name, path)}: a source module's spec for a file. */
    public ModuleSpec specFromFile(String name, String path) {
        return new ModuleSpec(name, new Loader(this, SOURCE_FILE_LOADER, name, path, null), path, null, true);
    }

    private PyCode compileFile(Loader l) {
        Path p = Path.of(l.path);
        if (!allowed(p)) {
            throw ImportErrors.importError("reading " + Ops.repr(l.path) + " is not allowed", null, l.path);
        }
        try {
            BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class);
            long modified = attrs.lastModifiedTime().toMillis();
            Cached c = cache.get(l.path);
            if (c != null && c.modified == modified && c.size == attrs.size()) {
                return c.code;
            }
            byte[] bytes = Files.readAllBytes(p);
            if (!interp.readsSourceFiles()) {
                interp.registerSource(l.path, new String(bytes, StandardCharsets.UTF_8));
            }
            PyCode code = compiler(l.path).compile(bytes, l.path);
            cache.put(l.path, new Cached(modified, attrs.size(), null, code));
            return code;
        } catch (IOException e) {
            throw Errors.of("OSError", "[Errno 2] No such file or directory: " + Ops.repr(l.path));
        }
    }

    private PyCode compileProvided(Loader l) {
        Cached c = cache.get(l.path);
        if (c != null && l.providedText.equals(c.text)) {
            return c.code;
        }
        interp.registerSource(l.path, l.providedText);
        PyCode code = compiler(l.path).compile(l.providedText.getBytes(StandardCharsets.UTF_8), l.path);
        cache.put(l.path, new Cached(0, 0, l.providedText, code));
        return code;
    }

    private ModuleCompiler compiler(String path) {
        ModuleCompiler c = compiler;
        if (c == null) {
            throw ImportErrors.importError("no compiler for Python source modules in this interpreter", null, path);
        }
        return c;
    }
}
