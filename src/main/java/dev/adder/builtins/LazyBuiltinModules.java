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
        interp.imports().registerBuiltinModule("dis", new StartupTable(StartupTable.DIS, sysDict, compiler));
        interp.imports().registerBuiltinModule("__future__", new StartupTable(StartupTable.FUTURE));
        interp.imports().registerBuiltinModule("threading", new StartupTable(StartupTable.THREADING, main));
        interp.imports().registerBuiltinModule("_thread", new StartupTable(StartupTable.THREAD, main));
    }

    /** {@code threading} and {@code _thread} are made together, whichever is imported first. */
    static Object threading(InterpreterState interp, Thread main, String name) {
        synchronized (interp) {
            if (interp.module(name) == null) {
                ThreadingModule.create(interp, main);
            }
        }
        return interp.module(name);
    }
}
