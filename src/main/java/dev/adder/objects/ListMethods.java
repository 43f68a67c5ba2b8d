package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PySingleton;
import dev.adder.runtime.PyType;

/** The {@code list} type object and its methods (CPython 3.11: Objects/listobject.c). */
final class ListMethods {
    private ListMethods() {}

    static PyType createType() {
        return BuiltinTypeTable.builtin("list", CoreTypes.OBJECT, BuiltinTypeTable.LIST);
    }

    /** The attributes of the type, defined when first needed. */
    static void defineType(PyType t) {
        ContainerArgs.method(t, "__init__", (args, kw) -> {
            PyList self = self(args[0], t, "__init__");
            ContainerArgs.noKeywords("list", kw);
            int n = args.length - 1;
            ContainerArgs.checkCount("list", n, 0, 1);
            self.clear();
            if (n == 1) {
                extend(self, args[1]);
            }
            return PyNone.NONE;
        });
        t.define("__hash__", PyNone.NONE);
        ContainerArgs.method(t, "__len__", (args, kw) -> {
            ContainerArgs.noArgs("list.__len__", args, kw);
            return self(args[0], t, "__len__").size();
        });
        ContainerArgs.method(t, "__contains__", (args, kw) -> {
            Object x = ContainerArgs.oneArg("list.__contains__", args, kw);
            return SequenceOps.contains(self(args[0], t, "__contains__"), x);
        });
        ContainerArgs.method(t, "__getitem__", (args, kw) -> {
            Object k = ContainerArgs.oneArg("list.__getitem__", args, kw);
            return ListSlicing.getitem(self(args[0], t, "__getitem__"), k);
        });
        ContainerArgs.method(t, "__setitem__", (args, kw) -> {
            ContainerArgs.positional("__setitem__", "list.__setitem__", args, kw, 2, 2);
            ListSlicing.setitem(self(args[0], t, "__setitem__"), args[1], args[2]);
            return PyNone.NONE;
        });
        ContainerArgs.method(t, "__delitem__", (args, kw) -> {
            Object k = ContainerArgs.oneArg("list.__delitem__", args, kw);
            ListSlicing.delitem(self(args[0], t, "__delitem__"), k);
            return PyNone.NONE;
        });
        ContainerArgs.method(t, "__iter__", (args, kw) -> {
            ContainerArgs.noArgs("list.__iter__", args, kw);
            return new SequenceIterators.ListIterator(self(args[0], t, "__iter__"));
        });
        ContainerArgs.method(t, "__reversed__", (args, kw) -> {
            ContainerArgs.noArgs("list.__reversed__", args, kw);
            return new SequenceIterators.ListReverseIterator(self(args[0], t, "__reversed__"));
        });
        ContainerArgs.method(t, "__repr__", (args, kw) -> {
            ContainerArgs.noArgs("list.__repr__", args, kw);
            return repr(self(args[0], t, "__repr__"));
        });
        String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int op = 0; op < 6; op++) {
            int o = op;
            String name = cmp[op];
            ContainerArgs.method(t, name, (args, kw) -> {
                Object other = ContainerArgs.oneArg("list." + name, args, kw);
                PyList l = self(args[0], t, name);
                return other instanceof PyList ol ? SequenceOps.richCompare(l, ol, o) : PySingleton.NOT_IMPLEMENTED;
            });
        }
        ContainerArgs.method(t, "__add__", (args, kw) -> {
            Object other = ContainerArgs.oneArg("list.__add__", args, kw);
            PyList l = self(args[0], t, "__add__");
            return other instanceof PyList ol ? concat(l, ol) : PySingleton.NOT_IMPLEMENTED;
        });
        ContainerArgs.method(t, "__iadd__", (args, kw) -> {
            Object other = ContainerArgs.oneArg("list.__iadd__", args, kw);
            PyList l = self(args[0], t, "__iadd__");
            extend(l, other);
            return l;
        });
        ContainerArgs.method(t, "__mul__", (args, kw) -> {
            Object n = ContainerArgs.oneArg("list.__mul__", args, kw);
            return repeat(self(args[0], t, "__mul__"), n);
        });
        ContainerArgs.method(t, "__rmul__", (args, kw) -> {
            Object n = ContainerArgs.oneArg("list.__rmul__", args, kw);
            return repeat(self(args[0], t, "__rmul__"), n);
        });
        ContainerArgs.method(t, "__imul__", (args, kw) -> {
            Object n = ContainerArgs.oneArg("list.__imul__", args, kw);
            PyList l = self(args[0], t, "__imul__");
            if (!SequenceOps.isIndex(n)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            synchronized (l) {
                Object[] a = l.toArray();
                int count = SequenceOps.repeatCount(n, a.length);
                l.replaceAll(repeatArray(a, count), a.length * count);
            }
            return l;
        });
        defineMethods(t);
        t.define("__class_getitem__", GenericAlias.classGetitem(t));
    }

    private static void defineMethods(PyType t) {
        ContainerArgs.method(t, "append", (args, kw) -> {
            Object x = ContainerArgs.oneArg("list.append", args, kw);
            self(args[0], t, "append").add(x);
            return PyNone.NONE;
        });
        ContainerArgs.method(t, "extend", (args, kw) -> {
            Object x = ContainerArgs.oneArg("list.extend", args, kw);
            extend(self(args[0], t, "extend"), x);
            return PyNone.NONE;
        });
        ContainerArgs.method(t, "insert", (args, kw) -> {
            ContainerArgs.positional("insert", "list.insert", args, kw, 2, 2);
            PyList l = self(args[0], t, "insert");
            long i = ContainerArgs.ssize(args[1]);
            synchronized (l) {
                int n = l.size();
                if (i < 0) {
                    i = Math.max(0, i + n);
                } else if (i > n) {
                    i = n;
                }
                l.add((int) i, args[2]);
            }
            return PyNone.NONE;
        });
        ContainerArgs.method(t, "pop", (args, kw) -> {
            int n = ContainerArgs.positional("pop", "list.pop", args, kw, 0, 1);
            PyList l = self(args[0], t, "pop");
            long i = n == 1 ? ContainerArgs.ssize(args[1]) : -1;
            synchronized (l) {
                int size = l.size();
                if (size == 0) {
                    throw Errors.indexError("pop from empty list");
                }
                if (i < 0) {
                    i += size;
                }
                if (i < 0 || i >= size) {
                    throw Errors.indexError("pop index out of range");
                }
                return l.remove((int) i);
            }
        });
        ContainerArgs.method(t, "remove", (args, kw) -> {
            Object x = ContainerArgs.oneArg("list.remove", args, kw);
            PyList l = self(args[0], t, "remove");
            for (int i = 0;; i++) {
                // itemAt: null at the end, even when another thread shrinks the list meanwhile
                Object e = l.itemAt(i);
                if (e == null) {
                    break;
                }
                if (Ops.eq(e, x)) {
                    synchronized (l) {
                        if (i < l.size() && l.get(i) == e) {
                            l.remove(i);
                            return PyNone.NONE;
                        }
                    }
                }
            }
            throw Errors.valueError("list.remove(x): x not in list");
        });
        ContainerArgs.method(t, "index", (args, kw) -> {
            int n = ContainerArgs.positional("index", "list.index", args, kw, 1, 3);
            PyList l = self(args[0], t, "index");
            long start = n >= 2 ? indexArg(args[2]) : 0;
            long stop = n >= 3 ? indexArg(args[3]) : Long.MAX_VALUE;
            int i = SequenceOps.index(l, args[1], start, stop);
            if (i < 0) {
                throw Errors.valueError(Ops.repr(args[1]) + " is not in list");
            }
            return i;
        });
        ContainerArgs.method(t, "count", (args, kw) -> {
            Object x = ContainerArgs.oneArg("list.count", args, kw);
            return SequenceOps.count(self(args[0], t, "count"), x);
        });
        ContainerArgs.method(t, "reverse", (args, kw) -> {
            ContainerArgs.noArgs("list.reverse", args, kw);
            PyList l = self(args[0], t, "reverse");
            synchronized (l) {
                ListSort.reverse(l.array(), l.size());
            }
            return PyNone.NONE;
        });
        ContainerArgs.method(t, "copy", (args, kw) -> {
            ContainerArgs.noArgs("list.copy", args, kw);
            return PyList.wrap(self(args[0], t, "copy").toArray());
        });
        ContainerArgs.method(t, "clear", (args, kw) -> {
            ContainerArgs.noArgs("list.clear", args, kw);
            self(args[0], t, "clear").clear();
            return PyNone.NONE;
        });
        ContainerArgs.method(t, "sort", (args, kw) -> {
            PyList l = self(args[0], t, "sort");
            int nkw = PyCallable.kwCount(kw);
            if (args.length - nkw > 1) {
                throw Errors.typeError("sort() takes no positional arguments");
            }
            Object key = PyNone.NONE;
            boolean reverse = false;
            for (int i = 0; i < nkw; i++) {
                Object v = args[args.length - nkw + i];
                if (kw[i].equals("key")) {
                    key = v;
                } else if (kw[i].equals("reverse")) {
                    reverse = IntOps.isTrue(Ops.index(v));
                } else {
                    throw Errors.typeError("'" + kw[i] + "' is an invalid keyword argument for sort()");
                }
            }
            if (key == PyNone.NONE && l.sortPlain(reverse)) {
                return PyNone.NONE;
            }
            ListSort.sort(l, key, reverse);
            return PyNone.NONE;
        });
    }

    /** CPython's {@code _PyEval_SliceIndexNotNone} for list.index bounds. */
    static long indexArg(Object o) {
        if (o == PyNone.NONE || !SequenceOps.isIndex(o)) {
            throw Errors.typeError("slice indices must be integers or have an __index__ method");
        }
        return PySlice.sliceIndex(o);
    }

    private static PyList self(Object o, PyType t, String name) {
        if (!(o instanceof PyList l)) {
            ContainerArgs.checkSelf(o, t, name);
            throw Errors.typeError("descriptor '" + name + "' requires a 'list' object");
        }
        return l;
    }

    /** {@code list.extend(iterable)} (also {@code +=}). */
    static void extend(PyList l, Object iterable) {
        // CPython's PySequence_Fast copies only exact lists and tuples: a subclass may override __iter__.
        if ((iterable instanceof PyList || iterable instanceof PyTuple) && !(iterable instanceof dev.adder.runtime.HasDict)) {
            Object[] a = iterable instanceof PyTuple tt ? tt.items() : ((PyList) iterable).toArray();
            l.appendAll(a, a.length);
            return;
        }
        Object it = Ops.iter(iterable);
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
            l.add(x);
        }
    }

    static PyList concat(PyList a, PyList b) {
        Object[] x = a.toArray();
        Object[] y = b.toArray();
        Object[] r = java.util.Arrays.copyOf(x, x.length + y.length);
        System.arraycopy(y, 0, r, x.length, y.length);
        return PyList.wrap(r);
    }

    static Object repeat(PyList l, Object n) {
        if (!SequenceOps.isIndex(n)) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        Object[] a = l.toArray();
        int count = SequenceOps.repeatCount(n, a.length);
        return PyList.wrap(repeatArray(a, count));
    }

    /** {@code a * count} as a new array. */
    static Object[] repeatArray(Object[] a, int count) {
        Object[] r = new Object[a.length * count];
        for (int i = 0; i < count; i++) {
            System.arraycopy(a, 0, r, i * a.length, a.length);
        }
        return r;
    }

    // CPython 3.11: list_repr
    static String repr(PyList l) {
        if (!ReprGuard.enter(l)) {
            return "[...]";
        }
        try {
            Object[] a = l.toArray();
            return SequenceOps.repr(a, a.length, '[', ']');
        } finally {
            ReprGuard.leave(l);
        }
    }
}
