package dev.adder.vm;

import dev.adder.bytecode.CodeWords;
import dev.adder.bytecode.PyCode;
import dev.adder.objects.PyBytes;
import dev.adder.objects.PyTuple;
import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyGetSetDescriptor;
import dev.adder.runtime.PyMethodDescriptor;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import java.util.function.Function;

/**
 * A code object as Python sees it ({@code f.__code__}, type {@code code}): wraps the immutable
 * {@link PyCode} of {@code dev.adder.bytecode}, which is not a Python object itself.
 */
public final class PyCodeObject implements PyObject {
    /** {@code type(f.__code__)}. */
    public static final PyType TYPE = create();

    private final PyCode code;

    private PyCodeObject(PyCode code) {
        this.code = code;
    }

    /** The one Python view of {@code code}: {@code f.__code__ is g.__code__} for functions of one {@code def}. */
    public static PyCodeObject of(PyCode code) {
        return (PyCodeObject) code.pythonView(PyCodeObject::new);
    }

    /** The wrapped code. */
    public PyCode code() {
        return code;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** CPython's repr: {@code <code object f at 0x..., file "x.py", line 3>}. */
    public String repr() {
        return "<code object " + code.co_name() + " at " + Ids.hex(this) + ", file \"" + code.co_filename()
                + "\", line " + code.co_firstlineno() + ">";
    }

    /** co_consts with nested code objects wrapped. */
    static PyTuple consts(PyCode c) {
        Object[] cs = c.co_consts();
        for (int i = 0; i < cs.length; i++) {
            if (cs[i] instanceof PyCode nested) {
                cs[i] = PyCodeObject.of(nested);
            }
        }
        return PyTuple.wrap(cs);
    }

    /** co_code as CPython's bytes: each word as opcode byte, argument byte. */
    static PyBytes bytecode(PyCode c) {
        byte[] b = new byte[c.codeLength() * 2];
        for (int i = 0; i < c.codeLength(); i++) {
            int w = c.wordAt(i);
            b[2 * i] = (byte) CodeWords.op(w);
            b[2 * i + 1] = (byte) CodeWords.arg(w);
        }
        return PyBytes.wrap(b);
    }

    private static PyType create() {
        PyType t = PyType.builtin("code", CoreTypes.OBJECT, null);
        attr(t, "co_name", PyCode::co_name);
        attr(t, "co_qualname", PyCode::co_qualname);
        attr(t, "co_filename", PyCode::co_filename);
        attr(t, "co_firstlineno", PyCode::co_firstlineno);
        attr(t, "co_argcount", PyCode::co_argcount);
        attr(t, "co_posonlyargcount", PyCode::co_posonlyargcount);
        attr(t, "co_kwonlyargcount", PyCode::co_kwonlyargcount);
        attr(t, "co_nlocals", PyCode::co_nlocals);
        attr(t, "co_flags", PyCode::co_flags);
        attr(t, "co_stacksize", PyCode::co_stacksize);
        attr(t, "co_varnames", c -> PyTuple.wrap(c.co_varnames()));
        attr(t, "co_cellvars", c -> PyTuple.wrap(c.co_cellvars()));
        attr(t, "co_freevars", c -> PyTuple.wrap(c.co_freevars()));
        attr(t, "co_names", c -> PyTuple.wrap(c.co_names()));
        attr(t, "co_consts", PyCodeObject::consts);
        attr(t, "co_code", PyCodeObject::bytecode);
        attr(t, "co_exceptiontable", c -> PyBytes.wrap(c.co_exceptiontable()));
        attr(t, "co_linetable", c -> PyBytes.wrap(c.co_linetable()));
        t.define("__repr__", new PyMethodDescriptor(t, "__repr__", null, (args, kw) -> self(args[0]).repr()));
        return t.freeze();
    }

    private static void attr(PyType t, String name, Function<PyCode, Object> get) {
        t.define(name, new PyGetSetDescriptor(t, name, o -> get.apply(self(o).code), null));
    }

    private static PyCodeObject self(Object o) {
        if (o instanceof PyCodeObject c) {
            return c;
        }
        throw Errors.typeError("descriptor for 'code' objects doesn't apply to a '" + Errors.typeName(o) + "' object");
    }
}
