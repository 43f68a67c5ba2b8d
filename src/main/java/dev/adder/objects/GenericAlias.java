package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyGetSetDescriptor;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PySingleton;
import dev.adder.runtime.PyType;

/**
 * {@code types.GenericAlias}: what {@code list[int]} evaluates to (annotations are evaluated at
 * definition time in 3.11). Minimal: repr, {@code __origin__}, {@code __args__}, equality, hash,
 * and calling it calls the origin (CPython 3.11: Objects/genericaliasobject.c).
 */
public final class GenericAlias implements PyObject, PyCallable {
    /** {@code types.GenericAlias}. */
    public static final PyType TYPE = createType();

    private final Object origin;
    private final PyTuple args;

    GenericAlias(Object origin, Object args) {
        this.origin = origin;
        this.args = args instanceof PyTuple t && t.type() == PyTuple.TYPE ? t : PyTuple.of(args);
    }

    /** The {@code __class_getitem__} class method that list, dict, tuple, set, ... define. */
    static ClassMethodDescriptor classGetitem(PyType owner) {
        return new ClassMethodDescriptor(owner, "__class_getitem__", (a, kw) -> {
            Object item = ContainerArgs.oneArg(owner.name() + ".__class_getitem__", a, kw);
            return new GenericAlias(a[0], item);
        });
    }

    @Override
    public Object call(Object[] a, String[] kwnames) {
        return Ops.call(origin, a, kwnames);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static String argRepr(Object o) {
        if (o == PySingleton.ELLIPSIS) {
            return "...";
        }
        if (o instanceof PyType t) {
            return t.qualifiedName();
        }
        return Ops.repr(o);
    }

    /** {@code repr(list[int])}: {@code list[int]}. */
    String repr() {
        StringBuilder sb = new StringBuilder(argRepr(origin)).append('[');
        Object[] items = args.items();
        if (items.length == 0) {
            sb.append("()");
        }
        for (int i = 0; i < items.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(argRepr(items[i]));
        }
        return sb.append(']').toString();
    }

    private static GenericAlias self(Object o) {
        if (!(o instanceof GenericAlias g)) {
            throw Errors.typeError("descriptor requires a 'types.GenericAlias' object");
        }
        return g;
    }

    private static PyType createType() {
        return BuiltinTypeTable.inModule("types", "GenericAlias", BuiltinTypeTable.GENERIC_ALIAS, true);
    }

    /** {@code types.GenericAlias(origin, args)}: the constructor. */
    static Object newGenericAlias(PyType type, Object[] a, String[] kw) {
        ContainerArgs.noKeywords("GenericAlias", kw);
        ContainerArgs.checkCount("GenericAlias", a.length, 2, 2);
        return new GenericAlias(a[0], a[1]);
    }

    /** The attributes of the type, defined when first needed. */
    static void defineType(PyType t) {
        t.define("__origin__", new PyGetSetDescriptor(t, "__origin__", o -> ((GenericAlias) o).origin, null));
        t.define("__args__", new PyGetSetDescriptor(t, "__args__", o -> ((GenericAlias) o).args, null));
        ContainerArgs.method(t, "__repr__", (a, kw) -> {
            ContainerArgs.noArgs("GenericAlias.__repr__", a, kw);
            return self(a[0]).repr();
        });
        ContainerArgs.method(t, "__call__", (a, kw) -> {
            GenericAlias g = self(a[0]);
            Object[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            return g.call(rest, kw);
        });
        ContainerArgs.method(t, "__or__",
                (a, kw) -> UnionType.or(self(a[0]), ContainerArgs.oneArg("GenericAlias.__or__", a, kw)));
        ContainerArgs.method(t, "__ror__",
                (a, kw) -> UnionType.or(ContainerArgs.oneArg("GenericAlias.__ror__", a, kw), self(a[0])));
        ContainerArgs.method(t, "__eq__", (a, kw) -> {
            Object other = ContainerArgs.oneArg("GenericAlias.__eq__", a, kw);
            GenericAlias g = self(a[0]);
            if (!(other instanceof GenericAlias o)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            return Ops.eq(g.origin, o.origin) && Ops.eq(g.args, o.args);
        });
        ContainerArgs.method(t, "__hash__", (a, kw) -> {
            ContainerArgs.noArgs("GenericAlias.__hash__", a, kw);
            GenericAlias g = self(a[0]);
            return IntOps.valueOf(Ops.hash(g.origin) ^ Ops.hash(g.args));
        });
    }
}
