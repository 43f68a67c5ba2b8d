package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyType;

/**
 * The iterator types that are builtins: {@code enumerate}, {@code zip} (with {@code strict=}),
 * {@code map}, {@code filter} and {@code reversed} (CPython 3.11: Objects/enumobject.c,
 * Python/bltinmodule.c). Their constructors are the types' {@code __new__}; the builtins module
 * only registers the types.
 */
public final class BuiltinIterators {
    private BuiltinIterators() {}

    /** {@code enumerate}. */
    public static final PyType ENUMERATE = BuiltinTypeTable.builtin("enumerate", CoreTypes.OBJECT,
            BuiltinTypeTable.ENUMERATE);
    /** {@code zip}. */
    public static final PyType ZIP = BuiltinTypeTable.builtin("zip", CoreTypes.OBJECT, BuiltinTypeTable.ZIP);
    /** {@code map}. */
    public static final PyType MAP = BuiltinTypeTable.builtin("map", CoreTypes.OBJECT, BuiltinTypeTable.MAP);
    /** {@code filter}. */
    public static final PyType FILTER = BuiltinTypeTable.builtin("filter", CoreTypes.OBJECT, BuiltinTypeTable.FILTER);
    /** {@code reversed}. */
    public static final PyType REVERSED = BuiltinTypeTable.builtin("reversed", CoreTypes.OBJECT,
            BuiltinTypeTable.REVERSED);

    // ---- enumerate ----

    /** The attributes of {@code enumerate}, defined when first needed. */
    static void defineEnumerate(PyType t) {
        IteratorTypes.define(t, false);
        t.define("__class_getitem__", GenericAlias.classGetitem(t));
    }

    static Object newEnumerate(PyType type, Object[] args, String[] kw) {
        int nkw = PyCallable.kwCount(kw);
        int npos = args.length - nkw;
        if (args.length > 2) {
            throw Errors.typeError("enumerate() takes at most 2 arguments (" + args.length + " given)");
        }
        Object iterable = npos >= 1 ? args[0] : null;
        Object start = npos >= 2 ? args[1] : null;
        for (int i = 0; i < nkw; i++) {
            Object v = args[npos + i];
            if (kw[i].equals("iterable") && iterable == null) {
                iterable = v;
            } else if (kw[i].equals("start") && start == null) {
                start = v;
            } else if (kw[i].equals("iterable") || kw[i].equals("start")) {
                throw Errors.typeError("argument for enumerate() given by name ('" + kw[i]
                        + "') and position (" + (kw[i].equals("iterable") ? 1 : 2) + ")");
            } else {
                throw Errors.typeError("'" + kw[i] + "' is an invalid keyword argument for enumerate()");
            }
        }
        if (iterable == null) {
            throw Errors.typeError("enumerate() missing required argument 'iterable'");
        }
        Object count = start == null ? (Object) 0 : Ops.index(start);
        return new Enumerate(type, Ops.iter(iterable), count);
    }

    static final class Enumerate extends PyIterator {
        private final PyType type;
        private final Object it;
        private Object count;

        Enumerate(PyType type, Object it, Object count) {
            this.type = type;
            this.it = it;
            this.count = count;
        }

        @Override
        public Object next() {
            Object x = Ops.next(it);
            if (x == null) {
                return null;
            }
            Object c = count;
            count = c instanceof Integer i && i < Integer.MAX_VALUE ? (Object) (i + 1) : IntOps.add(c, 1);
            return PyTuple.wrap(new Object[] {c, x});
        }

        @Override
        public PyType type() {
            return type;
        }
    }

    // ---- zip ----

    static Object newZip(PyType type, Object[] args, String[] kw) {
        int nkw = PyCallable.kwCount(kw);
        if (nkw > 1) {
            throw Errors.typeError("zip() takes at most 1 keyword argument (" + nkw + " given)");
        }
        boolean strict = false;
        if (nkw == 1) {
            if (!kw[0].equals("strict")) {
                throw Errors.typeError("'" + kw[0] + "' is an invalid keyword argument for zip()");
            }
            strict = Ops.isTrue(args[args.length - 1]);
        }
        Object[] its = new Object[args.length - nkw];
        for (int i = 0; i < its.length; i++) {
            its[i] = Ops.iter(args[i]);
        }
        return new Zip(type, its, strict);
    }

    static final class Zip extends PyIterator {
        private final PyType type;
        private final Object[] its;
        private final boolean strict;
        private boolean done;

        Zip(PyType type, Object[] its, boolean strict) {
            this.type = type;
            this.its = its;
            this.strict = strict;
        }

        @Override
        public Object next() {
            if (done || its.length == 0) {
                return null;
            }
            Object[] out = new Object[its.length];
            for (int i = 0; i < its.length; i++) {
                Object x = Ops.next(its[i]);
                if (x == null) {
                    done = true;
                    if (strict) {
                        strictCheck(i);
                    }
                    return null;
                }
                out[i] = x;
            }
            return PyTuple.wrap(out);
        }

        // CPython 3.11: Python/bltinmodule.c zip_next (strict mode)
        private void strictCheck(int i) {
            if (i > 0) {
                throw Errors.valueError("zip() argument " + (i + 1) + " is shorter than argument"
                        + (i == 1 ? " " : "s 1-") + i);
            }
            for (int j = 1; j < its.length; j++) {
                if (Ops.next(its[j]) != null) {
                    throw Errors.valueError("zip() argument " + (j + 1) + " is longer than argument"
                            + (j == 1 ? " " : "s 1-") + j);
                }
            }
        }

        @Override
        public PyType type() {
            return type;
        }
    }

    // ---- map ----

    static Object newMap(PyType type, Object[] args, String[] kw) {
        if (type == MAP) {
            ContainerArgs.noKeywords("map", kw);
        }
        int n = args.length - PyCallable.kwCount(kw);
        if (n < 2) {
            throw Errors.typeError("map() must have at least two arguments.");
        }
        Object[] its = new Object[n - 1];
        for (int i = 0; i < its.length; i++) {
            its[i] = Ops.iter(args[i + 1]);
        }
        return new MapIterator(type, args[0], its);
    }

    static final class MapIterator extends PyIterator {
        private final PyType type;
        private final Object func;
        private final Object[] its;

        MapIterator(PyType type, Object func, Object[] its) {
            this.type = type;
            this.func = func;
            this.its = its;
        }

        @Override
        public Object next() {
            if (its.length == 1) {
                Object x = Ops.next(its[0]);
                return x == null ? null : Ops.call(func, new Object[] {x}, null);
            }
            Object[] args = new Object[its.length];
            for (int i = 0; i < its.length; i++) {
                Object x = Ops.next(its[i]);
                if (x == null) {
                    return null;
                }
                args[i] = x;
            }
            return Ops.call(func, args, null);
        }

        @Override
        public PyType type() {
            return type;
        }
    }

    // ---- filter ----

    static Object newFilter(PyType type, Object[] args, String[] kw) {
        if (type == FILTER) {
            ContainerArgs.noKeywords("filter", kw);
        }
        int n = args.length - PyCallable.kwCount(kw);
        ContainerArgs.checkCount("filter", n, 2, 2);
        return new Filter(type, args[0], Ops.iter(args[1]));
    }

    static final class Filter extends PyIterator {
        private final PyType type;
        private final Object func;
        private final Object it;

        Filter(PyType type, Object func, Object it) {
            this.type = type;
            this.func = func;
            this.it = it;
        }

        @Override
        public Object next() {
            boolean identity = func == PyNone.NONE || func == IntMethods.BOOL_TYPE;
            while (true) {
                Object x = Ops.next(it);
                if (x == null) {
                    return null;
                }
                boolean ok = identity ? Ops.isTrue(x) : Ops.isTrue(Ops.call(func, new Object[] {x}, null));
                if (ok) {
                    return x;
                }
            }
        }

        @Override
        public PyType type() {
            return type;
        }
    }

    // ---- reversed ----

    // CPython 3.11: Objects/enumobject.c reversed_new_impl
    static Object newReversed(PyType type, Object[] args, String[] kw) {
        if (type == REVERSED) {
            ContainerArgs.noKeywords("reversed", kw);
        }
        int n = args.length - PyCallable.kwCount(kw);
        ContainerArgs.checkCount("reversed", n, 1, 1);
        Object seq = args[0];
        PyType t = Ops.type(seq);
        Object rev = t.lookup("__reversed__");
        if (rev == PyNone.NONE) {
            throw Errors.typeError("'" + t.name() + "' object is not reversible");
        }
        if (rev != null && type == REVERSED) {
            return Ops.call(rev, new Object[] {seq}, null);
        }
        boolean sequence = t.lookup("__getitem__") != null && !(seq instanceof PyDict)
                && t.lookup("__len__") != null;
        if (!sequence) {
            throw Errors.typeError("'" + t.name() + "' object is not reversible");
        }
        return new Reversed(type, seq, Ops.len(seq));
    }

    static final class Reversed extends PyIterator {
        private final PyType type;
        private Object seq;
        private long index;

        Reversed(PyType type, Object seq, long len) {
            this.type = type;
            this.seq = seq;
            this.index = len - 1;
        }

        @Override
        public Object next() {
            if (seq == null || index < 0) {
                seq = null;
                return null;
            }
            Object x;
            try {
                x = Ops.getitem(seq, IntOps.valueOf(index));
            } catch (dev.adder.runtime.PyBaseException e) {
                if (e.isInstance(dev.adder.runtime.ExceptionTypes.INDEX_ERROR)
                        || e.isInstance(dev.adder.runtime.ExceptionTypes.STOP_ITERATION)) {
                    seq = null;
                    return null;
                }
                throw e;
            }
            index--;
            return x;
        }

        @Override
        public long lengthHint() {
            if (seq == null) {
                return 0;
            }
            return Ops.len(seq) < index + 1 ? 0 : index + 1;
        }

        @Override
        public PyType type() {
            return type;
        }
    }
}
