package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyMethodDescriptor;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyType;
import java.util.Map;

/**
 * {@code SyntaxError}'s own {@code __init__} and {@code __str__} (CPython 3.11: Objects/exceptions.c
 * SyntaxError_init, SyntaxError_str): the attributes msg, filename, lineno, offset, text,
 * end_lineno, end_offset and print_file_and_line, and {@code "msg (file.py, line 3)"}.
 */
final class SyntaxErrorMethods {
    private SyntaxErrorMethods() {
    }

    private static final String[] INFO = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};

    static void define() {
        PyType t = ExceptionTypes.SYNTAX_ERROR;
        t.define("__init__", new PyMethodDescriptor(t, "__init__", null, (args, kw) -> {
            PyBaseException e = (PyBaseException) args[0];
            if (dev.adder.runtime.PyCallable.kwCount(kw) != 0) {
                throw Errors.typeError(e.type().name() + "() takes no keyword arguments");
            }
            Object[] a = new Object[args.length - 1];
            System.arraycopy(args, 1, a, 0, a.length);
            init(e, a);
            return PyNone.NONE;
        }));
        Methods.slot0(t, "__str__", self -> str((PyBaseException) self));
    }

    private static void init(PyBaseException e, Object[] a) {
        e.setArgs(a);
        Map<String, Object> d = e.dict();
        for (String name : new String[] {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset",
            "print_file_and_line"}) {
            d.putIfAbsent(name, PyNone.NONE);
        }
        if (a.length >= 1) {
            d.put("msg", a[0]);
        }
        if (a.length == 2) {
            Object[] info = ExceptionMethods.toArray(a[1]);
            if (info.length < 4) {
                throw Errors.typeError("function takes at least 4 arguments (" + info.length + " given)");
            }
            if (info.length > 6) {
                throw Errors.typeError("function takes at most 6 arguments (" + info.length + " given)");
            }
            for (int i = 0; i < info.length; i++) {
                d.put(INFO[i], info[i]);
            }
        }
    }

    /** The attribute {@code name} of a SyntaxError, None when unset (class-level default). */
    static Object attr(PyBaseException e, String name) {
        Object v = e.dict().get(name);
        return v == null ? PyNone.NONE : v;
    }

    private static String str(PyBaseException e) {
        String msg = Ops.str(attr(e, "msg"));
        Object file = attr(e, "filename");
        Object line = attr(e, "lineno");
        boolean haveFile = file instanceof String;
        boolean haveLine = IntOps.isInt(line) && !(line instanceof Boolean);
        String base = haveFile ? basename((String) file) : null;
        if (haveFile && haveLine) {
            return msg + " (" + base + ", line " + Ops.str(line) + ")";
        } else if (haveFile) {
            return msg + " (" + base + ")";
        } else if (haveLine) {
            return msg + " (line " + Ops.str(line) + ")";
        }
        return msg;
    }

    private static String basename(String name) {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? name : name.substring(slash + 1);
    }
}
