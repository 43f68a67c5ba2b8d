package dev.adder.objects;

import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.OSErrors;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyGetSetDescriptor;
import dev.adder.runtime.PyMethodDescriptor;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyType;

/**
 * {@code OSError}'s {@code __init__}, {@code __str__} and its {@code errno}, {@code strerror},
 * {@code filename} and {@code filename2} attributes (CPython 3.11: Objects/exceptions.c
 * OSError_init, OSError_str); {@link OSErrors} makes the instances.
 */
final class OSErrorMethods {
    private OSErrorMethods() {}

    static void define() {
        PyType t = ExceptionTypes.OSERROR;
        t.define("__init__", new PyMethodDescriptor(t, "__init__", null, (args, kw) -> {
            Object[] a = new Object[args.length - 1 - dev.adder.runtime.PyCallable.kwCount(kw)];
            System.arraycopy(args, 1, a, 0, a.length);
            OSErrors.parseArgs((PyBaseException) args[0], a);
            return PyNone.NONE;
        }));
        for (String attr : new String[] {"errno", "strerror", "filename", "filename2"}) {
            t.define(attr, new PyGetSetDescriptor(t, attr, o -> {
                Object v = ((PyBaseException) o).dict().get(attr);
                return v == null ? PyNone.NONE : v;
            }, (o, v) -> ((PyBaseException) o).dict().put(attr, v == null ? PyNone.NONE : v)));
        }
        Methods.slot0(t, "__str__", self -> str((PyBaseException) self));
    }

    private static String str(PyBaseException e) {
        Object errno = attr(e, "errno");
        Object strerror = attr(e, "strerror");
        Object filename = attr(e, "filename");
        if (filename != PyNone.NONE) {
            Object filename2 = attr(e, "filename2");
            String s = "[Errno " + Ops.str(errno) + "] " + Ops.str(strerror) + ": " + Ops.repr(filename);
            return filename2 == PyNone.NONE ? s : s + " -> " + Ops.repr(filename2);
        }
        if (errno != PyNone.NONE && strerror != PyNone.NONE) {
            return "[Errno " + Ops.str(errno) + "] " + Ops.str(strerror);
        }
        return Protocol.exceptionStr(e);
    }

    private static Object attr(PyBaseException e, String name) {
        Object v = e.dict().get(name);
        return v == null ? PyNone.NONE : v;
    }
}
