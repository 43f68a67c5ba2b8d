package dev.adder.vm;

import dev.adder.bytecode.PyCode;
import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyGetSetDescriptor;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;

/**
 * One entry of an exception's traceback ({@code types.TracebackType}): a frame the exception
 * passed through, the instruction running there, and the entry for the next (inner) frame.
 * CPython 3.11: Python/traceback.c; the VM prepends one each time an exception reaches a frame.
 */
public final class PyTraceback implements PyObject {
    /** {@code type(tb)}. */
    public static final PyType TYPE = create();

    private final PyTraceback next;
    private final Frame frame;
    private final int lasti;

    /** An entry for {@code frame} at instruction {@code lasti}, before {@code next}. */
    PyTraceback(PyTraceback next, Frame frame, int lasti) {
        this.next = next;
        this.frame = frame;
        this.lasti = lasti;
    }

    /** {@code tb_next}: the entry of the frame called from this one, or null. */
    public PyTraceback next() {
        return next;
    }

    /** The frame's code. */
    public PyCode code() {
        return frame.code;
    }

    /** {@code tb_frame}. */
    public Frame frame() {
        return frame;
    }

    /** {@code tb_lasti} as a code-unit index. */
    public int lasti() {
        return lasti;
    }

    /** {@code tb_lineno}. */
    public int lineno() {
        return frame.code.lineAt(lasti);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyType create() {
        PyType t = PyType.builtin("traceback", CoreTypes.OBJECT, null);
        t.define("tb_next", new PyGetSetDescriptor(t, "tb_next", o -> {
            PyTraceback n = self(o).next;
            return n == null ? PyNone.NONE : n;
        }, null));
        t.define("tb_lineno", new PyGetSetDescriptor(t, "tb_lineno", o -> self(o).lineno(), null));
        t.define("tb_lasti", new PyGetSetDescriptor(t, "tb_lasti", o -> self(o).lasti * 2, null));
        return t.freeze();
    }

    private static PyTraceback self(Object o) {
        if (o instanceof PyTraceback tb) {
            return tb;
        }
        throw Errors.typeError("descriptor for 'traceback' objects doesn't apply to a '" + Errors.typeName(o) + "' object");
    }
}
