package dev.adder.builtins;

import dev.adder.objects.PyDict;
import dev.adder.vm.InterpreterState;

/**
 * The built-in modules written in Java that are made on first import, not with the interpreter
 * ({@code threading}, {@code _thread}, {@code dis}, {@code __future__}): start-up builds only
 * {@code builtins} and {@code sys}, as CPython's does. They register with the import system's
 * one table of built-in modules.
 */
final class LazyBuiltinModules {
    private LazyBuiltinModules() {}

    /**
     * Registers the modules with {@code interp}; {@code main} is the interpreter's main thread,
     * {@code sysDict} and {@code compiler} are what {@code dis} needs.
     */
    static void register(InterpreterState interp, Thread main, PyDict sysDict, SourceCompiler compiler) {
        interp.imports().registerBuiltinModule("dis", i -> DisModule.create(i, sysDict, compiler));
        interp.imports().registerBuiltinModule("__future__", FutureModule::create);
        interp.imports().registerBuiltinModule("threading", i -> threading(i, main, "threading"));
        interp.imports().registerBuiltinModule("_thread", i -> threading(i, main, "_thread"));
    }

    /** {@code threading} and {@code _thread} are made together, whichever is imported first. */
    private static Object threading(InterpreterState interp, Thread main, String name) {
        synchronized (interp) {
            if (interp.module(name) == null) {
                ThreadingModule.create(interp, main);
            }
        }
        return interp.module(name);
    }
}
