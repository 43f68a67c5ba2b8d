package dev.adder.vm;

import dev.adder.bytecode.ExceptionTable;
import dev.adder.objects.Ops;
import dev.adder.objects.PyTuple;
import dev.adder.runtime.Errors;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyDescriptor;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyType;
import dev.adder.runtime.ScriptTermination;
import java.util.Arrays;

/**
 * Raising, matching and unwinding exceptions in the VM: {@code raise} (CPython 3.11: Python/ceval.c
 * do_raise), implicit chaining ({@code _PyErr_SetObject}), {@code except} matching, the context
 * manager opcodes, and the search of the exception table across frames.
 */
final class ExceptionOps {
    private ExceptionOps() {
    }

    /**
     * Turns anything thrown inside the loop into a Python exception (Java faults become SystemError);
     * rethrows a {@link ScriptTermination}, which no Python handler may see.
     */
    static PyBaseException convert(Throwable t) {
        if (t instanceof PyBaseException e) {
            return e;
        }
        if (t instanceof ScriptTermination s) {
            throw s;
        }
        if (t instanceof StackOverflowError) {
            return Errors.of("RecursionError", "maximum recursion depth exceeded while calling a Python object");
        }
        if (t instanceof OutOfMemoryError) {
            return Errors.memoryError(null);
        }
        return Ops.internalError(t);
    }

    /** CPython 3.11: Python/errors.c _PyErr_SetObject: sets {@code __context__} to the handled exception. */
    static void chain(ThreadState ts, PyBaseException value) {
        PyBaseException handled = ts.handled;
        if (handled == null || handled == value) {
            return;
        }
        PyBaseException o = handled;
        for (int guard = 0; guard < 100_000; guard++) {
            PyBaseException context = o.context();
            if (context == null) {
                break;
            }
            if (context == value) {
                o.setContext(null);
                break;
            }
            o = context;
        }
        value.setContext(handled);
    }

    // CPython 3.11: Python/ceval.c do_raise
    /** {@code raise exc [from cause]}: returns the exception to throw, chained. */
    static PyBaseException raise(ThreadState ts, Object exc, Object cause) {
        PyBaseException value = instantiate(exc, "exceptions must derive from BaseException");
        if (cause != null) {
            if (cause == PyNone.NONE) {
                value.setCause(null);
            } else {
                value.setCause(instantiate(cause, "exception causes must derive from BaseException"));
            }
        }
        chain(ts, value);
        return value;
    }

    private static PyBaseException instantiate(Object exc, String message) {
        if (exc instanceof PyType t && t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            Object v = Ops.call(t, new Object[0], null);
            if (v instanceof PyBaseException e) {
                return e;
            }
            throw Errors.typeError("calling " + Ops.repr(t) + " should have returned an instance of BaseException, not "
                    + Errors.typeName(v));
        }
        if (exc instanceof PyBaseException e) {
            return e;
        }
        throw Errors.typeError(message);
    }

    /** Bare {@code raise}: the exception being handled, or RuntimeError. */
    static PyBaseException reraiseHandled(ThreadState ts) {
        if (ts.handled == null) {
            PyBaseException e = Errors.runtimeError("No active exception to reraise");
            chain(ts, e);
            return e;
        }
        return ts.handled;
    }

    // CPython 3.11: Python/ceval.c CHECK_EXC_MATCH, check_except_type_valid
    /** {@code except right:} applied to exception {@code left}. */
    static boolean matches(Object left, Object right) {
        if (right instanceof PyTuple tu) {
            for (Object t : tu) {
                checkCatchable(t);
            }
            for (Object t : tu) {
                if (Ops.type(left).isSubtypeOf((PyType) t)) {
                    return true;
                }
            }
            return false;
        }
        checkCatchable(right);
        return Ops.type(left).isSubtypeOf((PyType) right);
    }

    private static void checkCatchable(Object t) {
        if (!(t instanceof PyType pt) || !pt.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    // CPython 3.11: Python/ceval.c BEFORE_WITH
    /** Replaces the manager on top of the stack by its {@code __exit__} and pushes {@code __enter__()}. */
    static int beforeWith(Object[] lp, int sp) {
        Object mgr = lp[sp - 1];
        PyType t = Ops.type(mgr);
        Object enter = t.lookup("__enter__");
        if (enter == null) {
            throw Errors.typeError("'" + t.name() + "' object does not support the context manager protocol");
        }
        Object exit = t.lookup("__exit__");
        if (exit == null) {
            throw Errors.typeError("'" + t.name()
                    + "' object does not support the context manager protocol (missed __exit__ method)");
        }
        lp[sp - 1] = bindSpecial(exit, mgr, t);
        lp[sp] = Ops.call(bindSpecial(enter, mgr, t), new Object[0], null);
        return sp + 1;
    }

    private static Object bindSpecial(Object attr, Object self, PyType t) {
        return attr instanceof PyDescriptor d ? d.get(self, t) : attr;
    }

    // CPython 3.11: Python/ceval.c WITH_EXCEPT_START
    /** Calls {@code __exit__(type, value, tb)} (the fourth item) for the exception on top. */
    static Object withExceptStart(Object[] lp, int sp) {
        Object val = lp[sp - 1];
        Object exit = lp[sp - 4];
        Object tb = val instanceof PyBaseException e && e.traceback() != null ? e.traceback() : PyNone.NONE;
        return Ops.call(exit, new Object[] {Ops.type(val), val, tb}, null);
    }

    /** PUSH_EXC_INFO: the exception on top becomes the handled one; the previous one goes below it. */
    static int pushExcInfo(ThreadState ts, Object[] lp, int sp) {
        Object value = lp[sp - 1];
        lp[sp - 1] = ts.handled == null ? PyNone.NONE : ts.handled;
        lp[sp] = value;
        ts.handled = (PyBaseException) value;
        return sp + 1;
    }

    /** POP_EXCEPT: restores the handled exception saved by PUSH_EXC_INFO. */
    static void popExcept(ThreadState ts, Object saved) {
        ts.handled = saved instanceof PyBaseException e ? e : null;
    }

    /**
     * Finds the handler for {@code e} raised in {@code f} at {@code f.lasti}, leaving frames (up to
     * {@code entry}) that have none; adds traceback entries as CPython's {@code PyTraceBack_Here}.
     * Returns the frame to resume, its ip and sp set to the handler; throws {@code e} past the entry.
     */
    static Frame unwind(ThreadState ts, Frame f, Frame entry, PyBaseException e, boolean reraise) {
        if (!reraise) {
            recordRaise(ts, f, e);
        }
        for (;;) {
            ExceptionTable.Entry h = f.code.handlerAt(f.lasti);
            if (h != null) {
                enterHandler(f, h, e);
                return f;
            }
            Arrays.fill(f.localsplus, f.stackBase, f.localsplus.length, null);
            if (f == entry) {
                throw e;
            }
            ts.depth--;
            f = f.back;
            ts.current = f;
            e.setTraceback(new PyTraceback(tb(e), f, f.lasti));
        }
    }

    /** A new raise of {@code e} in {@code f} at {@code f.lasti}: chains it and adds its traceback entry. */
    static void recordRaise(ThreadState ts, Frame f, PyBaseException e) {
        if (e.traceback() == null) {
            chain(ts, e);
        }
        e.setTraceback(new PyTraceback(tb(e), f, f.lasti));
    }

    /** Sets {@code f}'s stack and ip for handler {@code h} of {@code e} (raised at {@code f.lasti}). */
    static void enterHandler(Frame f, ExceptionTable.Entry h, PyBaseException e) {
        Object[] lp = f.localsplus;
        int sp = f.stackBase + h.depth();
        Arrays.fill(lp, sp, lp.length, null);
        if (h.lasti()) {
            lp[sp++] = f.lasti;
        }
        lp[sp++] = e;
        f.sp = sp;
        f.ip = h.target();
    }

    /** The exception's traceback as the VM built it, or null. */
    static PyTraceback tb(PyBaseException e) {
        return e.traceback() instanceof PyTraceback t ? t : null;
    }
}
