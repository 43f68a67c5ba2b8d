package dev.adder.builtins;

import dev.adder.objects.Ops;
import dev.adder.objects.PyIterator;
import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyDescriptor;
import dev.adder.runtime.PyMethodDescriptor;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.vm.AsyncOps;

/**
 * The built-in functions {@code aiter()} and {@code anext()}, and the {@code anext_awaitable} that
 * the two-argument {@code anext} returns (CPython 3.11: Python/bltinmodule.c builtin_aiter,
 * builtin_anext_impl; Objects/iterobject.c anextawaitable_*).
 */
final class AsyncFunctions {
    private AsyncFunctions() {
    }

    /** {@code type(anext(ait, default))}. */
    static final PyType ANEXT_AWAITABLE = awaitableType();

    private static PyType awaitableType() {
        StartupTable entry = new StartupTable(StartupTable.ANEXT_AWAITABLE);
        return PyType.builtin("anext_awaitable", CoreTypes.OBJECT, entry).fillLazily(entry);
    }

    // CPython 3.11: Objects/abstract.c PyObject_GetAIter
    static Object aiter(Object[] args, String[] kw) {
        Object o = Args.one("aiter", args, kw);
        PyType t = Ops.type(o);
        Object f = t.lookup("__aiter__");
        if (f == null) {
            throw Errors.typeError("'" + t.name() + "' object is not an async iterable");
        }
        Object it = Ops.call(bind(f, o, t));
        if (Ops.type(it).lookup("__anext__") == null) {
            throw Errors.typeError("aiter() returned not an async iterator of type '" + Errors.typeName(it) + "'");
        }
        return it;
    }

    // CPython 3.11: Python/bltinmodule.c builtin_anext_impl
    static Object anext(Object[] args, String[] kw) {
        int n = Args.fastcall("anext", args, kw, 1, 2);
        Object ait = args[0];
        PyType t = Ops.type(ait);
        Object f = t.lookup("__anext__");
        if (f == null) {
            throw Errors.typeError("'" + t.name() + "' object is not an async iterator");
        }
        Object awaitable = Ops.call(bind(f, ait, t));
        return n == 1 ? awaitable : new AnextAwaitable(awaitable, args[1]);
    }

    private static Object bind(Object attr, Object self, PyType t) {
        return attr instanceof PyDescriptor d ? d.get(self, t) : attr;
    }

    /** Awaits {@code wrapped}, turning its StopAsyncIteration into the result {@code dflt}. */
    static final class AnextAwaitable implements PyObject {
        private final Object wrapped;
        private final Object dflt;

        AnextAwaitable(Object wrapped, Object dflt) {
            this.wrapped = wrapped;
            this.dflt = dflt;
        }

        @Override
        public PyType type() {
            return ANEXT_AWAITABLE;
        }

        // CPython 3.11: Objects/iterobject.c anextawaitable_getiter
        private Object iter() {
            Object a = AsyncOps.awaitableIter(wrapped);
            if (!(a instanceof PyIterator) && Ops.type(a).lookup("__next__") == null) {
                a = Ops.call(Ops.getattr(a, "__await__"));
                if (!(a instanceof PyIterator) && Ops.type(a).lookup("__next__") == null) {
                    throw Errors.typeError("__await__ returned a non-iterable");
                }
            }
            return a;
        }

        // CPython 3.11: Objects/iterobject.c anextawaitable_proxy
        Object proxy(String meth, Object[] args) {
            Object a = iter();
            try {
                return Ops.call(Ops.getattr(a, meth), args, null);
            } catch (PyBaseException e) {
                if (e.isInstance(ExceptionTypes.STOP_ASYNC_ITERATION)) {
                    throw new PyBaseException(ExceptionTypes.STOP_ITERATION,
                            dflt == PyNone.NONE ? new Object[0] : new Object[] {dflt});
                }
                throw e;
            }
        }
    }

    static void defineAwaitable(PyType t) {
        t.define("__await__", new PyMethodDescriptor(t, "__await__", null, (a, k) -> self(a[0])));
        t.define("__iter__", new PyMethodDescriptor(t, "__iter__", null, (a, k) -> self(a[0])));
        t.define("__next__", new PyMethodDescriptor(t, "__next__", null,
                (a, k) -> self(a[0]).proxy("__next__", new Object[0])));
        t.define("send", new PyMethodDescriptor(t, "send", null,
                (a, k) -> self(a[0]).proxy("send", java.util.Arrays.copyOfRange(a, 1, a.length))));
        t.define("throw", new PyMethodDescriptor(t, "throw", null,
                (a, k) -> self(a[0]).proxy("throw", java.util.Arrays.copyOfRange(a, 1, a.length))));
        t.define("close", new PyMethodDescriptor(t, "close", null,
                (a, k) -> self(a[0]).proxy("close", java.util.Arrays.copyOfRange(a, 1, a.length))));
    }

    private static AnextAwaitable self(Object o) {
        if (o instanceof AnextAwaitable w) {
            return w;
        }
        throw Errors.typeError("descriptor for 'anext_awaitable' objects doesn't apply to a '"
                + Errors.typeName(o) + "' object");
    }
}
