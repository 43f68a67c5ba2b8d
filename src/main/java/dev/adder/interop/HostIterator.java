package dev.adder.interop;

import dev.adder.objects.PyIterator;
import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyMethodDescriptor;
import dev.adder.runtime.PyType;
import java.util.Iterator;

/** A Python iterator over a Java {@link Iterator}: each element converted to a Python value (null → None). */
final class HostIterator extends PyIterator {
    /** {@code type(iter(java_list))}. */
    static final PyType TYPE = createType();

    private final Iterator<?> it;

    HostIterator(Iterator<?> it) {
        this.it = it;
    }

    @Override
    public Object next() {
        try {
            return it.hasNext() ? Conversions.toPython(it.next()) : null;
        } catch (dev.adder.runtime.PyBaseException e) {
            throw e;
        } catch (RuntimeException e) {
            throw HostExceptions.toPythonError(e);
        }
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyType createType() {
        PyType t = new PyType("java_iterator", "java", new PyType[] {CoreTypes.OBJECT}, null, false, null);
        t.define("__iter__", new PyMethodDescriptor(t, "__iter__", null, (args, kw) -> args[0]));
        t.define("__next__", new PyMethodDescriptor(t, "__next__", null, (args, kw) -> {
            if (!(args[0] instanceof HostIterator h)) {
                throw Errors.typeError("descriptor '__next__' requires a 'java_iterator' object");
            }
            Object r = h.next();
            if (r == null) {
                throw Errors.stopIteration();
            }
            return r;
        }));
        return t.freeze();
    }
}
