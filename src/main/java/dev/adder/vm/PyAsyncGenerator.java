package dev.adder.vm;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyGetSetDescriptor;
import dev.adder.runtime.PyMethodDescriptor;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;

/**
 * The object an {@code async def} containing {@code yield} returns (CPython 3.11:
 * Objects/genobject.c, PyAsyncGen_Type): {@code __anext__}/{@code asend}/{@code athrow}/{@code
 * aclose} return awaitables ({@link AsyncGenAwaitables}) that drive its {@link GenCore}.
 */
public final class PyAsyncGenerator implements PyObject {
    /** {@code type(agen)}: {@code async_generator}. */
    public static final PyType TYPE = PyType.builtin("async_generator", CoreTypes.OBJECT, GenCore.noNew("async_generator"))
            .fillLazily(PyAsyncGenerator::define);

    final GenCore core;
    /** {@code ag_running}: an asend/athrow awaitable is being iterated. */
    boolean runningAsync;
    /** Set once the generator finished or was closed: athrow/aclose then end at once. */
    boolean closed;

    PyAsyncGenerator(InterpreterState interp, Frame frame) {
        this.core = new GenCore(interp, frame, GenCore.Kind.ASYNC_GENERATOR);
    }

    /** A value an async generator yields, told apart from what its awaits yield (ASYNC_GEN_WRAP). */
    record Wrapped(Object value) {
    }

    // CPython 3.11: Objects/genobject.c async_gen_unwrap_value
    /**
     * What a step of the generator means to the awaitable driving it: a yielded (wrapped) value ends
     * the await with StopIteration(value); a finished generator raises StopAsyncIteration; anything
     * else an inner await yielded passes through to the event loop.
     */
    Object unwrap(Object result) {
        if (result == null) {
            closed = true;
            runningAsync = false;
            throw new PyBaseException(ExceptionTypes.STOP_ASYNC_ITERATION, new Object[0]);
        }
        if (result instanceof Wrapped w) {
            runningAsync = false;
            throw GenCore.stopIteration(w.value());
        }
        return result;
    }

    /** Marks the generator closed when {@code e} (escaping a step) ends it, as async_gen_unwrap_value does. */
    PyBaseException failed(PyBaseException e) {
        if (e.isInstance(ExceptionTypes.STOP_ASYNC_ITERATION) || e.isInstance(ExceptionTypes.GENERATOR_EXIT)) {
            closed = true;
        }
        runningAsync = false;
        return e;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code <async_generator object f at 0x...>}. */
    public String repr() {
        return "<async_generator object " + core.qualname + " at " + Ids.hex(this) + ">";
    }

    private static void define(PyType t) {
        t.define("__aiter__", new PyMethodDescriptor(t, "__aiter__", null, (a, k) -> {
            GenCore.slotNoArgs(a);
            return self(a[0]);
        }));
        t.define("__anext__", new PyMethodDescriptor(t, "__anext__", null, (a, k) -> {
            GenCore.slotNoArgs(a);
            return new AsyncGenAwaitables.ASend(self(a[0]), dev.adder.runtime.PyNone.NONE);
        }));
        t.define("asend", new PyMethodDescriptor(t, "asend", null, (a, k) -> {
            if (a.length != 2) {
                throw Errors.typeError("async_generator.asend() takes exactly one argument (" + (a.length - 1)
                        + " given)");
            }
            return new AsyncGenAwaitables.ASend(self(a[0]), a[1]);
        }));
        t.define("athrow", new PyMethodDescriptor(t, "athrow", null, (a, k) -> {
            // CPython checks the arguments only when the awaitable first runs
            return new AsyncGenAwaitables.AThrow(self(a[0]), a);
        }));
        t.define("aclose", new PyMethodDescriptor(t, "aclose", null, (a, k) -> {
            GenCore.noArgs("async_generator.aclose", a);
            return new AsyncGenAwaitables.AThrow(self(a[0]), null);
        }));
        t.define("__repr__", new PyMethodDescriptor(t, "__repr__", null, (a, k) -> self(a[0]).repr()));
        t.define("__name__", new PyGetSetDescriptor(t, "__name__", o -> self(o).core.name, null));
        t.define("__qualname__", new PyGetSetDescriptor(t, "__qualname__", o -> self(o).core.qualname, null));
        t.define("ag_running", new PyGetSetDescriptor(t, "ag_running", o -> self(o).runningAsync, null));
        t.define("ag_code", new PyGetSetDescriptor(t, "ag_code", o -> self(o).core.code(), null));
        t.define("ag_frame", new PyGetSetDescriptor(t, "ag_frame", o -> self(o).core.frameObject(), null));
        t.define("ag_await", new PyGetSetDescriptor(t, "ag_await", o -> self(o).core.yieldFrom(), null));
    }

    private static PyAsyncGenerator self(Object o) {
        if (o instanceof PyAsyncGenerator g) {
            return g;
        }
        throw Errors.typeError("descriptor for 'async_generator' objects doesn't apply to a '"
                + Errors.typeName(o) + "' object");
    }
}
