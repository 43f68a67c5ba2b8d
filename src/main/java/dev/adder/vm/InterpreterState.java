package dev.adder.vm;

import dev.adder.objects.PyDict;
import dev.adder.objects.PyModule;

/**
 * The state of one Python interpreter (one per engine or command-line run): its {@code builtins}
 * dictionary, {@code sys.modules}, the recursion limit and the per-thread states. Nothing here is
 * static: several interpreters share a JVM without seeing each other.
 */
public final class InterpreterState {
    private final PyDict builtins = new PyDict();
    private final PyDict modules = new PyDict();
    private volatile int recursionLimit = 1000;
    private final ThreadLocal<ThreadState> threads = ThreadLocal.withInitial(() -> new ThreadState(this));

    /** A new interpreter whose builtins hold what the VM itself provides ({@code __build_class__}). */
    public InterpreterState() {
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

    /** This thread's state in this interpreter (created on first use). */
    public ThreadState threadState() {
        return threads.get();
    }
}
