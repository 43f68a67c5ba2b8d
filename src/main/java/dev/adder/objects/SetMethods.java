package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PySingleton;
import dev.adder.runtime.PyType;
import java.util.function.BiFunction;

/** The {@code set} and {@code frozenset} type objects and their methods (CPython 3.11: Objects/setobject.c). */
final class SetMethods {
    private SetMethods() {}

    /** {@code set(iterable=())}: the constructor (filling is {@code __init__}'s). */
    static Object newSet(PyType type, Object[] args, String[] kw) {
        if (type == PySet.TYPE) {
            ContainerArgs.noKeywords("set", kw);
        }
        return type == PySet.TYPE ? new PySet() : new PySet.Subclass(type);
    }

    /** The attributes of the type, defined when first needed. */
    static void definePySetType(PyType t) {
        ContainerArgs.method(t, "__init__", (args, kw) -> {
            PySet self = setSelf(args[0], t, "__init__");
            ContainerArgs.noKeywords("set", kw);
            int n = args.length - 1;
            ContainerArgs.checkCount(self.type().name(), n, 0, 1);
            self.clear();
            if (n == 1) {
                SetOps.update(self, args[1]);
            }
            return PyNone.NONE;
        });
        common(t, "set");
        t.define("__hash__", PyNone.NONE);
        ContainerArgs.method(t, "add", (args, kw) -> {
            Object x = ContainerArgs.oneArg("set.add", args, kw);
            setSelf(args[0], t, "add").addElement(x);
            return PyNone.NONE;
        });
        ContainerArgs.method(t, "clear", (args, kw) -> {
            ContainerArgs.noArgs("set.clear", args, kw);
            setSelf(args[0], t, "clear").clear();
            return PyNone.NONE;
        });
        ContainerArgs.method(t, "discard", (args, kw) -> {
            Object x = ContainerArgs.oneArg("set.discard", args, kw);
            SetOps.discard(setSelf(args[0], t, "discard"), x);
            return PyNone.NONE;
        });
        ContainerArgs.method(t, "remove", (args, kw) -> {
            Object x = ContainerArgs.oneArg("set.remove", args, kw);
            if (!SetOps.discard(setSelf(args[0], t, "remove"), x)) {
                throw PyDict.keyError(x);
            }
            return PyNone.NONE;
        });
        ContainerArgs.method(t, "pop", (args, kw) -> {
            ContainerArgs.noArgs("set.pop", args, kw);
            Object r = setSelf(args[0], t, "pop").popAny();
            if (r == null) {
                throw PyDict.keyError("pop from an empty set");
            }
            return r;
        });
        ContainerArgs.method(t, "update", (args, kw) -> {
            ContainerArgs.noKeywords("set.update", kw);
            PySet self = setSelf(args[0], t, "update");
            for (int i = 1; i < args.length; i++) {
                SetOps.update(self, args[i]);
            }
            return PyNone.NONE;
        });
        ContainerArgs.method(t, "difference_update", (args, kw) -> {
            ContainerArgs.noKeywords("set.difference_update", kw);
            PySet self = setSelf(args[0], t, "difference_update");
            for (int i = 1; i < args.length; i++) {
                SetOps.differenceUpdate(self, args[i]);
            }
            return PyNone.NONE;
        });
        ContainerArgs.method(t, "intersection_update", (args, kw) -> {
            ContainerArgs.noKeywords("set.intersection_update", kw);
            PySet self = setSelf(args[0], t, "intersection_update");
            if (args.length == 2) {
                SetOps.intersectionUpdate(self, args[1]);
                return PyNone.NONE;
            }
            PySetBase.swapBodies(self, intersectionMulti(self, args));
            return PyNone.NONE;
        });
        ContainerArgs.method(t, "symmetric_difference_update", (args, kw) -> {
            Object other = ContainerArgs.oneArg("set.symmetric_difference_update", args, kw);
            SetOps.symmetricDifferenceUpdate(setSelf(args[0], t, "symmetric_difference_update"), other);
            return PyNone.NONE;
        });
        inplace(t, "__ior__", (s, o) -> SetOps.update(s, o));
        inplace(t, "__iand__", SetOps::intersectionUpdate);
        inplace(t, "__isub__", SetOps::differenceUpdate);
        inplace(t, "__ixor__", SetOps::symmetricDifferenceUpdate);
    }

    /** {@code frozenset(iterable=())}: the constructor. */
    static Object newFrozenSet(PyType type, Object[] args, String[] kw) {
        if (type == PyFrozenSet.TYPE) {
            ContainerArgs.noKeywords("frozenset", kw);
        }
        int n = args.length - PyCallable.kwCount(kw);
        ContainerArgs.checkCount(type.name(), n, 0, 1);
        if (n == 1 && type == PyFrozenSet.TYPE && args[0] instanceof PyFrozenSet f && f.type() == PyFrozenSet.TYPE) {
            return f;
        }
        PyFrozenSet r = type == PyFrozenSet.TYPE ? new PyFrozenSet() : new PyFrozenSet.Subclass(type);
        if (n == 1) {
            SetOps.update(r, args[0]);
        }
        return r;
    }

    /** The attributes of the type, defined when first needed. */
    static void definePyFrozenSetType(PyType t) {
        Methods.newMethod(t);
        common(t, "frozenset");
        ContainerArgs.method(t, "__hash__", (args, kw) -> {
            ContainerArgs.noArgs("frozenset.__hash__", args, kw);
            return IntOps.valueOf(((PyFrozenSet) self(args[0], t, "__hash__")).pyHash());
        });
    }

    private static PySetBase self(Object o, PyType t, String name) {
        if (!(o instanceof PySetBase s) || !s.type().isSubtypeOf(t)) {
            ContainerArgs.checkSelf(o, t, name);
            throw Errors.typeError("descriptor '" + name + "' requires a '" + t.name() + "' object");
        }
        return s;
    }

    private static PySet setSelf(Object o, PyType t, String name) {
        return (PySet) self(o, t, name);
    }

    private static PySetBase intersectionMulti(PySetBase so, Object[] args) {
        if (args.length == 1) {
            return SetOps.copy(so);
        }
        PySetBase r = so;
        for (int i = 1; i < args.length; i++) {
            r = SetOps.intersection(r, args[i]);
        }
        return r == so ? SetOps.copy(so) : r;
    }

    /** The methods set and frozenset share. */
    private static void common(PyType t, String n) {
        t.define("__class_getitem__", GenericAlias.classGetitem(t));
        ContainerArgs.method(t, "__contains__", (args, kw) -> {
            Object x = ContainerArgs.oneArg(n + ".__contains__", args, kw);
            return SetOps.contains(self(args[0], t, "__contains__"), x);
        });
        ContainerArgs.method(t, "__len__", (args, kw) -> {
            ContainerArgs.noArgs(n + ".__len__", args, kw);
            return self(args[0], t, "__len__").size();
        });
        ContainerArgs.method(t, "__iter__", (args, kw) -> {
            ContainerArgs.noArgs(n + ".__iter__", args, kw);
            return new SetIterator(self(args[0], t, "__iter__"));
        });
        ContainerArgs.method(t, "__repr__", (args, kw) -> {
            ContainerArgs.noArgs(n + ".__repr__", args, kw);
            return SetOps.repr(self(args[0], t, "__repr__"));
        });
        String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int op = 0; op < 6; op++) {
            int o = op;
            String name = cmp[op];
            ContainerArgs.method(t, name, (args, kw) -> {
                Object other = ContainerArgs.oneArg(n + "." + name, args, kw);
                PySetBase s = self(args[0], t, name);
                return other instanceof PySetBase w ? (Object) SetOps.richCompare(s, w, o) : PySingleton.NOT_IMPLEMENTED;
            });
        }
        binary(t, "or", (a, b) -> {
            PySetBase r = SetOps.copy(a);
            if (a != b) {
                SetOps.update(r, b);
            }
            return r;
        });
        binary(t, "and", SetOps::intersection);
        binary(t, "sub", SetOps::difference);
        binary(t, "xor", SetOps::symmetricDifference);
        ContainerArgs.method(t, "copy", (args, kw) -> {
            ContainerArgs.noArgs(n + ".copy", args, kw);
            PySetBase s = self(args[0], t, "copy");
            return s.type() == PyFrozenSet.TYPE ? s : SetOps.copy(s);
        });
        ContainerArgs.method(t, "union", (args, kw) -> {
            ContainerArgs.noKeywords(n + ".union", kw);
            PySetBase s = self(args[0], t, "union");
            PySetBase r = SetOps.copy(s);
            for (int i = 1; i < args.length; i++) {
                if (args[i] != s) {
                    SetOps.update(r, args[i]);
                }
            }
            return r;
        });
        ContainerArgs.method(t, "intersection", (args, kw) -> {
            ContainerArgs.noKeywords(n + ".intersection", kw);
            return intersectionMulti(self(args[0], t, "intersection"), args);
        });
        ContainerArgs.method(t, "difference", (args, kw) -> {
            ContainerArgs.noKeywords(n + ".difference", kw);
            PySetBase s = self(args[0], t, "difference");
            if (args.length == 1) {
                return SetOps.copy(s);
            }
            PySetBase r = SetOps.difference(s, args[1]);
            for (int i = 2; i < args.length; i++) {
                SetOps.differenceUpdate(r, args[i]);
            }
            return r;
        });
        ContainerArgs.method(t, "symmetric_difference", (args, kw) -> {
            Object other = ContainerArgs.oneArg(n + ".symmetric_difference", args, kw);
            return SetOps.symmetricDifference(self(args[0], t, "symmetric_difference"), other);
        });
        ContainerArgs.method(t, "issubset", (args, kw) -> {
            Object other = ContainerArgs.oneArg(n + ".issubset", args, kw);
            return SetOps.issubset(self(args[0], t, "issubset"), other);
        });
        ContainerArgs.method(t, "issuperset", (args, kw) -> {
            Object other = ContainerArgs.oneArg(n + ".issuperset", args, kw);
            return SetOps.issuperset(self(args[0], t, "issuperset"), other);
        });
        ContainerArgs.method(t, "isdisjoint", (args, kw) -> {
            Object other = ContainerArgs.oneArg(n + ".isdisjoint", args, kw);
            return SetOps.isdisjoint(self(args[0], t, "isdisjoint"), other);
        });
    }

    /** {@code __op__} and {@code __rop__}: both operands must be sets, else NotImplemented. */
    private static void binary(PyType t, String op, BiFunction<PySetBase, Object, PySetBase> f) {
        String n = t.name();
        ContainerArgs.method(t, "__" + op + "__", (args, kw) -> {
            Object other = ContainerArgs.oneArg(n + ".__" + op + "__", args, kw);
            PySetBase s = self(args[0], t, "__" + op + "__");
            return other instanceof PySetBase ? f.apply(s, other) : PySingleton.NOT_IMPLEMENTED;
        });
        ContainerArgs.method(t, "__r" + op + "__", (args, kw) -> {
            Object other = ContainerArgs.oneArg(n + ".__r" + op + "__", args, kw);
            PySetBase s = self(args[0], t, "__r" + op + "__");
            return other instanceof PySetBase o ? f.apply(o, s) : PySingleton.NOT_IMPLEMENTED;
        });
    }

    private static void inplace(PyType t, String name, java.util.function.BiConsumer<PySetBase, Object> f) {
        ContainerArgs.method(t, name, (args, kw) -> {
            Object other = ContainerArgs.oneArg("set." + name, args, kw);
            PySet s = setSelf(args[0], t, name);
            if (!(other instanceof PySetBase)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            f.accept(s, other);
            return s;
        });
    }
}
