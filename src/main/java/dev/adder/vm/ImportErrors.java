package dev.adder.vm;

import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyType;

/** The import system's errors: {@code ImportError}/{@code ModuleNotFoundError} with their {@code name} and {@code path}. */
final class ImportErrors {
    private ImportErrors() {
    }

    /** {@code ImportError(msg, name=name, path=path)} ({@code name}/{@code path} null: None). */
    static PyBaseException importError(String msg, String name, String path) {
        return make(ExceptionTypes.IMPORT_ERROR, msg, name, path);
    }

    /** {@code ModuleNotFoundError(msg, name=name)}. */
    static PyBaseException notFound(String msg, String name) {
        return make(ExceptionTypes.MODULE_NOT_FOUND_ERROR, msg, name, null);
    }

    /** CPython's {@code _ERR_MSG}: "No module named 'x'". */
    static PyBaseException noModule(String name) {
        return notFound("No module named " + dev.adder.objects.Ops.repr(name), name);
    }

    private static PyBaseException make(PyType type, String msg, String name, String path) {
        PyBaseException e = new PyBaseException(type, new Object[] {msg});
        e.dict().put("msg", msg);
        e.dict().put("name", name == null ? PyNone.NONE : name);
        e.dict().put("path", path == null ? PyNone.NONE : path);
        return e;
    }

    /** The {@code name} attribute of an ImportError (null when unset or not a str). */
    static String nameOf(PyBaseException e) {
        return e.dict().get("name") instanceof String s ? s : null;
    }
}
