package dev.adder.builtins;

import dev.adder.objects.Arith;
import dev.adder.objects.Compare;
import dev.adder.objects.IntOps;
import dev.adder.objects.Ops;
import dev.adder.objects.PyBytes;
import dev.adder.objects.PyIterator;
import dev.adder.objects.PyList;
import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyType;
import java.util.Collection;

/** The built-in functions that consume iterables: iter, next, sorted, min, max, sum, any, all. */
final class IterFunctions {
    private IterFunctions() {}

    private static final Args.Signature SUM = new Args.Signature("sum",
            new String[] {"iterable", "start"}, 1, 1, 2, 0);

    /** {@code iter(object[, sentinel])}. */
    static Object iter(Object[] args, String[] kw) {
        int n = Args.fastcall("iter", args, kw, 1, 2);
        if (n == 1) {
            return Ops.iter(args[0]);
        }
        Object f = args[0];
        if (!(f instanceof PyCallable) && Ops.type(f).lookup("__call__") == null) {
            throw Errors.typeError("iter(v, w): v must be callable");
        }
        return new CallableIterator(f, args[1]);
    }

    /** {@code next(iterator[, default])}. */
    static Object next(Object[] args, String[] kw) {
        int n = Args.fastcall("next", args, kw, 1, 2);
        Object it = args[0];
        if (!(it instanceof PyIterator) && Ops.type(it).lookup("__next__") == null) {
            throw Errors.typeError("'" + Errors.typeName(it) + "' object is not an iterator");
        }
        Object v = Ops.next(it);
        if (v != null) {
            return v;
        }
        if (n == 2) {
            return args[1];
        }
        throw it instanceof PyIterator p ? p.exhausted() : Errors.stopIteration();
    }

    /** {@code sorted(iterable, /, *, key=None, reverse=False)}: a new list, then {@code list.sort(**kw)}. */
    // CPython 3.11: Python/bltinmodule.c builtin_sorted
    static Object sorted(Object[] args, String[] kw) {
        int n = Args.positional("sorted", args, kw, 1, 1);
        PyList list = toList(args[0]);
        Object sort = PyList.TYPE.lookup("sort");
        if (sort == null) {
            throw Errors.notImplemented("list.sort is not available");
        }
        Object[] sortArgs = new Object[args.length];
        sortArgs[0] = list;
        System.arraycopy(args, n, sortArgs, 1, args.length - n);
        Ops.call(sort, sortArgs, kw);
        return list;
    }

    /** A new list of the items of {@code iterable}. */
    static PyList toList(Object iterable) {
        if (iterable instanceof PyList || iterable instanceof dev.adder.objects.PyTuple) {
            return new PyList((Collection<?>) iterable);
        }
        PyList list = new PyList();
        Object it = Ops.iter(iterable);
        for (Object x; (x = Ops.next(it)) != null; ) {
            list.add(x);
        }
        return list;
    }

    /** {@code min(...)} ({@code op == Compare.LT}) and {@code max(...)} ({@code Compare.GT}). */
    // CPython 3.11: Python/bltinmodule.c min_max
    static Object minMax(String name, int op, Object[] args, String[] kw) {
        int n = Args.npos(args, kw);
        if (n == 0) {
            throw Errors.typeError(name + " expected at least 1 argument, got 0");
        }
        int nkw = args.length - n;
        if (nkw > 2) {
            throw Errors.typeError(name + "() takes at most 2 keyword arguments (" + nkw + " given)");
        }
        Args.onlyKeywords(name, kw, "key", "default");
        Object key = Args.keyword(args, kw, "key");
        Object dflt = Args.keyword(args, kw, "default");
        if (key == PyNone.NONE) {
            key = null;
        }
        if (n > 1 && dflt != null) {
            throw Errors.typeError("Cannot specify a default for " + name
                    + "() with multiple positional arguments");
        }
        Object it = n == 1 ? Ops.iter(args[0]) : null;
        Object best = null;
        Object bestKey = null;
        int i = 0;
        // Several positional arguments are compared in place, without a tuple and its iterator.
        for (Object x; (x = it != null ? Ops.next(it) : i < n ? args[i++] : null) != null; ) {
            Object k = key == null ? x : Ops.call(key, x);
            if (best == null || Ops.isTrue(Compare.richCompare(k, bestKey, op))) {
                best = x;
                bestKey = k;
            }
        }
        if (best != null) {
            return best;
        }
        if (dflt != null) {
            return dflt;
        }
        throw Errors.valueError(name + "() arg is an empty sequence");
    }

    /** {@code sum(iterable, /, start=0)}. */
    // CPython 3.11: Python/bltinmodule.c builtin_sum_impl
    static Object sum(Object[] args, String[] kw) {
        Object[] a = SUM.parse(args, kw);
        Object result = a[1] == null ? (Object) 0 : a[1];
        if (result instanceof String) {
            throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (result instanceof PyBytes) {
            throw Errors.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        }
        if ("bytearray".equals(Errors.typeName(result))) {
            throw Errors.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        Object it = Ops.iter(a[0]);
        Object x = null;
        if (result instanceof Integer || result instanceof Long) {
            // 64-bit fast path: accumulate in a long while items are small ints.
            long acc = ((Number) result).longValue();
            while ((x = Ops.next(it)) != null) {
                if (x instanceof Integer || x instanceof Long) {
                    long v = ((Number) x).longValue();
                    long r = acc + v;
                    if (((acc ^ r) & (v ^ r)) >= 0) {
                        acc = r;
                        continue;
                    }
                }
                break;
            }
            result = IntOps.valueOf(acc);
            if (x == null) {
                return result;
            }
            result = Arith.add(result, x);
        }
        if (result instanceof Double d) {
            double acc = d;
            while ((x = Ops.next(it)) != null) {
                if (x instanceof Double v) {
                    acc += v;
                } else if (x instanceof Integer || x instanceof Long) {
                    acc += ((Number) x).doubleValue();
                } else {
                    break;
                }
            }
            result = acc;
            if (x == null) {
                return result;
            }
            result = Arith.add(result, x);
        }
        while ((x = Ops.next(it)) != null) {
            result = Arith.add(result, x);
        }
        return result;
    }

    /** {@code any(iterable)}. */
    static Object any(Object[] args, String[] kw) {
        Object it = Ops.iter(Args.one("any", args, kw));
        for (Object x; (x = Ops.next(it)) != null; ) {
            if (Ops.isTrue(x)) {
                return true;
            }
        }
        return false;
    }

    /** {@code all(iterable)}. */
    static Object all(Object[] args, String[] kw) {
        Object it = Ops.iter(Args.one("all", args, kw));
        for (Object x; (x = Ops.next(it)) != null; ) {
            if (!Ops.isTrue(x)) {
                return false;
            }
        }
        return true;
    }

    /** {@code iter(callable, sentinel)}: calls until the result equals the sentinel. */
    static final class CallableIterator extends PyIterator {
        static final PyType TYPE = PyType.builtin("callable_iterator", CoreTypes.OBJECT, null).freeze();
        private Object callable;
        private final Object sentinel;

        CallableIterator(Object callable, Object sentinel) {
            this.callable = callable;
            this.sentinel = sentinel;
        }

        @Override
        public Object next() {
            if (callable == null) {
                return null;
            }
            Object v;
            try {
                v = Ops.call(callable);
            } catch (PyBaseException e) {
                if (e.isInstance(ExceptionTypes.STOP_ITERATION)) {
                    callable = null;
                    return null;
                }
                throw e;
            }
            if (Ops.eq(v, sentinel)) {
                callable = null;
                return null;
            }
            return v;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }
}
