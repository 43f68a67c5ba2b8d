package dev.adder.vm;

import dev.adder.objects.Ops;
import dev.adder.objects.PyIterator;
import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyGetSetDescriptor;
import dev.adder.runtime.PyMethodDescriptor;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyType;
import dev.adder.runtime.ScriptTermination;

/**
 * A generator (CPython 3.11: Objects/genobject.c): owns the frame RETURN_GENERATOR detached from its
 * call; each resumption runs that frame as the entry of a new dispatch loop until YIELD_VALUE or
 * RETURN_VALUE. As a {@link PyIterator}, {@link #next} returns null when it is exhausted.
 */
public final class PyGenerator extends PyIterator {
    /** {@code type(g)}: {@code generator}. */
    public static final PyType TYPE = createType();

    private final Frame frame;
    private final InterpreterState interp;
    private final String name;
    private final String qualname;
    private boolean started;
    private boolean running;
    private boolean finished;
    private Object returnValue = PyNone.NONE;
    /** The exception this generator was handling when it yielded (its own exc_info), or null. */
    private PyBaseException savedHandled;

    PyGenerator(InterpreterState interp, Frame frame) {
        this.interp = interp;
        this.frame = frame;
        this.name = frame.function != null ? frame.function.name : frame.code.co_name();
        this.qualname = frame.function != null ? frame.function.qualname : frame.code.co_qualname();
    }

    @Override
    public Object next() {
        return step(PyNone.NONE, null);
    }

    /** The value of the {@code return} that finished the generator (None until then). */
    Object returnValue() {
        return returnValue;
    }

    // CPython 3.11: Objects/genobject.c gen_send_ex2
    /** Resumes with {@code value} sent (or {@code exc} thrown in); the yielded value, or null once finished. */
    Object step(Object value, PyBaseException exc) {
        if (running) {
            throw Errors.valueError("generator already executing");
        }
        if (finished) {
            if (exc != null) {
                throw exc;
            }
            returnValue = PyNone.NONE;
            return null;
        }
        if (!started && exc == null && value != PyNone.NONE) {
            throw Errors.typeError("can't send non-None value to a just-started generator");
        }
        ThreadState ts = interp.threadState();
        PyBaseException outer = ts.handled;
        ts.handled = savedHandled != null ? savedHandled : outer;
        running = true;
        started = true;
        frame.yielded = false;
        if (exc != null) {
            frame.pending = exc;
        } else {
            frame.localsplus[frame.sp++] = value;
        }
        try {
            Object r = Interpreter.resume(ts, frame);
            if (frame.yielded) {
                return r;
            }
            finished = true;
            returnValue = r;
            return null;
        } catch (PyBaseException e) {
            finished = true;
            if (e.isInstance(ExceptionTypes.STOP_ITERATION)) {
                // CPython 3.11: PEP 479, _PyErr_FormatFromCause
                PyBaseException r = Errors.runtimeError("generator raised StopIteration");
                r.setCause(e);
                r.setContext(e);
                throw r;
            }
            throw e;
        } catch (ScriptTermination t) {
            // stopped from outside mid-step: the frame's position is stale, never resume it
            finished = true;
            throw t;
        } finally {
            running = false;
            savedHandled = !finished && ts.handled != outer ? ts.handled : null;
            ts.handled = outer;
        }
    }

    /** {@code g.send(value)}. */
    public Object send(Object value) {
        Object r = step(value, null);
        if (r == null) {
            throw stopIteration(returnValue);
        }
        return r;
    }

    /** {@code g.throw(exc)}. */
    public Object throwIn(PyBaseException exc) {
        Object r = step(null, exc);
        if (r == null) {
            throw stopIteration(returnValue);
        }
        return r;
    }

    // CPython 3.11: Objects/genobject.c gen_close
    /** {@code g.close()}. */
    public void close() {
        if (finished || !started) {
            finished = true;
            return;
        }
        Object r;
        try {
            r = step(null, new PyBaseException(ExceptionTypes.GENERATOR_EXIT, new Object[0]));
        } catch (PyBaseException e) {
            if (e.isInstance(ExceptionTypes.GENERATOR_EXIT) || e.isInstance(ExceptionTypes.STOP_ITERATION)) {
                return;
            }
            throw e;
        }
        if (r != null) {
            throw Errors.runtimeError("generator ignored GeneratorExit");
        }
    }

    static PyBaseException stopIteration(Object value) {
        return new PyBaseException(ExceptionTypes.STOP_ITERATION,
                value == PyNone.NONE ? new Object[0] : new Object[] {value});
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code <generator object f at 0x...>}. */
    public String repr() {
        return "<generator object " + qualname + " at " + Ids.hex(this) + ">";
    }

    private static PyType createType() {
        PyType t = PyType.builtin("generator", CoreTypes.OBJECT, null);
        t.define("__iter__", new PyMethodDescriptor(t, "__iter__", null, (a, k) -> self(a[0])));
        t.define("__next__", new PyMethodDescriptor(t, "__next__", null, (a, k) -> self(a[0]).send(PyNone.NONE)));
        t.define("send", new PyMethodDescriptor(t, "send", null, (a, k) -> {
            if (a.length != 2) {
                throw Errors.typeError("generator.send() takes exactly one argument (" + (a.length - 1) + " given)");
            }
            return self(a[0]).send(a[1]);
        }));
        t.define("throw", new PyMethodDescriptor(t, "throw", null, (a, k) -> {
            if (a.length < 2) {
                throw Errors.typeError("throw expected at least 1 argument, got 0");
            }
            return self(a[0]).throwIn(exception(a[1], a.length > 2 ? a[2] : PyNone.NONE));
        }));
        t.define("close", new PyMethodDescriptor(t, "close", null, (a, k) -> {
            self(a[0]).close();
            return PyNone.NONE;
        }));
        t.define("__repr__", new PyMethodDescriptor(t, "__repr__", null, (a, k) -> self(a[0]).repr()));
        t.define("__name__", new PyGetSetDescriptor(t, "__name__", o -> self(o).name, null));
        t.define("__qualname__", new PyGetSetDescriptor(t, "__qualname__", o -> self(o).qualname, null));
        t.define("gi_running", new PyGetSetDescriptor(t, "gi_running", o -> self(o).running, null));
        return t.freeze();
    }

    // CPython 3.11: Objects/genobject.c _gen_throw (type and value forms)
    private static PyBaseException exception(Object typ, Object val) {
        if (typ instanceof PyBaseException e) {
            if (val != PyNone.NONE) {
                throw Errors.typeError("instance exception may not have a separate value");
            }
            return e;
        }
        if (typ instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            if (val instanceof PyBaseException e && e.type().isSubtypeOf(t)) {
                return e;
            }
            Object r = val == PyNone.NONE ? Ops.call(t) : Ops.call(t, val);
            return (PyBaseException) r;
        }
        throw Errors.typeError("exceptions must be classes or instances deriving from BaseException, not "
                + Errors.typeName(typ));
    }

    private static PyGenerator self(Object o) {
        if (o instanceof PyGenerator g) {
            return g;
        }
        throw Errors.typeError("descriptor for 'generator' objects doesn't apply to a '" + Errors.typeName(o)
                + "' object");
    }
}
