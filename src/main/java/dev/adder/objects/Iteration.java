package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyType;
import java.util.Iterator;

/** The iterator protocol: {@code iter(o)} and {@code next(it)} for iterators not written in Java. */
final class Iteration {
    private Iteration() {}

    /** A Java iterator over a snapshot-free view, as a Python iterator. */
    static final class JavaIterator extends PyIterator {
        static final PyType TYPE = PyType.builtin("iterator", dev.adder.runtime.CoreTypes.OBJECT, null).freeze();
        private final Iterator<?> it;

        JavaIterator(Iterator<?> it) {
            this.it = it;
        }

        @Override
        public Object next() {
            return it.hasNext() ? it.next() : null;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    static Object iter(Object o) {
        if (o instanceof PyIterator) {
            return o;
        }
        if (o instanceof Iterable<?> c) {
            return new JavaIterator(c.iterator());
        }
        if (o instanceof java.util.Map<?, ?> m) {
            return new JavaIterator(m.keySet().iterator());
        }
        if (o instanceof String s) {
            return new JavaIterator(s.codePoints().mapToObj(Character::toString).iterator());
        }
        if (o instanceof PyRange r) {
            return new JavaIterator(java.util.stream.LongStream.iterate(r.start(), v -> v + r.step())
                    .limit(r.length()).mapToObj(IntOps::valueOf).iterator());
        }
        Object r = Protocol.callDunder(o, "__iter__");
        if (r == null) {
            throw Errors.typeError("'" + Errors.typeName(o) + "' object is not iterable");
        }
        return r;
    }

    static Object nextSlow(Object it) {
        try {
            Object r = Protocol.callDunder(it, "__next__");
            if (r == null) {
                throw Errors.typeError("'" + Errors.typeName(it) + "' object is not an iterator");
            }
            return r;
        } catch (PyBaseException e) {
            if (e.isInstance(ExceptionTypes.STOP_ITERATION)) {
                return null;
            }
            throw e;
        }
    }
}
