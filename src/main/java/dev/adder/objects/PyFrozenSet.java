package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.HasDict;
import dev.adder.runtime.PyType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Python's {@code frozenset}, which Java sees as a {@code java.util.Set}; elements hashed and compared with
 * Python's rules and laid out as CPython lays them out ({@link PySetBase}). Methods and repr are in
 * {@link SetMethods}. Immutable once built: {@link #addElement} is only for building.
 */
public class PyFrozenSet extends PySetBase {
    /** {@code frozenset}. */
    public static final PyType TYPE =
            BuiltinTypeTable.builtin("frozenset", CoreTypes.OBJECT, BuiltinTypeTable.FROZENSET);

    private long hash = -1;

    /** An empty frozenset. */
    public PyFrozenSet() {
    }

    /** A frozenset of the given elements. */
    public static PyFrozenSet of(Object... elements) {
        PyFrozenSet s = new PyFrozenSet();
        for (Object e : elements) {
            s.addElement(e);
        }
        return s;
    }

    /** {@code hash(fs)}, computed once (CPython 3.11 frozenset_hash). */
    public long pyHash() {
        long h = hash;
        if (h == -1) {
            h = computeHash();
            hash = h;
        }
        return h;
    }

    /** The cached hash, or -1 when not computed yet. */
    long cachedHash() {
        return hash;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** An instance of a Python subclass of {@code frozenset}. */
    static final class Subclass extends PyFrozenSet implements HasDict {
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
