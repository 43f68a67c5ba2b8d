package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyType;

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
        Object r = callDunder(o, "__bool__");
        if (r != null) {
            if (r instanceof Boolean b) {
                return b;
            }
            throw Errors.typeError("__bool__ should return bool, returned " + Errors.typeName(r));
        }
        r = callDunder(o, "__len__");
        if (r != null) {
            return IntOps.isTrue(Ops.index(r));
        }
        return true;
    }

    static String reprSlow(Object o) {
        if (o == PyNone.NONE) {
            return "None";
        }
        Object r = callDunder(o, "__repr__");
        if (r != null) {
            if (r instanceof String s) {
                return s;
            }
            throw Errors.typeError("__repr__ returned non-string (type " + Errors.typeName(r) + ")");
        }
        if (o instanceof PyType t) {
            return t.toString();
        }
        if (o instanceof PyBaseException e) {
            return e.typeName() + "(" + (e.args().length == 1 ? Ops.repr(e.args()[0]) : "") + ")";
        }
        return "<" + Ops.type(o).qualifiedName() + " object>";
    }

    static String strSlow(Object o) {
        Object r = callDunder(o, "__str__");
        if (r != null) {
            if (r instanceof String s) {
                return s;
            }
            throw Errors.typeError("__str__ returned non-string (type " + Errors.typeName(r) + ")");
        }
        if (o instanceof PyBaseException e) {
            Object[] args = e.args();
            return args.length == 0 ? "" : args.length == 1 ? Ops.str(args[0]) : Ops.repr(PyTuple.of(args));
        }
        return Ops.repr(o);
    }

    static long hash(Object o) {
        if (o instanceof String s) {
            return s.hashCode();
        }
        if (o instanceof Integer i) {
            return i == -1 ? -2 : i;
        }
        Object r = callDunder(o, "__hash__");
        if (r != null) {
            return ((Number) Ops.index(r)).longValue();
        }
        return System.identityHashCode(o);
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

    static String format(Object value, String spec) {
        if (spec.isEmpty()) {
            return Ops.str(value);
        }
        throw Errors.notImplemented("format() of " + Errors.typeName(value) + " is not supported yet");
    }

    static Object indexSlow(Object o) {
        Object r = callDunder(o, "__index__");
        if (r == null) {
            throw Errors.typeError("'" + Errors.typeName(o)
                    + "' object cannot be interpreted as an integer");
        }
        return r;
    }

    /** The positional count of a vectorcall argument array. */
    static int positional(Object[] args, String[] kwnames) {
        return args.length - PyCallable.kwCount(kwnames);
    }
}
