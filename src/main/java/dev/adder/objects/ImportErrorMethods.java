package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyGetSetDescriptor;
import dev.adder.runtime.PyMethodDescriptor;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyType;

/**
 * {@code ImportError}'s own {@code __init__} and {@code __str__} (CPython 3.11: Objects/exceptions.c
 * ImportError_init, ImportError_str): the keyword-only {@code name} and {@code path}, and {@code msg}
 * (the one argument), which {@code str()} shows. The import system stores the same keys.
 */
final class ImportErrorMethods {
    private ImportErrorMethods() {
    }

    static void define() {
        PyType t = ExceptionTypes.IMPORT_ERROR;
        t.define("__init__", new PyMethodDescriptor(t, "__init__", null, (args, kw) -> {
            PyBaseException e = (PyBaseException) args[0];
            int nkw = PyCallable.kwCount(kw);
            int npos = args.length - nkw;
            Object name = PyNone.NONE;
            Object path = PyNone.NONE;
            for (int i = 0; i < nkw; i++) {
                switch (kw[i]) {
                    case "name" -> name = args[npos + i];
                    case "path" -> path = args[npos + i];
                    default -> throw Errors.typeError("'" + kw[i] + "' is an invalid keyword argument for "
                            + e.type().name() + "()");
                }
            }
            Object[] a = new Object[npos - 1];
            System.arraycopy(args, 1, a, 0, a.length);
            e.setArgs(a);
            e.dict().put("msg", a.length == 1 ? a[0] : PyNone.NONE);
            e.dict().put("name", name);
            e.dict().put("path", path);
            return PyNone.NONE;
        }));
        for (String attr : new String[] {"msg", "name", "path"}) {
            t.define(attr, new PyGetSetDescriptor(t, attr, o -> {
                Object v = ((PyBaseException) o).dict().get(attr);
                if (v == null && attr.equals("msg")) {
                    Object[] a = ((PyBaseException) o).args();
                    return a.length == 1 ? a[0] : PyNone.NONE;
                }
                return v == null ? PyNone.NONE : v;
            }, (o, v) -> ((PyBaseException) o).dict().put(attr, v == null ? PyNone.NONE : v)));
        }
        Methods.slot0(t, "__str__", self -> {
            PyBaseException e = (PyBaseException) self;
            Object msg = e.dict().get("msg");
            if (msg == null) {
                Object[] a = e.args();
                msg = a.length == 1 ? a[0] : null;
            }
            return msg instanceof String s ? s : Protocol.exceptionStr(e);
        });
    }
}
