package dev.adder.builtins;

import dev.adder.objects.Compare;
import dev.adder.objects.IntOps;
import dev.adder.objects.Ops;
import dev.adder.objects.PyTuple;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyGetSetDescriptor;
import dev.adder.runtime.PyMethodDescriptor;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * A named tuple written in Java ({@code sys.version_info}, {@code sys.float_info}): CPython's
 * structseq. Its type derives from {@code tuple} ({@code isinstance(sys.version_info, tuple)}),
 * its fields are attributes, and the tuple operations (comparison, slicing, hashing, {@code +})
 * work on the plain tuple of its values.
 */
public final class StructSeq extends AbstractList<Object> implements PyObject, RandomAccess {
    private static final String[] COMPARE = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

    private final Kind kind;
    private final PyTuple values;

    private StructSeq(Kind kind, Object[] values) {
        this.kind = kind;
        this.values = PyTuple.of(values);
    }

    /** One struct sequence type and its field names. */
    public static final class Kind {
        private final PyType type;
        private final String[] fields;

        private Kind(String module, String name, String[] fields) {
            this.fields = fields;
            StartupTable entry = new StartupTable(StartupTable.STRUCT_SEQ, this);
            this.type = new PyType(name, module, new PyType[] {PyTuple.TYPE}, entry, false, null).fillLazily(entry);
        }

        /** The Python type. */
        public PyType type() {
            return type;
        }

        /** The field names. */
        String[] fields() {
            return fields;
        }

        /** An instance holding {@code values}, one per field. */
        public StructSeq make(Object... values) {
            if (values.length != fields.length) {
                throw new IllegalArgumentException(type.name() + " needs " + fields.length + " values");
            }
            return new StructSeq(this, values);
        }
    }

    /** The values as a plain tuple. */
    public PyTuple asTuple() {
        return values;
    }

    @Override
    public Object get(int index) {
        return values.get(index);
    }

    @Override
    public int size() {
        return values.size();
    }

    @Override
    public PyType type() {
        return kind.type;
    }

    /** {@code repr}: {@code sys.version_info(major=3, minor=11, ...)}. */
    @Override
    public String toString() {
        String[] fields = kind.fields;
        PyType type = kind.type;
        StringBuilder sb = new StringBuilder(type.module()).append('.').append(type.name()).append('(');
        for (int i = 0; i < values.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(fields[i]).append('=').append(Ops.repr(values.get(i)));
        }
        return sb.append(')').toString();
    }

    /** Creates the type {@code module.name} whose instances have the named fields. */
    public static Kind kind(String module, String name, String... fields) {
        return new Kind(module, name, fields.clone());
    }

    /** The attributes of a struct sequence type, defined when first needed. */
    static void define(PyType t, String[] fields) {
        for (int i = 0; i < fields.length; i++) {
            int index = i;
            t.define(fields[i], new PyGetSetDescriptor(t, fields[i], o -> self(t, fields[index], o).get(index), null));
        }
        t.define("n_fields", fields.length);
        t.define("n_sequence_fields", fields.length);
        t.define("n_unnamed_fields", 0);
        method(t, "__repr__", (a, k) -> self(t, "__repr__", a[0]).toString());
        method(t, "__len__", (a, k) -> self(t, "__len__", a[0]).size());
        method(t, "__hash__", (a, k) -> IntOps.valueOf(Ops.hash(self(t, "__hash__", a[0]).values)));
        method(t, "__getitem__", (a, k) -> Ops.getitem(self(t, "__getitem__", a[0]).values, a[1]));
        method(t, "__iter__", (a, k) -> Ops.iter(self(t, "__iter__", a[0]).values));
        method(t, "__contains__", (a, k) -> Ops.contains(self(t, "__contains__", a[0]).values, a[1]));
        method(t, "__add__", (a, k) -> dev.adder.objects.Arith.add(self(t, "__add__", a[0]).values, plain(a[1])));
        method(t, "__reduce__", (a, k) -> PyTuple.of(t, PyTuple.of(self(t, "__reduce__", a[0]).values)));
        for (int op = 0; op < COMPARE.length; op++) {
            int o = op;
            method(t, COMPARE[op], (a, k) -> Compare.richCompare(self(t, COMPARE[o], a[0]).values, plain(a[1]), o));
        }
        method(t, "count", (a, k) -> {
            int n = 0;
            for (Object v : self(t, "count", a[0]).values) {
                n += Ops.eq(v, a[1]) ? 1 : 0;
            }
            return n;
        });
        method(t, "index", (a, k) -> {
            PyTuple v = self(t, "index", a[0]).values;
            for (int i = 0; i < v.size(); i++) {
                if (Ops.eq(v.get(i), a[1])) {
                    return i;
                }
            }
            throw Errors.valueError("tuple.index(x): x not in tuple");
        });
    }

    private static Object plain(Object o) {
        return o instanceof StructSeq s ? s.values : o;
    }

    private static StructSeq self(PyType t, String name, Object o) {
        if (o instanceof StructSeq s && s.kind.type.isSubtypeOf(t)) {
            return s;
        }
        throw Errors.typeError("descriptor '" + name + "' for '" + t.module() + "." + t.name()
                + "' objects doesn't apply to a '" + Errors.typeName(o) + "' object");
    }

    private static void method(PyType t, String name, PyCallable body) {
        t.define(name, new PyMethodDescriptor(t, name, null, body));
    }
}
