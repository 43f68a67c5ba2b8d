package dev.adder.vm;

import dev.adder.objects.PyIterator;
import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyGetSetDescriptor;
import dev.adder.runtime.PyMethodDescriptor;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyType;

/**
 * A generator (CPython 3.11: Objects/genobject.c): its {@link GenCore} runs the frame. As a
 * {@link PyIterator}, {@link #next} returns null when it is exhausted, so {@code for} pays nothing
 * for the end.
 */
public final class PyGenerator extends PyIterator implements AmSend {
    /** {@code type(g)}: {@code generator}. */
    public static final PyType TYPE = PyType.builtin("generator", CoreTypes.OBJECT, GenCore.noNew("generator"))
            .fillLazily(PyGenerator::define);

    final GenCore core;

    PyGenerator(InterpreterState interp, Frame frame) {
        this.core = new GenCore(interp, frame, GenCore.Kind.GENERATOR);
    }

    @Override
    public Object next() {
        return core.send(PyNone.NONE, null, false);
    }

    @Override
    public PyBaseException exhausted() {
        return GenCore.stopIteration(core.returnValue);
    }

    @Override
    public Object sendOrNull(Object value) {
        return core.send(value, null, false);
    }

    @Override
    public Object returned() {
        return core.returnValue;
    }

    /** {@code g.send(value)}. */
    public Object send(Object value) {
        Object r = core.send(value, null, false);
        if (r == null) {
            throw GenCore.stopIteration(core.returnValue);
        }
        return r;
    }

    /** {@code g.close()}. */
    public void close() {
        core.close();
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code <generator object f at 0x...>}. */
    public String repr() {
        return "<generator object " + core.qualname + " at " + Ids.hex(this) + ">";
    }

    private static void define(PyType t) {
        t.define("__iter__", new PyMethodDescriptor(t, "__iter__", null, (a, k) -> {
            GenCore.slotNoArgs(a);
            return self(a[0]);
        }));
        t.define("__next__", new PyMethodDescriptor(t, "__next__", null, (a, k) -> {
            GenCore.slotNoArgs(a);
            return self(a[0]).send(PyNone.NONE);
        }));
        t.define("send", new PyMethodDescriptor(t, "send", null, (a, k) -> {
            if (a.length != 2) {
                throw Errors.typeError("generator.send() takes exactly one argument (" + (a.length - 1) + " given)");
            }
            return self(a[0]).send(a[1]);
        }));
        t.define("throw", new PyMethodDescriptor(t, "throw", null, (a, k) -> {
            GenCore c = self(a[0]).core;
            Object r = c.throwIn(true, GenCore.exception("throw", a));
            if (r == null) {
                throw GenCore.stopIteration(c.returnValue);
            }
            return r;
        }));
        t.define("close", new PyMethodDescriptor(t, "close", null, (a, k) -> {
            GenCore.noArgs("generator.close", a);
            self(a[0]).close();
            return PyNone.NONE;
        }));
        t.define("__repr__", new PyMethodDescriptor(t, "__repr__", null, (a, k) -> self(a[0]).repr()));
        t.define("__name__", new PyGetSetDescriptor(t, "__name__", o -> self(o).core.name, null));
        t.define("__qualname__", new PyGetSetDescriptor(t, "__qualname__", o -> self(o).core.qualname, null));
        t.define("gi_running", new PyGetSetDescriptor(t, "gi_running", o -> self(o).core.running(), null));
        t.define("gi_suspended", new PyGetSetDescriptor(t, "gi_suspended", o -> self(o).core.suspended(), null));
        t.define("gi_code", new PyGetSetDescriptor(t, "gi_code", o -> self(o).core.code(), null));
        t.define("gi_frame", new PyGetSetDescriptor(t, "gi_frame", o -> self(o).core.frameObject(), null));
        t.define("gi_yieldfrom", new PyGetSetDescriptor(t, "gi_yieldfrom", o -> self(o).core.yieldFrom(), null));
    }

    private static PyGenerator self(Object o) {
        if (o instanceof PyGenerator g) {
            return g;
        }
        throw Errors.typeError("descriptor for 'generator' objects doesn't apply to a '" + Errors.typeName(o)
                + "' object");
    }
}
