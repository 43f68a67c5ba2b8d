package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyType;
import java.util.List;

/**
 * {@code BaseExceptionGroup} and {@code ExceptionGroup} (CPython's Objects/exceptions.c):
 * {@code message}, {@code exceptions}, {@code str()}, {@code derive}, {@code split}, {@code subgroup}.
 * The checks of {@code __new__} run in {@code __init__} (the runtime gives these types BaseException's constructor).
 */
public final class ExceptionGroupMethods {
    private ExceptionGroupMethods() {}

    private static final PyType GROUP = ExceptionTypes.BASE_EXCEPTION_GROUP;

    static void define() {
        PyType t = GROUP;
        t.define("__init__", new dev.adder.runtime.PyMethodDescriptor(t, "__init__", null, (args, kw) -> {
            PyBaseException e = (PyBaseException) args[0];
            if (dev.adder.runtime.PyCallable.kwCount(kw) != 0) {
                throw Errors.typeError(e.type().name() + "() takes no keyword arguments");
            }
            if (args.length != 3) {
                throw Errors.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + (args.length - 1)
                        + " given)");
            }
            if (!(args[1] instanceof String)) {
                throw Errors.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not " + Errors.typeName(args[1]));
            }
            if (!(args[2] instanceof java.util.List<?> items)) {
                throw Errors.typeError("second argument (exceptions) must be a sequence");
            }
            if (items.isEmpty()) {
                throw Errors.valueError("second argument (exceptions) must be a non-empty sequence");
            }
            boolean nested = false;
            for (int i = 0; i < items.size(); i++) {
                if (!(items.get(i) instanceof PyBaseException x)) {
                    throw Errors.valueError("Item " + i + " of second argument (exceptions) is not an exception");
                }
                nested |= !x.isInstance(ExceptionTypes.EXCEPTION);
            }
            if (nested && e.isInstance(ExceptionTypes.EXCEPTION)) {
                throw Errors.typeError("Cannot nest BaseExceptions in an " + e.type().name());
            }
            e.setArgs(new Object[] {args[1], args[2]});
            e.dict().put("message", args[1]);
            e.dict().put("exceptions", PyTuple.of(items.toArray()));
            return PyNone.NONE;
        }));
        Methods.slot0(t, "__str__", self -> {
            PyBaseException e = (PyBaseException) self;
            int n = exceptions(e).size();
            return Ops.str(message(e)) + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
        });
        Methods.oneArg(t, "derive", (self, excs) -> derive((PyBaseException) self, excs));
        Methods.oneArg(t, "split", (self, cond) -> {
            Object[] r = split((PyBaseException) self, cond);
            return PyTuple.of(r[0], r[1]);
        });
        Methods.oneArg(t, "subgroup", (self, cond) -> split((PyBaseException) self, cond)[0]);
    }

    private static Object message(PyBaseException e) {
        Object m = e.dict().get("message");
        return m != null ? m : e.args().length > 0 ? e.args()[0] : "";
    }

    private static List<Object> exceptions(PyBaseException e) {
        Object x = e.dict().get("exceptions");
        return x instanceof PyTuple t ? t : List.of();
    }

    /** {@code BaseExceptionGroup(self.message, excs)}: an ExceptionGroup when every item is an Exception. */
    static PyBaseException derive(PyBaseException self, Object excs) {
        boolean allExceptions = true;
        for (Object o : StrMethods.iterable(excs)) {
            allExceptions &= o instanceof PyBaseException x && x.isInstance(ExceptionTypes.EXCEPTION);
        }
        PyType type = allExceptions ? ExceptionTypes.EXCEPTION_GROUP : ExceptionTypes.BASE_EXCEPTION_GROUP;
        return (PyBaseException) type.call(new Object[] {message(self), excs}, null);
    }

    /** {@code eg.split(condition)}: {matching group or None, rest or None}. */
    static Object[] split(PyBaseException eg, Object condition) {
        checkCondition(condition);
        return splitRecursive(eg, e -> matches(e, condition), true);
    }

    /**
     * The part of group {@code eg} whose leaves are the exceptions (compared by identity) in {@code keep},
     * keeping {@code eg}'s nesting and metadata, or None (CPython 3.11: Objects/exceptions.c
     * exception_group_projection, used when {@code except*} re-raises).
     */
    public static Object projection(PyBaseException eg, java.util.Set<PyBaseException> keep) {
        return splitRecursive(eg, keep::contains, false)[0];
    }

    // CPython 3.11: Objects/exceptions.c exceptiongroup_split_recursive
    private static Object[] splitRecursive(PyBaseException eg, java.util.function.Predicate<PyBaseException> matcher,
            boolean constructRest) {
        if (matcher.test(eg)) {
            return new Object[] {eg, PyNone.NONE};
        }
        if (!eg.isInstance(GROUP)) {
            return new Object[] {PyNone.NONE, constructRest ? eg : PyNone.NONE};
        }
        PyList match = new PyList();
        PyList rest = new PyList();
        for (Object o : exceptions(eg)) {
            Object[] r = splitRecursive((PyBaseException) o, matcher, constructRest);
            if (r[0] != PyNone.NONE) {
                match.add(r[0]);
            }
            if (r[1] != PyNone.NONE) {
                rest.add(r[1]);
            }
        }
        return new Object[] {part(eg, match), constructRest ? part(eg, rest) : PyNone.NONE};
    }

    private static Object part(PyBaseException eg, PyList items) {
        if (items.isEmpty()) {
            return PyNone.NONE;
        }
        Object d = Ops.getattr(eg, "derive");
        Object r = Ops.call(d, items);
        if (!(r instanceof PyBaseException g) || !g.isInstance(GROUP)) {
            throw Errors.typeError("derive must return an instance of BaseExceptionGroup");
        }
        g.setCause(eg.cause());
        g.setSuppressContext(eg.suppressContext());
        g.setContext(eg.context());
        g.setTraceback(eg.traceback());
        Object notes = eg.dict().get("__notes__");
        if (notes instanceof java.util.List<?> list && !(notes instanceof String)) {
            // a copy, so that the parts have independent notes lists
            g.dict().put("__notes__", new PyList(list));
        }
        return g;
    }

    // CPython 3.11: Objects/exceptions.c get_matcher_type
    private static void checkCondition(Object condition) {
        if (condition instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION) || isFunction(condition)) {
            return;
        }
        if (condition instanceof PyTuple types) {
            boolean ok = true;
            for (Object t : types) {
                ok &= t instanceof PyType pt && pt.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION);
            }
            if (ok) {
                return;
            }
        }
        throw Errors.typeError("expected a function, exception type or tuple of exception types");
    }

    private static boolean matches(PyBaseException e, Object condition) {
        if (condition instanceof PyType t) {
            return e.isInstance(t);
        }
        if (condition instanceof PyTuple types) {
            for (Object t : types) {
                if (t instanceof PyType pt && e.isInstance(pt)) {
                    return true;
                }
            }
            return false;
        }
        return Ops.isTrue(Ops.call(condition, e));
    }

    /** CPython's {@code PyFunction_Check}: a function written in Python (not a method or built-in). */
    private static boolean isFunction(Object o) {
        PyType t = Ops.type(o);
        return !t.isHeapType() && "function".equals(t.name());
    }
}
