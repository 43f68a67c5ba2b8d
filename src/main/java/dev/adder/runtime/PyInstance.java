package dev.adder.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An instance of a class written in Python (or of {@code object}): its type and its
 * {@code __dict__}. Instances of Python subclasses of built-in types are the built-in type's own
 * Java class instead (for example {@link PyBaseException}), which keeps a dictionary too.
 */
public class PyInstance implements PyObject, HasDict {
    private final PyType type;
    private final Map<String, Object> dict = new LinkedHashMap<>();

    /** A new instance of {@code type} with an empty {@code __dict__}. */
    public PyInstance(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public Map<String, Object> dict() {
        return dict;
    }
}
