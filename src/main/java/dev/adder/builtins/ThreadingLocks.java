package dev.adder.builtins;

import dev.adder.objects.Ops;
import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyMethodDescriptor;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.vm.InterpreterState;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code _thread.lock} and {@code _thread.RLock} (CPython 3.11: Modules/_threadmodule.c) on
 * {@link Semaphore} and {@link ReentrantLock}. Blocking acquires wait through
 * {@link ThreadingModule#await}, so {@code Thread.interrupt()} and the time limit stop them.
 */
final class ThreadingLocks {
    private ThreadingLocks() {}

    private static final Args.Signature ACQUIRE = new Args.Signature("acquire",
            new String[] {"blocking", "timeout"}, 0, 0, 2, 0);

    /** {@code _thread.lock}: not reentrant; any thread may release it. */
    static final PyType LOCK = lockType();
    /** {@code _thread.RLock}: reentrant; only its owner may release it. */
    static final PyType RLOCK = rlockType();

    /** A plain lock: one permit. */
    static final class Lock implements PyObject {
        private final Semaphore permit = new Semaphore(1);
        /** Whose time limit bounds the waits (null: none). */
        private final InterpreterState interp;

        Lock(InterpreterState interp) {
            this.interp = interp;
        }

        /** Acquires with a timeout in nanoseconds (-1: wait as long as it takes, 0: do not wait). */
        boolean acquire(long nanos) {
            if (nanos == 0 || permit.tryAcquire()) {
                return nanos == 0 ? permit.tryAcquire() : true;
            }
            return ThreadingModule.await(interp, nanos, n -> permit.tryAcquire(n, TimeUnit.NANOSECONDS));
        }

        /** Releases; RuntimeError if unlocked (the check and the release are one step). */
        synchronized void release() {
            if (permit.availablePermits() > 0) {
                throw Errors.runtimeError("release unlocked lock");
            }
            permit.release();
        }

        boolean locked() {
            return permit.availablePermits() == 0;
        }

        @Override
        public PyType type() {
            return LOCK;
        }

        @Override
        public String toString() {
            return "<" + (locked() ? "locked" : "unlocked") + " _thread.lock object at " + ThreadingModule.address(this)
                    + ">";
        }
    }

    /** A reentrant lock with its owner and count visible to other threads (for repr). */
    static final class RLock extends ReentrantLock implements PyObject {
        private static final long serialVersionUID = 1L;
        /** Whose time limit bounds the waits (null: none). */
        private final transient InterpreterState interp;

        RLock(InterpreterState interp) {
            this.interp = interp;
        }

        boolean acquire(long nanos) {
            if (nanos == 0 || tryLock()) {
                return nanos == 0 ? tryLock() : true;
            }
            return ThreadingModule.await(interp, nanos, n -> tryLock(n, TimeUnit.NANOSECONDS));
        }

        void release() {
            if (!isHeldByCurrentThread()) {
                throw Errors.runtimeError("cannot release un-acquired lock");
            }
            unlock();
        }

        /** Releases every level this thread holds (Condition.wait); returns how many. */
        int releaseAll() {
            int n = getHoldCount();
            for (int i = 0; i < n; i++) {
                unlock();
            }
            return n;
        }

        @Override
        public PyType type() {
            return RLOCK;
        }

        @Override
        public String toString() {
            Thread owner = getOwner();
            long ident = owner == null ? 0 : owner.getId();
            int count = owner == null ? 0 : getHoldCountOf(owner);
            return "<" + (owner != null ? "locked" : "unlocked") + " _thread.RLock object owner=" + ident + " count="
                    + count + " at " + ThreadingModule.address(this) + ">";
        }

        private int getHoldCountOf(Thread owner) {
            // only the owner knows its hold count; others see 1 or more, as they can
            return owner == Thread.currentThread() ? getHoldCount() : 1;
        }
    }

    /**
     * {@code acquire(blocking=True, timeout=-1)}'s arguments as a timeout in nanoseconds: -1 to wait
     * as long as it takes, 0 not to wait (CPython 3.11: lock_acquire_parse_args).
     */
    static long acquireTimeout(Object[] args, String[] kw) {
        Object[] a = ACQUIRE.parse(args, kw);
        boolean blocking = a[0] == null || Ops.isTrue(a[0]);
        double timeout = a[1] == null ? -1 : ThreadingModule.seconds(a[1]);
        if (!blocking && timeout != -1) {
            throw Errors.valueError("can't specify a timeout for a non-blocking call");
        }
        if (timeout < 0 && timeout != -1) {
            throw Errors.valueError("timeout value must be positive");
        }
        if (!blocking) {
            return 0;
        }
        return timeout == -1 ? -1 : ThreadingModule.nanos(timeout);
    }

    private static Object[] rest(Object[] args) {
        Object[] r = new Object[args.length - 1];
        System.arraycopy(args, 1, r, 0, r.length);
        return r;
    }

    private static Lock lock(Object o, String name) {
        if (o instanceof Lock l) {
            return l;
        }
        throw Errors.typeError("descriptor '" + name + "' for '_thread.lock' objects doesn't apply to a '"
                + Errors.typeName(o) + "' object");
    }

    private static RLock rlock(Object o, String name) {
        if (o instanceof RLock l) {
            return l;
        }
        throw Errors.typeError("descriptor '" + name + "' for '_thread.RLock' objects doesn't apply to a '"
                + Errors.typeName(o) + "' object");
    }

    private static PyType lockType() {
        PyType t = new PyType("lock", "_thread", new PyType[] {CoreTypes.OBJECT}, null, false, null);
        for (String name : new String[] {"acquire", "acquire_lock", "__enter__"}) {
            boolean enter = name.equals("__enter__");
            method(t, name, (a, k) -> {
                Lock l = lock(a[0], name);
                long nanos = enter ? -1 : acquireTimeout(rest(a), k);
                return l.acquire(nanos);
            });
        }
        for (String name : new String[] {"release", "release_lock"}) {
            method(t, name, (a, k) -> {
                Lock l = lock(a[0], name);
                Args.none("lock." + name, rest(a), k);
                l.release();
                return PyNone.NONE;
            });
        }
        method(t, "__exit__", (a, k) -> {
            lock(a[0], "__exit__").release();
            return PyNone.NONE;
        });
        for (String name : new String[] {"locked", "locked_lock"}) {
            method(t, name, (a, k) -> {
                Lock l = lock(a[0], name);
                Args.none("lock." + name, rest(a), k);
                return l.locked();
            });
        }
        method(t, "__repr__", (a, k) -> lock(a[0], "__repr__").toString());
        return t.freeze();
    }

    private static PyType rlockType() {
        PyType t = new PyType("RLock", "_thread", new PyType[] {CoreTypes.OBJECT}, (type, a, k) -> new RLock(null),
                false, null);
        for (String name : new String[] {"acquire", "__enter__"}) {
            boolean enter = name.equals("__enter__");
            method(t, name, (a, k) -> {
                RLock l = rlock(a[0], name);
                long nanos = enter ? -1 : acquireTimeout(rest(a), k);
                return l.acquire(nanos);
            });
        }
        method(t, "release", (a, k) -> {
            RLock l = rlock(a[0], "release");
            Args.none("RLock.release", rest(a), k);
            l.release();
            return PyNone.NONE;
        });
        method(t, "__exit__", (a, k) -> {
            rlock(a[0], "__exit__").release();
            return PyNone.NONE;
        });
        method(t, "_is_owned", (a, k) -> rlock(a[0], "_is_owned").isHeldByCurrentThread());
        method(t, "__repr__", (a, k) -> rlock(a[0], "__repr__").toString());
        return t.freeze();
    }

    static void method(PyType t, String name, PyCallable body) {
        t.define(name, new PyMethodDescriptor(t, name, null, body));
    }
}
