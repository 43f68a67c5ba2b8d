package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Python's {@code dict}: insertion-ordered, keys hashed and compared with Python's rules
 * ({@code 1 == 1.0 == True} are one key), which Java sees as a {@code java.util.Map}.
 * Methods and repr are in {@link DictMethods}.
 *
 * <p>Java's {@link #get}/{@link #put}/{@link #remove} return {@code null} for a missing key;
 * {@link #getItem} raises Python's {@code KeyError}.
 */
public final class PyDict extends AbstractMap<Object, Object> implements PyObject {
    /** {@code dict}. */
    public static final PyType TYPE = DictMethods.createType();

    // Placeholder storage: the containers work replaces it with Python-hash storage.
    private final LinkedHashMap<Object, Object> map = new LinkedHashMap<>();

    /** An empty dict. */
    public PyDict() {
    }

    @Override
    public Object get(Object key) {
        return map.get(key);
    }

    /** {@code d[key]}: the value, or {@code KeyError}. */
    public Object getItem(Object key) {
        Object v = map.get(key);
        if (v == null) {
            throw Errors.keyError(String.valueOf(key));
        }
        return v;
    }

    @Override
    public Object put(Object key, Object value) {
        return map.put(key, value);
    }

    @Override
    public Object remove(Object key) {
        return map.remove(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return map.containsKey(key);
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public Set<Map.Entry<Object, Object>> entrySet() {
        return map.entrySet();
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
