package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyBuiltinFunction;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyGetSetDescriptor;
import dev.adder.runtime.PyMethodDescriptor;
import dev.adder.runtime.PyType;
import java.util.function.Function;

/**
 * Defines the methods of built-in types with CPython's argument checks and their exact messages
 * (METH_NOARGS, METH_O, Argument Clinic's positional and keyword parsers, slot wrappers).
 */
final class Methods {
    private Methods() {}

    /** A method without arguments. */
    @FunctionalInterface
    interface Body0 {
        Object call(Object self);
    }

    /** A method of one argument. */
    @FunctionalInterface
    interface Body1 {
        Object call(Object self, Object arg);
    }

    /** A method of several arguments: {@code a} has one slot per parameter, null where absent. */
    @FunctionalInterface
    interface BodyN {
        Object call(Object self, Object[] a);
    }

    /** METH_NOARGS: {@code "str.upper() takes no arguments (1 given)"}. */
    static void noArgs(PyType t, String name, Body0 f) {
        define(t, name, (args, kw) -> {
            Object self = self(t, name, args);
            int n = args.length - 1;
            if (n != 0 || PyCallable.kwCount(kw) != 0) {
                if (PyCallable.kwCount(kw) != 0 && n == PyCallable.kwCount(kw)) {
                    throw Errors.typeError(t.name() + "." + name + "() takes no keyword arguments");
                }
                throw Errors.typeError(t.name() + "." + name + "() takes no arguments (" + n + " given)");
            }
            return f.call(self);
        });
    }

    /** METH_O: {@code "str.join() takes exactly one argument (0 given)"}. */
    static void oneArg(PyType t, String name, Body1 f) {
        boolean format = name.equals("__format__");
        define(t, name, (args, kw) -> {
            Object self = self(t, name, args);
            noKeywords(t, name, kw);
            if (args.length != 2) {
                throw Errors.typeError(t.name() + "." + name + "() takes exactly one argument ("
                        + (args.length - 1) + " given)");
            }
            if (format && self != args[0] && "".equals(args[1])) {
                // CPython 3.11: Python/formatter_unicode.c format_obj: an empty spec is str() of a subclass instance.
                return Ops.str(args[0]);
            }
            return f.call(self, args[1]);
        });
    }

    /** Argument Clinic, positional only: {@code "center expected at least 1 argument, got 0"}. */
    static void positional(PyType t, String name, int min, int max, BodyN f) {
        define(t, name, (args, kw) -> {
            Object self = self(t, name, args);
            noKeywords(t, name, kw);
            return f.call(self, positionalArgs(name, args, 1, min, max));
        });
    }

    /**
     * Argument Clinic with keywords: {@code names} are the parameters (null for positional-only
     * ones), the first {@code min} required; {@code maxPositional} of them may be positional.
     */
    static void keywords(PyType t, String name, int min, int maxPositional, String[] names, BodyN f) {
        define(t, name, (args, kw) -> f.call(self(t, name, args), keywordArgs(name, args, 1, kw, min,
                maxPositional, names)));
    }

    /** A slot wrapper ({@code int.__add__}): {@code "expected 1 argument, got 0"}. */
    static void slot(PyType t, String name, int n, BodyN f) {
        define(t, name, (args, kw) -> {
            if (args.length > 0 && !Ops.type(args[0]).isSubtypeOf(t)) {
                throw Errors.typeError("descriptor '" + name + "' requires a '" + t.name()
                        + "' object but received a '" + Errors.typeName(args[0]) + "'");
            }
            if (PyCallable.kwCount(kw) != 0) {
                throw Errors.typeError("wrapper " + name + "() takes no keyword arguments");
            }
            int given = args.length - 1;
            if (given != n) {
                throw Errors.typeError("expected " + n + " argument" + (n == 1 ? "" : "s") + ", got " + given);
            }
            Object[] a = new Object[n];
            for (int i = 0; i < n; i++) {
                a[i] = sameKind(t, args[i + 1]);
            }
            return f.call(unwrap(t, args[0]), a);
        });
    }

    /** A unary slot wrapper ({@code int.__neg__}). */
    static void slot0(PyType t, String name, Body0 f) {
        slot(t, name, 0, (self, a) -> f.call(self));
    }

    /** A binary slot wrapper ({@code int.__add__}). */
    static void slot1(PyType t, String name, Body1 f) {
        slot(t, name, 1, (self, a) -> f.call(self, a[0]));
    }

    /** A read-only attribute computed from the instance ({@code int.real}). */
    static void getter(PyType t, String name, Function<Object, Object> f) {
        t.define(name, new PyGetSetDescriptor(t, name, self -> f.apply(unwrap(t, self)), null));
    }

    /** A class method ({@code float.fromhex}): the body gets the type as self. */
    static void classMethod(PyType t, String name, PyCallable body) {
        t.define(name, new ClassMethodDescriptor(t, name, body));
    }

    /** A static method ({@code str.maketrans}). */
    static void staticMethod(PyType t, String name, PyCallable body) {
        t.define(name, new PyBuiltinFunction(name, null, body));
    }

    /**
     * {@code T.__new__(cls, *args)} for a built-in type with its own constructor: checks that cls
     * derives from T, then runs cls's constructor without {@code __init__}.
     */
    static void newMethod(PyType t) {
        t.define("__new__", new PyBuiltinFunction("__new__", null, (args, kw) -> {
            if (args.length - PyCallable.kwCount(kw) == 0) {
                throw Errors.typeError(t.name() + ".__new__(): not enough arguments");
            }
            if (!(args[0] instanceof PyType cls)) {
                throw Errors.typeError(t.name() + ".__new__(X): X is not a type object (" + Errors.typeName(args[0]) + ")");
            }
            if (!cls.isSubtypeOf(t)) {
                throw Errors.typeError(t.name() + ".__new__(" + cls.name() + "): " + cls.name() + " is not a subtype of "
                        + t.name());
            }
            // CPython 3.11: Objects/typeobject.c tp_new_wrapper refuses a constructor that skips cls's own.
            PyType staticBase = FinalTypes.solidBase(cls);
            if (staticBase.lookup("__new__") != t.dict().get("__new__")) {
                throw Errors.typeError(t.name() + ".__new__(" + cls.name() + ") is not safe, use "
                        + staticBase.name() + ".__new__()");
            }
            Object[] rest = new Object[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return cls.newBuiltinInstance(rest, kw);
        }));
    }

    private static void define(PyType t, String name, PyCallable body) {
        t.define(name, new PyMethodDescriptor(t, name, null, body));
    }

    /** {@code args[0]}, checked to be an instance of {@code t} (calls like {@code str.upper(5)}). */
    private static Object self(PyType t, String name, Object[] args) {
        Object self = args[0];
        if (!Ops.type(self).isSubtypeOf(t)) {
            throw Errors.typeError("descriptor '" + name + "' for '" + t.name() + "' objects doesn't apply to a '"
                    + Errors.typeName(self) + "' object");
        }
        return unwrap(t, self);
    }

    /**
     * The plain value of an instance of a subclass of a built-in immutable type, as the methods of
     * that type see it ({@code S("ab").upper()}); the methods of {@code object} keep the instance.
     */
    static Object unwrap(PyType t, Object self) {
        return self instanceof BuiltinValue v && t != CoreTypes.OBJECT ? v.value() : self;
    }

    /**
     * A slot wrapper's operand: an instance of a subclass of the slot's own type is its plain value
     * (CPython's {@code PyLong_Check}/{@code PyUnicode_Check} accept subclasses), anything else as is.
     */
    private static Object sameKind(PyType t, Object o) {
        return o instanceof BuiltinValue v && t != CoreTypes.OBJECT && Ops.type(o).isSubtypeOf(t) ? v.value() : o;
    }

    static void noKeywords(PyType t, String name, String[] kw) {
        if (PyCallable.kwCount(kw) != 0) {
            throw Errors.typeError(t.name() + "." + name + "() takes no keyword arguments");
        }
    }

    /** {@code args[skip..]} as {@code max} slots; CPython's {@code _PyArg_CheckPositional} messages. */
    static Object[] positionalArgs(String name, Object[] args, int skip, int min, int max) {
        int n = args.length - skip;
        if (n < min) {
            throw Errors.typeError(name + " expected " + (min == max ? "" : "at least ") + min + " argument"
                    + (min == 1 ? "" : "s") + ", got " + n);
        }
        if (n > max) {
            throw Errors.typeError(name + " expected " + (min == max ? "" : "at most ") + max + " argument"
                    + (max == 1 ? "" : "s") + ", got " + n);
        }
        Object[] a = new Object[max];
        System.arraycopy(args, skip, a, 0, n);
        return a;
    }

    /** CPython 3.11: Python/getargs.c _PyArg_UnpackKeywords, with its messages. */
    static Object[] keywordArgs(String name, Object[] args, int skip, String[] kw, int min, int maxPos,
                                String[] names) {
        int nkw = PyCallable.kwCount(kw);
        int npos = args.length - skip - nkw;
        int max = names.length;
        if (npos + nkw > max) {
            throw Errors.typeError(name + "() takes at most " + max + " argument" + (max == 1 ? "" : "s")
                    + " (" + (npos + nkw) + " given)");
        }
        if (npos > maxPos) {
            throw Errors.typeError(name + "() takes at most " + maxPos + " positional argument"
                    + (maxPos == 1 ? "" : "s") + " (" + npos + " given)");
        }
        Object[] a = new Object[max];
        System.arraycopy(args, skip, a, 0, npos);
        for (int k = 0; k < nkw; k++) {
            int slot = -1;
            for (int j = 0; j < max; j++) {
                if (kw[k].equals(names[j])) {
                    slot = j;
                    break;
                }
            }
            if (slot < 0) {
                throw Errors.typeError("'" + kw[k] + "' is an invalid keyword argument for " + name + "()");
            }
            if (slot < npos) {
                throw Errors.typeError("argument for " + name + "() given by name ('" + kw[k]
                        + "') and position (" + (slot + 1) + ")");
            }
            a[slot] = args[skip + npos + k];
        }
        for (int j = 0; j < min; j++) {
            if (a[j] == null) {
                if (names[j] == null) {
                    throw Errors.typeError(name + "() takes at least " + min + " positional argument"
                            + (min == 1 ? "" : "s") + " (" + npos + " given)");
                }
                throw Errors.typeError(name + "() missing required argument '" + names[j] + "' (pos " + (j + 1) + ")");
            }
        }
        return a;
    }
}
