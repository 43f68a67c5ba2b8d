package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyGetSetDescriptor;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PySingleton;
import dev.adder.runtime.PyType;

/**
 * {@code d.keys()}, {@code d.values()} and {@code d.items()}: live views of a dict. Keys and items
 * views are set-like (CPython 3.11: Objects/dictobject.c dictviews_*, _PyDictView_Intersect).
 */
public final class DictView implements PyObject {
    private static final String[] NAMES = {"dict_keys", "dict_values", "dict_items"};
    static final PyType KEYS_TYPE = createType(DictIterators.KEYS);
    static final PyType VALUES_TYPE = createType(DictIterators.VALUES);
    static final PyType ITEMS_TYPE = createType(DictIterators.ITEMS);

    private final PyDict dict;
    private final int kind;

    DictView(PyDict dict, int kind) {
        this.dict = dict;
        this.kind = kind;
    }

    /** The dict this view shows. */
    public PyDict dict() {
        return dict;
    }

    @Override
    public PyType type() {
        return kind == DictIterators.KEYS ? KEYS_TYPE : kind == DictIterators.VALUES ? VALUES_TYPE : ITEMS_TYPE;
    }

    /** An iterator over the view. */
    PyIterator iterator() {
        return DictIterators.forward(dict, kind);
    }

    int length() {
        return dict.size();
    }

    /** {@code x in view} for keys and items views. */
    boolean contains(Object x) {
        if (kind == DictIterators.KEYS) {
            return dict.containsKey(x);
        }
        if (!(x instanceof PyTuple t) || t.size() != 2) {
            return false;
        }
        Object v = dict.get(t.get(0));
        return v != null && Ops.eq(v, t.get(1));
    }

    String repr() {
        if (!ReprGuard.enter(this)) {
            return "...";
        }
        try {
            return NAMES[kind] + "(" + Ops.repr(Iteration.toList(this)) + ")";
        } finally {
            ReprGuard.leave(this);
        }
    }

    private static boolean isSetLike(Object o) {
        return o instanceof PySetBase || (o instanceof DictView v && v.kind != DictIterators.VALUES);
    }

    /** Whether every element of {@code a} is in {@code b} (CPython's all_contained_in). */
    private static boolean allContainedIn(Object a, Object b) {
        Object it = Ops.iter(a);
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
            if (!Ops.contains(b, x)) {
                return false;
            }
        }
        return true;
    }

    // CPython 3.11: Objects/dictobject.c dictview_richcompare
    private static Object richCompare(DictView self, Object other, int op) {
        if (!isSetLike(other)) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        int a = self.length();
        int b = Ops.len(other);
        switch (op) {
            case Compare.EQ:
            case Compare.NE: {
                boolean eq = a == b && allContainedIn(self, other);
                return op == Compare.EQ ? eq : !eq;
            }
            case Compare.LT:
                return a < b && allContainedIn(self, other);
            case Compare.LE:
                return a <= b && allContainedIn(self, other);
            case Compare.GT:
                return a > b && allContainedIn(other, self);
            default:
                return a >= b && allContainedIn(other, self);
        }
    }

    // CPython 3.11: dictviews_to_set (a keys view of an exact dict copies from the dict)
    private static PySet toSet(Object o) {
        PySet s = new PySet();
        SetOps.update(s, o instanceof DictView v && v.kind == DictIterators.KEYS && v.dict.type() == PyDict.TYPE
                ? v.dict : o);
        return s;
    }

    static Object sub(Object a, Object b) {
        PySet r = toSet(a);
        SetOps.differenceUpdate(r, b);
        return r;
    }

    static Object or(Object a, Object b) {
        PySet r = toSet(a);
        SetOps.update(r, b);
        return r;
    }

    static Object xor(Object a, Object b) {
        PySet r = toSet(a);
        SetOps.symmetricDifferenceUpdate(r, b);
        return r;
    }

    // CPython 3.11: Objects/dictobject.c _PyDictView_Intersect
    static Object and(Object a, Object b) {
        Object self = a;
        Object other = b;
        if (!(self instanceof DictView)) {
            self = b;
            other = a;
        }
        DictView view = (DictView) self;
        int lenSelf = view.length();
        if (other instanceof PySet s && Ops.type(s) == PySet.TYPE && lenSelf <= s.size()) {
            return SetOps.intersection(s, view);
        }
        if (other instanceof DictView ov && ov.kind != DictIterators.VALUES && ov.length() > lenSelf) {
            DictView tmp = view;
            view = ov;
            other = tmp;
        }
        PySet result = new PySet();
        Object it = Ops.iter(other);
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
            if (view.contains(x)) {
                result.addElement(x);
            }
        }
        return result;
    }

    private static boolean isDisjoint(DictView self, Object other) {
        if (self == other) {
            return self.length() == 0;
        }
        Object small = other;
        Object big = self;
        if (isSetLike(other) && Ops.len(other) > self.length()) {
            small = self;
            big = other;
        }
        Object it = Ops.iter(small);
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
            if (Ops.contains(big, x)) {
                return false;
            }
        }
        return true;
    }

    private static DictView self(Object o, PyType t, String name) {
        if (!(o instanceof DictView v) || v.type() != t) {
            ContainerArgs.checkSelf(o, t, name);
            throw Errors.typeError("descriptor '" + name + "' requires a '" + t.name() + "' object");
        }
        return v;
    }

    private static PyType createType(int kind) {
        PyType t = PyType.builtin(NAMES[kind], CoreTypes.OBJECT, null);
        String n = NAMES[kind];
        ContainerArgs.method(t, "__iter__", (args, kw) -> {
            ContainerArgs.noArgs(n + ".__iter__", args, kw);
            return self(args[0], t, "__iter__").iterator();
        });
        ContainerArgs.method(t, "__len__", (args, kw) -> {
            ContainerArgs.noArgs(n + ".__len__", args, kw);
            return self(args[0], t, "__len__").length();
        });
        ContainerArgs.method(t, "__repr__", (args, kw) -> {
            ContainerArgs.noArgs(n + ".__repr__", args, kw);
            return self(args[0], t, "__repr__").repr();
        });
        ContainerArgs.method(t, "__reversed__", (args, kw) -> {
            ContainerArgs.noArgs(n + ".__reversed__", args, kw);
            DictView v = self(args[0], t, "__reversed__");
            return DictIterators.reverse(v.dict, v.kind);
        });
        t.define("mapping", new PyGetSetDescriptor(t, "mapping", o -> ((DictView) o).dict, null));
        if (kind != DictIterators.VALUES) {
            ContainerArgs.method(t, "__contains__", (args, kw) -> {
                Object x = ContainerArgs.oneArg(n + ".__contains__", args, kw);
                return self(args[0], t, "__contains__").contains(x);
            });
            String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
            for (int op = 0; op < 6; op++) {
                int o = op;
                String name = cmp[op];
                ContainerArgs.method(t, name, (args, kw) -> {
                    Object other = ContainerArgs.oneArg(n + "." + name, args, kw);
                    return richCompare(self(args[0], t, name), other, o);
                });
            }
            t.define("__hash__", PyNone.NONE);
            binary(t, "sub", DictView::sub);
            binary(t, "and", DictView::and);
            binary(t, "or", DictView::or);
            binary(t, "xor", DictView::xor);
            ContainerArgs.method(t, "isdisjoint", (args, kw) -> {
                Object other = ContainerArgs.oneArg(n + ".isdisjoint", args, kw);
                return isDisjoint(self(args[0], t, "isdisjoint"), other);
            });
        }
        return t.freeze();
    }

    private static void binary(PyType t, String op, java.util.function.BinaryOperator<Object> f) {
        ContainerArgs.method(t, "__" + op + "__", (args, kw) -> {
            Object other = ContainerArgs.oneArg(t.name() + ".__" + op + "__", args, kw);
            self(args[0], t, "__" + op + "__");
            return f.apply(args[0], other);
        });
        ContainerArgs.method(t, "__r" + op + "__", (args, kw) -> {
            Object other = ContainerArgs.oneArg(t.name() + ".__r" + op + "__", args, kw);
            self(args[0], t, "__r" + op + "__");
            return f.apply(other, args[0]);
        });
    }
}
