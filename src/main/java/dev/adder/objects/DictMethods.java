package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PySingleton;
import dev.adder.runtime.PyType;

/** The {@code dict} type object and its methods (CPython 3.11: Objects/dictobject.c). */
final class DictMethods {
    private DictMethods() {}

    static PyType createType() {
        return BuiltinTypeTable.builtin("dict", CoreTypes.OBJECT, BuiltinTypeTable.DICT);
    }

    /** The attributes of the type, defined when first needed. */
    static void defineType(PyType t) {
        ContainerArgs.method(t, "__init__", (args, kw) -> {
            PyDict self = self(args[0], t, "__init__");
            updateCommon(self, args, kw, "dict");
            return PyNone.NONE;
        });
        t.define("__hash__", PyNone.NONE);
        ContainerArgs.method(t, "__len__", (args, kw) -> {
            ContainerArgs.noArgs("dict.__len__", args, kw);
            return self(args[0], t, "__len__").size();
        });
        ContainerArgs.method(t, "__contains__", (args, kw) -> {
            Object k = ContainerArgs.oneArg("dict.__contains__", args, kw);
            return self(args[0], t, "__contains__").containsKey(k);
        });
        ContainerArgs.method(t, "__getitem__", (args, kw) -> {
            Object k = ContainerArgs.oneArg("dict.__getitem__", args, kw);
            return getitem(self(args[0], t, "__getitem__"), k);
        });
        ContainerArgs.method(t, "__setitem__", (args, kw) -> {
            ContainerArgs.positional("__setitem__", "dict.__setitem__", args, kw, 2, 2);
            self(args[0], t, "__setitem__").put(args[1], args[2]);
            return PyNone.NONE;
        });
        ContainerArgs.method(t, "__delitem__", (args, kw) -> {
            Object k = ContainerArgs.oneArg("dict.__delitem__", args, kw);
            delitem(self(args[0], t, "__delitem__"), k);
            return PyNone.NONE;
        });
        ContainerArgs.method(t, "__iter__", (args, kw) -> {
            ContainerArgs.noArgs("dict.__iter__", args, kw);
            return DictIterators.forward(self(args[0], t, "__iter__"), DictIterators.KEYS);
        });
        ContainerArgs.method(t, "__reversed__", (args, kw) -> {
            ContainerArgs.noArgs("dict.__reversed__", args, kw);
            return DictIterators.reverse(self(args[0], t, "__reversed__"), DictIterators.KEYS);
        });
        ContainerArgs.method(t, "__repr__", (args, kw) -> {
            ContainerArgs.noArgs("dict.__repr__", args, kw);
            return repr(self(args[0], t, "__repr__"));
        });
        String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int op = 0; op < 6; op++) {
            int o = op;
            String name = cmp[op];
            ContainerArgs.method(t, name, (args, kw) -> {
                Object other = ContainerArgs.oneArg("dict." + name, args, kw);
                PyDict d = self(args[0], t, name);
                if (!(other instanceof PyDict od) || (o != Compare.EQ && o != Compare.NE)) {
                    return PySingleton.NOT_IMPLEMENTED;
                }
                boolean eq = equal(d, od);
                return o == Compare.EQ ? eq : !eq;
            });
        }
        ContainerArgs.method(t, "__or__", (args, kw) -> {
            Object other = ContainerArgs.oneArg("dict.__or__", args, kw);
            PyDict d = self(args[0], t, "__or__");
            return other instanceof PyDict ? or(d, other) : PySingleton.NOT_IMPLEMENTED;
        });
        ContainerArgs.method(t, "__ror__", (args, kw) -> {
            Object other = ContainerArgs.oneArg("dict.__ror__", args, kw);
            PyDict d = self(args[0], t, "__ror__");
            return other instanceof PyDict od ? or(od, d) : PySingleton.NOT_IMPLEMENTED;
        });
        ContainerArgs.method(t, "__ior__", (args, kw) -> {
            Object other = ContainerArgs.oneArg("dict.__ior__", args, kw);
            PyDict d = self(args[0], t, "__ior__");
            updateArg(d, other);
            return d;
        });
        ContainerArgs.method(t, "keys", (args, kw) -> {
            ContainerArgs.noArgs("dict.keys", args, kw);
            return new DictView(self(args[0], t, "keys"), DictIterators.KEYS);
        });
        ContainerArgs.method(t, "values", (args, kw) -> {
            ContainerArgs.noArgs("dict.values", args, kw);
            return new DictView(self(args[0], t, "values"), DictIterators.VALUES);
        });
        ContainerArgs.method(t, "items", (args, kw) -> {
            ContainerArgs.noArgs("dict.items", args, kw);
            return new DictView(self(args[0], t, "items"), DictIterators.ITEMS);
        });
        ContainerArgs.method(t, "get", (args, kw) -> {
            int n = ContainerArgs.positional("get", "dict.get", args, kw, 1, 2);
            Object v = self(args[0], t, "get").get(args[1]);
            return v != null ? v : n == 2 ? args[2] : PyNone.NONE;
        });
        ContainerArgs.method(t, "setdefault", (args, kw) -> {
            int n = ContainerArgs.positional("setdefault", "dict.setdefault", args, kw, 1, 2);
            return setdefault(self(args[0], t, "setdefault"), args[1], n == 2 ? args[2] : PyNone.NONE);
        });
        ContainerArgs.method(t, "pop", (args, kw) -> {
            int n = ContainerArgs.positional("pop", "dict.pop", args, kw, 1, 2);
            Object v = self(args[0], t, "pop").remove(args[1]);
            if (v == null) {
                if (n == 2) {
                    return args[2];
                }
                throw PyDict.keyError(args[1]);
            }
            return v;
        });
        ContainerArgs.method(t, "popitem", (args, kw) -> {
            ContainerArgs.noArgs("dict.popitem", args, kw);
            PyTuple r = self(args[0], t, "popitem").popLast();
            if (r == null) {
                throw PyDict.keyError("popitem(): dictionary is empty");
            }
            return r;
        });
        ContainerArgs.method(t, "clear", (args, kw) -> {
            ContainerArgs.noArgs("dict.clear", args, kw);
            self(args[0], t, "clear").clear();
            return PyNone.NONE;
        });
        ContainerArgs.method(t, "copy", (args, kw) -> {
            ContainerArgs.noArgs("dict.copy", args, kw);
            return self(args[0], t, "copy").copyDict();
        });
        ContainerArgs.method(t, "update", (args, kw) -> {
            updateCommon(self(args[0], t, "update"), args, kw, "update");
            return PyNone.NONE;
        });
        t.define("fromkeys", new ClassMethodDescriptor(t, "fromkeys", (args, kw) -> {
            int n = ContainerArgs.positional("fromkeys", "dict.fromkeys", args, kw, 1, 2);
            return fromkeys(args[0], args[1], n == 2 ? args[2] : PyNone.NONE);
        }));
        t.define("__class_getitem__", GenericAlias.classGetitem(t));
    }

    private static PyDict self(Object o, PyType t, String name) {
        if (!(o instanceof PyDict d)) {
            ContainerArgs.checkSelf(o, t, name);
            throw Errors.typeError("descriptor '" + name + "' requires a 'dict' object");
        }
        return d;
    }

    /** {@code d[key]}, with {@code __missing__} for subclasses (CPython 3.11: dict_subscript). */
    static Object getitem(PyDict d, Object key) {
        Object v = d.get(key);
        if (v != null) {
            return v;
        }
        if (d.type() != PyDict.TYPE) {
            Object missing = d.type().lookup("__missing__");
            if (missing != null) {
                return Ops.call(missing, d, key);
            }
        }
        throw PyDict.keyError(key);
    }

    /** {@code del d[key]}: KeyError(key) when absent. */
    static void delitem(PyDict d, Object key) {
        if (d.remove(key) == null) {
            throw PyDict.keyError(key);
        }
    }

    /** {@code d.setdefault(key, dflt)}. */
    static Object setdefault(PyDict d, Object key, Object dflt) {
        long h = HashKeys.hash(key);
        synchronized (d) {
            Object v = d.lookup(key, h);
            if (v != null) {
                return v;
            }
            d.putHashed(key, h, dflt);
            return dflt;
        }
    }

    // CPython 3.11: dict_or
    private static PyDict or(PyDict a, Object b) {
        PyDict r = a.copyDict();
        updateArg(r, b);
        return r;
    }

    /** {@code dict.__init__}/{@code update}: one optional positional mapping or iterable, then keywords. */
    private static void updateCommon(PyDict d, Object[] args, String[] kw, String name) {
        int nkw = PyCallable.kwCount(kw);
        int npos = args.length - 1 - nkw;
        ContainerArgs.checkCount(name, npos, 0, 1);
        if (npos == 1) {
            updateArg(d, args[1]);
        }
        for (int i = 0; i < nkw; i++) {
            d.put(kw[i], args[1 + npos + i]);
        }
    }

    /** {@code d.update(other)}: a mapping (has {@code keys}) or an iterable of pairs (CPython's dict_update_arg). */
    static void updateArg(PyDict d, Object other) {
        if (other instanceof PyDict od && od.type().lookup("__iter__") == PyDict.TYPE.lookup("__iter__")) {
            if (od == d) {
                return;
            }
            PyDict.Table t = od.table();
            // one lock for the whole update: other threads see all of it or none of it
            synchronized (d) {
                for (int e = PyDict.nextEntry(t, 0); e >= 0; e = PyDict.nextEntry(t, e + 1)) {
                    Object k = t.keys[e];
                    Object v = t.values[e];
                    long h = t.hashes[e];
                    // the key read again: the hash belongs to it unless another thread reused the slot
                    if (k != null && v != null && t.keys[e] == k) {
                        d.putHashed(k, h, v);
                    }
                }
            }
            return;
        }
        Object keys = Ops.getattrOrNull(other, "keys");
        if (keys != null) {
            Object it = Ops.iter(Ops.call(keys));
            for (Object k = Ops.next(it); k != null; k = Ops.next(it)) {
                d.put(k, Ops.getitem(other, k));
            }
            return;
        }
        mergeFromSeq2(d, other);
    }

    // CPython 3.11: PyDict_MergeFromSeq2
    private static void mergeFromSeq2(PyDict d, Object seq) {
        Object it = Ops.iter(seq);
        int i = 0;
        for (Object item = Ops.next(it); item != null; item = Ops.next(it), i++) {
            Object k;
            Object v;
            if (item instanceof PyTuple || item instanceof PyList) {
                java.util.List<?> l = (java.util.List<?>) item;
                if (l.size() != 2) {
                    throw lengthError(i, l.size());
                }
                k = l.get(0);
                v = l.get(1);
            } else {
                Object fast;
                try {
                    fast = Iteration.toList(item);
                } catch (dev.adder.runtime.PyBaseException e) {
                    if (e.isInstance(dev.adder.runtime.ExceptionTypes.TYPE_ERROR)) {
                        throw Errors.typeError("cannot convert dictionary update sequence element #" + i
                                + " to a sequence");
                    }
                    throw e;
                }
                PyList l = (PyList) fast;
                if (l.size() != 2) {
                    throw lengthError(i, l.size());
                }
                k = l.get(0);
                v = l.get(1);
            }
            d.put(k, v);
        }
    }

    private static RuntimeException lengthError(int i, int n) {
        return Errors.valueError("dictionary update sequence element #" + i + " has length " + n
                + "; 2 is required");
    }

    // CPython 3.11: dict_equal
    static boolean equal(PyDict a, PyDict b) {
        if (a == b) {
            return true;
        }
        if (a.size() != b.size()) {
            return false;
        }
        PyDict.Table t = a.table();
        for (int e = PyDict.nextEntry(t, 0); e >= 0; e = PyDict.nextEntry(t, e + 1)) {
            Object k = t.keys[e];
            Object av = t.values[e];
            if (k == null || av == null) {
                continue;
            }
            Object bv = b.lookup(k, t.hashes[e]);
            if (bv == null || !Ops.eq(av, bv)) {
                return false;
            }
        }
        return true;
    }

    // CPython 3.11: dict_repr
    static String repr(PyDict d) {
        if (!ReprGuard.enter(d)) {
            return "{...}";
        }
        try {
            if (d.isEmpty()) {
                return "{}";
            }
            StringBuilder sb = new StringBuilder("{");
            PyDict.Table t = d.table();
            boolean first = true;
            for (int e = PyDict.nextEntry(t, 0); e >= 0; e = PyDict.nextEntry(t, e + 1)) {
                Object k = t.keys[e];
                Object v = t.values[e];
                if (k == null || v == null) {
                    continue;
                }
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(Ops.repr(k)).append(": ").append(Ops.repr(v));
            }
            return sb.append('}').toString();
        } finally {
            ReprGuard.leave(d);
        }
    }

    // CPython 3.11: _PyDict_FromKeys
    private static Object fromkeys(Object cls, Object iterable, Object value) {
        Object d = Ops.call(cls);
        if (d instanceof PyDict pd && pd.type() == PyDict.TYPE) {
            Object it = Ops.iter(iterable);
            for (Object k = Ops.next(it); k != null; k = Ops.next(it)) {
                pd.put(k, value);
            }
            return d;
        }
        Object it = Ops.iter(iterable);
        for (Object k = Ops.next(it); k != null; k = Ops.next(it)) {
            Ops.setitem(d, k, value);
        }
        return d;
    }
}
