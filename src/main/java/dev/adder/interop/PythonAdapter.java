package dev.adder.interop;

import dev.adder.PythonException;
import dev.adder.objects.Ops;
import dev.adder.runtime.PyBaseException;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.PythonExceptions;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;

/**
 * The invocation handler behind {@link FunctionalInterfaces#adapt}: the interface's single abstract
 * method calls the Python callable; default methods run their Java body; {@code equals},
 * {@code hashCode} and {@code toString} are those of the proxy itself. Immutable, so any thread may
 * call it.
 */
final class PythonAdapter implements InvocationHandler {
    private static final Object[] NO_ARGS = {};

    private final Object callable;
    private final Class<?> iface;
    private final String samName;
    private final int samArity;
    private final InterpreterState interp;

    PythonAdapter(Object callable, Class<?> iface, String samName, int samArity, InterpreterState interp) {
        this.callable = callable;
        this.iface = iface;
        this.samName = samName;
        this.samArity = samArity;
        this.interp = interp;
    }

    /** The Python callable this adapter calls. */
    Object callable() {
        return callable;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        Object[] a = args == null ? NO_ARGS : args;
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == a[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> iface.getSimpleName() + " adapter of " + describe();
            };
        }
        if (method.isDefault()) {
            return InvocationHandler.invokeDefault(proxy, method, a);
        }
        if (!method.getName().equals(samName) || a.length != samArity) {
            throw new UnsupportedOperationException(method.toString());
        }
        return call(method, a);
    }

    private Object call(Method method, Object[] a) {
        try {
            Object[] py = new Object[a.length];
            for (int i = 0; i < a.length; i++) {
                py[i] = Conversions.toPython(a[i]);
            }
            Object r = Ops.call(callable, py);
            return Conversions.toReturnType(r, method.getReturnType(), iface.getSimpleName() + "." + method.getName());
        } catch (PyBaseException e) {
            throw toJava(e);
        }
    }

    private PythonException toJava(PyBaseException e) {
        if (interp != null) {
            return PythonExceptions.of(interp, e);
        }
        String message;
        try {
            message = Ops.str(e);
        } catch (RuntimeException x) {
            message = e.str();
        }
        String type = e.type().name();
        String last = message.isEmpty() ? type : type + ": " + message;
        return new PythonException(type, message, last + "\n", null, -1, null, e);
    }

    private String describe() {
        try {
            return Ops.repr(callable);
        } catch (RuntimeException e) {
            return "a Python callable";
        }
    }
}
