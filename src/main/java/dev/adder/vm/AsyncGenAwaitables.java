package dev.adder.vm;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyMethodDescriptor;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;

/**
 * The awaitables an async generator's {@code __anext__}/{@code asend} and {@code athrow}/{@code aclose}
 * return (CPython 3.11: Objects/genobject.c async_gen_asend_* and async_gen_athrow_*). Each drives
 * the generator's frame one {@code yield} far; the value yielded ends the await.
 */
final class AsyncGenAwaitables {
    private AsyncGenAwaitables() {
    }

    static final int INIT = 0;
    static final int ITER = 1;
    static final int CLOSED = 2;

    /** {@code type(agen.asend(v))}. */
    static final PyType ASEND_TYPE = PyType.builtin("async_generator_asend", CoreTypes.OBJECT, GenCore.noNew("async_generator_asend"))
            .fillLazily(t -> define(t, "async_generator_asend"));
    /** {@code type(agen.athrow(e))}. */
    static final PyType ATHROW_TYPE = PyType.builtin("async_generator_athrow", CoreTypes.OBJECT, GenCore.noNew("async_generator_athrow"))
            .fillLazily(t -> define(t, "async_generator_athrow"));

    /** The common part: a state, the value that ended the await, and Python's iterator methods. */
    abstract static class Awaitable implements PyObject, AmSend {
        final PyAsyncGenerator gen;
        int state = INIT;
        Object result = PyNone.NONE;

        Awaitable(PyAsyncGenerator gen) {
            this.gen = gen;
        }

        @Override
        public Object returned() {
            return result;
        }

        abstract Object throwIn(Object[] args);

        /** {@code send(v)} as Python sees it: the end of the await is StopIteration(value). */
        final Object sendPy(Object v) {
            Object r = sendOrNull(v);
            if (r == null) {
                throw GenCore.stopIteration(result);
            }
            return r;
        }

        /** Ends the await with {@code value} (a yielded, unwrapped value). */
        final Object done(Object value) {
            state = CLOSED;
            gen.runningAsync = false;
            result = value;
            return null;
        }
    }

    /** {@code agen.asend(v)} and {@code agen.__anext__()}. */
    static final class ASend extends Awaitable {
        private final Object sendval;

        ASend(PyAsyncGenerator gen, Object sendval) {
            super(gen);
            this.sendval = sendval;
        }

        @Override
        public PyType type() {
            return ASEND_TYPE;
        }

        // CPython 3.11: async_gen_asend_send
        @Override
        public Object sendOrNull(Object arg) {
            if (state == CLOSED) {
                throw Errors.runtimeError("cannot reuse already awaited __anext__()/asend()");
            }
            if (state == INIT) {
                if (gen.runningAsync) {
                    throw Errors.runtimeError("anext(): asynchronous generator is already running");
                }
                if (arg == PyNone.NONE) {
                    arg = sendval;
                }
                state = ITER;
            }
            gen.runningAsync = true;
            Object r;
            try {
                r = gen.core.send(arg, null, false);
            } catch (PyBaseException e) {
                state = CLOSED;
                throw gen.failed(e);
            }
            return unwrap(r);
        }

        // CPython 3.11: async_gen_asend_throw
        @Override
        Object throwIn(Object[] args) {
            if (state == CLOSED) {
                throw Errors.runtimeError("cannot reuse already awaited __anext__()/asend()");
            }
            Object r;
            try {
                r = gen.core.throwIn(true, GenCore.exception("throw", args));
            } catch (PyBaseException e) {
                state = CLOSED;
                throw gen.failed(e);
            }
            return unwrap(r);
        }

        private Object unwrap(Object r) {
            if (r instanceof PyAsyncGenerator.Wrapped w) {
                return done(w.value());
            }
            if (r == null) {
                state = CLOSED;
                throw gen.failed(new PyBaseException(ExceptionTypes.STOP_ASYNC_ITERATION, new Object[0]));
            }
            return r;
        }
    }

    /** {@code agen.athrow(typ[, val[, tb]])}, and {@code agen.aclose()} ({@code args == null}). */
    static final class AThrow extends Awaitable {
        /** The athrow arguments as a method call gets them (self first), or null for aclose. */
        private final Object[] args;

        AThrow(PyAsyncGenerator gen, Object[] args) {
            super(gen);
            this.args = args;
        }

        @Override
        public PyType type() {
            return ATHROW_TYPE;
        }

        // CPython 3.11: async_gen_athrow_send
        @Override
        public Object sendOrNull(Object arg) {
            if (state == CLOSED) {
                throw Errors.runtimeError("cannot reuse already awaited aclose()/athrow()");
            }
            if (gen.core.state == GenCore.COMPLETED) {
                state = CLOSED;
                result = PyNone.NONE;
                return null;
            }
            Object r;
            if (state == INIT) {
                if (gen.runningAsync) {
                    state = CLOSED;
                    throw Errors.runtimeError((args == null ? "aclose()" : "athrow()")
                            + ": asynchronous generator is already running");
                }
                if (gen.closed) {
                    state = CLOSED;
                    throw new PyBaseException(ExceptionTypes.STOP_ASYNC_ITERATION, new Object[0]);
                }
                if (arg != PyNone.NONE) {
                    throw Errors.runtimeError("can't send non-None value to a just-started coroutine");
                }
                state = ITER;
                gen.runningAsync = true;
                if (args == null) {
                    gen.closed = true;
                }
                try {
                    PyBaseException exc = args == null
                            ? new PyBaseException(ExceptionTypes.GENERATOR_EXIT, new Object[0])
                            : GenCore.exception("athrow", args);
                    r = gen.core.throwIn(false, exc);
                } catch (PyBaseException e) {
                    return checkError(args == null ? e : gen.failed(e));
                }
            } else {
                try {
                    r = gen.core.send(arg, null, false);
                } catch (PyBaseException e) {
                    return checkError(args == null ? e : gen.failed(e));
                }
            }
            return after(r);
        }

        // CPython 3.11: async_gen_athrow_throw
        @Override
        Object throwIn(Object[] throwArgs) {
            if (state == CLOSED) {
                throw Errors.runtimeError("cannot reuse already awaited aclose()/athrow()");
            }
            Object r;
            try {
                r = gen.core.throwIn(true, GenCore.exception("throw", throwArgs));
            } catch (PyBaseException e) {
                if (args != null) {
                    throw gen.failed(e);
                }
                if (isEnd(e)) {
                    result = PyNone.NONE;
                    return null;
                }
                throw e;
            }
            return after(r);
        }

        /** A step's result: the end of the await, or a value an inner await yielded. */
        private Object after(Object r) {
            if (args != null) {
                if (r instanceof PyAsyncGenerator.Wrapped w) {
                    return done(w.value());
                }
                if (r == null) {
                    return checkError(gen.failed(new PyBaseException(ExceptionTypes.STOP_ASYNC_ITERATION,
                            new Object[0])));
                }
                return r;
            }
            if (r instanceof PyAsyncGenerator.Wrapped) {
                gen.runningAsync = false;
                state = CLOSED;
                throw Errors.runtimeError("async generator ignored GeneratorExit");
            }
            if (r == null) {
                return checkError(new PyBaseException(ExceptionTypes.STOP_ASYNC_ITERATION, new Object[0]));
            }
            return r;
        }

        private Object checkError(PyBaseException e) {
            gen.runningAsync = false;
            state = CLOSED;
            if (args == null && isEnd(e)) {
                result = PyNone.NONE;
                return null;
            }
            throw e;
        }

        private static boolean isEnd(PyBaseException e) {
            return e.isInstance(ExceptionTypes.STOP_ASYNC_ITERATION) || e.isInstance(ExceptionTypes.GENERATOR_EXIT);
        }
    }

    private static void define(PyType t, String name) {
        t.define("__await__", new PyMethodDescriptor(t, "__await__", null, (a, k) -> self(a[0], name)));
        t.define("__iter__", new PyMethodDescriptor(t, "__iter__", null, (a, k) -> self(a[0], name)));
        t.define("__next__", new PyMethodDescriptor(t, "__next__", null,
                (a, k) -> self(a[0], name).sendPy(PyNone.NONE)));
        t.define("send", new PyMethodDescriptor(t, "send", null, (a, k) -> {
            if (a.length != 2) {
                throw Errors.typeError(name + ".send() takes exactly one argument (" + (a.length - 1) + " given)");
            }
            return self(a[0], name).sendPy(a[1]);
        }));
        t.define("throw", new PyMethodDescriptor(t, "throw", null, (a, k) -> {
            Awaitable w = self(a[0], name);
            Object r = w.throwIn(a);
            if (r == null) {
                throw GenCore.stopIteration(w.result);
            }
            return r;
        }));
        t.define("close", new PyMethodDescriptor(t, "close", null, (a, k) -> {
            self(a[0], name).state = CLOSED;
            return PyNone.NONE;
        }));
    }

    private static Awaitable self(Object o, String name) {
        if (o instanceof Awaitable w && w.type().name().equals(name)) {
            return w;
        }
        throw Errors.typeError("descriptor for '" + name + "' objects doesn't apply to a '" + Errors.typeName(o)
                + "' object");
    }
}
