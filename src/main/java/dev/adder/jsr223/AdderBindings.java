package dev.adder.jsr223;

import dev.adder.objects.JavaValues;
import dev.adder.objects.PyDict;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import javax.script.Bindings;

/**
 * Bindings that <em>are</em> a Python module's globals: the script's {@code LOAD_GLOBAL} and
 * {@code STORE_GLOBAL} read and write the same dictionary that {@link #get} and {@link #put} use, so
 * changes are seen both ways at once. Java {@code null} is Python's {@code None}; keys that are not
 * strings (Python may add them through {@code globals()}) are invisible from Java.
 */
public final class AdderBindings extends AbstractMap<String, Object> implements Bindings {
    private final PyDict globals;

    /** New, empty globals of a {@code __main__} module. */
    public AdderBindings() {
        this(new PyDict());
        globals.put("__name__", "__main__");
    }

    AdderBindings(PyDict globals) {
        this.globals = globals;
    }

    /** The Python dictionary behind these bindings. */
    PyDict globals() {
        return globals;
    }

    private static String checkKey(Object key) {
        Objects.requireNonNull(key, "key is null");
        if (!(key instanceof String s)) {
            throw new ClassCastException("key should be a String");
        }
        if (s.isEmpty()) {
            throw new IllegalArgumentException("key is empty");
        }
        return s;
    }

    @Override
    public Object put(String name, Object value) {
        return JavaValues.toJava(globals.put(checkKey(name), JavaValues.toPython(value)));
    }

    @Override
    public void putAll(Map<? extends String, ? extends Object> toMerge) {
        for (Map.Entry<? extends String, ? extends Object> e : toMerge.entrySet()) {
            put(e.getKey(), e.getValue());
        }
    }

    @Override
    public boolean containsKey(Object key) {
        return globals.containsKey(checkKey(key));
    }

    @Override
    public Object get(Object key) {
        return JavaValues.toJava(globals.get(checkKey(key)));
    }

    @Override
    public Object remove(Object key) {
        return JavaValues.toJava(globals.remove(checkKey(key)));
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                return new Entries(globals.keysArray());
            }

            @Override
            public int size() {
                int n = 0;
                for (Object k : globals.keysArray()) {
                    if (k instanceof String) {
                        n++;
                    }
                }
                return n;
            }
        };
    }

    /** Iterates a snapshot of the keys, reading each value live; {@code remove} deletes from the globals. */
    private final class Entries implements Iterator<Map.Entry<String, Object>> {
        private final Object[] keys;
        private int next;
        private String last;

        Entries(Object[] keys) {
            this.keys = keys;
            advance();
        }

        private void advance() {
            while (next < keys.length && !(keys[next] instanceof String && globals.containsKey(keys[next]))) {
                next++;
            }
        }

        @Override
        public boolean hasNext() {
            return next < keys.length;
        }

        @Override
        public Map.Entry<String, Object> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            last = (String) keys[next++];
            advance();
            String key = last;
            return new AbstractMap.SimpleEntry<>(key, AdderBindings.this.get(key)) {
                @Override
                public Object setValue(Object value) {
                    super.setValue(value);
                    return AdderBindings.this.put(key, value);
                }
            };
        }

        @Override
        public void remove() {
            if (last == null) {
                throw new IllegalStateException();
            }
            globals.remove(last);
            last = null;
        }
    }
}
