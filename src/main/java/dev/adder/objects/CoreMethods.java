package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBuiltinFunction;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyGetSetDescriptor;
import dev.adder.runtime.PyInstance;
import dev.adder.runtime.PyMethodDescriptor;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PySingleton;
import dev.adder.runtime.PyType;
import java.util.List;

/**
 * The methods of {@code object} and {@code type} (CPython's Objects/typeobject.c), added to the
 * runtime's {@link CoreTypes} once, when {@link Ops} initializes; then those types are frozen.
 */
final class CoreMethods {
    private CoreMethods() {}

    private static final PyType OBJECT = CoreTypes.OBJECT;
    private static final PyType TYPE = CoreTypes.TYPE;
    /** {@code object.__init__}, to tell whether a class overrides it. */
    static final PyMethodDescriptor OBJECT_INIT = new PyMethodDescriptor(OBJECT, "__init__", null,
            BuiltinTypeTable.function(BuiltinTypeTable.OBJECT_INIT));
    /** {@code object.__new__}. */
    static final PyBuiltinFunction OBJECT_NEW = new PyBuiltinFunction("__new__", null,
            BuiltinTypeTable.function(BuiltinTypeTable.OBJECT_NEW));
    /** {@code object.__setattr__}. */
    static final PyMethodDescriptor OBJECT_SETATTR = new PyMethodDescriptor(OBJECT, "__setattr__", null,
            BuiltinTypeTable.function(BuiltinTypeTable.OBJECT_SETATTR));
    /** {@code object.__getattribute__}: the generic rule, without the class's {@code __getattr__}. */
    static final PyMethodDescriptor OBJECT_GETATTRIBUTE = new PyMethodDescriptor(OBJECT, "__getattribute__", null,
            BuiltinTypeTable.function(BuiltinTypeTable.OBJECT_GETATTRIBUTE));
    /** {@code object.__delattr__}. */
    static final PyMethodDescriptor OBJECT_DELATTR = new PyMethodDescriptor(OBJECT, "__delattr__", null,
            BuiltinTypeTable.function(BuiltinTypeTable.OBJECT_DELATTR));
    /** {@code type.__new__}. */
    static final PyBuiltinFunction TYPE_NEW = new PyBuiltinFunction("__new__", null,
            BuiltinTypeTable.function(BuiltinTypeTable.TYPE_NEW));
    private static final boolean INSTALLED = install();

    /** Forces the one-time installation (class initialization runs it exactly once). */
    static void ensureInstalled() {
        if (!INSTALLED) {
            throw new IllegalStateException("core methods not installed");
        }
    }

    private static boolean install() {
        // each type's definitions run when it is first looked up: start-up links only what a program uses;
        // the constructors are set now (a class inherits its base's constructor when it is made)
        BuiltinTypeTable object = new BuiltinTypeTable(BuiltinTypeTable.OBJECT);
        BuiltinTypeTable type = new BuiltinTypeTable(BuiltinTypeTable.TYPE);
        OBJECT.defineNew(object);
        TYPE.defineNew(type);
        OBJECT.fillLazily(object);
        TYPE.fillLazily(type);
        BuiltinTypeTable exceptions = new BuiltinTypeTable(BuiltinTypeTable.EXCEPTIONS);
        for (PyType t : ExceptionTypes.all()) {
            t.fillLazily(exceptions);
        }
        BuiltinTypeTable callables = new BuiltinTypeTable(BuiltinTypeTable.CALLABLES);
        CoreTypes.BUILTIN_FUNCTION.fillLazily(callables);
        CoreTypes.METHOD_DESCRIPTOR.fillLazily(callables);
        dev.adder.runtime.PyMethod.TYPE.fillLazily(new BuiltinTypeTable(BuiltinTypeTable.BOUND_METHOD));
        BuiltinTypeTable singletons = new BuiltinTypeTable(BuiltinTypeTable.SINGLETONS);
        CoreTypes.NONE_TYPE.fillLazily(singletons);
        CoreTypes.NOT_IMPLEMENTED_TYPE.fillLazily(singletons);
        CoreTypes.ELLIPSIS_TYPE.fillLazily(singletons);
        return true;
    }

    /** The definitions shared by several types ({@link BuiltinTypeTable#EXCEPTIONS}, CALLABLES, SINGLETONS). */
    static void defineGroup(int group) {
        switch (group) {
            case BuiltinTypeTable.EXCEPTIONS:
                ExceptionMethods.define();
                ExceptionGroupMethods.define();
                break;
            case BuiltinTypeTable.CALLABLES:
                defineCallables();
                break;
            case BuiltinTypeTable.SINGLETONS:
                Methods.slot0(CoreTypes.NONE_TYPE, "__repr__", self -> "None");
                Methods.slot0(CoreTypes.NONE_TYPE, "__bool__", self -> false);
                Methods.slot0(CoreTypes.NOT_IMPLEMENTED_TYPE, "__repr__", self -> "NotImplemented");
                Methods.slot0(CoreTypes.ELLIPSIS_TYPE, "__repr__", self -> "Ellipsis");
                break;
            default:
                throw new IllegalArgumentException("no group " + group);
        }
    }

    // object.__setattr__, __getattribute__, __delattr__ and type.__new__ as functions
    static Object objectSetattr(Object[] args, String[] kw) {
        Object[] a = Methods.positionalArgs("__setattr__", args, 1, 2, 2);
        Attributes.genericSetattr(args[0], name(a[0]), a[1]);
        return PyNone.NONE;
    }

    static Object objectGetattribute(Object[] args, String[] kw) {
        Object[] a = Methods.positionalArgs("__getattribute__", args, 1, 1, 1);
        return Attributes.genericGetattr(args[0], name(a[0]));
    }

    static Object objectDelattr(Object[] args, String[] kw) {
        Object[] a = Methods.positionalArgs("__delattr__", args, 1, 1, 1);
        Attributes.genericDelattr(args[0], name(a[0]));
        return PyNone.NONE;
    }

    static Object typeNewFunction(Object[] args, String[] kw) {
        if (args.length == 0 || PyCallable.kwCount(kw) == args.length) {
            throw Errors.typeError("type.__new__(): not enough arguments");
        }
        if (!(args[0] instanceof PyType meta)) {
            throw Errors.typeError("type.__new__(X): X is not a type object (" + Errors.typeName(args[0]) + ")");
        }
        if (!meta.isSubtypeOf(TYPE)) {
            throw Errors.typeError("type.__new__(" + meta.name() + "): " + meta.name() + " is not a subtype of type");
        }
        return TypeNew.typeNew(meta, java.util.Arrays.copyOfRange(args, 1, args.length), kw);
    }

    // CPython 3.11: object_new (reached when no class overrides __new__)
    static Object objectNewFn(PyType type, Object[] args, String[] kw) {
        if (args.length > 0 && type.special(PyType.INIT) == OBJECT_INIT) {
            throw Errors.typeError(type.name() + "() takes no arguments");
        }
        return allocate(type);
    }

    /** {@code object.__repr__}: {@code <__main__.A object at 0x...>}. */
    static String objectRepr(Object o) {
        PyType t = Ops.type(o);
        return "<" + t.qualifiedName() + " object at 0x" + Long.toHexString(System.identityHashCode(o) * 16L) + ">";
    }

    private static String name(Object n) {
        if (!(n instanceof String s)) {
            throw Errors.typeError("attribute name must be string, not '" + Errors.typeName(n) + "'");
        }
        return s;
    }

    static void defineObject() {
        PyType t = OBJECT;
        t.define("__init__", OBJECT_INIT);
        t.define("__new__", OBJECT_NEW);
        t.define("__setattr__", OBJECT_SETATTR);
        t.define("__getattribute__", OBJECT_GETATTRIBUTE);
        t.define("__delattr__", OBJECT_DELATTR);
        Methods.slot0(t, "__repr__", CoreMethods::objectRepr);
        Methods.slot0(t, "__str__", Ops::repr);
        Methods.slot0(t, "__hash__", self -> (long) System.identityHashCode(self));
        Methods.slot1(t, "__eq__", (self, other) -> self == other ? Boolean.TRUE : PySingleton.NOT_IMPLEMENTED);
        Methods.slot1(t, "__ne__", (self, other) -> {
            // CPython 3.11: object_richcompare Py_NE inverts __eq__ unless it is NotImplemented.
            Object r = Ops.call(Ops.type(self).lookup("__eq__"), self, other);
            return r == PySingleton.NOT_IMPLEMENTED ? r : (Object) !Ops.isTrue(r);
        });
        for (String cmp : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) {
            Methods.slot1(t, cmp, (self, other) -> PySingleton.NOT_IMPLEMENTED);
        }
        Methods.oneArg(t, "__format__", (self, spec) -> {
            if (!(spec instanceof String s)) {
                throw Errors.typeError("__format__() argument must be str, not " + Errors.typeName(spec));
            }
            if (!s.isEmpty()) {
                throw Errors.typeError("unsupported format string passed to " + Ops.type(self).name() + ".__format__");
            }
            return Ops.str(self);
        });
        t.define("__class__", new PyGetSetDescriptor(t, "__class__", Ops::type, ClassAssignment::set));
        t.define("__dir__", new PyMethodDescriptor(t, "__dir__", null, (a, kw) -> {
            ContainerArgs.noArgs("object.__dir__", a, kw);
            java.util.Set<String> names = new java.util.LinkedHashSet<>();
            if (a[0] instanceof dev.adder.runtime.HasDict h) {
                names.addAll(h.dict().keySet());
            }
            for (PyType c : Ops.type(a[0]).mro()) {
                names.addAll(c.dict().keySet());
            }
            return new PyList(new java.util.ArrayList<Object>(names));
        }));
        Methods.classMethod(t, "__init_subclass__", (args, kw) -> {
            if (PyCallable.kwCount(kw) > 0) {
                throw Errors.typeError(((PyType) args[0]).name() + ".__init_subclass__() takes no keyword arguments");
            }
            if (args.length > 1) {
                throw Errors.typeError(((PyType) args[0]).name() + ".__init_subclass__() takes no arguments ("
                        + (args.length - 1) + " given)");
            }
            return PyNone.NONE;
        });
        Methods.classMethod(t, "__subclasshook__", (args, kw) -> PySingleton.NOT_IMPLEMENTED);
        Methods.noArgs(t, "__sizeof__", self -> 16);
        t.define("__doc__", "The base class of the class hierarchy.\n\n"
                + "When called, it accepts no arguments and returns a new featureless\n"
                + "instance that has no instance attributes and cannot be given any.\n");
    }

    /** The reprs and names of built-in functions and method descriptors (their types stay open for the builtins). */
    private static void defineCallables() {
        PyType f = CoreTypes.BUILTIN_FUNCTION;
        Methods.slot0(f, "__repr__", self -> {
            PyBuiltinFunction b = (PyBuiltinFunction) self;
            Object owner = b.self();
            if (owner == null || owner instanceof dev.adder.objects.PyModule) {
                return "<built-in function " + b.name() + ">";
            }
            return "<built-in method " + b.name() + " of " + Ops.type(owner).name() + " object at 0x"
                    + Long.toHexString(System.identityHashCode(owner) * 16L) + ">";
        });
        Methods.getter(f, "__name__", self -> ((PyBuiltinFunction) self).name());
        Methods.getter(f, "__qualname__", self -> ((PyBuiltinFunction) self).qualname());
        Methods.getter(f, "__self__", self -> {
            Object o = ((PyBuiltinFunction) self).self();
            return o == null ? PyNone.NONE : o;
        });
        Methods.getter(f, "__doc__", self -> {
            String d = ((PyBuiltinFunction) self).doc();
            return d == null ? PyNone.NONE : d;
        });
        PyType m = CoreTypes.METHOD_DESCRIPTOR;
        Methods.slot0(m, "__repr__", self -> "<method '" + ((PyMethodDescriptor) self).name() + "' of '"
                + ((PyMethodDescriptor) self).owner().name() + "' objects>");
        Methods.getter(m, "__name__", self -> ((PyMethodDescriptor) self).name());
        Methods.getter(m, "__qualname__", self -> ((PyMethodDescriptor) self).owner().name() + "."
                + ((PyMethodDescriptor) self).name());
        Methods.getter(m, "__objclass__", self -> ((PyMethodDescriptor) self).owner());
        Methods.getter(m, "__doc__", self -> {
            String d = ((PyMethodDescriptor) self).doc();
            return d == null ? PyNone.NONE : d;
        });
    }

    // CPython 3.11: Objects/typeobject.c object_init
    static Object objectInit(Object[] args, String[] kw) {
        Object self = args[0];
        if (args.length > 1) {
            PyType t = Ops.type(self);
            if (t.lookup("__init__") != OBJECT_INIT) {
                throw Errors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if ((self instanceof PyInstance || self instanceof PyInstance.Slotted) && t.lookup("__new__") == OBJECT_NEW) {
                // built-in types make their instances in Java (no __new__ entry): only object's own count here
                throw Errors.typeError(t.name() + ".__init__() takes exactly one argument (the instance to initialize)");
            }
        }
        return PyNone.NONE;
    }

    // CPython 3.11: Objects/typeobject.c object_new
    static Object objectNew(Object[] args, String[] kw) {
        if (args.length == 0) {
            throw Errors.typeError("object.__new__(): not enough arguments");
        }
        if (!(args[0] instanceof PyType t)) {
            throw Errors.typeError("object.__new__(X): X is not a type object (" + Errors.typeName(args[0]) + ")");
        }
        // CPython 3.11: tp_new_wrapper refuses to make a built-in value (int, str...) as a bare object
        PyType stat = null;
        for (PyType b : t.mro()) {
            if (stat == null && !(b.isHeapType() && b.dict().get("__new__") != null)) {
                stat = b; // the first class whose __new__ is not written in Python
            }
            if (!b.isHeapType()) {
                if (b != OBJECT && b.dict().get("__new__") != null) {
                    throw Errors.typeError("object.__new__(" + t.name() + ") is not safe, use " + stat.name()
                            + ".__new__()");
                }
                break;
            }
        }
        if (args.length > 1) {
            if (t.lookup("__new__") != OBJECT_NEW) {
                throw Errors.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (t.lookup("__init__") == OBJECT_INIT) {
                throw Errors.typeError(t.name() + "() takes no arguments");
            }
        }
        return allocate(t);
    }

    /** A new instance of a class written in Python: with a {@code __dict__} unless {@code __slots__} leave it out. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object allocate(PyType t) {
        if (!t.hasInstanceDict()) {
            return new PyInstance.Slotted(t);
        }
        return new PyInstance(t, (java.util.Map) new PyDict());
    }

    static void defineType() {
        PyType t = TYPE;
        getset(t, "__name__", x -> x.name(), (x, v) -> {
            if (x.isHeapType() && !(v instanceof String)) {
                throw Errors.typeError("can only assign string to " + x.name() + ".__name__, not '"
                        + Errors.typeName(v) + "'");
            }
            x.setName((String) v);
        });
        getset(t, "__qualname__", PyType::qualname, (x, v) -> {
            if (!x.isHeapType()) {
                throw Errors.typeError("cannot set '__qualname__' attribute of immutable type '" + x.name() + "'");
            }
            if (!(v instanceof String s)) {
                throw Errors.typeError("can only assign string to " + x.name() + ".__qualname__, not '"
                        + Errors.typeName(v) + "'");
            }
            x.setQualname(s);
        });
        getset(t, "__module__", x -> {
            Object m = x.dict().get("__module__");
            return m != null ? m : x.module() == null ? PyNone.NONE : x.module();
        }, (x, v) -> x.setAttribute("__module__", v));
        getset(t, "__mro__", x -> PyTuple.wrap(x.mro().toArray()), (x, v) -> {
            throw Errors.attributeError("readonly attribute");
        });
        getset(t, "__bases__", x -> PyTuple.wrap(x.bases().toArray()), (x, v) -> {
            if (!x.isHeapType()) {
                throw Errors.typeError("cannot set '__bases__' attribute of immutable type '" + x.name() + "'");
            }
            throw Errors.notImplemented("__bases__ assignment is not supported by Adder yet");
        });
        getset(t, "__base__", x -> {
            List<PyType> b = x.bases();
            return b.isEmpty() ? PyNone.NONE : b.get(0);
        }, null);
        getset(t, "__dict__", MappingProxy::new, null);
        getset(t, "__annotations__", x -> {
            // CPython 3.11: Objects/typeobject.c type_get_annotations (a class gets an empty dict on first read)
            Object ann = x.dict().get("__annotations__");
            if (ann == null) {
                if (!x.isHeapType()) {
                    throw Errors.attributeError("type object '" + x.name() + "' has no attribute '__annotations__'");
                }
                ann = new PyDict();
                x.setAttribute("__annotations__", ann);
            }
            return ann;
        }, (x, v) -> x.setAttribute("__annotations__", v));
        ContainerArgs.method(t, "__or__",
                (a, kw) -> UnionType.or(a[0], ContainerArgs.oneArg("type.__or__", a, kw)));
        ContainerArgs.method(t, "__ror__",
                (a, kw) -> UnionType.or(ContainerArgs.oneArg("type.__ror__", a, kw), a[0]));
        ContainerArgs.method(t, "__dir__", (a, kw) -> {
            ContainerArgs.noArgs("type.__dir__", a, kw);
            java.util.Set<String> names = new java.util.LinkedHashSet<>();
            for (PyType c : ((PyType) a[0]).mro()) {
                names.addAll(c.dict().keySet());
            }
            return new PyList(new java.util.ArrayList<Object>(names));
        });
        getset(t, "__doc__", x -> {
            Object d = x.dict().get("__doc__");
            return d != null ? d : PyNone.NONE;
        }, (x, v) -> x.setAttribute("__doc__", v));
        Methods.slot0(t, "__repr__", Object::toString);
        Methods.noArgs(t, "mro", x -> new PyList(((PyType) x).mro()));
        t.define("__new__", TYPE_NEW);
        t.define("__init__", new PyMethodDescriptor(t, "__init__", null, (args, kw) -> {
            // CPython 3.11: Objects/typeobject.c type_init
            int npos = args.length - 1 - PyCallable.kwCount(kw);
            if (npos == 1 && PyCallable.kwCount(kw) != 0) {
                throw Errors.typeError("type.__init__() takes no keyword arguments");
            }
            if (npos != 1 && npos != 3) {
                throw Errors.typeError("type.__init__() takes 1 or 3 arguments");
            }
            return PyNone.NONE;
        }));
        t.define("__call__", new PyMethodDescriptor(t, "__call__", null, (args, kw) -> {
            if (!(args[0] instanceof PyType self)) {
                throw Errors.typeError("descriptor '__call__' requires a 'type' object but received a '"
                        + Errors.typeName(args[0]) + "'");
            }
            Object[] rest = new Object[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            if (self == TYPE && rest.length == 1 && PyCallable.kwCount(kw) == 0) {
                return Ops.type(rest[0]);
            }
            return self.typeCall(rest, kw);
        }));
        Methods.classMethod(t, "__prepare__", (args, kw) -> new PyDict());
        Methods.noArgs(t, "__subclasses__", x -> new PyList(((PyType) x).subclasses()));
        Methods.oneArg(t, "__instancecheck__", (self, x) -> Ops.type(x).isSubtypeOf((PyType) self));
        Methods.oneArg(t, "__subclasscheck__", (self, x) -> {
            if (!(x instanceof PyType c)) {
                throw Errors.typeError("issubclass() arg 1 must be a class");
            }
            return c.isSubtypeOf((PyType) self);
        });
    }

    private static void getset(PyType owner, String name, java.util.function.Function<PyType, Object> get,
                               java.util.function.BiConsumer<PyType, Object> set) {
        owner.define(name, new PyGetSetDescriptor(owner, name, x -> get.apply((PyType) x),
                set == null ? null : (x, v) -> {
                    if (v == null) {
                        throw Errors.typeError("cannot delete '" + name + "' attribute of immutable type '"
                                + ((PyType) x).name() + "'");
                    }
                    set.accept((PyType) x, v);
                }));
    }
}
