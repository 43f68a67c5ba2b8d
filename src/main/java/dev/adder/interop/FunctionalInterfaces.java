package dev.adder.interop;

import dev.adder.objects.Ops;
import dev.adder.objects.PyDict;
import dev.adder.objects.PyTuple;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyMethod;
import dev.adder.runtime.PyObject;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.PyFunction;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.Optional;

/**
 * Python callables as Java functional interfaces ({@code Function}, {@code Predicate},
 * {@code Comparator}, a host's listener interface...): {@link #adapt} makes a
 * {@link java.lang.reflect.Proxy} whose single abstract method calls the Python callable itself (no
 * copy, so a closure's cells are shared with Python). Arguments cross Java → Python, the result is
 * converted to the method's declared return type, a Python exception surfaces as an unchecked
 * {@link dev.adder.PythonException}. Adapters are immutable and may be called from any number of
 * Java threads at once (each thread runs Python on its own thread state).
 */
public final class FunctionalInterfaces {
    /** The single abstract method of an interface, empty when it is not functional. */
    private static final ClassValue<Optional<Method>> SAM = new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> c) {
            return Optional.ofNullable(findSam(c));
        }
    };

    private FunctionalInterfaces() {
    }

    /**
     * {@code pyCallable} as an implementation of {@code iface}, with Python tracebacks formatted by
     * the callable's own interpreter (a Python function's).
     *
     * @throws IllegalArgumentException if {@code iface} is not a functional interface, is a type
     *     scripts may not implement, or the callable's Python signature cannot take the method's arguments
     */
    public static <T> T adapt(Object pyCallable, Class<T> iface) {
        return adapt(null, pyCallable, iface);
    }

    /**
     * {@code pyCallable} as an implementation of {@code iface}; {@code interp} (may be null) formats
     * the tracebacks of Python errors when the callable is not a Python function.
     *
     * @throws IllegalArgumentException as {@link #adapt(Object, Class)}
     */
    public static <T> T adapt(InterpreterState interp, Object pyCallable, Class<T> iface) {
        if (iface == null || pyCallable == null) {
            throw new IllegalArgumentException("adapt: null " + (iface == null ? "interface" : "callable"));
        }
        Method sam = sam(iface);
        if (sam == null) {
            throw new IllegalArgumentException(iface.getName() + " is not a functional interface "
                    + "(an interface with exactly one abstract method)");
        }
        if (HostAccess.isDeniedType(iface)) {
            throw new IllegalArgumentException("Python code may not implement " + iface.getName());
        }
        if (!(pyCallable instanceof PyObject) || !Ops.isCallable(pyCallable)) {
            throw new IllegalArgumentException("not a Python callable: " + pyCallable.getClass().getName());
        }
        int n = sam.getParameterCount();
        int[] arity = arity(pyCallable);
        if (arity != null && !(arity[0] <= n && n <= arity[1])) {
            throw new IllegalArgumentException(describe(pyCallable, arity) + " cannot implement "
                    + iface.getSimpleName() + "." + sam.getName() + " (called with " + n + " argument"
                    + (n == 1 ? "" : "s") + ")");
        }
        if (iface.isInstance(pyCallable)) {
            return iface.cast(pyCallable);
        }
        InterpreterState owner = interp != null ? interp : interpOf(pyCallable);
        PythonAdapter handler = new PythonAdapter(pyCallable, iface, sam.getName(), n, owner);
        ClassLoader loader = iface.getClassLoader();
        Object proxy = Proxy.newProxyInstance(loader, new Class<?>[] {iface}, handler);
        return iface.cast(proxy);
    }

    /**
     * The Python callable behind an adapter made by {@link #adapt} (a Python function is its own
     * adapter and is returned itself), or null when {@code o} is not one.
     */
    public static Object unwrap(Object o) {
        if (o instanceof PyFunction) {
            return o;
        }
        if (o != null && Proxy.isProxyClass(o.getClass())
                && Proxy.getInvocationHandler(o) instanceof PythonAdapter a) {
            return a.callable();
        }
        return null;
    }

    /** Whether {@code t} is an interface with exactly one abstract method (Object's methods not counted). */
    public static boolean isFunctional(Class<?> t) {
        return sam(t) != null;
    }

    /** The single abstract method of {@code t}, or null. */
    static Method sam(Class<?> t) {
        return SAM.get(t).orElse(null);
    }

    /** The number of parameters of {@code t}'s single abstract method. */
    static int samArity(Class<?> t) {
        return sam(t).getParameterCount();
    }

    private static Method findSam(Class<?> t) {
        if (!t.isInterface() || t.isAnnotation()) {
            return null;
        }
        Method found = null;
        for (Method m : t.getMethods()) {
            if (!Modifier.isAbstract(m.getModifiers()) || isObjectMethod(m)) {
                continue;
            }
            if (found == null) {
                found = m;
            } else if (!found.getName().equals(m.getName()) || found.getParameterCount() != m.getParameterCount()) {
                return null;
            } else if (found.getReturnType().isAssignableFrom(m.getReturnType())) {
                found = m; // a generic re-declaration: keep the most specific signature
            }
        }
        return found;
    }

    private static boolean isObjectMethod(Method m) {
        try {
            Object.class.getMethod(m.getName(), m.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** Whether a Python callable can be called with {@code n} positional arguments (true when unknown). */
    static boolean arityFits(Object callable, int n) {
        int[] a = arity(callable);
        return a == null || (a[0] <= n && n <= a[1]);
    }

    /**
     * How well a Python callable fits an interface method of {@code n} parameters, for overload
     * resolution: {@link Conversions#NO} when it cannot take them; otherwise the closer {@code n} is to
     * its required count, the better ({@code lambda x, y=0:} prefers {@code Function} to {@code BiFunction}).
     */
    static int arityCost(Object callable, int n) {
        int[] a = arity(callable);
        if (a == null) {
            return 6;
        }
        return a[0] <= n && n <= a[1] ? 6 + Math.min(3, n - a[0]) : Conversions.NO;
    }

    /**
     * {min, max} positional arguments a Python callable accepts (max = Integer.MAX_VALUE with
     * {@code *args}), or null when its signature is not known (built-ins, classes, other callables).
     */
    static int[] arity(Object callable) {
        int shift = 0;
        Object f = callable;
        if (f instanceof PyMethod m) {
            f = m.function();
            shift = 1;
        }
        if (!(f instanceof PyFunction fn)) {
            return null;
        }
        try {
            Object code = Ops.getattr(fn, "__code__");
            int argcount = ((Number) Ops.getattr(code, "co_argcount")).intValue();
            int flags = ((Number) Ops.getattr(code, "co_flags")).intValue();
            int kwonly = ((Number) Ops.getattr(code, "co_kwonlyargcount")).intValue();
            Object defaults = fn.defaultsTuple();
            int ndefaults = defaults instanceof PyTuple t ? t.size() : 0;
            Object kwdefaults = Ops.getattr(fn, "__kwdefaults__");
            int nkwdefaults = kwdefaults instanceof PyDict d ? d.size() : 0;
            if (kwonly > nkwdefaults) {
                return new int[] {1, 0}; // a required keyword-only parameter: never callable positionally
            }
            boolean varargs = (flags & 0x04) != 0; // CO_VARARGS
            int min = Math.max(0, argcount - ndefaults - shift);
            int max = varargs ? Integer.MAX_VALUE : argcount - shift;
            return new int[] {min, max};
        } catch (PyBaseException | ClassCastException e) {
            return null;
        }
    }

    private static String describe(Object callable, int[] arity) {
        String name;
        try {
            name = Ops.repr(callable);
        } catch (PyBaseException e) {
            name = "Python callable";
        }
        if (arity[1] < arity[0]) {
            return name + " (it has required keyword-only parameters)";
        }
        String takes = arity[0] == arity[1] ? String.valueOf(arity[0])
                : arity[1] == Integer.MAX_VALUE ? "at least " + arity[0] : arity[0] + " to " + arity[1];
        return name + " (it takes " + takes + " positional argument" + (arity[1] == 1 && arity[0] == 1 ? "" : "s")
                + ")";
    }

    /** The interpreter of a Python function or bound method, or null. */
    static InterpreterState interpOf(Object callable) {
        Object f = callable instanceof PyMethod m ? m.function() : callable;
        return f instanceof PyFunction fn ? fn.interp() : null;
    }

    /** The TypeError for a Python callable given to a functional parameter it cannot implement. */
    static PyBaseException arityError(Object callable, Class<?> iface) {
        int[] a = arity(callable);
        return Errors.typeError(a == null ? "cannot adapt to " + iface.getSimpleName()
                : describe(callable, a) + " cannot implement " + iface.getSimpleName() + "."
                + sam(iface).getName());
    }
}
