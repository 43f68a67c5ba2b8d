package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyType;
import java.math.BigInteger;

/** The slow paths of {@link Ops}: dispatch through the type's dunder methods. */
final class Protocol {
    private Protocol() {}

    /** Calls {@code type(self).name(self, *args)} if the type has it, else returns null. */
    static Object callDunder(Object self, String name, Object... args) {
        Object f = Ops.type(self).lookup(name);
        if (f == null) {
            return null;
        }
        Object[] all = new Object[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return Ops.call(f, all, null);
    }

    static boolean isTrueSlow(Object o) {
        PyType t = Ops.type(o);
        Object f = t.lookup("__bool__");
        if (f != null) {
            Object r = Ops.call(f, o);
            if (r instanceof Boolean b) {
                return b;
            }
            throw Errors.typeError("__bool__ should return bool, returned " + Errors.typeName(r));
        }
        f = t.lookup("__len__");
        if (f != null) {
            return Items.len(o) != 0;
        }
        return true;
    }

    static String reprSlow(Object o) {
        Object f = Ops.type(o).lookup("__repr__");
        if (f != null) {
            Object r = Ops.call(f, o);
            if (BuiltinValue.unwrap(r) instanceof String s) {
                return s;
            }
            throw Errors.typeError("__repr__ returned non-string (type " + Errors.typeName(r) + ")");
        }
        return CoreMethods.objectRepr(o);
    }

    static String strSlow(Object o) {
        Object f = Ops.type(o).lookup("__str__");
        if (f != null) {
            Object r = Ops.call(f, o);
            if (BuiltinValue.unwrap(r) instanceof String s) {
                return s;
            }
            throw Errors.typeError("__str__ returned non-string (type " + Errors.typeName(r) + ")");
        }
        return Ops.repr(o);
    }

    static long hash(Object o) {
        if (IntOps.isInt(o)) {
            return NumericHash.hashInt(o);
        } else if (o instanceof Double d) {
            return NumericHash.hashFloat(d);
        } else if (o instanceof PyComplex c) {
            return ComplexOps.hash(c);
        } else if (o instanceof PyBytes b) {
            return BytesOps.hash(b);
        } else if (o == PyNone.NONE) {
            return 0xFCA86420L;
        }
        Object f = Ops.type(o).lookup("__hash__");
        if (f == null || f == PyNone.NONE) {
            throw Errors.typeError("unhashable type: '" + Errors.typeName(o) + "'");
        }
        Object r = Ops.call(f, o);
        if (!IntOps.isInt(r)) {
            throw Errors.typeError("__hash__ method should return an integer");
        }
        // CPython 3.11: Objects/typeobject.c slot_tp_hash reduces a big result as hash(int) does.
        long h = r instanceof BigInteger ? NumericHash.hashInt(r) : IntOps.smallValue(IntOps.index(r));
        return h == -1 ? -2 : h;
    }

    static Object callSlow(Object callable, Object[] args, String[] kwnames) {
        Object f = Ops.type(callable).lookup("__call__");
        if (f == null) {
            throw Errors.typeError("'" + Errors.typeName(callable) + "' object is not callable");
        }
        Object[] all = new Object[args.length + 1];
        all[0] = callable;
        System.arraycopy(args, 0, all, 1, args.length);
        return Ops.call(f, all, kwnames);
    }

    /** CPython 3.11: Objects/abstract.c PyObject_Format. */
    static String format(Object value, String spec) {
        if (spec.isEmpty()) {
            if (value instanceof String s) {
                return s;
            } else if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
                return Ops.str(value);
            }
        }
        if (FormatValue.handles(value)) {
            return FormatValue.format(value, spec);
        }
        Object f = Ops.type(value).lookup("__format__");
        if (f == null) {
            throw Errors.typeError("Type " + Errors.typeName(value) + " doesn't define __format__");
        }
        Object r = Ops.call(f, value, spec);
        if (!(r instanceof String s)) {
            throw Errors.typeError("__format__ must return a str, not " + Errors.typeName(r));
        }
        return s;
    }

    static Object indexSlow(Object o) {
        Object f = NumberOps.isNative(o) ? null : Ops.type(o).lookup("__index__");
        if (f == null) {
            throw Errors.typeError("'" + Errors.typeName(o) + "' object cannot be interpreted as an integer");
        }
        Object r = Ops.call(f, o);
        if (r instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (!IntOps.isInt(r)) {
            throw Errors.typeError("__index__ returned non-int (type " + Errors.typeName(r) + ")");
        }
        return r;
    }

    /** The positional count of a vectorcall argument array. */
    static int positional(Object[] args, String[] kwnames) {
        return args.length - PyCallable.kwCount(kwnames);
    }

    /** {@code repr(e)} of an exception: {@code ValueError('x')}, {@code KeyError()}, {@code E(1, 2)}. */
    static String exceptionRepr(PyBaseException e) {
        Object[] args = e.args();
        String name = e.type().name();
        if (args.length == 1) {
            return name + "(" + Ops.repr(args[0]) + ")";
        }
        return name + (args.length == 0 ? "()" : Ops.repr(PyTuple.wrap(args.clone())));
    }

    /** {@code str(e)} of an exception: "" for no args, str of the one arg, else repr of the tuple. */
    static String exceptionStr(PyBaseException e) {
        Object[] args = e.args();
        if (args.length == 0) {
            return "";
        } else if (args.length == 1) {
            return e.isInstance(dev.adder.runtime.ExceptionTypes.KEY_ERROR) ? Ops.repr(args[0]) : Ops.str(args[0]);
        }
        return Ops.repr(PyTuple.wrap(args.clone()));
    }
}
