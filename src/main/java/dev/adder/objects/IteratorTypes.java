package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyType;

/**
 * Builds the Python types of {@link PyIterator} subclasses: {@code __iter__} returns the iterator,
 * {@code __next__} raises {@code StopIteration} at the end, and {@code __length_hint__} where the
 * iterator knows its length.
 */
final class IteratorTypes {
    private IteratorTypes() {}

    /** An iterator type that cannot be created from Python ({@code list_iterator}). */
    static PyType create(String name, boolean lengthHint) {
        return BuiltinTypeTable.builtinWithoutNew(name, CoreTypes.OBJECT,
                lengthHint ? BuiltinTypeTable.ITERATOR_WITH_HINT : BuiltinTypeTable.ITERATOR);
    }

    /** Adds {@code __iter__}, {@code __next__} and optionally {@code __length_hint__} to {@code t} (not frozen). */
    static PyType define(PyType t, boolean lengthHint) {
        String name = t.name();
        ContainerArgs.method(t, "__iter__", (args, kw) -> {
            ContainerArgs.noArgs(name + ".__iter__", args, kw);
            check(t, args[0], "__iter__");
            return args[0];
        });
        ContainerArgs.method(t, "__next__", (args, kw) -> {
            ContainerArgs.noArgs(name + ".__next__", args, kw);
            check(t, args[0], "__next__");
            Object r = ((PyIterator) args[0]).next();
            if (r == null) {
                throw Errors.stopIteration();
            }
            return r;
        });
        if (lengthHint) {
            ContainerArgs.method(t, "__length_hint__", (args, kw) -> {
                ContainerArgs.noArgs(name + ".__length_hint__", args, kw);
                check(t, args[0], "__length_hint__");
                long n = ((PyIterator) args[0]).lengthHint();
                return IntOps.valueOf(Math.max(n, 0));
            });
        }
        return t;
    }

    private static void check(PyType t, Object self, String method) {
        if (!(self instanceof PyIterator) || !Ops.type(self).isSubtypeOf(t)) {
            ContainerArgs.checkSelf(self, t, method);
            throw Errors.typeError("descriptor '" + method + "' requires a '" + t.name() + "' object");
        }
    }
}
