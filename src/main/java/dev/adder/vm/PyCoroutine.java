package dev.adder.vm;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyGetSetDescriptor;
import dev.adder.runtime.PyMethodDescriptor;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;

/**
 * The object an {@code async def} call returns (CPython 3.11: Objects/genobject.c, PyCoro_Type):
 * driven by {@code send}/{@code throw}/{@code close} or awaited; its {@link GenCore} runs the frame.
 */
public final class PyCoroutine implements PyObject, AmSend {
    /** {@code type(coro)}: {@code coroutine}. */
    public static final PyType TYPE = PyType.builtin("coroutine", CoreTypes.OBJECT, GenCore.noNew("coroutine"))
            .fillLazily(PyCoroutine::define);
    /** {@code type(coro.__await__())}: {@code coroutine_wrapper}. */
    public static final PyType WRAPPER_TYPE = PyType.builtin("coroutine_wrapper", CoreTypes.OBJECT, GenCore.noNew("coroutine_wrapper"))
            .fillLazily(PyCoroutine::defineWrapper);

    final GenCore core;

    PyCoroutine(InterpreterState interp, Frame frame) {
        this.core = new GenCore(interp, frame, GenCore.Kind.COROUTINE);
    }

    @Override
    public Object sendOrNull(Object value) {
        return core.send(value, null, false);
    }

    @Override
    public Object returned() {
        return core.returnValue;
    }

    /** {@code coro.send(value)}: the next yielded value, or StopIteration carrying the result. */
    public Object send(Object value) {
        Object r = core.send(value, null, false);
        if (r == null) {
            throw GenCore.stopIteration(core.returnValue);
        }
        return r;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code <coroutine object f at 0x...>}. */
    public String repr() {
        return "<coroutine object " + core.qualname + " at " + Ids.hex(this) + ">";
    }

    static Object throwMethod(GenCore c, Object[] a) {
        Object r = c.throwIn(true, GenCore.exception("throw", a));
        if (r == null) {
            throw GenCore.stopIteration(c.returnValue);
        }
        return r;
    }

    private static void define(PyType t) {
        t.define("__await__", new PyMethodDescriptor(t, "__await__", null, (a, k) -> {
            GenCore.slotNoArgs(a);
            return new Wrapper(self(a[0]));
        }));
        t.define("send", new PyMethodDescriptor(t, "send", null, (a, k) -> {
            if (a.length != 2) {
                throw Errors.typeError("coroutine.send() takes exactly one argument (" + (a.length - 1) + " given)");
            }
            return self(a[0]).send(a[1]);
        }));
        t.define("throw", new PyMethodDescriptor(t, "throw", null, (a, k) -> throwMethod(self(a[0]).core, a)));
        t.define("close", new PyMethodDescriptor(t, "close", null, (a, k) -> {
            GenCore.noArgs("coroutine.close", a);
            self(a[0]).core.close();
            return PyNone.NONE;
        }));
        t.define("__repr__", new PyMethodDescriptor(t, "__repr__", null, (a, k) -> self(a[0]).repr()));
        t.define("__name__", new PyGetSetDescriptor(t, "__name__", o -> self(o).core.name, null));
        t.define("__qualname__", new PyGetSetDescriptor(t, "__qualname__", o -> self(o).core.qualname, null));
        t.define("cr_running", new PyGetSetDescriptor(t, "cr_running", o -> self(o).core.running(), null));
        t.define("cr_suspended", new PyGetSetDescriptor(t, "cr_suspended", o -> self(o).core.suspended(), null));
        t.define("cr_code", new PyGetSetDescriptor(t, "cr_code", o -> self(o).core.code(), null));
        t.define("cr_frame", new PyGetSetDescriptor(t, "cr_frame", o -> self(o).core.frameObject(), null));
        t.define("cr_await", new PyGetSetDescriptor(t, "cr_await", o -> self(o).core.yieldFrom(), null));
        t.define("cr_origin", new PyGetSetDescriptor(t, "cr_origin", o -> PyNone.NONE, null));
    }

    private static PyCoroutine self(Object o) {
        if (o instanceof PyCoroutine c) {
            return c;
        }
        throw Errors.typeError("descriptor for 'coroutine' objects doesn't apply to a '" + Errors.typeName(o)
                + "' object");
    }

    /** {@code coro.__await__()}: an iterator over the coroutine (CPython's {@code coroutine_wrapper}). */
    static final class Wrapper implements PyObject, AmSend {
        final PyCoroutine coro;

        Wrapper(PyCoroutine coro) {
            this.coro = coro;
        }

        @Override
        public Object sendOrNull(Object value) {
            return coro.core.send(value, null, false);
        }

        @Override
        public Object returned() {
            return coro.core.returnValue;
        }

        @Override
        public PyType type() {
            return WRAPPER_TYPE;
        }
    }

    private static void defineWrapper(PyType t) {
        t.define("__iter__", new PyMethodDescriptor(t, "__iter__", null, (a, k) -> {
            GenCore.slotNoArgs(a);
            return wrapper(a[0]);
        }));
        t.define("__next__", new PyMethodDescriptor(t, "__next__", null, (a, k) -> {
            GenCore.slotNoArgs(a);
            return wrapper(a[0]).coro.send(PyNone.NONE);
        }));
        t.define("send", new PyMethodDescriptor(t, "send", null, (a, k) -> {
            if (a.length != 2) {
                throw Errors.typeError("coroutine_wrapper.send() takes exactly one argument (" + (a.length - 1)
                        + " given)");
            }
            return wrapper(a[0]).coro.send(a[1]);
        }));
        t.define("throw", new PyMethodDescriptor(t, "throw", null, (a, k) -> throwMethod(wrapper(a[0]).coro.core, a)));
        t.define("close", new PyMethodDescriptor(t, "close", null, (a, k) -> {
            GenCore.noArgs("coroutine_wrapper.close", a);
            wrapper(a[0]).coro.core.close();
            return PyNone.NONE;
        }));
    }

    private static Wrapper wrapper(Object o) {
        if (o instanceof Wrapper w) {
            return w;
        }
        throw Errors.typeError("descriptor for 'coroutine_wrapper' objects doesn't apply to a '"
                + Errors.typeName(o) + "' object");
    }
}
