package dev.adder.vm;

import dev.adder.bytecode.PyCode;
import dev.adder.objects.Ops;
import dev.adder.runtime.Errors;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyType;

/**
 * The frame-driving part shared by generators, coroutines and async generators (CPython 3.11:
 * Objects/genobject.c gen_send_ex2, _gen_throw, gen_close, _PyGen_yf). It owns the frame that
 * RETURN_GENERATOR detached from its call and runs it, as the entry of a new dispatch loop, until
 * YIELD_VALUE or RETURN_VALUE. The three Python types hold one each (they cannot share a Java base:
 * a generator is also a {@code PyIterator}).
 */
final class GenCore {
    /** Which of the three objects this core drives: it picks the error messages. */
    enum Kind {
        GENERATOR("generator"), COROUTINE("coroutine"), ASYNC_GENERATOR("async generator");

        final String text;

        Kind(String text) {
            this.text = text;
        }
    }

    static final int CREATED = 0;
    static final int SUSPENDED = 1;
    static final int RUNNING = 2;
    static final int COMPLETED = 3;

    final Frame frame;
    final InterpreterState interp;
    final Kind kind;
    final String name;
    final String qualname;
    int state = CREATED;
    /** The value of the {@code return} that finished the frame (None until then). */
    Object returnValue = PyNone.NONE;
    /** The exception this frame was handling when it yielded (its own exc_info), or null. */
    private PyBaseException savedHandled;
    /** {@code gi_frame}: one view per frame, so {@code g.gi_frame is g.gi_frame}. */
    private PyFrameObject frameView;

    GenCore(InterpreterState interp, Frame frame, Kind kind) {
        this.interp = interp;
        this.frame = frame;
        this.kind = kind;
        this.name = frame.function != null ? frame.function.name : frame.code.co_name();
        this.qualname = frame.function != null ? frame.function.qualname : frame.code.co_qualname();
    }

    // CPython 3.11: Objects/genobject.c gen_send_ex2
    /**
     * Resumes the frame with {@code arg} pushed (or {@code exc} raised at the suspended instruction):
     * the yielded value, or null once the frame returned ({@link #returnValue} then holds its value).
     */
    Object send(Object arg, PyBaseException exc, boolean closing) {
        if (state == CREATED && exc == null && arg != PyNone.NONE) {
            throw Errors.typeError("can't send non-None value to a just-started " + kind.text);
        }
        if (state == RUNNING) {
            throw Errors.valueError(kind.text + " already executing");
        }
        if (state == COMPLETED) {
            if (kind == Kind.COROUTINE && !closing) {
                throw Errors.runtimeError("cannot reuse already awaited coroutine");
            }
            if (exc != null) {
                throw exc;
            }
            returnValue = PyNone.NONE;
            return null;
        }
        ThreadState ts = interp.threadState();
        PyBaseException outer = ts.handled;
        ts.handled = savedHandled != null ? savedHandled : outer;
        state = RUNNING;
        frame.yielded = false;
        if (exc != null) {
            frame.pending = exc;
        } else {
            frame.localsplus[frame.sp++] = arg;
        }
        boolean done = true;
        try {
            Object r = Interpreter.resume(ts, frame);
            if (frame.yielded) {
                done = false;
                return r;
            }
            returnValue = r;
            return null;
        } catch (PyBaseException e) {
            throw pep479(e);
        } finally {
            state = done ? COMPLETED : SUSPENDED;
            savedHandled = !done && ts.handled != outer ? ts.handled : null;
            ts.handled = outer;
        }
    }

    /** A StopIteration (or, in an async generator, StopAsyncIteration) leaving the frame becomes a RuntimeError. */
    private PyBaseException pep479(PyBaseException e) {
        String msg;
        if (e.isInstance(ExceptionTypes.STOP_ITERATION)) {
            msg = kind.text + " raised StopIteration";
        } else if (kind == Kind.ASYNC_GENERATOR && e.isInstance(ExceptionTypes.STOP_ASYNC_ITERATION)) {
            msg = "async generator raised StopAsyncIteration";
        } else {
            return e;
        }
        // CPython 3.11: _PyErr_FormatFromCause
        PyBaseException r = Errors.runtimeError(msg);
        r.setCause(e);
        r.setContext(e);
        return r;
    }

    // CPython 3.11: Objects/genobject.c _PyGen_yf
    /** The object a suspended {@code yield from}/{@code await} delegates to, or null. */
    Object yf() {
        if (state != SUSPENDED) {
            return null;
        }
        int w = frame.words[frame.ip];
        if ((w & 0xFF) != OpNumbers.RESUME || (w >>> 8) < 2) {
            return null;
        }
        return frame.localsplus[frame.sp - 1];
    }

    /** Drops the delegate from the stack and moves the frame past its SEND loop, as _gen_throw does. */
    private void leaveYieldFrom() {
        frame.localsplus[--frame.sp] = null;
        int send = frame.lasti - 1;
        frame.ip = send + 1 + (frame.words[send] >>> 8);
        frame.lasti = frame.ip - 1;
    }

    // CPython 3.11: Objects/genobject.c _gen_throw
    /**
     * {@code throw(exc)}: delegated to the object a {@code yield from}/{@code await} waits on, else
     * raised in the frame; the next yielded value, or null once the frame returned.
     */
    Object throwIn(boolean closeOnGenExit, PyBaseException exc) {
        Object yf = yf();
        if (yf == null) {
            return send(PyNone.NONE, exc, false);
        }
        if (closeOnGenExit && exc.isInstance(ExceptionTypes.GENERATOR_EXIT)) {
            PyBaseException err = null;
            state = RUNNING;
            try {
                closeIter(yf);
            } catch (PyBaseException e) {
                err = e;
            } finally {
                state = SUSPENDED;
            }
            return send(PyNone.NONE, err != null ? err : exc, false);
        }
        GenCore inner = of(yf);
        Object meth = null;
        if (inner == null) {
            meth = Ops.getattrOrNull(yf, "throw");
            if (meth == null) {
                return send(PyNone.NONE, exc, false);
            }
        }
        Object ret;
        PyBaseException err = null;
        state = RUNNING;
        try {
            ret = inner != null ? inner.throwIn(closeOnGenExit, exc) : Ops.call(meth, exc);
        } catch (PyBaseException e) {
            ret = null;
            err = e;
        } finally {
            state = SUSPENDED;
        }
        if (ret != null) {
            return ret;
        }
        // the delegate finished: leave the SEND loop with its value, or raise its error here
        leaveYieldFrom();
        if (err == null) {
            return send(inner.returnValue, null, false);
        }
        if (err.isInstance(ExceptionTypes.STOP_ITERATION)) {
            return send(stopValue(err), null, false);
        }
        return send(PyNone.NONE, err, false);
    }

    // CPython 3.11: Objects/genobject.c gen_close
    /** {@code close()}: closes the delegate, then raises GeneratorExit in the frame. */
    void close() {
        if (state == CREATED) {
            // the GeneratorExit would leave the frame at once: no need to run it
            state = COMPLETED;
            return;
        }
        Object yf = yf();
        PyBaseException exc = null;
        if (yf != null) {
            state = RUNNING;
            try {
                closeIter(yf);
            } catch (PyBaseException e) {
                exc = e;
            } finally {
                state = SUSPENDED;
            }
        }
        if (exc == null) {
            exc = new PyBaseException(ExceptionTypes.GENERATOR_EXIT, new Object[0]);
        }
        Object r;
        try {
            r = send(PyNone.NONE, exc, true);
        } catch (PyBaseException e) {
            if (e.isInstance(ExceptionTypes.GENERATOR_EXIT) || e.isInstance(ExceptionTypes.STOP_ITERATION)) {
                return;
            }
            throw e;
        }
        if (r != null) {
            throw Errors.runtimeError(kind.text + " ignored GeneratorExit");
        }
    }

    // CPython 3.11: Objects/genobject.c gen_close_iter
    private static void closeIter(Object yf) {
        GenCore inner = of(yf);
        if (inner != null) {
            inner.close();
            return;
        }
        Object meth = Ops.getattrOrNull(yf, "close");
        if (meth != null) {
            Ops.call(meth);
        }
    }

    /** The core of a generator or coroutine (the objects CPython's _gen_throw fast-tracks), else null. */
    static GenCore of(Object o) {
        if (o instanceof PyGenerator g) {
            return g.core;
        }
        if (o instanceof PyCoroutine c) {
            return c.core;
        }
        return null;
    }

    /** The constructor of a type Python code cannot instantiate: {@code type(g)()} raises CPython's TypeError. */
    static PyType.New noNew(String name) {
        return (type, args, kwnames) -> {
            throw Errors.typeError("cannot create '" + name + "' instances");
        };
    }

    /** Checks that a method without parameters got none: CPython's METH_NOARGS message. */
    static void noArgs(String method, Object[] a) {
        if (a.length != 1) {
            throw Errors.typeError(method + "() takes no arguments (" + (a.length - 1) + " given)");
        }
    }

    /** Checks that a slot wrapper ({@code __next__}, {@code __iter__}, {@code __await__}) got no arguments. */
    static void slotNoArgs(Object[] a) {
        if (a.length != 1) {
            throw Errors.typeError("expected 0 arguments, got " + (a.length - 1));
        }
    }

    /** {@code StopIteration.value}: its first argument, or None. */
    static Object stopValue(PyBaseException e) {
        Object[] a = e.args();
        return a.length > 0 ? a[0] : PyNone.NONE;
    }

    /** A new StopIteration carrying {@code value} (no arguments for None, as CPython). */
    static PyBaseException stopIteration(Object value) {
        return new PyBaseException(ExceptionTypes.STOP_ITERATION,
                value == PyNone.NONE ? new Object[0] : new Object[] {value});
    }

    /** {@code gi_running}. */
    boolean running() {
        return state == RUNNING;
    }

    /** {@code gi_suspended}. */
    boolean suspended() {
        return state == SUSPENDED;
    }

    /** {@code gi_code}. */
    PyCodeObject code() {
        return PyCodeObject.of(frame.code);
    }

    /** {@code gi_frame}: the frame, or None once the generator finished. */
    Object frameObject() {
        if (state == COMPLETED) {
            return PyNone.NONE;
        }
        if (frameView == null) {
            frameView = new PyFrameObject(frame);
        }
        return frameView;
    }

    /** {@code gi_yieldfrom}/{@code cr_await}/{@code ag_await}: the delegate, or None. */
    Object yieldFrom() {
        Object yf = yf();
        return yf == null ? PyNone.NONE : yf;
    }

    /** Whether the frame's code is a generator marked by {@code types.coroutine} (CO_ITERABLE_COROUTINE). */
    boolean iterableCoroutine() {
        return (frame.code.co_flags() & PyCode.CO_ITERABLE_COROUTINE) != 0;
    }

    // CPython 3.11: Objects/genobject.c _gen_throw (throw_here: the type, value, traceback forms)
    /** The exception {@code throw(typ[, val[, tb]])} raises ({@code name} is the method, for messages), or CPython's TypeError for bad arguments. */
    static PyBaseException exception(String name, Object[] a) {
        if (a.length < 2) {
            throw Errors.typeError(name + " expected at least 1 argument, got 0");
        }
        if (a.length > 4) {
            throw Errors.typeError(name + " expected at most 3 arguments, got " + (a.length - 1));
        }
        Object typ = a[1];
        Object val = a.length > 2 ? a[2] : PyNone.NONE;
        Object tb = a.length > 3 ? a[3] : PyNone.NONE;
        if (tb != PyNone.NONE && !(tb instanceof PyTraceback)) {
            throw Errors.typeError("throw() third argument must be a traceback object");
        }
        PyBaseException e;
        if (typ instanceof PyBaseException inst) {
            if (val != PyNone.NONE) {
                throw Errors.typeError("instance exception may not have a separate value");
            }
            e = inst;
        } else if (typ instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            e = normalize(t, val);
        } else {
            throw Errors.typeError("exceptions must be classes or instances deriving from BaseException, not "
                    + Errors.typeName(typ));
        }
        if (tb instanceof PyTraceback t) {
            e.setTraceback(t);
        }
        return e;
    }

    // CPython 3.11: Python/errors.c _PyErr_NormalizeException
    private static PyBaseException normalize(PyType t, Object val) {
        if (val instanceof PyBaseException v && v.type().isSubtypeOf(t)) {
            return v;
        }
        Object r;
        if (val == PyNone.NONE) {
            r = Ops.call(t);
        } else if (val instanceof dev.adder.objects.PyTuple tup) {
            r = Ops.call(t, tup.toArray(), null);
        } else {
            r = Ops.call(t, val);
        }
        if (r instanceof PyBaseException e) {
            return e;
        }
        throw Errors.typeError("calling " + t.name() + " should have returned an instance of BaseException, not "
                + Errors.typeName(r));
    }
}
