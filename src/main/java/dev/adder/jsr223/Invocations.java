package dev.adder.jsr223;

import dev.adder.interop.Conversions;
import dev.adder.objects.JavaValues;
import dev.adder.objects.Ops;
import dev.adder.runtime.PyBaseException;
import dev.adder.vm.PythonExceptions;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import javax.script.ScriptException;

/**
 * {@code Invocable} for the engine: calling script functions and methods by name, and Java
 * interfaces implemented by script functions ({@code getInterface(Class)}), by an object's methods,
 * or — for a single-method interface and a callable — by the callable itself, which keeps its
 * closure cells.
 */
final class Invocations {
    private final AdderScriptEngine engine;

    Invocations(AdderScriptEngine engine) {
        this.engine = engine;
    }

    Object invokeFunction(String name, Object[] args) throws ScriptException, NoSuchMethodException {
        if (name == null) {
            throw new NullPointerException("function name is null");
        }
        Object fn = engine.lookup(name);
        if (fn == null || !Ops.isCallable(fn)) {
            throw new NoSuchMethodException("no function '" + name + "' in the script");
        }
        return JavaValues.toJava(engine.callPython(fn, args));
    }

    Object invokeMethod(Object thiz, String name, Object[] args) throws ScriptException, NoSuchMethodException {
        if (thiz == null) {
            throw new IllegalArgumentException("script object is null");
        }
        if (name == null) {
            throw new NullPointerException("method name is null");
        }
        Object m = method(thiz, name);
        if (m == null) {
            throw new NoSuchMethodException("'" + Ops.type(thiz).name() + "' object has no method '" + name + "'");
        }
        return JavaValues.toJava(engine.callPython(m, args));
    }

    private static Object method(Object thiz, String name) {
        try {
            Object m = Ops.getattrOrNull(thiz, name);
            return m != null && Ops.isCallable(m) ? m : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The abstract methods a proxy must implement (default, static and Object's methods excluded). */
    static List<Method> abstractMethods(Class<?> iface) {
        List<Method> out = new ArrayList<>();
        for (Method m : iface.getMethods()) {
            if (Modifier.isAbstract(m.getModifiers()) && !isObjectMethod(m)) {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean isObjectMethod(Method m) {
        try {
            Object.class.getMethod(m.getName(), m.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    <T> T getInterface(Object thiz, Class<T> iface) {
        if (iface == null || !iface.isInterface()) {
            throw new IllegalArgumentException("not an interface: " + iface);
        }
        List<Method> methods = abstractMethods(iface);
        boolean all = true;
        for (Method m : methods) {
            Object target = thiz == null ? engine.lookup(m.getName()) : method(thiz, m.getName());
            if (target == null || !Ops.isCallable(target)) {
                all = false;
                break;
            }
        }
        if (!all) {
            if (thiz != null && methods.size() == 1 && Ops.isCallable(thiz)) {
                return engine.adapt(thiz, iface);
            }
            return null;
        }
        InvocationHandler h = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return objectMethod(proxy, method, args, thiz);
            }
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            Object target = thiz == null ? engine.lookup(method.getName()) : method(thiz, method.getName());
            if (target == null) {
                throw new IllegalStateException("no function '" + method.getName() + "' in the script any more");
            }
            Object result;
            try {
                result = engine.callPython(target, args);
            } catch (ScriptException e) {
                throw ScriptErrors.unchecked(e);
            }
            try {
                return Conversions.toReturnType(result, method.getReturnType(),
                        iface.getSimpleName() + "." + method.getName());
            } catch (PyBaseException e) {
                throw PythonExceptions.of(engine.interpreter(), e);
            }
        };
        return iface.cast(Proxy.newProxyInstance(iface.getClassLoader(), new Class<?>[] {iface}, h));
    }

    private static Object objectMethod(Object proxy, Method method, Object[] args, Object thiz) {
        switch (method.getName()) {
            case "equals":
                return proxy == args[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            default:
                return "Python implementation of " + proxy.getClass().getInterfaces()[0].getName()
                        + (thiz == null ? "" : " by " + Ops.repr(thiz));
        }
    }
}
