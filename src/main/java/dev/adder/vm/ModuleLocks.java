package dev.adder.vm;

import dev.adder.objects.Ops;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.ScriptTermination;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One interpreter's per-module import locks (CPython 3.11: Lib/importlib/_bootstrap.py _ModuleLock):
 * a thread loading a module holds that module's lock, so another thread needing the module waits
 * until it is initialized, while imports of other modules go on. Re-entrant for the owner (a
 * circular import sees the partial module); a wait that would close a cycle of threads raises
 * {@code deadlock detected by _ModuleLock('name')} instead.
 */
final class ModuleLocks {
    private final Map<String, Lock> locks = new HashMap<>();
    private final Map<Thread, Lock> blockingOn = new HashMap<>();

    /** One module's lock; all fields are guarded by the ModuleLocks monitor. */
    static final class Lock {
        private final String name;
        private Thread owner;
        private int count;
        private int users;

        private Lock(String name) {
            this.name = name;
        }
    }

    /** Takes {@code name}'s lock, waiting while another thread holds it. */
    Lock acquire(String name) {
        Thread me = Thread.currentThread();
        synchronized (this) {
            Lock l = locks.computeIfAbsent(name, Lock::new);
            l.users++;
            boolean got = false;
            try {
                while (true) {
                    if (l.count == 0 || l.owner == me) {
                        l.owner = me;
                        l.count++;
                        got = true;
                        return l;
                    }
                    if (hasDeadlock(l, me)) {
                        throw deadlock(name);
                    }
                    blockingOn.put(me, l);
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        throw ScriptTermination.interrupted();
                    } finally {
                        blockingOn.remove(me);
                    }
                }
            } finally {
                if (!got) {
                    forget(l);
                }
            }
        }
    }

    /** Releases a lock {@link #acquire} returned. */
    synchronized void release(Lock l) {
        if (--l.count == 0) {
            l.owner = null;
            notifyAll();
        }
        forget(l);
    }

    /** Waits until no other thread is initializing {@code name} (a deadlock means: go on with the partial module). */
    void awaitUnlocked(String name) {
        try {
            release(acquire(name));
        } catch (PyBaseException e) {
            if (!isDeadlock(e)) {
                throw e;
            }
        }
    }

    /** Whether {@code t} waits for a module lock (for tests). */
    synchronized boolean waiting(Thread t) {
        return blockingOn.containsKey(t);
    }

    private void forget(Lock l) {
        if (--l.users == 0 && l.count == 0) {
            locks.remove(l.name);
        }
    }

    // CPython 3.11: _ModuleLock.has_deadlock: does the chain of owners and the locks they wait on lead back to me?
    private boolean hasDeadlock(Lock l, Thread me) {
        Thread owner = l.owner;
        Set<Thread> seen = new HashSet<>();
        while (true) {
            Lock next = blockingOn.get(owner);
            if (next == null) {
                return false;
            }
            owner = next.owner;
            if (owner == me) {
                return true;
            }
            if (!seen.add(owner)) {
                return false;
            }
        }
    }

    private static PyBaseException deadlock(String name) {
        PyBaseException e = Errors.runtimeError("deadlock detected by _ModuleLock(" + Ops.repr(name) + ")");
        e.dict().put("_adder_deadlock", Boolean.TRUE);
        return e;
    }

    private static boolean isDeadlock(PyBaseException e) {
        return e.dict().get("_adder_deadlock") != null;
    }
}
