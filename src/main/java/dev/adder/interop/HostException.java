package dev.adder.interop;

import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyType;

/**
 * A Java exception as a Python exception: its type is named after the Java class (module = Java
 * package) and derives, like the Java class hierarchy up to {@code Throwable}, from Python's
 * {@code Exception}; the Java exception itself stays reachable ({@link #javaException}).
 */
public final class HostException extends PyBaseException {
    private static final long serialVersionUID = 1L;

    private final transient Throwable javaException;

    HostException(PyType type, Object[] args, Throwable javaException) {
        super(type, args);
        this.javaException = javaException;
    }

    /** The Java exception this Python exception stands for (null when Python made an instance with no Java object). */
    public Throwable javaException() {
        return javaException;
    }
}
