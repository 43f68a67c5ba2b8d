package dev.adder.vm;

import dev.adder.objects.Ops;
import dev.adder.objects.PyIterator;
import dev.adder.runtime.Errors;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyDescriptor;
import dev.adder.runtime.PyType;

/**
 * The instructions of {@code await}, {@code async for} and {@code async with} (CPython 3.11:
 * Python/ceval.c GET_AWAITABLE, GET_AITER, GET_ANEXT, END_ASYNC_FOR, BEFORE_ASYNC_WITH;
 * Objects/genobject.c _PyCoro_GetAwaitableIter).
 */
public final class AsyncOps {
    private AsyncOps() {
    }

    // CPython 3.11: Objects/genobject.c _PyCoro_GetAwaitableIter
    /**
     * The iterator {@code await o} drives: a coroutine (or a {@code types.coroutine} generator)
     * itself, else what {@code o.__await__()} returns, which must be an iterator.
     */
    public static Object awaitableIter(Object o) {
        if (o instanceof PyCoroutine || o instanceof PyGenerator g && g.core.iterableCoroutine()) {
            return o;
        }
        PyType t = Ops.type(o);
        Object await = t.lookup("__await__");
        if (await == null) {
            throw Errors.typeError("object " + t.name() + " can't be used in 'await' expression");
        }
        Object res = Ops.call(bind(await, o, t));
        if (res instanceof PyCoroutine || res instanceof PyGenerator g && g.core.iterableCoroutine()) {
            throw Errors.typeError("__await__() returned a coroutine");
        }
        if (!(res instanceof PyIterator) && Ops.type(res).lookup("__next__") == null) {
            throw Errors.typeError("__await__() returned non-iterator of type '" + Errors.typeName(res) + "'");
        }
        return res;
    }

    // CPython 3.11: Python/ceval.c GET_AWAITABLE, format_awaitable_error
    /** GET_AWAITABLE: {@code oparg} 1 and 2 say the object came from {@code __aenter__}/{@code __aexit__}. */
    static Object getAwaitable(Object o, int oparg) {
        Object iter;
        try {
            iter = awaitableIter(o);
        } catch (PyBaseException e) {
            if (oparg != 0 && Ops.type(o).lookup("__await__") == null) {
                throw Errors.typeError("'async with' received an object from " + (oparg == 1 ? "__aenter__" : "__aexit__")
                        + " that does not implement __await__: " + Errors.typeName(o));
            }
            throw e;
        }
        if (iter instanceof PyCoroutine c && c.core.yf() != null) {
            throw Errors.runtimeError("coroutine is being awaited already");
        }
        return iter;
    }

    // CPython 3.11: Python/ceval.c GET_AITER
    /** GET_AITER: {@code o.__aiter__()}, which must have {@code __anext__}. */
    static Object getAiter(Object o) {
        PyType t = Ops.type(o);
        Object aiter = t.lookup("__aiter__");
        if (aiter == null) {
            throw Errors.typeError("'async for' requires an object with __aiter__ method, got " + t.name());
        }
        Object it = Ops.call(bind(aiter, o, t));
        if (Ops.type(it).lookup("__anext__") == null) {
            throw Errors.typeError("'async for' received an object from __aiter__ that does not implement __anext__: "
                    + Errors.typeName(it));
        }
        return it;
    }

    // CPython 3.11: Python/ceval.c GET_ANEXT
    /** GET_ANEXT: the awaitable of {@code aiter.__anext__()}. */
    static Object getAnext(Object aiter) {
        if (aiter instanceof PyAsyncGenerator g) {
            return new AsyncGenAwaitables.ASend(g, dev.adder.runtime.PyNone.NONE);
        }
        PyType t = Ops.type(aiter);
        Object anext = t.lookup("__anext__");
        if (anext == null) {
            throw Errors.typeError("'async for' requires an iterator with __anext__ method, got " + t.name());
        }
        Object next = Ops.call(bind(anext, aiter, t));
        try {
            return awaitableIter(next);
        } catch (PyBaseException e) {
            PyBaseException r = Errors.typeError("'async for' received an invalid object from __anext__: "
                    + Errors.typeName(next));
            r.setCause(e);
            r.setContext(e);
            throw r;
        }
    }

    /** END_ASYNC_FOR: whether the exception on top ends the loop (StopAsyncIteration); else the loop re-raises it. */
    static boolean endsAsyncFor(Object exc) {
        return exc instanceof PyBaseException e && e.isInstance(ExceptionTypes.STOP_ASYNC_ITERATION);
    }

    // CPython 3.11: Python/ceval.c BEFORE_ASYNC_WITH
    /** BEFORE_ASYNC_WITH: replaces the manager by its bound {@code __aexit__} and pushes {@code __aenter__()}. */
    static int beforeAsyncWith(Object[] lp, int sp) {
        Object mgr = lp[sp - 1];
        PyType t = Ops.type(mgr);
        Object enter = t.lookup("__aenter__");
        if (enter == null) {
            throw Errors.typeError("'" + t.name() + "' object does not support the asynchronous context manager protocol");
        }
        Object exit = t.lookup("__aexit__");
        if (exit == null) {
            throw Errors.typeError("'" + t.name()
                    + "' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
        }
        lp[sp - 1] = bind(exit, mgr, t);
        lp[sp] = Ops.call(bind(enter, mgr, t));
        return sp + 1;
    }

    /** ASYNC_GEN_WRAP: marks a value an async generator yields. */
    static Object wrap(Object v) {
        return new PyAsyncGenerator.Wrapped(v);
    }

    private static Object bind(Object attr, Object self, PyType t) {
        return attr instanceof PyDescriptor d ? d.get(self, t) : attr;
    }
}
