package dev.adder.jsr223;

import dev.adder.interop.Conversions;
import dev.adder.interop.FunctionalInterfaces;
import dev.adder.objects.JavaValues;
import dev.adder.objects.Ops;
import dev.adder.objects.PyDict;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.ScriptTermination;
import dev.adder.vm.Interpreter;
import dev.adder.vm.InterpreterState;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;

/**
 * Adder's JSR-223 engine: Python 3.11 scripts whose globals are the ENGINE_SCOPE bindings, with
 * {@link Compilable} and {@link Invocable}. One engine is one interpreter (its own {@code sys.modules}
 * and builtins), safe to use from many threads at once. {@code eval} returns the value of the
 * script's last expression statement, or null.
 */
public final class AdderScriptEngine extends AbstractScriptEngine implements Compilable, Invocable {
    private final AdderScriptEngineFactory factory;
    private volatile EngineRuntime runtime;
    private final Invocations invocations = new Invocations(this);
    /** The engine's class filter; null: no class (a lambda here would cost start-up time). */
    private volatile Predicate<String> classFilter;

    /**
     * Bindings key (any scope): a {@code Predicate<String>} on fully qualified class names, the Java
     * classes scripts of that context may import (see {@link #setClassFilter}).
     */
    public static final String CLASS_FILTER = "adder.classFilter";
    /** Bindings key (any scope): a Number, the step limit of evaluations (see {@link #setStepLimit}). */
    public static final String STEP_LIMIT = "adder.stepLimit";
    /** Bindings key (any scope): a {@code Duration} or a Number of milliseconds (see {@link #setTimeLimit}). */
    public static final String TIME_LIMIT = "adder.timeLimit";
    /**
     * Bindings key (any scope): the module search path (see {@link #setModulePath}), a {@code List} of
     * {@code Path}, {@code File} or String directories, or one String of directories separated by
     * {@code File.pathSeparator}.
     */
    public static final String MODULE_PATH = "adder.modulePath";
    /**
     * Bindings key (any scope): which files {@code open()} may open (see {@link #setFileAccess}), a
     * {@code Predicate<Path>} or {@code Boolean.TRUE} (every file the JVM may read or write).
     */
    public static final String FILE_ACCESS = "adder.fileAccess";
    private volatile Object appliedModulePath;

    AdderScriptEngine(AdderScriptEngineFactory factory) {
        this.factory = factory;
        context.setBindings(createBindings(), ScriptContext.ENGINE_SCOPE);
    }

    /** The interpreter, built on first use. */
    EngineRuntime runtime() {
        EngineRuntime r = runtime;
        if (r == null) {
            synchronized (this) {
                r = runtime;
                if (r == null) {
                    r = new EngineRuntime(this);
                    runtime = r;
                }
            }
        }
        return r;
    }

    /** The engine's Python interpreter (created on first use). */
    public InterpreterState interpreter() {
        return runtime().interp();
    }

    @Override
    public Object eval(String script, ScriptContext ctx) throws ScriptException {
        return run(compileScript(script, ctx), ctx);
    }

    @Override
    public Object eval(Reader reader, ScriptContext ctx) throws ScriptException {
        return eval(readAll(reader), ctx);
    }

    @Override
    public Bindings createBindings() {
        return new AdderBindings();
    }

    @Override
    public ScriptEngineFactory getFactory() {
        return factory;
    }

    @Override
    public CompiledScript compile(String script) throws ScriptException {
        return new AdderCompiledScript(this, compileScript(script, context));
    }

    @Override
    public CompiledScript compile(Reader script) throws ScriptException {
        return compile(readAll(script));
    }

    private ScriptCode compileScript(String script, ScriptContext ctx) throws ScriptException {
        if (script == null) {
            throw new NullPointerException("script is null");
        }
        EngineRuntime r = runtime();
        String filename = filename(ctx);
        try {
            ScriptCode code = ScriptCode.compile(script, filename);
            r.interp().registerSource(filename, script);
            return code;
        } catch (PyBaseException e) {
            throw ScriptErrors.of(r.interp(), e);
        } catch (RuntimeException | StackOverflowError e) {
            throw ScriptErrors.internal(e);
        }
    }

    private static String filename(ScriptContext ctx) {
        Object f = ctx == null ? null : ctx.getAttribute(ScriptEngine.FILENAME);
        return f == null ? "<script>" : f.toString();
    }

    /** Runs compiled code in {@code ctx}: its ENGINE_SCOPE is the globals, its streams are print's. */
    Object run(ScriptCode code, ScriptContext ctx) throws ScriptException {
        if (ctx == null) {
            throw new NullPointerException("context is null");
        }
        EngineRuntime r = runtime();
        InterpreterState interp = r.interp();
        ScriptContext prev = r.enter(ctx);
        try {
            PyDict globals = EngineRuntime.globalsFor(ctx.getBindings(ScriptContext.ENGINE_SCOPE));
            Object file = ctx.getAttribute(ScriptEngine.FILENAME);
            if (file != null) {
                globals.put("__file__", file.toString());
            }
            r.applyArgv(ctx.getAttribute(ScriptEngine.ARGV));
            applyLimits(ctx, interp);
            applyModulePath(ctx, r);
            Interpreter.eval(interp, code.body(), globals, globals);
            Object result = code.last() == null ? null : Interpreter.eval(interp, code.last(), globals, globals);
            return JavaValues.toJava(result);
        } catch (PyBaseException e) {
            throw ScriptErrors.of(interp, e);
        } catch (ScriptTermination t) {
            throw ScriptErrors.stopped(t);
        } catch (RuntimeException | Error e) {
            throw ScriptErrors.internal(e);
        } finally {
            r.leave(prev);
        }
    }

    @Override
    public Object invokeFunction(String name, Object... args) throws ScriptException, NoSuchMethodException {
        return invocations.invokeFunction(name, args);
    }

    @Override
    public Object invokeMethod(Object thiz, String name, Object... args)
            throws ScriptException, NoSuchMethodException {
        return invocations.invokeMethod(thiz, name, args);
    }

    @Override
    public <T> T getInterface(Class<T> clasz) {
        return invocations.getInterface(null, clasz);
    }

    @Override
    public <T> T getInterface(Object thiz, Class<T> clasz) {
        if (thiz == null) {
            throw new IllegalArgumentException("script object is null");
        }
        return invocations.getInterface(thiz, clasz);
    }

    private static String readAll(Reader reader) throws ScriptException {
        if (reader == null) {
            throw new NullPointerException("reader is null");
        }
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        try {
            for (int n = reader.read(buf); n >= 0; n = reader.read(buf)) {
                sb.append(buf, 0, n);
            }
        } catch (IOException e) {
            throw new ScriptException(e);
        }
        return sb.toString();
    }

    /** Looks {@code name} up as a script would: ENGINE_SCOPE of the default context, then GLOBAL_SCOPE, then builtins. */
    Object lookup(String name) {
        EngineRuntime r = runtime();
        ScriptContext ctx = getContext();
        PyDict globals = EngineRuntime.globalsFor(ctx.getBindings(ScriptContext.ENGINE_SCOPE));
        Object v = globals.get(name);
        return v != null ? v : r.interp().builtins().get(name);
    }

    /**
     * Calls a Python callable from Java with the default context current: Java arguments become
     * Python values, failures become ScriptExceptions; the result is the raw Python value.
     */
    Object callPython(Object callable, Object[] args) throws ScriptException {
        EngineRuntime r = runtime();
        ScriptContext prev = r.enter(getContext());
        try {
            Object[] pyArgs = new Object[args == null ? 0 : args.length];
            for (int i = 0; i < pyArgs.length; i++) {
                pyArgs[i] = Conversions.toPython(args[i]);
            }
            return Ops.call(callable, pyArgs);
        } catch (PyBaseException e) {
            throw ScriptErrors.of(r.interp(), e);
        } catch (ScriptTermination t) {
            throw ScriptErrors.stopped(t);
        } catch (RuntimeException | Error e) {
            throw ScriptErrors.internal(e);
        } finally {
            r.leave(prev);
        }
    }

    /** {@code callable} as an implementation of the single-method interface {@code iface}, keeping its cells. */
    <T> T adapt(Object callable, Class<T> iface) {
        return FunctionalInterfaces.adapt(interpreter(), callable, iface);
    }

    /**
     * Lets scripts import the Java classes {@code filter} accepts (fully qualified names), with
     * {@code from java.util import ArrayList}; by default none. The Bindings key {@link #CLASS_FILTER}
     * set in a context overrides this for the evaluations of that context.
     */
    public void setClassFilter(Predicate<String> filter) {
        classFilter = filter;
    }

    /**
     * Stops every evaluation of this engine (each outermost entry of Python code on a thread) after
     * {@code steps} steps (loop iterations and calls) with a {@code ScriptException}; 0 = no limit.
     * The Bindings key {@link #STEP_LIMIT} sets it too.
     */
    public void setStepLimit(long steps) {
        interpreter().setStepLimit(steps);
    }

    /**
     * Stops every evaluation of this engine that runs longer than {@code limit} with a
     * {@code ScriptException}; null = no limit. The Bindings key {@link #TIME_LIMIT} sets it too.
     */
    public void setTimeLimit(Duration limit) {
        interpreter().setTimeLimit(limit);
    }

    /**
     * Lets scripts import Python modules and packages from the directories {@code dirs} (in order),
     * which become {@code sys.path}'s entries; imports read no other files. By default the engine
     * reads no files at all. The Bindings key {@link #MODULE_PATH} sets it too.
     */
    public void setModulePath(List<Path> dirs) {
        runtime().setModulePath(List.copyOf(dirs));
    }

    /**
     * Supplies module sources without files: {@code sources} maps a relative path such as
     * {@code "helpers.py"}, {@code "pkg/__init__.py"} or {@code "pkg/util.py"} to its text (null: no
     * such module); it is searched after the module path. A {@code Map<String, String>}'s {@code get}
     * will do. Null removes it.
     */
    public void setModuleSource(Function<String, String> sources) {
        runtime().setModuleSource(sources);
    }

    /**
     * Lets scripts {@code open()} the files {@code access} accepts (it sees each path made absolute and
     * normalized); null, the default, allows none: {@code open()} raises {@code PermissionError}. The
     * Bindings key {@link #FILE_ACCESS} sets it too. Imports read files only from the module path.
     */
    public void setFileAccess(Predicate<Path> access) {
        interpreter().setFileAccess(access);
    }

    /** Applies the context's {@link #MODULE_PATH} Bindings value, when it names a new one. */
    private void applyModulePath(ScriptContext ctx, EngineRuntime r) {
        Object v = ctx.getAttribute(MODULE_PATH);
        if (v != null && !v.equals(appliedModulePath)) {
            r.setModulePath(EngineRuntime.modulePathValue(v));
            // a copy: a list the host changes later is a new setting
            appliedModulePath = v instanceof java.util.Collection<?> c ? new java.util.ArrayList<>(c) : v;
        }
    }

    /** Applies the limits named by the context's Bindings keys, if any, to the engine. */
    @SuppressWarnings("unchecked")
    private static Predicate<Path> fileAccessValue(Object v) {
        if (v instanceof Predicate<?> p) {
            return (Predicate<Path>) p;
        } else if (Boolean.TRUE.equals(v)) {
            return path -> true;
        } else if (Boolean.FALSE.equals(v)) {
            return null;
        }
        throw new IllegalArgumentException(FILE_ACCESS + " must be a Predicate<Path> or a Boolean, not "
                + v.getClass().getName());
    }

    private void applyLimits(ScriptContext ctx, InterpreterState interp) {
        Object steps = ctx.getAttribute(STEP_LIMIT);
        if (steps instanceof Number n && n.longValue() != interp.stepLimit()) {
            interp.setStepLimit(n.longValue());
        }
        Object files = ctx.getAttribute(FILE_ACCESS);
        if (files != null) {
            interp.setFileAccess(fileAccessValue(files));
        }
        Object time = ctx.getAttribute(TIME_LIMIT);
        Duration d = time instanceof Duration x ? x : time instanceof Number n ? Duration.ofMillis(n.longValue()) : null;
        if (d != null) {
            interp.setTimeLimit(d);
        }
    }

    /** The class filter in force for the evaluation running on this thread. */
    boolean classAllowed(String className) {
        Object f = runtime().context().getAttribute(CLASS_FILTER);
        @SuppressWarnings("unchecked")
        Predicate<String> p = f instanceof Predicate<?> q ? (Predicate<String>) q : classFilter;
        return p != null && p.test(className);
    }
}
