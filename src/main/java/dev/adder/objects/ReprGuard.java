package dev.adder.objects;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * CPython's {@code Py_ReprEnter}/{@code Py_ReprLeave}: the containers whose repr is in progress on
 * this thread, so that a list containing itself prints as {@code [...]}. The set is per thread
 * (as CPython's is per thread state), so engines sharing a thread cannot confuse each other's
 * distinct objects.
 */
public final class ReprGuard {
    private ReprGuard() {}

    private static final ThreadLocal<Map<Object, Boolean>> ACTIVE = ThreadLocal.withInitial(IdentityHashMap::new);

    /** Marks {@code o} as being printed; false if it already is (the caller prints its "..." form). */
    public static boolean enter(Object o) {
        return ACTIVE.get().put(o, Boolean.TRUE) == null;
    }

    /** Ends {@link #enter} for {@code o}. */
    public static void leave(Object o) {
        ACTIVE.get().remove(o);
    }
}
