package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyGetSetDescriptor;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PySingleton;
import dev.adder.runtime.PyType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code types.UnionType}: what {@code int | None} evaluates to (annotations such as {@code def
 * f(x: int | None)} are evaluated at definition time), usable with {@code isinstance} and
 * {@code issubclass} (CPython 3.11: Objects/unionobject.c).
 */
public final class UnionType implements PyObject {
    /** {@code types.UnionType}. */
    public static final PyType TYPE = createType();

    private final PyTuple args;

    private UnionType(PyTuple args) {
        this.args = args;
    }

    /** {@code __args__}: the members, flattened and without duplicates. */
    public PyTuple args() {
        return args;
    }

    /** {@code a | b} for types, None, generic aliases and unions; NotImplemented for anything else. */
    static Object or(Object a, Object b) {
        if (!acceptable(a) || !acceptable(b)) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        List<Object> members = new ArrayList<>();
        add(members, a);
        add(members, b);
        return members.size() == 1 ? members.get(0) : new UnionType(PyTuple.of(members.toArray()));
    }

    private static boolean acceptable(Object o) {
        return o == PyNone.NONE || o instanceof PyType || o instanceof GenericAlias || o instanceof UnionType;
    }

    private static void add(List<Object> members, Object o) {
        if (o instanceof UnionType u) {
            for (Object m : u.args.items()) {
                add(members, m);
            }
            return;
        }
        Object m = o == PyNone.NONE ? CoreTypes.NONE_TYPE : o;
        for (Object x : members) {
            if (x == m || x instanceof GenericAlias && Ops.eq(x, m)) {
                return;
            }
        }
        members.add(m);
    }

    /** The members for {@code isinstance}/{@code issubclass}: TypeError for a parameterized generic. */
    public PyTuple checkedArgs(String fname) {
        for (Object m : args.items()) {
            if (m instanceof GenericAlias) {
                throw Errors.typeError(fname + "() argument 2 cannot be a parameterized generic");
            }
        }
        return args;
    }

    private String repr() {
        StringBuilder sb = new StringBuilder();
        for (Object m : args.items()) {
            sb.append(sb.length() == 0 ? "" : " | ");
            if (m == CoreTypes.NONE_TYPE) {
                sb.append("None");
            } else if (m instanceof PyType t) {
                sb.append(t.qualifiedName());
            } else {
                sb.append(Ops.repr(m));
            }
        }
        return sb.toString();
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static UnionType self(Object o) {
        if (!(o instanceof UnionType u)) {
            throw Errors.typeError("descriptor requires a 'types.UnionType' object but received a '"
                    + Errors.typeName(o) + "'");
        }
        return u;
    }

    private static PyType createType() {
        return BuiltinTypeTable.inModule("types", "UnionType", BuiltinTypeTable.UNION, false);
    }

    static void defineType(PyType t) {
        t.define("__args__", new PyGetSetDescriptor(t, "__args__", o -> self(o).args, null));
        t.define("__parameters__", new PyGetSetDescriptor(t, "__parameters__", o -> PyTuple.of(), null));
        ContainerArgs.method(t, "__repr__", (a, kw) -> self(a[0]).repr());
        ContainerArgs.method(t, "__or__", (a, kw) -> or(self(a[0]), ContainerArgs.oneArg("__or__", a, kw)));
        ContainerArgs.method(t, "__ror__", (a, kw) -> or(ContainerArgs.oneArg("__ror__", a, kw), self(a[0])));
        ContainerArgs.method(t, "__eq__", (a, kw) -> {
            Object other = ContainerArgs.oneArg("__eq__", a, kw);
            if (!(other instanceof UnionType o)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            UnionType u = self(a[0]);
            return u.args.size() == o.args.size() && u.args.containsAll(o.args);
        });
        ContainerArgs.method(t, "__hash__", (a, kw) -> {
            long h = 0;
            for (Object m : self(a[0]).args.items()) {
                h ^= Ops.hash(m);
            }
            return IntOps.valueOf(h == -1 ? -2 : h);
        });
    }
}
