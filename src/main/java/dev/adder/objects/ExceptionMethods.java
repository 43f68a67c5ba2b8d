package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyGetSetDescriptor;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The methods and attributes of {@code BaseException} (CPython's Objects/exceptions.c): {@code args},
 * {@code __cause__}, {@code __context__}, {@code __suppress_context__}, {@code __traceback__},
 * {@code with_traceback}, {@code add_note}, and the few attributes of subclasses the VM needs
 * ({@code StopIteration.value}, {@code SystemExit.code}).
 */
final class ExceptionMethods {
    private ExceptionMethods() {}

    private static final PyType BASE = ExceptionTypes.BASE_EXCEPTION;

    /** Adds the definitions to the (not yet frozen) exception types. */
    static void define() {
        PyType t = BASE;
        t.define("__init__", new dev.adder.runtime.PyMethodDescriptor(t, "__init__", null, (args, kw) -> {
            PyBaseException e = self(args[0], "__init__");
            if (dev.adder.runtime.PyCallable.kwCount(kw) != 0) {
                throw Errors.typeError(e.type().name() + "() takes no keyword arguments");
            }
            Object[] a = new Object[args.length - 1];
            System.arraycopy(args, 1, a, 0, a.length);
            e.setArgs(a);
            return PyNone.NONE;
        }));
        Methods.slot0(t, "__repr__", self -> Protocol.exceptionRepr((PyBaseException) self));
        Methods.newMethod(t);
        Methods.slot0(t, "__str__", self -> Protocol.exceptionStr((PyBaseException) self));
        getset(t, "args", e -> PyTuple.of(e.args()), (e, v) -> e.setArgs(toArray(v)));
        getset(t, "__cause__", e -> orNone(e.cause()), (e, v) -> e.setCause(exceptionOrNull(v, "cause")));
        getset(t, "__context__", e -> orNone(e.context()), (e, v) -> e.setContext(exceptionOrNull(v, "context")));
        getset(t, "__suppress_context__", PyBaseException::suppressContext,
                (e, v) -> e.setSuppressContext(Ops.isTrue(v)));
        getset(t, "__traceback__", e -> e.traceback() == null ? PyNone.NONE : e.traceback(),
                (e, v) -> e.setTraceback(traceback(v)));
        Methods.oneArg(t, "with_traceback", (self, tb) -> {
            ((PyBaseException) self).setTraceback(traceback(tb));
            return self;
        });
        Methods.oneArg(t, "add_note", (self, note) -> {
            if (!(note instanceof String)) {
                throw Errors.typeError("note must be a str, not '" + Errors.typeName(note) + "'");
            }
            PyBaseException e = (PyBaseException) self;
            Object notes = e.dict().get("__notes__");
            if (notes == null) {
                notes = new PyList();
                e.dict().put("__notes__", notes);
            } else if (!(notes instanceof PyList)) {
                throw Errors.typeError("Cannot add note: __notes__ is not a list");
            }
            ((PyList) notes).add(note);
            e.addNote(note);
            return PyNone.NONE;
        });
        getset(ExceptionTypes.STOP_ITERATION, "value", e -> {
            Object v = e.dict().get("value");
            return v != null ? v : e.args().length > 0 ? e.args()[0] : PyNone.NONE;
        }, (e, v) -> e.dict().put("value", v));
        getset(ExceptionTypes.SYSTEM_EXIT, "code", e -> {
            Object v = e.dict().get("code");
            Object[] a = e.args();
            return v != null ? v : a.length == 0 ? PyNone.NONE : a.length == 1 ? a[0] : PyTuple.of(a);
        }, (e, v) -> e.dict().put("code", v));
        Methods.slot0(ExceptionTypes.KEY_ERROR, "__str__", self -> Protocol.exceptionStr((PyBaseException) self));
        SyntaxErrorMethods.define();
        ImportErrorMethods.define();
        OSErrorMethods.define();
    }

    private static PyBaseException self(Object o, String method) {
        if (!(o instanceof PyBaseException e)) {
            throw Errors.typeError("descriptor '" + method + "' requires a 'BaseException' object but received a '"
                    + Errors.typeName(o) + "'");
        }
        return e;
    }

    private static Object orNone(Object o) {
        return o == null ? PyNone.NONE : o;
    }

    private static PyBaseException exceptionOrNull(Object v, String what) {
        if (v == PyNone.NONE) {
            return null;
        }
        if (v instanceof PyBaseException e) {
            return e;
        }
        throw Errors.typeError("exception " + what + " must be None or derive from BaseException");
    }

    private static Object traceback(Object v) {
        if (v == PyNone.NONE) {
            return null;
        }
        if (Ops.type(v).name().equals("traceback")) {
            return v;
        }
        throw Errors.typeError("__traceback__ must be a traceback or None");
    }

    /** {@code tuple(v)} for the args setter. */
    static Object[] toArray(Object v) {
        if (v instanceof PyTuple t) {
            return t.items();
        }
        List<Object> items = new ArrayList<>();
        Object it = Ops.iter(v);
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
            items.add(x);
        }
        return items.toArray();
    }

    private static void getset(PyType owner, String name, Function<PyBaseException, Object> get,
                               BiConsumer<PyBaseException, Object> set) {
        owner.define(name, new PyGetSetDescriptor(owner, name, x -> get.apply((PyBaseException) x), (x, v) -> {
            if (v == null) {
                throw Errors.typeError(name + " may not be deleted");
            }
            set.accept((PyBaseException) x, v);
        }));
    }
}
