package dev.adder.jsr223;

import dev.adder.builtins.PythonRuntime;
import dev.adder.builtins.SourceCompiler;
import dev.adder.bytecode.PyCode;
import dev.adder.compiler.SourceCompilation;
import dev.adder.interop.JavaImports;
import dev.adder.objects.PyDict;
import dev.adder.objects.PyList;
import dev.adder.objects.PyModule;
import dev.adder.syntax.PythonSyntaxError;
import dev.adder.syntax.Source;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.ModuleCompiler;
import dev.adder.vm.ModuleFinder;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.script.Bindings;
import javax.script.ScriptContext;

/**
 * One engine's Python interpreter, built on the engine's first evaluation: its {@code builtins}
 * consult GLOBAL_SCOPE first, its {@code sys.stdout}/{@code stderr}/{@code stdin} follow the
 * context current on each thread, and it knows which {@link ScriptContext} each thread is running.
 * It is also the interpreter's hooks into the engine (the current context, the class filter, the
 * compilers): one object rather than a lambda each, which would cost start-up time.
 */
final class EngineRuntime implements Supplier<ScriptContext>, Predicate<String>, SourceCompiler, ModuleCompiler,
        ModuleFinder {
    private final InterpreterState interp;
    private final ThreadLocal<ScriptContext> current = new ThreadLocal<>();
    private final AdderScriptEngine engine;
    /** {@code from java.util import ArrayList}: made on the first import that reaches it (most scripts import none). */
    private volatile ModuleFinder javaImports;

    EngineRuntime(AdderScriptEngine engine) {
        this.engine = engine;
        interp = new InterpreterState(new ScopedBuiltins(this));
        interp.setReadsSourceFiles(false);
        interp.setFileAccess(null); // open() reaches no file unless the host allows it
        // Sandboxed: imports read no files until the host gives a module path (set first: install keeps it).
        interp.setModuleCompiler(this);
        PythonRuntime.install(interp, new String[] {""}, ContextStreams.writer(this, false),
                ContextStreams.writer(this, true), ContextStreams.reader(this), this, false);
        interp.addModuleFinder(this);
        interp.imports().sources().setFileRoots(List.of());
    }

    /** The current context (for the streams and the builtins' GLOBAL_SCOPE): {@link #context}. */
    @Override
    public ScriptContext get() {
        return context();
    }

    /** Whether scripts of the current evaluation may import the Java class {@code className}. */
    @Override
    public boolean test(String className) {
        return engine.classAllowed(className);
    }

    /** Java classes as modules ({@link JavaImports}), for the imports nothing else found. */
    @Override
    public Object find(String name, List<String> fromlist) {
        ModuleFinder f = javaImports;
        if (f == null) {
            f = JavaImports.finder(this); // stateless: a racing thread's copy is as good
            javaImports = f;
        }
        return f.find(name, fromlist);
    }

    /** Compiles source for {@code compile}, {@code exec}, {@code eval} and {@code dis}. */
    @Override
    public PyCode compile(String source, String filename, String mode) {
        return SourceCompilation.compileForRuntime(source, filename, mode);
    }

    /** Compiles an imported module's source (bytes, so a coding cookie counts). */
    @Override
    public PyCode compile(byte[] source, String filename) {
        try {
            return SourceCompilation.compileFile(Source.fromBytes(source, filename), filename);
        } catch (PythonSyntaxError e) {
            throw SourceCompilation.toPython(e);
        }
    }

    /**
     * Makes {@code dirs} the module search path ({@code sys.path}'s entries) and the only
     * directories whose files imports may read.
     */
    void setModulePath(List<Path> dirs) {
        List<String> entries = new ArrayList<>();
        for (Path d : dirs) {
            entries.add(d.toAbsolutePath().normalize().toString());
        }
        interp.imports().sources().setFileRoots(dirs);
        interp.setModulePath(entries);
    }

    /** Module sources by relative path ({@code "pkg/__init__.py"}), searched after the module path; null: none. */
    void setModuleSource(Function<String, String> sources) {
        interp.imports().sources().setProvider(sources == null ? null : sources::apply);
    }

    /**
     * The directories a {@code adder.modulePath} Bindings value names: a {@code List} of {@code Path},
     * {@code File} or strings, or one string of entries separated by {@link File#pathSeparator}.
     */
    static List<Path> modulePathValue(Object value) {
        List<Path> dirs = new ArrayList<>();
        if (value instanceof Collection<?> c) {
            for (Object o : c) {
                dirs.add(o instanceof Path p ? p : o instanceof File f ? f.toPath() : Path.of(String.valueOf(o)));
            }
        } else if (value != null) {
            for (String entry : value.toString().split(File.pathSeparator)) {
                if (!entry.isEmpty()) {
                    dirs.add(Path.of(entry));
                }
            }
        }
        return dirs;
    }

    /** The interpreter. */
    InterpreterState interp() {
        return interp;
    }

    /** The context of the evaluation running on this thread, else the engine's default context. */
    ScriptContext context() {
        ScriptContext c = current.get();
        return c != null ? c : engine.getContext();
    }

    /** Makes {@code ctx} this thread's context; returns the previous one for {@link #leave}. */
    ScriptContext enter(ScriptContext ctx) {
        ScriptContext prev = current.get();
        current.set(ctx);
        return prev;
    }

    /** Restores the context {@link #enter} replaced, flushing what the script printed. */
    void leave(ScriptContext prev) {
        PythonRuntime.flush(interp);
        if (prev == null) {
            current.remove();
        } else {
            current.set(prev);
        }
    }

    /** The Python globals for {@code bindings}: ours are the dictionary itself, others are wrapped live. */
    static PyDict globalsFor(Bindings bindings) {
        if (bindings == null) {
            throw new IllegalArgumentException("the script context has no ENGINE_SCOPE bindings");
        }
        return bindings instanceof AdderBindings a ? a.globals() : new ForeignGlobals(bindings);
    }

    /** Applies the context's {@code ScriptEngine.ARGV} to {@code sys.argv}, if it names one. */
    void applyArgv(Object argv) {
        if (argv instanceof String[] a) {
            PyModule sys = interp.module("sys");
            if (sys != null) {
                sys.globals().put("argv", new PyList(Arrays.asList((Object[]) a)));
            }
        }
    }
}
