package dev.adder.builtins;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;

/**
 * The values of {@code id(obj)} for one interpreter: a number given to each object the first time
 * it is asked for, stable while the object lives and never reused. Objects are held weakly (by
 * identity), so asking for ids does not keep garbage alive.
 */
public final class ObjectIds {
    /** The first id handed out: a CPython-like magnitude, so ids look like addresses. */
    private static final long FIRST = 0x7f0000000010L;

    private final Map<Object, Long> ids = new HashMap<>();
    private final ReferenceQueue<Object> queue = new ReferenceQueue<>();
    private long next = FIRST;

    /** {@code id(obj)}. */
    public synchronized long id(Object obj) {
        expunge();
        Long id = ids.get(new Probe(obj));
        if (id == null) {
            id = next;
            next += 16;
            ids.put(new WeakKey(obj, queue), id);
        }
        return id;
    }

    private void expunge() {
        for (Reference<?> r; (r = queue.poll()) != null; ) {
            ids.remove(r);
        }
    }

    /** A stored key: weak, hashed by identity, equal only to itself once cleared. */
    private static final class WeakKey extends WeakReference<Object> {
        private final int hash;

        WeakKey(Object obj, ReferenceQueue<Object> queue) {
            super(obj, queue);
            this.hash = System.identityHashCode(obj);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object other) {
            return other == this || (other instanceof Probe p && p.obj == get());
        }
    }

    /** A lookup key: HashMap calls {@code probe.equals(stored)}. */
    private static final class Probe {
        private final Object obj;

        Probe(Object obj) {
            this.obj = obj;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(obj);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof WeakKey k && k.get() == obj;
        }
    }
}
