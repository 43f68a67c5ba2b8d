package dev.adder.vm;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyGetSetDescriptor;
import dev.adder.runtime.PyMethodDescriptor;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;

/**
 * A read-only Python view of a {@link Frame} ({@code g.gi_frame}, type {@code frame}): its code,
 * globals, current line and a snapshot of its locals (CPython 3.11: Objects/frameobject.c).
 */
public final class PyFrameObject implements PyObject {
    /** {@code type(g.gi_frame)}. */
    public static final PyType TYPE = PyType.builtin("frame", CoreTypes.OBJECT, GenCore.noNew("frame"))
            .fillLazily(PyFrameObject::define);

    private final Frame frame;

    PyFrameObject(Frame frame) {
        this.frame = frame;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** CPython's repr: {@code <frame at 0x..., file 'x.py', line 3, code f>}. */
    public String repr() {
        return "<frame at " + Ids.hex(this) + ", file '" + frame.code.co_filename() + "', line " + frame.lineno()
                + ", code " + frame.code.co_name() + ">";
    }

    private static void define(PyType t) {
        t.define("__repr__", new PyMethodDescriptor(t, "__repr__", null, (a, k) -> self(a[0]).repr()));
        t.define("f_code", new PyGetSetDescriptor(t, "f_code", o -> PyCodeObject.of(self(o).frame.code), null));
        t.define("f_globals", new PyGetSetDescriptor(t, "f_globals", o -> self(o).frame.globals, null));
        t.define("f_builtins", new PyGetSetDescriptor(t, "f_builtins", o -> self(o).frame.builtins, null));
        t.define("f_locals", new PyGetSetDescriptor(t, "f_locals", o -> {
            Frame f = self(o).frame;
            return f.locals != null ? f.locals : f.fastLocals();
        }, null));
        t.define("f_lineno", new PyGetSetDescriptor(t, "f_lineno", o -> self(o).frame.lineno(), null));
        t.define("f_lasti", new PyGetSetDescriptor(t, "f_lasti", o -> self(o).frame.lasti * 2, null));
        // a suspended generator's frame has no caller
        t.define("f_back", new PyGetSetDescriptor(t, "f_back", o -> PyNone.NONE, null));
    }

    private static PyFrameObject self(Object o) {
        if (o instanceof PyFrameObject f) {
            return f;
        }
        throw Errors.typeError("descriptor for 'frame' objects doesn't apply to a '" + Errors.typeName(o) + "' object");
    }
}
