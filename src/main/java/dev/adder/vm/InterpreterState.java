package dev.adder.vm;

import dev.adder.objects.PyDict;
import dev.adder.objects.PyList;
import dev.adder.objects.PyModule;
import dev.adder.runtime.PyBaseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The state of one Python interpreter (one per engine or command-line run): its {@code builtins}
 * dictionary, {@code sys.modules}, the recursion limit and the per-thread states. Nothing here is
 * static: several interpreters share a JVM without seeing each other.
 */
public final class InterpreterState {
    private final PyDict builtins;
    private final PyDict modules = new PyDict();
    private volatile int recursionLimit = 1000;
    private final ThreadLocal<ThreadState> threads = ThreadLocal.withInitial(() -> new ThreadState(this));
    private final List<ModuleFinder> finders = new CopyOnWriteArrayList<>();
    private final Map<String, List<String>> sources = new ConcurrentHashMap<>();
    private volatile boolean readsSourceFiles = true;
    private volatile java.util.function.Predicate<java.nio.file.Path> fileAccess = path -> true;
    private final PyList modulePath = new PyList();
    private final ImportSystem imports = new ImportSystem(this);

    /** A new interpreter whose builtins hold what the VM itself provides ({@code __build_class__}). */
    public InterpreterState() {
        this(new PyDict());
    }

    /**
     * A new interpreter whose builtins dictionary is {@code builtins} (empty; a host may pass a subclass
     * whose {@code get} consults its own scope before the builtins, as the JSR-223 GLOBAL_SCOPE does).
     */
    public InterpreterState(PyDict builtins) {
        this.builtins = builtins;
        // The built-in types' shared method tables are complete before any code runs.
        dev.adder.objects.Ops.initialize();
        VmBuiltins.install(this);
    }

    /** The {@code builtins} module's dictionary (filled by {@code dev.adder.builtins}). */
    public PyDict builtins() {
        return builtins;
    }

    /** {@code sys.modules}. */
    public PyDict modules() {
        return modules;
    }

    /** The module called {@code name} in {@code sys.modules}, or null. */
    public PyModule module(String name) {
        return modules.get(name) instanceof PyModule m ? m : null;
    }

    /** {@code sys.getrecursionlimit()}. */
    public int recursionLimit() {
        return recursionLimit;
    }

    /** {@code sys.setrecursionlimit(n)} (the caller checks n as CPython does). */
    public void setRecursionLimit(int n) {
        recursionLimit = n;
    }

    /**
     * The thread state found last (on whichever thread): a plain field, read racily, but a thread
     * uses it only when it is its own ({@link ThreadState#thread} is final), which spares a
     * ThreadLocal lookup per call from Java when one thread does the calling.
     */
    private ThreadState lastThreadState;

    /** This thread's state in this interpreter (created on first use). */
    public ThreadState threadState() {
        ThreadState ts = lastThreadState;
        if (ts != null && ts.thread == Thread.currentThread()) {
            return ts;
        }
        ts = threads.get();
        lastThreadState = ts;
        return ts;
    }

    /** The import system: built-in module registry, source modules, {@code __import__}. */
    public ImportSystem imports() {
        return imports;
    }

    /**
     * The module search path: the list object {@code sys} starts with as {@code sys.path} (a script
     * may change it or replace {@code sys.path}; imports read {@code sys.path} each time).
     */
    public PyList modulePath() {
        return modulePath;
    }

    /** Replaces the entries of {@link #modulePath()} with {@code dirs}, in order. */
    public void setModulePath(List<String> dirs) {
        synchronized (modulePath) {
            modulePath.clear();
            modulePath.addAll(dirs);
        }
    }

    /** Sets the compiler that imports of Python source modules use (the host's front end). */
    public void setModuleCompiler(ModuleCompiler compiler) {
        imports.sources().setCompiler(compiler);
    }

    /** Adds a finder that the import statement asks for modules missing from {@code sys.modules}. */
    public void addModuleFinder(ModuleFinder finder) {
        finders.add(finder);
    }

    /** The module finders, in the order the import statement asks them. */
    public List<ModuleFinder> moduleFinders() {
        return finders;
    }

    /** Remembers the source text of code compiled from a string, so tracebacks can show its lines. */
    public void registerSource(String filename, String text) {
        sources.put(filename, List.of(text.split("\\r\\n|\\r|\\n", -1)));
    }

    /** Whether tracebacks may read source lines from files named by {@code co_filename} (the command line's way). */
    public void setReadsSourceFiles(boolean reads) {
        readsSourceFiles = reads;
    }

    /**
     * Which files {@code open()} may open (the path as given, made absolute); null: none at all.
     * The command line allows every file; a script engine none unless its host says otherwise.
     */
    public void setFileAccess(java.util.function.Predicate<java.nio.file.Path> access) {
        fileAccess = access;
    }

    /** What {@link #setFileAccess} set: null when scripts may open no file. */
    public java.util.function.Predicate<java.nio.file.Path> fileAccess() {
        return fileAccess;
    }

    /** Whether tracebacks may read source lines from files (else imports register the sources they read). */
    public boolean readsSourceFiles() {
        return readsSourceFiles;
    }

    /** A traceback formatter that finds source lines among the registered sources, then (if allowed) in files. */
    public TracebackFormatter tracebackFormatter() {
        boolean files = readsSourceFiles;
        return new TracebackFormatter(name -> {
            List<String> lines = sources.get(name);
            return lines != null || !files ? lines : TracebackFormatter.readFile(name);
        });
    }

    /** The whole CPython-format traceback text of {@code e}. */
    public String formatTraceback(PyBaseException e) {
        return tracebackFormatter().format(e);
    }

    // The second tier (Tier2): how hot code gets before it runs as JVM bytecode.
    private volatile int tier2Threshold = Tier2.defaultThreshold();

    /**
     * How hot a code object must get (calls, plus {@link Tier2#LOOP_WEIGHT} per batch of loop
     * iterations) before it is compiled to JVM bytecode: 0 compiles at first entry, -1 never. The
     * default comes from the system property {@code adder.tier2} ({@code off}, {@code eager} or a number).
     */
    public void setTier2Threshold(int n) {
        tier2Threshold = n;
    }

    /** See {@link #setTier2Threshold}. */
    public int tier2Threshold() {
        return tier2Threshold;
    }

    // Execution limits (ExecutionLimits): read at each outermost entry of Python code on a thread.
    private volatile long stepLimit;
    private volatile long timeLimitNanos;

    /**
     * Limits each evaluation (each outermost entry of Python code on a thread) to {@code steps} steps,
     * a step being one backward jump (a loop iteration) or one entry of a Python frame; past it the VM
     * throws {@link dev.adder.runtime.ScriptTermination}. 0 means no limit.
     */
    public void setStepLimit(long steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("negative step limit: " + steps);
        }
        stepLimit = steps;
    }

    /** The step limit per evaluation, or 0 for none. */
    public long stepLimit() {
        return stepLimit;
    }

    /**
     * Limits each evaluation (each outermost entry of Python code on a thread) to {@code limit} of
     * wall-clock time; past it the VM throws {@link dev.adder.runtime.ScriptTermination}. Null or
     * zero means no limit.
     */
    public void setTimeLimit(java.time.Duration limit) {
        if (limit != null && limit.isNegative()) {
            throw new IllegalArgumentException("negative time limit: " + limit);
        }
        long nanos = limit == null ? 0 : limit.compareTo(java.time.Duration.ofDays(365 * 100)) > 0
                ? Long.MAX_VALUE / 2 : limit.toNanos();
        timeLimitNanos = nanos;
    }

    /** The time limit per evaluation, or null for none. */
    public java.time.Duration timeLimit() {
        long nanos = timeLimitNanos;
        return nanos == 0 ? null : java.time.Duration.ofNanos(nanos);
    }

    /** The time limit per evaluation in nanoseconds, or 0 for none. */
    long timeLimitNanos() {
        return timeLimitNanos;
    }
}
