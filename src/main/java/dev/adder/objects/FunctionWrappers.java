package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyDescriptor;
import dev.adder.runtime.PyGetSetDescriptor;
import dev.adder.runtime.PyMethod;
import dev.adder.runtime.PyMethodDescriptor;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;

/**
 * {@code staticmethod} and {@code classmethod} (CPython 3.11: Objects/funcobject.c): they wrap any
 * callable and change what reading it from a class or instance gives. They live here rather than
 * with the builtins because class creation ({@link TypeNew}) wraps {@code __init_subclass__} and
 * {@code __class_getitem__} implicitly.
 */
public final class FunctionWrappers {
    private FunctionWrappers() {}

    /** {@code staticmethod}. */
    public static final PyType STATICMETHOD = BuiltinTypeTable.builtin("staticmethod", CoreTypes.OBJECT,
            BuiltinTypeTable.STATICMETHOD);
    /** {@code classmethod}. */
    public static final PyType CLASSMETHOD = BuiltinTypeTable.builtin("classmethod", CoreTypes.OBJECT,
            BuiltinTypeTable.CLASSMETHOD);

    /** Base of both wrappers: the wrapped callable and a {@code __dict__} for copied attributes. */
    abstract static class Wrapper implements PyObject, PyDescriptor, dev.adder.runtime.HasDict {
        final Object func;
        private final PyType type;
        private final java.util.Map<String, Object> dict = new java.util.LinkedHashMap<>();

        Wrapper(PyType type, Object func) {
            this.type = type;
            this.func = func;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public java.util.Map<String, Object> dict() {
            return dict;
        }
    }

    /** {@code staticmethod(f)}: reading it gives {@code f} itself; callable like {@code f} (3.10+). */
    static final class StaticMethod extends Wrapper implements PyCallable {
        StaticMethod(PyType type, Object func) {
            super(type, func);
        }

        @Override
        public Object get(Object instance, PyType owner) {
            return func;
        }

        @Override
        public Object call(Object[] args, String[] kwnames) {
            return Ops.call(func, args, kwnames);
        }

        @Override
        public String toString() {
            return "<staticmethod(" + Ops.repr(func) + ")>";
        }
    }

    /** {@code classmethod(f)}: reading it gives {@code f} bound to the class. */
    static final class ClassMethod extends Wrapper {
        ClassMethod(PyType type, Object func) {
            super(type, func);
        }

        @Override
        public Object get(Object instance, PyType owner) {
            return new PyMethod(func, owner != null ? owner : Ops.type(instance));
        }

        @Override
        public String toString() {
            return "<classmethod(" + Ops.repr(func) + ")>";
        }
    }

    /** {@code classmethod(f)}, as class creation wraps {@code __init_subclass__} (unless already wrapped). */
    public static Object classMethod(Object f) {
        return f instanceof Wrapper ? f : new ClassMethod(CLASSMETHOD, f);
    }

    /** {@code staticmethod(f)}, as class creation wraps a plain-function {@code __new__}. */
    public static Object staticMethod(Object f) {
        return f instanceof Wrapper ? f : new StaticMethod(STATICMETHOD, f);
    }

    /** {@code staticmethod(f)} or {@code classmethod(f)} ({@code name} says which): the constructor. */
    static Object newWrapper(String name, PyType type, Object[] args, String[] kw) {
        if (PyCallable.kwCount(kw) != 0) {
            throw Errors.typeError(name + "() takes no keyword arguments");
        }
        if (args.length != 1) {
            throw Errors.typeError(name + " expected 1 argument, got " + args.length);
        }
        return name.equals("staticmethod") ? new StaticMethod(type, args[0]) : new ClassMethod(type, args[0]);
    }

    /** The attributes of {@code staticmethod} or {@code classmethod} ({@code name}), defined when first needed. */
    static void defineWrapperType(PyType t, String name) {
        t.define("__func__", new PyGetSetDescriptor(t, "__func__", o -> func(name, o), null));
        t.define("__wrapped__", new PyGetSetDescriptor(t, "__wrapped__", o -> func(name, o), null));
        t.define("__isabstractmethod__", new PyGetSetDescriptor(t, "__isabstractmethod__", o -> {
            Object v = Ops.getattrOrNull(func(name, o), "__isabstractmethod__");
            return v != null && Ops.isTrue(v);
        }, null));
        t.define("__dict__", new PyGetSetDescriptor(t, "__dict__", o -> {
            func(name, o);
            PyDict d = new PyDict();
            d.putAll(((Wrapper) o).dict);
            return d;
        }, null));
        t.define("__init__", new PyMethodDescriptor(t, "__init__", null, (a, k) -> PyNone.NONE));
        t.define("__repr__", new PyMethodDescriptor(t, "__repr__", null, (a, k) -> {
            func(name, a[0]);
            return a[0].toString();
        }));
        t.define("__get__", new PyMethodDescriptor(t, "__get__", null, (a, k) -> {
            if (a.length < 2 || a.length > 3 || PyCallable.kwCount(k) != 0) {
                throw Errors.typeError("expected 1 or 2 arguments, got " + (a.length - 1));
            }
            func(name, a[0]);
            PyDescriptor d = (PyDescriptor) a[0];
            Object inst = a[1] == PyNone.NONE ? null : a[1];
            Object owner = a.length == 3 && a[2] != PyNone.NONE ? a[2] : null;
            if (inst == null && owner == null) {
                throw Errors.typeError("__get__(None, None) is invalid");
            }
            return d.get(inst, owner instanceof PyType ot ? ot : null);
        }));
        if (name.equals("staticmethod")) {
            t.define("__call__", new PyMethodDescriptor(t, "__call__", null, (a, k) -> {
                Object f = func(name, a[0]);
                return Ops.call(f, java.util.Arrays.copyOfRange(a, 1, a.length), k);
            }));
        }
    }

    private static Object func(String typeName, Object o) {
        if (o instanceof Wrapper w && (typeName.equals("staticmethod") ? o instanceof StaticMethod : o instanceof ClassMethod)) {
            return w.func;
        }
        throw Errors.typeError("descriptor '" + "__func__" + "' for '" + typeName + "' objects doesn't apply to a '"
                + Errors.typeName(o) + "' object");
    }
}
