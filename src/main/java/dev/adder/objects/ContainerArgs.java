package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyMethodDescriptor;
import dev.adder.runtime.PyType;

/**
 * Argument checks for the methods of the container types, with CPython's messages (METH_O,
 * METH_NOARGS and Argument Clinic's positional-only forms), and a helper to define methods.
 */
final class ContainerArgs {
    private ContainerArgs() {}

    /** Defines {@code name} on {@code t} as a method descriptor. */
    static void method(PyType t, String name, PyCallable body) {
        t.define(name, new PyMethodDescriptor(t, name, null, body));
    }

    /** Checks self's type: {@code list.append(1, 2)}. */
    static void checkSelf(Object self, PyType owner, String name) {
        if (!Ops.type(self).isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '" + name + "' for '" + owner.name()
                    + "' objects doesn't apply to a '" + Errors.typeName(self) + "' object");
        }
    }

    /** METH_NOARGS: {@code list.copy() takes no arguments (1 given)}. */
    static void noArgs(String qualname, Object[] args, String[] kwnames) {
        if (PyCallable.kwCount(kwnames) > 0) {
            throw Errors.typeError(qualname + "() takes no keyword arguments");
        }
        int n = args.length - 1;
        if (n != 0) {
            throw Errors.typeError(qualname + "() takes no arguments (" + n + " given)");
        }
    }

    /** METH_O: {@code list.append() takes exactly one argument (0 given)}. */
    static Object oneArg(String qualname, Object[] args, String[] kwnames) {
        if (PyCallable.kwCount(kwnames) > 0) {
            throw Errors.typeError(qualname + "() takes no keyword arguments");
        }
        int n = args.length - 1;
        if (n != 1) {
            throw Errors.typeError(qualname + "() takes exactly one argument (" + n + " given)");
        }
        return args[1];
    }

    /**
     * Argument Clinic positional-only parameters: {@code pop expected at most 1 argument, got 2};
     * keywords are refused as {@code list.pop() takes no keyword arguments}. Returns the count (after self).
     */
    static int positional(String name, String qualname, Object[] args, String[] kwnames, int min, int max) {
        if (PyCallable.kwCount(kwnames) > 0) {
            throw Errors.typeError(qualname + "() takes no keyword arguments");
        }
        int n = args.length - 1;
        checkCount(name, n, min, max);
        return n;
    }

    /** CPython's {@code _PyArg_CheckPositional} message for {@code n} arguments. */
    static void checkCount(String name, int n, int min, int max) {
        if (n < min) {
            throw Errors.typeError(name + " expected " + (min == max ? "" : "at least ") + min + " argument"
                    + (min == 1 ? "" : "s") + ", got " + n);
        }
        if (n > max) {
            throw Errors.typeError(name + " expected " + (min == max ? "" : "at most ") + max + " argument"
                    + (max == 1 ? "" : "s") + ", got " + n);
        }
    }

    /** A constructor's keyword refusal: {@code list() takes no keyword arguments}. */
    static void noKeywords(String name, String[] kwnames) {
        if (PyCallable.kwCount(kwnames) > 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
    }

    /** An index argument that must fit in 64 bits: {@code OverflowError} otherwise (Py_ssize_t). */
    static long ssize(Object o) {
        Object v = Ops.index(o);
        if (v instanceof Integer i) {
            return i;
        }
        if (v instanceof Long l) {
            return l;
        }
        throw Errors.overflowError("Python int too large to convert to C ssize_t");
    }
}
