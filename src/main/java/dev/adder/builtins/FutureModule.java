package dev.adder.builtins;

import dev.adder.objects.Ops;
import dev.adder.objects.PyDict;
import dev.adder.objects.PyList;
import dev.adder.objects.PyModule;
import dev.adder.objects.PyTuple;
import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyGetSetDescriptor;
import dev.adder.runtime.PyMethodDescriptor;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.vm.InterpreterState;

/**
 * The {@code __future__} module: its {@code _Feature} objects with CPython 3.11's releases and
 * compiler flags, so {@code from __future__ import annotations} runs (the compiler itself acts on
 * the statement; the import only binds the feature object).
 */
public final class FutureModule {
    private FutureModule() {}

    /** {@code __future__._Feature}. */
    public static final PyType FEATURE_TYPE = createType();

    private static final Object[][] FEATURES = {
        {"nested_scopes", release(2, 1, 0, "beta", 1), release(2, 2, 0, "alpha", 0), 0x10},
        {"generators", release(2, 2, 0, "alpha", 1), release(2, 3, 0, "final", 0), 0},
        {"division", release(2, 2, 0, "alpha", 2), release(3, 0, 0, "alpha", 0), 0x20000},
        {"absolute_import", release(2, 5, 0, "alpha", 1), release(3, 0, 0, "alpha", 0), 0x40000},
        {"with_statement", release(2, 5, 0, "alpha", 1), release(2, 6, 0, "alpha", 0), 0x80000},
        {"print_function", release(2, 6, 0, "alpha", 2), release(3, 0, 0, "alpha", 0), 0x100000},
        {"unicode_literals", release(2, 6, 0, "alpha", 2), release(3, 0, 0, "alpha", 0), 0x200000},
        {"barry_as_FLUFL", release(3, 1, 0, "alpha", 2), release(4, 0, 0, "alpha", 0), 0x400000},
        {"generator_stop", release(3, 5, 0, "beta", 1), release(3, 7, 0, "alpha", 0), 0x800000},
        {"annotations", release(3, 7, 0, "beta", 1), PyNone.NONE, 0x1000000},
    };

    private static final Object[][] FLAGS = {
        {"CO_NESTED", 0x10}, {"CO_GENERATOR_ALLOWED", 0}, {"CO_FUTURE_DIVISION", 0x20000},
        {"CO_FUTURE_ABSOLUTE_IMPORT", 0x40000}, {"CO_FUTURE_WITH_STATEMENT", 0x80000},
        {"CO_FUTURE_PRINT_FUNCTION", 0x100000}, {"CO_FUTURE_UNICODE_LITERALS", 0x200000},
        {"CO_FUTURE_BARRY_AS_BDFL", 0x400000}, {"CO_FUTURE_GENERATOR_STOP", 0x800000},
        {"CO_FUTURE_ANNOTATIONS", 0x1000000},
    };

    /** One feature: its optional and mandatory releases and its compiler flag. */
    static final class Feature implements PyObject {
        private final Object optional;
        private final Object mandatory;
        private final int flag;

        Feature(Object optional, Object mandatory, int flag) {
            this.optional = optional;
            this.mandatory = mandatory;
            this.flag = flag;
        }

        @Override
        public PyType type() {
            return FEATURE_TYPE;
        }

        @Override
        public String toString() {
            return "_Feature(" + Ops.repr(optional) + ", " + Ops.repr(mandatory) + ", " + flag + ")";
        }
    }

    private static PyTuple release(int major, int minor, int micro, String level, int serial) {
        return PyTuple.of(major, minor, micro, level, serial);
    }

    /** Creates {@code __future__} and registers it in {@code sys.modules}. */
    public static PyModule create(InterpreterState interp) {
        PyDict d = new PyDict();
        PyModule m = new PyModule("__future__", d);
        d.put("__doc__", "Record of phased-in incompatible language changes.");
        PyList names = new PyList();
        for (Object[] f : FEATURES) {
            names.add(f[0]);
        }
        d.put("all_feature_names", names);
        PyList all = new PyList(names);
        all.add("all_feature_names");
        d.put("__all__", all);
        for (Object[] f : FLAGS) {
            d.put(f[0], f[1]);
        }
        d.put("_Feature", FEATURE_TYPE);
        for (Object[] f : FEATURES) {
            d.put(f[0], new Feature(f[1], f[2], (Integer) f[3]));
        }
        interp.modules().put("__future__", m);
        return m;
    }

    private static Feature self(String name, Object o) {
        if (o instanceof Feature f) {
            return f;
        }
        throw Errors.typeError("descriptor '" + name + "' for '_Feature' objects doesn't apply to a '"
                + Errors.typeName(o) + "' object");
    }

    private static PyType createType() {
        PyType t = new PyType("_Feature", "__future__", new PyType[] {CoreTypes.OBJECT}, null, false, null);
        return t.fillLazily(FutureModule::defineType);
    }

    /** The attributes of the type, defined when first needed. */
    private static void defineType(PyType t) {
        method(t, "getOptionalRelease", (a, k) -> self("getOptionalRelease", a[0]).optional);
        method(t, "getMandatoryRelease", (a, k) -> self("getMandatoryRelease", a[0]).mandatory);
        method(t, "__repr__", (a, k) -> self("__repr__", a[0]).toString());
        t.define("optional", new PyGetSetDescriptor(t, "optional", o -> self("optional", o).optional, null));
        t.define("mandatory", new PyGetSetDescriptor(t, "mandatory", o -> self("mandatory", o).mandatory, null));
        t.define("compiler_flag", new PyGetSetDescriptor(t, "compiler_flag", o -> self("compiler_flag", o).flag,
                null));
    }

    private static void method(PyType t, String name, PyCallable body) {
        t.define(name, new PyMethodDescriptor(t, name, null, body));
    }
}
