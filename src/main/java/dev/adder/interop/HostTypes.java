package dev.adder.interop;

import dev.adder.objects.ForeignTypeProvider;
import dev.adder.objects.JavaValues;
import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBuiltinFunction;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyDescriptor;
import dev.adder.runtime.PyGetSetDescriptor;
import dev.adder.runtime.PyMethodDescriptor;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PySingleton;
import dev.adder.runtime.PyType;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The Python types of Java objects (host objects), registered as the {@link ForeignTypeProvider}.
 *
 * <p><b>Design.</b> Each Java class gets up to three immutable Python types, built once by reflection
 * and shared by every interpreter (cached per class in {@link ClassValue}s):
 * <ul>
 * <li>the <em>instance type</em> ({@link #typeFor}, what {@code type(obj)} answers): public instance
 *     methods (overloads merged into one {@code Overloads} per name, bound when read from an instance),
 *     public fields and JavaBean properties as attributes, {@code repr}/{@code str}/{@code ==}/{@code hash}
 *     through {@code toString}/{@code equals}/{@code hashCode}, and the container protocols of
 *     {@code HostContainers}. It has no constructor and no static members, so holding an object never
 *     grants access to its class;</li>
 * <li>the <em>class type</em> ({@link #classType}), only reachable through an allowed import
 *     ({@link JavaImports}): constructors (calling it), public static methods and fields; its metatype
 *     makes {@code isinstance(obj, ArrayList)} ask Java;</li>
 * <li>the <em>exception type</em> ({@link HostExceptions#typeOf}) of a {@code Throwable} class: a Python
 *     exception type mirroring the Java superclass chain up to {@code Throwable}, whose base is Python's
 *     {@code Exception}; instances are {@link HostException}s wrapping the Java exception.</li>
 * </ul>
 * Values cross with {@link Conversions}; members whose signatures mention a denied type, and values of
 * denied types, never reach Python ({@link HostAccess}); a denied class gets the opaque type.
 */
public final class HostTypes implements ForeignTypeProvider {
    /** The metatype of imported classes: {@code type} plus Java's instanceof for isinstance/issubclass. */
    private static final PyType META = createMeta();

    private static final ClassValue<PyType> CLASS_TYPES = new ClassValue<>() {
        @Override
        protected PyType computeValue(Class<?> c) {
            return buildClassType(c);
        }
    };

    private static final ClassValue<PyType> EXCEPTION_TYPES = new ClassValue<>() {
        @Override
        protected PyType computeValue(Class<?> c) {
            return buildExceptionType(c);
        }
    };

    /** The ServiceLoader's constructor: no work. */
    public HostTypes() {
    }

    /** The instance type of {@code c}, or null (the opaque type) for a denied class. */
    @Override
    public PyType typeFor(Class<?> c) {
        return HostAccess.isDeniedType(c) ? null : buildInstanceType(c);
    }

    /**
     * The type a script imports for class {@code c}: constructors, static methods and fields (the
     * exception type for a {@code Throwable} class). The caller checks the access policy.
     */
    public static PyType classType(Class<?> c) {
        return CLASS_TYPES.get(c);
    }

    /** The Python exception type of a Java {@code Throwable} class. */
    static PyType exceptionType(Class<?> c) {
        return EXCEPTION_TYPES.get(c);
    }

    /**
     * The Python name of a Java class: its name in its package ({@code ArrayList}, {@code Map$Entry},
     * {@code int[]}).
     */
    static String typeName(Class<?> c) {
        if (c.isArray()) {
            return typeName(c.getComponentType()) + "[]";
        }
        String pkg = c.getPackageName();
        return pkg.isEmpty() || c.isPrimitive() ? c.getName() : c.getName().substring(pkg.length() + 1);
    }

    private static String moduleName(Class<?> c) {
        while (c.isArray()) {
            c = c.getComponentType();
        }
        String pkg = c.getPackageName();
        return pkg.isEmpty() || c.isPrimitive() ? "java" : pkg;
    }

    private static PyType.New cannotCreate(String what) {
        return (type, args, kw) -> {
            throw Errors.typeError("cannot create '" + what + "' instances");
        };
    }

    // ------------------------------------------------------------------ instance types

    private static PyType buildInstanceType(Class<?> c) {
        JavaClassType t = new JavaClassType(c, typeName(c), moduleName(c), new PyType[] {CoreTypes.OBJECT},
                cannotCreate(moduleName(c) + "." + typeName(c)), null);
        Map<String, PyCallable> extras = new HashMap<>();
        HostContainers.install(t, c, extras);
        defineMembers(t, c, extras, name -> false);
        defineObjectDunders(t, c);
        if (c.isArray()) {
            t.define("length", new PyGetSetDescriptor(t, "length", Array::getLength, null));
        }
        return t.freeze();
    }

    /** The Java object a method of {@code t} works on: the instance, or the Java exception of a HostException. */
    private static Object target(Class<?> c, PyType t, String name, Object self) {
        Object target = self instanceof HostException h && h.javaException() != null ? h.javaException() : self;
        if (!c.isInstance(target)) {
            throw Errors.typeError("descriptor '" + name + "' for '" + t.name() + "' objects doesn't apply to a '"
                    + Errors.typeName(self) + "' object");
        }
        return target;
    }

    private static Object[] withTarget(Object[] args, Object target) {
        if (args[0] == target) {
            return args;
        }
        Object[] copy = args.clone();
        copy[0] = target;
        return copy;
    }

    /**
     * Methods, Python-style extras, fields and bean properties of {@code c} on {@code t} (but not names in
     * {@code skip}).
     */
    private static void defineMembers(PyType t, Class<?> c, Map<String, PyCallable> extras, Predicate<String> skip) {
        Map<String, List<Method>> methods = HostMembers.methods(c, false);
        for (Map.Entry<String, List<Method>> e : methods.entrySet()) {
            String name = e.getKey();
            if (name.startsWith("__") || skip.test(name)) {
                continue;
            }
            Overloads ov = new Overloads(t.name() + "." + name, e.getValue(), extras.remove(name));
            t.define(name, new PyMethodDescriptor(t, name, doc(e.getValue()),
                    (args, kw) -> ov.call(target(c, t, name, args[0]), args, 1, kw)));
        }
        for (Map.Entry<String, PyCallable> e : extras.entrySet()) {
            String name = e.getKey();
            PyCallable body = e.getValue();
            if (!skip.test(name)) {
                t.define(name, new PyMethodDescriptor(t, name, null,
                        (args, kw) -> body.call(withTarget(args, target(c, t, name, args[0])), kw)));
            }
        }
        for (Field f : HostMembers.fields(c, false)) {
            String name = f.getName();
            if (!t.dict().containsKey(name) && !skip.test(name)) {
                t.define(name, fieldDescriptor(t, c, f));
            }
        }
        defineProperties(t, c, methods, skip);
    }

    private static PyGetSetDescriptor fieldDescriptor(PyType t, Class<?> c, Field f) {
        String name = f.getName();
        boolean isFinal = Modifier.isFinal(f.getModifiers());
        return new PyGetSetDescriptor(t, name, self -> readField(f, target(c, t, name, self)), isFinal ? null
                : (self, v) -> writeField(f, target(c, t, name, self), v));
    }

    private static Object readField(Field f, Object target) {
        try {
            return Conversions.toPython(f.get(target));
        } catch (IllegalAccessException e) {
            throw Errors.typeError("cannot read Java field '" + f.getName() + "'");
        }
    }

    private static void writeField(Field f, Object target, Object value) {
        if (value == null) {
            throw Errors.typeError("cannot delete Java field '" + f.getName() + "'");
        }
        Object v = Conversions.toJava(value, f.getType());
        try {
            f.set(target, v);
        } catch (IllegalAccessException e) {
            throw Errors.attributeError("attribute '" + f.getName() + "' is not writable");
        }
    }

    /** getX()/isX() with setX(v) as attribute {@code x}, where no method or field already has that name. */
    private static void defineProperties(PyType t, Class<?> c, Map<String, List<Method>> methods,
                                         Predicate<String> skip) {
        for (Map.Entry<String, List<Method>> e : methods.entrySet()) {
            String name = e.getKey();
            String rest = name.startsWith("get") ? name.substring(3) : name.startsWith("is") ? name.substring(2) : "";
            if (rest.isEmpty() || !Character.isUpperCase(rest.charAt(0))) {
                continue;
            }
            Method getter = null;
            for (Method m : e.getValue()) {
                if (m.getParameterCount() == 0 && m.getReturnType() != void.class
                        && (name.startsWith("get") || m.getReturnType() == boolean.class)) {
                    getter = m;
                }
            }
            String prop = HostMembers.decapitalize(rest);
            if (getter == null || t.dict().containsKey(prop) || skip.test(prop)) {
                continue;
            }
            Overloads get = new Overloads(t.name() + "." + name, List.of(getter), null);
            List<Method> setters = new ArrayList<>();
            for (Method m : methods.getOrDefault("set" + rest, List.of())) {
                if (m.getParameterCount() == 1) {
                    setters.add(m);
                }
            }
            Overloads set = setters.isEmpty() ? null : new Overloads(t.name() + ".set" + rest, setters, null);
            t.define(prop, new PyGetSetDescriptor(t, prop, self -> {
                Object target = target(c, t, prop, self);
                return get.call(target, new Object[] {target}, 1, null);
            }, set == null ? null : (self, v) -> {
                Object target = target(c, t, prop, self);
                if (v == null) {
                    throw Errors.typeError("cannot delete Java property '" + prop + "'");
                }
                set.call(target, new Object[] {target, v}, 1, null);
            }));
        }
    }

    private static String doc(List<? extends java.lang.reflect.Executable> group) {
        StringBuilder sb = new StringBuilder();
        for (java.lang.reflect.Executable m : group) {
            sb.append(sb.length() == 0 ? "" : "\n").append(m.toGenericString());
        }
        return sb.toString();
    }

    private static void defineObjectDunders(PyType t, Class<?> c) {
        method(t, c, "__repr__", (self, args) -> text(self));
        method(t, c, "__str__", (self, args) -> text(self));
        method(t, c, "__eq__", (self, args) -> self.equals(JavaValues.toJava(args[1])));
        method(t, c, "__ne__", (self, args) -> !self.equals(JavaValues.toJava(args[1])));
        method(t, c, "__hash__", (self, args) -> self.hashCode());
        if (Comparable.class.isAssignableFrom(c)) {
            String[] names = {"__lt__", "__le__", "__gt__", "__ge__"};
            for (int i = 0; i < names.length; i++) {
                int op = i;
                method(t, c, names[i], (self, args) -> compare(self, args[1], op));
            }
        }
        List<Method> sams = functionalMethods(c);
        if (!sams.isEmpty()) {
            Overloads call = new Overloads(t.name() + "." + sams.get(0).getName(), sams, null);
            t.define("__call__", new PyMethodDescriptor(t, "__call__", doc(sams),
                    (args, kw) -> call.call(target(c, t, "__call__", args[0]), args, 1, kw)));
        }
    }

    @FunctionalInterface
    private interface Body {
        Object call(Object self, Object[] args);
    }

    private static void method(PyType t, Class<?> c, String name, Body body) {
        t.define(name, new PyMethodDescriptor(t, name, null, (args, kw) -> {
            Object self = target(c, t, name, args[0]);
            if (args.length != (name.equals("__repr__") || name.equals("__str__") || name.equals("__hash__") ? 1 : 2)
                    || PyCallable.kwCount(kw) != 0) {
                throw Errors.typeError(t.name() + "." + name + "() got the wrong number of arguments");
            }
            try {
                return body.call(self, args);
            } catch (dev.adder.runtime.PyBaseException e) {
                throw e;
            } catch (RuntimeException e) {
                throw HostExceptions.toPythonError(e);
            }
        }));
    }

    private static String text(Object o) {
        if (o.getClass().isArray()) {
            StringBuilder sb = new StringBuilder("[");
            int n = Array.getLength(o);
            for (int i = 0; i < n; i++) {
                sb.append(i == 0 ? "" : ", ").append(Array.get(o, i));
            }
            return sb.append(']').toString();
        }
        return String.valueOf(o);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object compare(Object self, Object other, int op) {
        Object o = other instanceof HostException h && h.javaException() != null ? h.javaException() : other;
        if (o == null || o instanceof PyObject) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        int r;
        try {
            r = ((Comparable) self).compareTo(o);
        } catch (ClassCastException e) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        return switch (op) {
            case 0 -> r < 0;
            case 1 -> r <= 0;
            case 2 -> r > 0;
            default -> r >= 0;
        };
    }

    /**
     * The single abstract methods of the {@code @FunctionalInterface}s {@code c} implements: Java lambdas are
     * callable.
     */
    private static List<Method> functionalMethods(Class<?> c) {
        Map<String, Method> found = new LinkedHashMap<>();
        List<Class<?>> todo = new ArrayList<>();
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            todo.addAll(List.of(k.getInterfaces()));
        }
        for (int i = 0; i < todo.size(); i++) {
            Class<?> k = todo.get(i);
            todo.addAll(List.of(k.getInterfaces()));
            Method sam = k.isAnnotationPresent(FunctionalInterface.class) && HostMembers.isAccessible(k)
                    ? FunctionalInterfaces.sam(k) : null;
            if (sam != null && !HostAccess.isHidden(sam)) {
                found.putIfAbsent(sam.getName() + sam.getParameterCount(), sam);
            }
        }
        return new ArrayList<>(found.values());
    }

    // ------------------------------------------------------------------ class types (imports)

    private static PyType createMeta() {
        PyType meta = new PyType("java_class", "java", new PyType[] {CoreTypes.TYPE}, (type, args, kw) -> {
            throw Errors.typeError("Java classes cannot be subclassed in Python"
                    + (args.length > 1 && args[1] instanceof java.util.List<?> bases ? " (bases: "
                    + bases.stream().map(b -> b instanceof PyType p ? p.qualifiedName() : "?").toList() + ")" : ""));
        }, false, null);
        meta.define("__instancecheck__", new PyMethodDescriptor(meta, "__instancecheck__", null, (args, kw) -> {
            if (args.length != 2 || !(args[0] instanceof JavaClassType j)) {
                throw Errors.typeError("__instancecheck__ expects a Java class and an object");
            }
            Object x = args[1];
            Object target = x instanceof HostException h && h.javaException() != null ? h.javaException()
                    : JavaValues.toJava(x);
            return target != null && j.javaClass().isInstance(target);
        }));
        meta.define("__subclasscheck__", new PyMethodDescriptor(meta, "__subclasscheck__", null, (args, kw) -> {
            if (args.length != 2 || !(args[0] instanceof JavaClassType j)) {
                throw Errors.typeError("__subclasscheck__ expects a Java class and a class");
            }
            if (args[1] instanceof JavaClassType d) {
                return j.javaClass().isAssignableFrom(d.javaClass());
            }
            if (args[1] instanceof PyType p) {
                return p.isSubtypeOf(j);
            }
            throw Errors.typeError("issubclass() arg 1 must be a class");
        }));
        return meta.freeze();
    }

    private static PyType buildClassType(Class<?> c) {
        if (Throwable.class.isAssignableFrom(c)) {
            return exceptionType(c);
        }
        String qualified = moduleName(c) + "." + typeName(c);
        List<Constructor<?>> ctors = HostMembers.constructors(c);
        Overloads ctor = ctors.isEmpty() ? null : new Overloads(typeName(c), ctors, null);
        PyType.New newFn = ctor == null ? cannotCreate(qualified) : (type, args, kw) -> ctor.call(null, args, 0, kw);
        JavaClassType t = new JavaClassType(c, typeName(c), moduleName(c), new PyType[] {CoreTypes.OBJECT}, newFn,
                META);
        for (Map.Entry<String, List<Method>> e : HostMembers.methods(c, true).entrySet()) {
            String name = e.getKey();
            Overloads ov = new Overloads(typeName(c) + "." + name, e.getValue(), null);
            t.define(name, new PyBuiltinFunction(name, doc(e.getValue()), (args, kw) -> ov.call(null, args, 0, kw)));
        }
        for (Field f : HostMembers.fields(c, true)) {
            if (!t.dict().containsKey(f.getName())) {
                t.define(f.getName(), new StaticField(f));
            }
        }
        return t.freeze();
    }

    /** A public static field read from an imported class ({@code Integer.MAX_VALUE}); read-only. */
    private record StaticField(Field field) implements PyDescriptor {
        @Override
        public Object get(Object instance, PyType owner) {
            return readField(field, null);
        }
    }

    // ------------------------------------------------------------------ exception types

    private static PyType buildExceptionType(Class<?> c) {
        PyType base = c == Throwable.class || c.getSuperclass() == null ? ExceptionTypes.EXCEPTION
                : exceptionType(c.getSuperclass());
        String qualified = moduleName(c) + "." + typeName(c);
        List<Constructor<?>> ctors = HostMembers.constructors(c);
        Overloads ctor = ctors.isEmpty() ? null : new Overloads(typeName(c), ctors, null);
        PyType.New newFn = (type, args, kw) -> {
            if (ctor == null) {
                throw Errors.typeError("cannot create '" + qualified + "' instances");
            }
            Object made = ctor.call(null, args, 0, kw);
            Throwable java = made instanceof HostException h ? h.javaException() : null;
            Object[] positional = new Object[args.length - PyCallable.kwCount(kw)];
            System.arraycopy(args, 0, positional, 0, positional.length);
            return new HostException(type, positional, java);
        };
        JavaClassType t = new JavaClassType(c, typeName(c), moduleName(c), new PyType[] {base}, newFn, null);
        defineMembers(t, c, new HashMap<>(),
                name -> ExceptionTypes.BASE_EXCEPTION.lookup(name) != null || name.equals("printStackTrace")
                        || name.equals("setStackTrace"));
        return t.freeze();
    }
}
