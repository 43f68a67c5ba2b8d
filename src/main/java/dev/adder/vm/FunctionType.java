package dev.adder.vm;

import dev.adder.objects.PyDict;
import dev.adder.objects.PyTuple;
import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyGetSetDescriptor;
import dev.adder.runtime.PyMethodDescriptor;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyType;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** The {@code function} type: the attributes of {@link PyFunction} (CPython 3.11: Objects/funcobject.c func_getsetlist). */
final class FunctionType {
    private FunctionType() {
    }

    /** {@code type(f)} for a Python function. */
    static final PyType TYPE = create();

    private static PyType create() {
        PyType t = PyType.builtin("function", CoreTypes.OBJECT, null);
        getset(t, "__code__", f -> f.codeObject(), null);
        getset(t, "__globals__", f -> f.globals, null);
        getset(t, "__dict__", PyFunction::pyDict, (f, v) -> {
            if (!(v instanceof PyDict d)) {
                throw Errors.typeError(v == null ? "cannot delete __dict__"
                        : "__dict__ must be set to a dictionary, not a '" + Errors.typeName(v) + "'");
            }
            f.setPyDict(d);
        });
        getset(t, "__closure__", PyFunction::closureTuple, null);
        getset(t, "__name__", f -> f.name, (f, v) -> f.name = string(v, "__name__"));
        getset(t, "__qualname__", f -> f.qualname, (f, v) -> f.qualname = string(v, "__qualname__"));
        getset(t, "__defaults__", PyFunction::defaultsTuple, (f, v) -> {
            if (v == null || v == PyNone.NONE) {
                f.defaults = null;
            } else if (v instanceof PyTuple tu) {
                f.defaults = tu.isEmpty() ? null : tu.toArray();
            } else {
                throw Errors.typeError("__defaults__ must be set to a tuple object");
            }
        });
        getset(t, "__kwdefaults__", f -> f.kwdefaults == null ? PyNone.NONE : f.kwdefaults, (f, v) -> {
            if (v == null || v == PyNone.NONE) {
                f.kwdefaults = null;
            } else if (v instanceof PyDict d) {
                f.kwdefaults = d;
            } else {
                throw Errors.typeError("__kwdefaults__ must be set to a dict object");
            }
        });
        getset(t, "__module__", f -> f.module, (f, v) -> f.module = v == null ? PyNone.NONE : v);
        getset(t, "__doc__", f -> f.doc, (f, v) -> f.doc = v == null ? PyNone.NONE : v);
        getset(t, "__annotations__", f -> {
            if (f.annotations == null || f.annotations == PyNone.NONE) {
                f.annotations = new PyDict();
            } else if (f.annotations instanceof PyTuple pairs) {
                // CPython 3.11: MAKE_FUNCTION leaves (name, value, ...) pairs; the getter builds the dict
                PyDict d = new PyDict();
                for (int i = 0; i + 1 < pairs.size(); i += 2) {
                    d.put(pairs.get(i), pairs.get(i + 1));
                }
                f.annotations = d;
            }
            return f.annotations;
        }, (f, v) -> {
            if (v == null || v == PyNone.NONE) {
                f.annotations = null;
            } else if (v instanceof PyDict) {
                f.annotations = v;
            } else {
                throw Errors.typeError("__annotations__ must be set to a dict object");
            }
        });
        t.define("__repr__", new PyMethodDescriptor(t, "__repr__", null, (args, kw) -> self(args[0]).repr()));
        return t.freeze();
    }

    private static String string(Object v, String what) {
        if (v instanceof String s) {
            return s;
        }
        throw Errors.typeError(what + " must be set to a string object");
    }

    private static void getset(PyType t, String name, Function<PyFunction, Object> get,
                               BiConsumer<PyFunction, Object> set) {
        t.define(name, new PyGetSetDescriptor(t, name, o -> get.apply(self(o)),
                set == null ? null : (o, v) -> set.accept(self(o), v)));
    }

    private static PyFunction self(Object o) {
        if (o instanceof PyFunction f) {
            return f;
        }
        throw Errors.typeError("descriptor for 'function' objects doesn't apply to a '" + Errors.typeName(o) + "' object");
    }
}
