package dev.adder.runtime;

import java.util.List;

/**
 * {@code BaseExceptionGroup.__new__} (CPython 3.11: Objects/exceptions.c BaseExceptionGroup_new):
 * {@code BaseExceptionGroup(msg, excs)} is an {@code ExceptionGroup} when every exception in
 * {@code excs} is an {@code Exception}. The arguments are checked by {@code __init__}.
 */
final class ExceptionGroupNew {
    private ExceptionGroupNew() {}

    static Object create(PyType type, Object[] args, String[] kwnames) {
        PyType actual = type;
        if (type == ExceptionTypes.BASE_EXCEPTION_GROUP && PyCallable.kwCount(kwnames) == 0 && args.length == 2
                && args[1] instanceof List<?> items && !items.isEmpty()) {
            boolean allExceptions = true;
            for (Object item : items) {
                allExceptions &= item instanceof PyBaseException e && e.isInstance(ExceptionTypes.EXCEPTION);
            }
            if (allExceptions) {
                actual = ExceptionTypes.EXCEPTION_GROUP;
            }
        }
        return PyBaseException.create(actual, args, kwnames);
    }
}
