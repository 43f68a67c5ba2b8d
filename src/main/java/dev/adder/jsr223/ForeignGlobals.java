package dev.adder.jsr223;

import dev.adder.objects.JavaValues;
import dev.adder.objects.PyDict;
import java.util.Map;
import javax.script.Bindings;

/**
 * The globals of a script evaluated with someone else's {@link Bindings} (a {@code SimpleBindings},
 * say): name lookups read the bindings live, assignments and deletions write through to them.
 * Dunder names ({@code __name__}, {@code __file__}, {@code __annotations__}) stay in the Python
 * dictionary only, so the host's map holds just the script's own variables. Python code that reads
 * {@code globals()} as a dictionary sees the values as of its own last writes and the evaluation's start.
 */
final class ForeignGlobals extends PyDict {
    private final Bindings bindings;

    ForeignGlobals(Bindings bindings) {
        this.bindings = bindings;
        for (Map.Entry<String, Object> e : bindings.entrySet()) {
            if (e.getKey() != null && !isDunder(e.getKey())) {
                super.put(e.getKey(), JavaValues.toPython(e.getValue()));
            }
        }
        super.put("__name__", "__main__");
    }

    /** The host's bindings behind these globals. */
    Bindings bindings() {
        return bindings;
    }

    private static boolean isDunder(String s) {
        return s.length() > 4 && s.startsWith("__") && s.endsWith("__");
    }

    private boolean shared(Object key) {
        return key instanceof String s && !s.isEmpty() && !isDunder(s);
    }

    @Override
    public Object get(Object key) {
        if (!shared(key)) {
            return super.get(key);
        }
        Object v = bindings.get(key);
        if (v == null && !bindings.containsKey(key)) {
            return null;
        }
        return JavaValues.toPython(v);
    }

    @Override
    public boolean containsKey(Object key) {
        return shared(key) ? bindings.containsKey(key) : super.containsKey(key);
    }

    @Override
    public Object put(Object key, Object value) {
        Object old = super.put(key, value);
        if (shared(key)) {
            boolean had = bindings.containsKey(key);
            Object prev = bindings.put((String) key, JavaValues.toJava(value));
            return had ? JavaValues.toPython(prev) : null;
        }
        return old;
    }

    @Override
    public Object remove(Object key) {
        Object old = super.remove(key);
        if (shared(key)) {
            boolean had = bindings.containsKey(key);
            Object prev = bindings.remove(key);
            return had ? JavaValues.toPython(prev) : null;
        }
        return old;
    }
}
