package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyObject;

/**
 * An iterator implemented in Java (list_iterator, range_iterator, map, zip, ...). {@link #next}
 * returns {@code null} when exhausted instead of raising {@code StopIteration}, so {@code for}
 * loops pay nothing for the end; {@code Ops.next} turns that into {@code StopIteration} where
 * Python code observes it. Each subclass has its own Python type, made by {@link IteratorTypes}.
 */
public abstract class PyIterator implements PyObject {
    /** The next value, or {@code null} when the iterator is exhausted (and stays exhausted). */
    public abstract Object next();

    /** The StopIteration {@code next(it)} raises once {@link #next} returned null (a generator's carries its return value). */
    public PyBaseException exhausted() {
        return Errors.stopIteration();
    }

    /** {@code __length_hint__()}: the number of values left, or -1 when unknown. */
    public long lengthHint() {
        return -1;
    }
}
