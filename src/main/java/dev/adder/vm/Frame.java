package dev.adder.vm;

import dev.adder.bytecode.PyCode;
import dev.adder.objects.PyDict;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyType;

/**
 * One activation of a code object (CPython 3.11's {@code _PyInterpreterFrame}): {@code localsplus}
 * holds the plain locals, then the cells, then the free variables' cells, then the value stack, in one
 * array; null in a slot means unbound (and, on the stack, CPython's NULL).
 */
public final class Frame {
    final PyCode code;
    final int[] words;
    final Object[] localsplus;
    /** The index of the first stack slot in {@link #localsplus}. */
    final int stackBase;
    final PyDict globals;
    final PyDict builtins;
    /** The locals mapping of module and class bodies (LOAD_NAME/STORE_NAME), or null in functions. */
    final Object locals;
    /** The function being run, or null for module and class bodies. */
    final PyFunction function;
    /** The calling frame, or null. */
    Frame back;
    /** The next instruction to run (a word index), saved while this frame calls another. */
    int ip;
    /** The stack pointer (an index into localsplus), saved while this frame calls another. */
    int sp;
    /** The index of the instruction running (for tracebacks and exception-table lookups). */
    int lasti;
    /** Set by YIELD_VALUE: the loop returned a yielded value, not the frame's result. */
    boolean yielded;
    /** An exception {@code generator.throw()} raises at the suspended instruction on resumption. */
    PyBaseException pending;

    Frame(PyCode code, PyDict globals, PyDict builtins, Object locals, PyFunction function) {
        this.code = code;
        this.words = function != null ? function.words : Quickening.words(code);
        int n = code.localsPlusSize();
        this.localsplus = new Object[n + code.co_stacksize() + 1];
        this.stackBase = n;
        this.sp = n;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.function = function;
    }

    /**
     * {@code locals()} in a function: a new dict of the bound fast locals and the contents of its
     * cells and free variables (CPython 3.11: Objects/frameobject.c _PyFrame_FastToLocalsWithError).
     */
    public PyDict fastLocals() {
        PyDict d = new PyDict();
        boolean optimized = (code.co_flags() & PyCode.CO_OPTIMIZED) != 0;
        for (int i = 0; i < stackBase; i++) {
            int kind = code.localsPlusKind(i);
            if ((kind & PyCode.FAST_FREE) != 0 && !optimized) {
                continue;
            }
            Object v = localsplus[i];
            if ((kind & (PyCode.FAST_CELL | PyCode.FAST_FREE)) != 0 && v instanceof PyCell c) {
                v = c.get();
            }
            if (v != null) {
                d.put(code.localsPlusName(i), v);
            }
        }
        return d;
    }

    /** The code being run. */
    public PyCode code() {
        return code;
    }

    /** The module globals. */
    public PyDict globals() {
        return globals;
    }

    /** The locals mapping of a module or class body, or null. */
    public Object locals() {
        return locals;
    }

    /** The calling frame, or null. */
    public Frame back() {
        return back;
    }

    // CPython 3.11: Objects/typeobject.c super_init_without_args
    /**
     * What zero-argument {@code super()} called in this frame means: {@code {__class__, first
     * argument}}, or CPython's RuntimeErrors when the frame has neither.
     */
    public Object[] superArguments() {
        if (code.co_argcount() == 0) {
            throw Errors.runtimeError("super(): no arguments");
        }
        Object first = localsplus[0];
        if (first instanceof PyCell c && (code.localsPlusKind(0) & PyCode.FAST_CELL) != 0) {
            first = c.get();
        }
        if (first == null) {
            throw Errors.runtimeError("super(): arg[0] deleted");
        }
        for (int i = code.firstFreeIndex(); i < code.localsPlusSize(); i++) {
            if (code.localsPlusName(i).equals("__class__")) {
                if (!(localsplus[i] instanceof PyCell cell)) {
                    throw Errors.runtimeError("super(): bad __class__ cell");
                }
                Object type = cell.get();
                if (type == null) {
                    throw Errors.runtimeError("super(): empty __class__ cell");
                }
                if (!(type instanceof PyType)) {
                    throw Errors.runtimeError("super(): __class__ is not a type (" + Errors.typeName(type) + ")");
                }
                return new Object[] {type, first};
            }
        }
        throw Errors.runtimeError("super(): __class__ cell not found");
    }

    /** The line being run ({@code f_lineno}). */
    public int lineno() {
        return code.lineAt(lasti);
    }
}
