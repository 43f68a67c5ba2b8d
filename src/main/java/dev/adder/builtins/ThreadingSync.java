package dev.adder.builtins;

import dev.adder.objects.Ops;
import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.runtime.ScriptTermination;
import dev.adder.vm.InterpreterState;
import java.util.ArrayDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * {@code threading.Event} and {@code threading.Condition} (CPython 3.11: Lib/threading.py, same
 * algorithms: a condition hands each waiter its own semaphore). Their types are made per
 * interpreter, so that waits know whose time limit applies.
 */
final class ThreadingSync {
    private ThreadingSync() {}

    private static final Args.Signature WAIT = new Args.Signature("wait", new String[] {"timeout"}, 0, 0, 1, 0);
    private static final Args.Signature WAIT_FOR = new Args.Signature("wait_for",
            new String[] {"predicate", "timeout"}, 0, 1, 2, 0);
    private static final Args.Signature NOTIFY = new Args.Signature("notify", new String[] {"n"}, 0, 0, 1, 0);
    private static final Args.Signature CONDITION = new Args.Signature("Condition", new String[] {"lock"}, 0, 0, 1,
            0);

    /** A flag threads wait for. */
    static final class Event implements PyObject {
        private final PyType type;
        private final InterpreterState interp;
        private boolean flag;

        Event(PyType type, InterpreterState interp) {
            this.type = type;
            this.interp = interp;
        }

        synchronized boolean isSet() {
            return flag;
        }

        synchronized void set(boolean value) {
            flag = value;
            if (value) {
                notifyAll();
            }
        }

        boolean await(long nanos) {
            return ThreadingModule.await(interp, nanos, this::awaitFlag);
        }

        private synchronized boolean awaitFlag(long nanos) throws InterruptedException {
            long end = System.nanoTime() + nanos;
            while (!flag) {
                long left = nanos == Long.MAX_VALUE ? Long.MAX_VALUE : end - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return true;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public String toString() {
            return "<threading.Event at " + ThreadingModule.address(this) + ": " + (isSet() ? "set" : "unset") + ">";
        }
    }

    /** A condition variable over a {@code _thread.lock} or {@code _thread.RLock}. */
    static final class Condition implements PyObject {
        private final PyType type;
        private final InterpreterState interp;
        private final Object lock;
        private final ArrayDeque<Semaphore> waiters = new ArrayDeque<>();

        Condition(PyType type, InterpreterState interp, Object lock) {
            this.type = type;
            this.interp = interp;
            this.lock = lock;
        }

        private boolean owned() {
            return lock instanceof ThreadingLocks.RLock r ? r.isHeldByCurrentThread()
                    : ((ThreadingLocks.Lock) lock).locked();
        }

        /** {@code wait(timeout)}: nanos -1 waits as long as it takes. */
        boolean await(long nanos) {
            if (!owned()) {
                throw Errors.runtimeError("cannot wait on un-acquired lock");
            }
            Semaphore waiter = new Semaphore(0);
            synchronized (waiters) {
                waiters.add(waiter);
            }
            int saved = lock instanceof ThreadingLocks.RLock r ? r.releaseAll() : release1();
            boolean got = false;
            boolean terminated = false;
            try {
                got = nanos == 0 ? waiter.tryAcquire()
                        : ThreadingModule.await(interp, nanos, n -> waiter.tryAcquire(n, TimeUnit.NANOSECONDS));
                return got;
            } catch (ScriptTermination e) {
                terminated = true;
                throw e;
            } finally {
                if (!got) {
                    synchronized (waiters) {
                        waiters.remove(waiter);
                    }
                }
                // a terminated script does not take the lock back: no Python code would release it
                if (!terminated) {
                    reacquire(saved);
                }
            }
        }

        private int release1() {
            ((ThreadingLocks.Lock) lock).release();
            return 1;
        }

        private void reacquire(int count) {
            for (int i = 0; i < count; i++) {
                if (lock instanceof ThreadingLocks.RLock r) {
                    r.acquire(-1);
                } else {
                    ((ThreadingLocks.Lock) lock).acquire(-1);
                }
            }
        }

        void notifyWaiters(long n) {
            if (!owned()) {
                throw Errors.runtimeError("cannot notify on un-acquired lock");
            }
            synchronized (waiters) {
                for (long i = 0; i < n && !waiters.isEmpty(); i++) {
                    waiters.poll().release();
                }
            }
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public String toString() {
            int n;
            synchronized (waiters) {
                n = waiters.size();
            }
            return "<Condition(" + lock + ", " + n + ")>";
        }
    }

    /** {@code threading.Event} of {@code interp}. */
    static PyType eventType(InterpreterState interp) {
        PyType t = new PyType("Event", "threading", new PyType[] {CoreTypes.OBJECT}, (type, a, k) -> {
            Args.none("Event", a, k);
            return new Event(type, interp);
        }, false, null);
        for (String name : new String[] {"is_set", "isSet"}) {
            ThreadingLocks.method(t, name, (a, k) -> {
                Args.none(name, rest(a), k);
                return event(a[0]).isSet();
            });
        }
        ThreadingLocks.method(t, "set", (a, k) -> {
            Args.none("set", rest(a), k);
            event(a[0]).set(true);
            return PyNone.NONE;
        });
        ThreadingLocks.method(t, "clear", (a, k) -> {
            Args.none("clear", rest(a), k);
            event(a[0]).set(false);
            return PyNone.NONE;
        });
        ThreadingLocks.method(t, "wait", (a, k) -> {
            Event e = event(a[0]);
            return e.await(timeout(WAIT.parse(rest(a), k)[0]));
        });
        ThreadingLocks.method(t, "__repr__", (a, k) -> event(a[0]).toString());
        return t.freeze();
    }

    /** {@code threading.Condition} of {@code interp}. */
    static PyType conditionType(InterpreterState interp) {
        PyType t = new PyType("Condition", "threading", new PyType[] {CoreTypes.OBJECT}, (type, a, k) -> {
            Object lock = CONDITION.parse(a, k)[0];
            if (lock == null || lock == PyNone.NONE) {
                lock = new ThreadingLocks.RLock(interp);
            } else if (!(lock instanceof ThreadingLocks.Lock) && !(lock instanceof ThreadingLocks.RLock)) {
                throw Errors.typeError("Condition() needs a threading.Lock or threading.RLock, not '"
                        + Errors.typeName(lock) + "'");
            }
            return new Condition(type, interp, lock);
        }, false, null);
        for (String name : new String[] {"acquire", "__enter__", "release", "__exit__"}) {
            ThreadingLocks.method(t, name, (a, k) -> {
                Condition c = condition(a[0]);
                Object[] args = a.clone();
                args[0] = c.lock;
                return Ops.call(Ops.type(c.lock).lookup(name), args, k);
            });
        }
        ThreadingLocks.method(t, "wait", (a, k) -> {
            Condition c = condition(a[0]);
            return c.await(timeout(WAIT.parse(rest(a), k)[0]));
        });
        ThreadingLocks.method(t, "wait_for", (a, k) -> {
            Condition c = condition(a[0]);
            Object[] p = WAIT_FOR.parse(rest(a), k);
            long nanos = timeout(p[1]);
            long end = System.nanoTime() + nanos;
            Object result = Ops.call(p[0], new Object[0], null);
            while (!Ops.isTrue(result)) {
                long wait = nanos;
                if (nanos >= 0) {
                    wait = end - System.nanoTime();
                    if (wait <= 0) {
                        break;
                    }
                }
                c.await(wait);
                result = Ops.call(p[0], new Object[0], null);
            }
            return result;
        });
        ThreadingLocks.method(t, "notify", (a, k) -> {
            Condition c = condition(a[0]);
            Object n = NOTIFY.parse(rest(a), k)[0];
            c.notifyWaiters(n == null ? 1 : ((Number) Ops.index(n)).longValue());
            return PyNone.NONE;
        });
        for (String name : new String[] {"notify_all", "notifyAll"}) {
            ThreadingLocks.method(t, name, (a, k) -> {
                Args.none(name, rest(a), k);
                condition(a[0]).notifyWaiters(Long.MAX_VALUE);
                return PyNone.NONE;
            });
        }
        ThreadingLocks.method(t, "_is_owned", (a, k) -> condition(a[0]).owned());
        ThreadingLocks.method(t, "__repr__", (a, k) -> condition(a[0]).toString());
        return t.freeze();
    }

    /** A wait's timeout argument (None: -1, wait as long as it takes; negative: 0) in nanoseconds. */
    private static long timeout(Object o) {
        if (o == null || o == PyNone.NONE) {
            return -1;
        }
        double s = ThreadingModule.seconds(o);
        return s <= 0 ? 0 : ThreadingModule.nanos(Math.min(s, ThreadingModule.TIMEOUT_MAX));
    }

    private static Object[] rest(Object[] args) {
        Object[] r = new Object[args.length - 1];
        System.arraycopy(args, 1, r, 0, r.length);
        return r;
    }

    private static Event event(Object o) {
        if (o instanceof Event e) {
            return e;
        }
        throw Errors.typeError("descriptor for 'Event' objects doesn't apply to a '" + Errors.typeName(o) + "' object");
    }

    private static Condition condition(Object o) {
        if (o instanceof Condition c) {
            return c;
        }
        throw Errors.typeError("descriptor for 'Condition' objects doesn't apply to a '" + Errors.typeName(o)
                + "' object");
    }
}
