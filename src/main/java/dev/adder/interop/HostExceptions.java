package dev.adder.interop;

import dev.adder.PythonException;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyType;

/**
 * Java exceptions thrown into Python code and back: a Java exception becomes a {@link HostException}
 * of its class's Python exception type; a {@link PythonException} (Python → Java → Python) becomes
 * the Python exception it carries again; JVM errors and Adder's own {@link Error}s pass unchanged.
 */
public final class HostExceptions {
    private HostExceptions() {
    }

    /**
     * The Java exception behind a Python exception raised by host code, or null: the engine uses it to
     * give hosts back their own exception objects.
     */
    public static Throwable javaException(Throwable pythonException) {
        return pythonException instanceof HostException h ? h.javaException() : null;
    }

    /** The Python exception type of Java exception class {@code c} (a subclass of Python's {@code Exception}). */
    public static PyType typeOf(Class<? extends Throwable> c) {
        return HostTypes.exceptionType(c);
    }

    /** Something a host method threw, as the Java throwable to rethrow into Python code. */
    static RuntimeException toPythonError(Throwable t) {
        if (t instanceof PyBaseException e) {
            return e;
        }
        if (t instanceof PythonException p && p.getCause() instanceof PyBaseException e) {
            return e;
        }
        if (t instanceof VirtualMachineError
                || (t instanceof Error && t.getClass().getName().startsWith("dev.adder."))) {
            throw (Error) t;
        }
        if (t instanceof InterruptedException) {
            // Throwing it cleared the flag: set it again so the VM still stops the script.
            Thread.currentThread().interrupt();
        }
        return toPython(t);
    }

    /** A Java throwable as a Python exception object. */
    static PyBaseException toPython(Throwable t) {
        if (t instanceof PyBaseException e) {
            return e;
        }
        if (t instanceof PythonException p && p.getCause() instanceof PyBaseException e) {
            return e;
        }
        PyType type = HostTypes.exceptionType(t.getClass());
        String message = t.getMessage();
        Object[] args = message == null ? new Object[0] : new Object[] {message};
        return new HostException(type, args, t);
    }
}
