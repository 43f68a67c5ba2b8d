package dev.adder.vm;

import dev.adder.bytecode.PyCode;
import dev.adder.objects.Ops;
import dev.adder.objects.PyIterator;
import dev.adder.runtime.Errors;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyObject;

/**
 * RETURN_GENERATOR, GET_YIELD_FROM_ITER and SEND (CPython 3.11: Python/ceval.c, Objects/genobject.c
 * PyIter_Send).
 */
final class GenOps {
    private GenOps() {
    }

    /** RETURN_GENERATOR: the generator, coroutine or async generator that owns frame {@code f} from now on. */
    static PyObject create(InterpreterState interp, Frame f) {
        int flags = f.code.co_flags();
        if ((flags & PyCode.CO_COROUTINE) != 0) {
            return new PyCoroutine(interp, f);
        }
        if ((flags & PyCode.CO_ASYNC_GENERATOR) != 0) {
            return new PyAsyncGenerator(interp, f);
        }
        return new PyGenerator(interp, f);
    }

    // CPython 3.11: Python/ceval.c GET_YIELD_FROM_ITER
    /** GET_YIELD_FROM_ITER: a generator stays itself; a coroutine only in a coroutine; anything else its iterator. */
    static Object yieldFromIter(Frame f, Object o) {
        if (o instanceof PyCoroutine) {
            if ((f.code.co_flags() & (PyCode.CO_COROUTINE | PyCode.CO_ITERABLE_COROUTINE)) == 0) {
                throw Errors.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
            return o;
        }
        return o instanceof PyGenerator ? o : Ops.iter(o);
    }

    /**
     * SEND on {@code [receiver, value]}: pushes the receiver's next yielded value and returns the new
     * sp; when the receiver returns, replaces it by the return value and returns minus the new sp
     * (the loop then jumps).
     */
    static int send(Object[] lp, int sp) {
        Object v = lp[--sp];
        lp[sp] = null;
        Object recv = lp[sp - 1];
        Object r;
        if (recv instanceof AmSend s) {
            r = s.sendOrNull(v);
            if (r == null) {
                lp[sp - 1] = s.returned();
                return -sp;
            }
        } else if (v == PyNone.NONE && recv instanceof PyIterator it) {
            r = it.next();
            if (r == null) {
                lp[sp - 1] = PyNone.NONE;
                return -sp;
            }
        } else {
            try {
                r = v == PyNone.NONE ? Ops.call(Ops.getattr(recv, "__next__")) : Ops.call(Ops.getattr(recv, "send"), v);
            } catch (PyBaseException e) {
                if (!e.isInstance(ExceptionTypes.STOP_ITERATION)) {
                    throw e;
                }
                lp[sp - 1] = GenCore.stopValue(e);
                return -sp;
            }
        }
        lp[sp++] = r;
        return sp;
    }
}
