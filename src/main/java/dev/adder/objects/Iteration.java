package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.HasDict;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyType;

/** The iterator protocol: {@code iter(o)} (CPython's {@code PyObject_GetIter}) and {@code next(it)} for iterators not written in Java. */
final class Iteration {
    private Iteration() {}

    /** A Java iterator (of a Java collection that is not itself a Python value) as a Python iterator. */
    static final class JavaIterator extends PyIterator {
        static final PyType TYPE = IteratorTypes.create("iterator", false);
        private final java.util.Iterator<?> it;

        JavaIterator(java.util.Iterator<?> it) {
            this.it = it;
        }

        @Override
        public Object next() {
            // A Java null element is None here, not the end of the iteration.
            return it.hasNext() ? JavaValues.toPython(it.next()) : null;
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
        if (o instanceof Iterable<?> c && !(o instanceof dev.adder.runtime.PyObject)
                && ForeignTypes.of(o).lookup("__iter__") == null) {
            // Host types with their own __iter__ (dev.adder.interop) convert elements and Java exceptions.
            return new JavaIterator(c.iterator());
        }
        if (!(o instanceof HasDict)) {
            if (o instanceof PyList l) {
                return new SequenceIterators.ListIterator(l);
            }
            if (o instanceof PyTuple t) {
                return new SequenceIterators.TupleIterator(t);
            }
            if (o instanceof PyDict d) {
                return DictIterators.forward(d, DictIterators.KEYS);
            }
            if (o instanceof PySetBase s) {
                return new SetIterator(s);
            }
            if (o instanceof PyRange r) {
                return RangeIterator.forward(r);
            }
            if (o instanceof DictView v) {
                return v.iterator();
            }
        }
        if (o instanceof String s) {
            return new SequenceIterators.StrIterator(s);
        }
        PyType t = Ops.type(o);
        Object f = t.lookup("__iter__");
        if (f != null && f != PyNone.NONE) {
            Object r = Ops.call(f, o);
            if (!(r instanceof PyIterator) && Ops.type(r).lookup("__next__") == null) {
                throw Errors.typeError("iter() returned non-iterator of type '" + Errors.typeName(r) + "'");
            }
            return r;
        }
        if (f == null && t.lookup("__getitem__") != null && !(o instanceof PyDict)) {
            return new SequenceIterators.SeqIterator(o);
        }
        throw Errors.typeError("'" + t.name() + "' object is not iterable");
    }

    static Object nextSlow(Object it) {
        Object f = Ops.type(it).lookup("__next__");
        if (f == null) {
            throw Errors.typeError("'" + Errors.typeName(it) + "' object is not an iterator");
        }
        try {
            return Ops.call(f, it);
        } catch (PyBaseException e) {
            if (e.isInstance(ExceptionTypes.STOP_ITERATION)) {
                return null;
            }
            throw e;
        }
    }

    /** {@code list(o)}: a new list of the values of any iterable. */
    static PyList toList(Object o) {
        if (o instanceof PyTuple t && !(o instanceof HasDict)) {
            return PyList.of(t.items());
        }
        if (o instanceof PyList l && !(o instanceof HasDict)) {
            return PyList.wrap(l.toArray());
        }
        PyList r = new PyList();
        Object it = iter(o);
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
            r.add(x);
        }
        return r;
    }
}
