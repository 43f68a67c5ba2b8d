package dev.adder.vm;

import dev.adder.objects.Ops;
import dev.adder.objects.PyIterator;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyNone;

/** {@code yield from}: GET_YIELD_FROM_ITER and SEND (CPython 3.11: Python/ceval.c, Objects/genobject.c PyIter_Send). */
final class GenOps {
    private GenOps() {
    }

    /** GET_YIELD_FROM_ITER: a generator stays itself; anything else becomes its iterator. */
    static Object yieldFromIter(Object o) {
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
        if (recv instanceof PyGenerator g) {
            r = g.step(v, null);
            if (r == null) {
                lp[sp - 1] = g.returnValue();
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
                lp[sp - 1] = e.args().length > 0 ? e.args()[0] : PyNone.NONE;
                return -sp;
            }
        }
        lp[sp++] = r;
        return sp;
    }
}
