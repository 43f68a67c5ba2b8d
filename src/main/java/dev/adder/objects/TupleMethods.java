package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PySingleton;
import dev.adder.runtime.PyType;

/** The {@code tuple} type object and its methods (CPython 3.11: Objects/tupleobject.c). */
final class TupleMethods {
    private TupleMethods() {}

    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L;
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L;

    /** CPython 3.11: Objects/tupleobject.c tuplehash. */
    static long hash(Object[] items) {
        long acc = XXPRIME_5;
        for (Object o : items) {
            long lane = HashKeys.hash(o);
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += items.length ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    /** {@code tuple(iterable=())}: the constructor. */
    static Object newTuple(PyType type, Object[] args, String[] kw) {
        if (type == PyTuple.TYPE) {
            ContainerArgs.noKeywords("tuple", kw);
        }
        int n = args.length - PyCallable.kwCount(kw);
        ContainerArgs.checkCount("tuple", n, 0, 1);
        Object[] items;
        if (n == 0) {
            items = new Object[0];
        } else if (args[0] instanceof PyTuple tt && tt.type() == PyTuple.TYPE) {
            if (type == PyTuple.TYPE) {
                return tt;
            }
            items = tt.items();
        } else {
            items = Iteration.toList(args[0]).toArray();
        }
        return type == PyTuple.TYPE ? PyTuple.wrap(items) : new PyTuple.Subclass(type, items);
    }

    /** The attributes of the type, defined when first needed. */
    static void defineType(PyType t) {
        Methods.newMethod(t);
        ContainerArgs.method(t, "__hash__", (args, kw) -> {
            ContainerArgs.noArgs("tuple.__hash__", args, kw);
            return IntOps.valueOf(self(args[0], t, "__hash__").pyHash());
        });
        ContainerArgs.method(t, "__len__", (args, kw) -> {
            ContainerArgs.noArgs("tuple.__len__", args, kw);
            return self(args[0], t, "__len__").size();
        });
        ContainerArgs.method(t, "__contains__", (args, kw) -> {
            Object x = ContainerArgs.oneArg("tuple.__contains__", args, kw);
            return SequenceOps.contains(self(args[0], t, "__contains__"), x);
        });
        ContainerArgs.method(t, "__getitem__", (args, kw) -> {
            Object k = ContainerArgs.oneArg("tuple.__getitem__", args, kw);
            return ListSlicing.getitem(self(args[0], t, "__getitem__"), k);
        });
        ContainerArgs.method(t, "__iter__", (args, kw) -> {
            ContainerArgs.noArgs("tuple.__iter__", args, kw);
            return new SequenceIterators.TupleIterator(self(args[0], t, "__iter__"));
        });
        ContainerArgs.method(t, "__repr__", (args, kw) -> {
            ContainerArgs.noArgs("tuple.__repr__", args, kw);
            return repr(self(args[0], t, "__repr__"));
        });
        ContainerArgs.method(t, "__getnewargs__", (args, kw) -> {
            ContainerArgs.noArgs("tuple.__getnewargs__", args, kw);
            return PyTuple.of(PyTuple.wrap(self(args[0], t, "__getnewargs__").items()));
        });
        String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int op = 0; op < 6; op++) {
            int o = op;
            String name = cmp[op];
            ContainerArgs.method(t, name, (args, kw) -> {
                Object other = ContainerArgs.oneArg("tuple." + name, args, kw);
                PyTuple a = self(args[0], t, name);
                return other instanceof PyTuple b ? SequenceOps.richCompare(a, b, o) : PySingleton.NOT_IMPLEMENTED;
            });
        }
        ContainerArgs.method(t, "__add__", (args, kw) -> {
            Object other = ContainerArgs.oneArg("tuple.__add__", args, kw);
            PyTuple a = self(args[0], t, "__add__");
            if (!(other instanceof PyTuple b)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            Object[] x = a.items();
            Object[] y = b.items();
            Object[] r = java.util.Arrays.copyOf(x, x.length + y.length);
            System.arraycopy(y, 0, r, x.length, y.length);
            return PyTuple.wrap(r);
        });
        PyCallable mul = (args, kw) -> {
            Object n = ContainerArgs.oneArg("tuple.__mul__", args, kw);
            PyTuple a = self(args[0], t, "__mul__");
            if (!SequenceOps.isIndex(n)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            int count = SequenceOps.repeatCount(n, a.size());
            if (count == 1 && a.type() == PyTuple.TYPE) {
                return a;
            }
            return PyTuple.wrap(ListMethods.repeatArray(a.items(), count));
        };
        ContainerArgs.method(t, "__mul__", mul);
        ContainerArgs.method(t, "__rmul__", mul);
        ContainerArgs.method(t, "index", (args, kw) -> {
            int n = ContainerArgs.positional("index", "tuple.index", args, kw, 1, 3);
            PyTuple a = self(args[0], t, "index");
            long start = n >= 2 ? ListMethods.indexArg(args[2]) : 0;
            long stop = n >= 3 ? ListMethods.indexArg(args[3]) : Long.MAX_VALUE;
            int i = SequenceOps.index(a, args[1], start, stop);
            if (i < 0) {
                throw Errors.valueError("tuple.index(x): x not in tuple");
            }
            return i;
        });
        ContainerArgs.method(t, "count", (args, kw) -> {
            Object x = ContainerArgs.oneArg("tuple.count", args, kw);
            return SequenceOps.count(self(args[0], t, "count"), x);
        });
        t.define("__class_getitem__", GenericAlias.classGetitem(t));
    }

    private static PyTuple self(Object o, PyType t, String name) {
        if (!(o instanceof PyTuple tt)) {
            ContainerArgs.checkSelf(o, t, name);
            throw Errors.typeError("descriptor '" + name + "' requires a 'tuple' object");
        }
        return tt;
    }

    // CPython 3.11: tuplerepr
    static String repr(PyTuple t) {
        Object[] a = t.items();
        if (a.length == 0) {
            return "()";
        }
        if (!ReprGuard.enter(t)) {
            return "(...)";
        }
        try {
            return SequenceOps.repr(a, a.length, '(', ')');
        } finally {
            ReprGuard.leave(t);
        }
    }
}
