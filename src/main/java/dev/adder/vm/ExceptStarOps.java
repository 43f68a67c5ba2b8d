package dev.adder.vm;

import dev.adder.objects.ExceptionGroupMethods;
import dev.adder.objects.Ops;
import dev.adder.objects.PyList;
import dev.adder.objects.PyTuple;
import dev.adder.runtime.Errors;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyType;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The opcodes of {@code try/except*} (CPython 3.11: Python/ceval.c CHECK_EG_MATCH, exception_group_match,
 * check_except_star_type_valid, PREP_RERAISE_STAR; Objects/exceptions.c _PyExc_PrepReraiseStar).
 */
final class ExceptStarOps {
    private ExceptStarOps() {
    }

    // CPython 3.11: Python/ceval.c CHECK_EG_MATCH
    /**
     * CHECK_EG_MATCH: with the exception and the {@code except*} type on the stack, leaves the exception
     * and pushes None when nothing matches; otherwise replaces them by the unmatched rest (or None) and
     * the matching group, which becomes the exception being handled.
     */
    static int checkEgMatch(ThreadState ts, Object[] lp, int sp) {
        Object matchType = lp[sp - 1];
        checkType(matchType);
        Object exc = lp[sp - 2];
        Object[] mr = match(exc, matchType);
        if (mr[0] == PyNone.NONE) {
            lp[sp - 1] = PyNone.NONE;
            return sp;
        }
        lp[sp - 2] = mr[1];
        lp[sp - 1] = mr[0];
        ts.handled = (PyBaseException) mr[0];
        return sp;
    }

    // CPython 3.11: Python/ceval.c check_except_star_type_valid
    private static void checkType(Object right) {
        boolean group = false;
        if (right instanceof PyTuple tu) {
            for (Object t : tu) {
                checkCatchable(t);
            }
            for (Object t : tu) {
                group |= ((PyType) t).isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP);
            }
        } else {
            checkCatchable(right);
            group = ((PyType) right).isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP);
        }
        if (group) {
            throw Errors.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
    }

    private static void checkCatchable(Object t) {
        if (!(t instanceof PyType pt) || !pt.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    // CPython 3.11: Python/ceval.c exception_group_match
    /** {match, rest}: each a group or None. */
    private static Object[] match(Object exc, Object matchType) {
        if (exc == PyNone.NONE) {
            return new Object[] {PyNone.NONE, PyNone.NONE};
        }
        PyBaseException e = (PyBaseException) exc;
        if (ExceptionOps.matches(e, matchType)) {
            Object m = e.isInstance(ExceptionTypes.BASE_EXCEPTION_GROUP) ? e : newGroup(PyTuple.of(e));
            return new Object[] {m, PyNone.NONE};
        }
        if (e.isInstance(ExceptionTypes.BASE_EXCEPTION_GROUP)) {
            Object pair = Ops.call(Ops.getattr(e, "split"), matchType);
            if (!(pair instanceof PyTuple t) || t.size() != 2) {
                throw Errors.typeError("split must return a 2-tuple, got " + Errors.typeName(pair));
            }
            return new Object[] {t.get(0), t.get(1)};
        }
        return new Object[] {PyNone.NONE, PyNone.NONE};
    }

    /**
     * {@code BaseExceptionGroup("", excs)}: an ExceptionGroup when every item is an Exception; {@code excs}
     * stays the group's second argument (a tuple for a wrapped naked exception, the list of raised ones).
     */
    private static PyBaseException newGroup(List<Object> excs) {
        PyType type = ExceptionTypes.EXCEPTION_GROUP;
        for (Object x : excs) {
            if (!((PyBaseException) x).isInstance(ExceptionTypes.EXCEPTION)) {
                type = ExceptionTypes.BASE_EXCEPTION_GROUP;
            }
        }
        return (PyBaseException) type.call(new Object[] {"", excs}, null);
    }

    /** PREP_RERAISE_STAR: replaces the original exception and the list of raised ones by what to re-raise. */
    static int prepReraiseStar(Object[] lp, int sp) {
        lp[sp - 2] = prepReraiseStar(lp[sp - 2], (PyList) lp[sp - 1]);
        lp[sp - 1] = null;
        return sp - 1;
    }

    // CPython 3.11: Objects/exceptions.c _PyExc_PrepReraiseStar
    /**
     * The exception to raise at the end of a {@code try/except*}, or None: the exceptions re-raised from
     * {@code orig} keep its nesting; newly raised ones become siblings of them in a new group.
     */
    static Object prepReraiseStar(Object orig, PyList excs) {
        int n = excs.size();
        if (n == 0) {
            return PyNone.NONE;
        }
        if (!(orig instanceof PyBaseException og) || !og.isInstance(ExceptionTypes.BASE_EXCEPTION_GROUP)) {
            // a naked exception was caught and wrapped: only one except* clause could have run
            return excs.get(0);
        }
        PyList raised = new PyList();
        Set<PyBaseException> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < n; i++) {
            Object x = excs.get(i);
            if (x == PyNone.NONE) {
                continue;
            }
            PyBaseException e = (PyBaseException) x;
            if (sameMetadata(e, og)) {
                collectLeaves(e, keep);
            } else {
                raised.add(e);
            }
        }
        Object reraised = keep.isEmpty() ? PyNone.NONE : ExceptionGroupMethods.projection(og, keep);
        if (raised.isEmpty()) {
            return reraised;
        }
        if (reraised != PyNone.NONE) {
            raised.add(reraised);
        }
        return raised.size() > 1 ? newGroup(raised) : raised.get(0);
    }

    // CPython 3.11: is_same_exception_metadata (its notes field is unused in 3.11: __notes__ lives in the dict)
    private static boolean sameMetadata(PyBaseException a, PyBaseException b) {
        return a.traceback() == b.traceback() && a.cause() == b.cause() && a.context() == b.context();
    }

    // CPython 3.11: Objects/exceptions.c collect_exception_group_leaf_ids
    private static void collectLeaves(PyBaseException e, Set<PyBaseException> leaves) {
        if (!e.isInstance(ExceptionTypes.BASE_EXCEPTION_GROUP)) {
            leaves.add(e);
            return;
        }
        Object excs = e.dict().get("exceptions");
        if (excs instanceof PyTuple t) {
            for (Object x : t) {
                if (x instanceof PyBaseException leaf) {
                    collectLeaves(leaf, leaves);
                }
            }
        }
    }
}
