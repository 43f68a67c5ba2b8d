package dev.adder.builtins;

import dev.adder.objects.Ops;
import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyInstance;
import dev.adder.runtime.PyMethodDescriptor;
import dev.adder.runtime.PyType;
import java.util.Map;

/**
 * {@code types.SimpleNamespace}: an object whose attributes are its keyword arguments, printed as
 * {@code namespace(name='adder', ...)}. {@code sys.implementation} is one.
 */
public final class SimpleNamespace {
    private SimpleNamespace() {}

    /** {@code types.SimpleNamespace}. */
    public static final PyType TYPE = createType();

    /** A namespace with the given attributes, in order. */
    public static PyInstance of(Map<String, Object> attributes) {
        PyInstance ns = new PyInstance(TYPE);
        ns.dict().putAll(attributes);
        return ns;
    }

    private static PyType createType() {
        StartupTable entry = new StartupTable(StartupTable.SIMPLE_NAMESPACE);
        return new PyType("SimpleNamespace", "types", new PyType[] {CoreTypes.OBJECT}, entry, false, null)
                .fillLazily(entry);
    }

    /** {@code types.SimpleNamespace(**kwargs)}: the constructor. */
    static Object create(PyType type, Object[] args, String[] kw) {
        int n = Args.npos(args, kw);
        if (n > 0) {
            throw Errors.typeError("no positional arguments expected");
        }
        PyInstance ns = new PyInstance(type);
        for (int i = 0; i < args.length - n; i++) {
            ns.dict().put(kw[i], args[n + i]);
        }
        return ns;
    }

    /** The attributes of the type, defined when first needed. */
    static void defineType(PyType t) {
        method(t, "__init__", (a, k) -> dev.adder.runtime.PyNone.NONE);
        method(t, "__repr__", (a, k) -> {
            if (!(a[0] instanceof PyInstance ns) || !ns.type().isSubtypeOf(TYPE)) {
                throw Errors.typeError("descriptor '__repr__' requires a 'types.SimpleNamespace' object");
            }
            StringBuilder sb = new StringBuilder(ns.type() == TYPE ? "namespace" : ns.type().name()).append('(');
            boolean first = true;
            for (Map.Entry<String, Object> e : ns.dict().entrySet()) {
                sb.append(first ? "" : ", ").append(e.getKey()).append('=').append(Ops.repr(e.getValue()));
                first = false;
            }
            return sb.append(')').toString();
        });
        method(t, "__eq__", (a, k) -> {
            if (a[0] instanceof PyInstance x && a[1] instanceof PyInstance y
                    && x.type().isSubtypeOf(TYPE) && y.type().isSubtypeOf(TYPE)) {
                return x.dict().size() == y.dict().size() && x.dict().entrySet().stream().allMatch(e ->
                        y.dict().containsKey(e.getKey()) && Ops.eq(e.getValue(), y.dict().get(e.getKey())));
            }
            return dev.adder.runtime.PySingleton.NOT_IMPLEMENTED;
        });
    }

    private static void method(PyType t, String name, PyCallable body) {
        t.define(name, new PyMethodDescriptor(t, name, null, body));
    }
}
