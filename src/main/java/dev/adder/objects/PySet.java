package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.HasDict;
import dev.adder.runtime.PyType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Python's {@code set}, which Java sees as a {@code java.util.Set}; elements hashed and compared with
 * Python's rules and laid out as CPython lays them out ({@link PySetBase}). Methods and repr are in
 * {@link SetMethods}.
 */
public class PySet extends PySetBase {
    /** {@code set}. */
    public static final PyType TYPE = BuiltinTypeTable.builtin("set", CoreTypes.OBJECT, BuiltinTypeTable.SET);

    /** An empty set. */
    public PySet() {
    }

    /** A set of the given elements. */
    public static PySet of(Object... elements) {
        PySet s = new PySet();
        for (Object e : elements) {
            s.addElement(e);
        }
        return s;
    }

    /** Removes an element; false if it was absent. */
    public boolean discardElement(Object o) {
        return discardHashed(o, HashKeys.hash(o));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** An instance of a Python subclass of {@code set}. */
    static final class Subclass extends PySet implements HasDict {
        private final PyType type;
        private final Map<String, Object> dict = new LinkedHashMap<>();

        Subclass(PyType type) {
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
}
