package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.HasDict;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import java.util.Map;

/** A module object: a name and its globals dictionary ({@code __dict__}). */
public final class PyModule implements PyObject, HasDict {
    /** {@code type(sys)}. */
    public static final PyType TYPE = BuiltinTypeTable.builtin("module", CoreTypes.OBJECT, BuiltinTypeTable.MODULE);

    private final String name;
    private final PyDict dict;

    /** A module called {@code name} whose globals are {@code dict} ({@code __name__} is set in it). */
    public PyModule(String name, PyDict dict) {
        this.name = name;
        this.dict = dict;
        dict.put("__name__", name);
    }

    /** {@code __name__}. */
    public String name() {
        return name;
    }

    /** The module's globals, live. */
    public PyDict globals() {
        return dict;
    }

    /** The globals as an attribute dictionary ({@code module.name}): string keys are the attributes. */
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Map<String, Object> dict() {
        return (Map) dict;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return "<module '" + name + "'>";
    }
}
