package dev.adder.vm;

import dev.adder.objects.PyDict;
import dev.adder.objects.PyModule;

/**
 * The state of one Python interpreter (one per engine or command-line run): its {@code builtins}
 * dictionary, {@code sys.modules}, and the recursion limit. Nothing here is static: several
 * interpreters share a JVM without seeing each other.
 */
public final class InterpreterState {
    private final PyDict builtins = new PyDict();
    private final PyDict modules = new PyDict();
    private volatile int recursionLimit = 1000;

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
}
