package dev.adder.objects;

import dev.adder.runtime.Errors;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Subscription, length and membership: CPython's {@code PyObject_GetItem}, {@code PyObject_Size}, {@code PySequence_Contains}. */
final class Items {
    private Items() {}

    static Object getitem(Object o, Object key) {
        if (o instanceof PyDict d) {
            return d.getItem(key);
        }
        if (o instanceof List<?> l && key instanceof Integer i) {
            int n = l.size();
            int k = i < 0 ? i + n : i;
            if (k < 0 || k >= n) {
                throw Errors.indexError((o instanceof PyTuple ? "tuple" : "list") + " index out of range");
            }
            return l.get(k);
        }
        if (o instanceof String s) {
            return key instanceof PySlice sl ? StrOps.slice(s, sl.start(), sl.stop(), sl.step()) : StrOps.getitem(s, key);
        }
        Object r = Protocol.callDunder(o, "__getitem__", key);
        if (r == null) {
            throw Errors.typeError("'" + Errors.typeName(o) + "' object is not subscriptable");
        }
        return r;
    }

    static void setitem(Object o, Object key, Object value) {
        if (o instanceof PyDict d) {
            d.put(key, value);
            return;
        }
        if (o instanceof PyList l && key instanceof Integer i) {
            int n = l.size();
            int k = i < 0 ? i + n : i;
            if (k < 0 || k >= n) {
                throw Errors.indexError("list assignment index out of range");
            }
            l.set(k, value);
            return;
        }
        if (Protocol.callDunder(o, "__setitem__", key, value) == null) {
            throw Errors.typeError("'" + Errors.typeName(o) + "' object does not support item assignment");
        }
    }

    static void delitem(Object o, Object key) {
        if (o instanceof PyDict d) {
            if (!d.containsKey(key)) {
                throw Errors.keyError(Ops.repr(key));
            }
            d.remove(key);
            return;
        }
        if (Protocol.callDunder(o, "__delitem__", key) == null) {
            throw Errors.typeError("'" + Errors.typeName(o) + "' object does not support item deletion");
        }
    }

    static int len(Object o) {
        if (o instanceof String s) {
            return StrOps.len(s);
        }
        if (o instanceof Collection<?> c) {
            return c.size();
        }
        if (o instanceof Map<?, ?> m) {
            return m.size();
        }
        Object r = Protocol.callDunder(o, "__len__");
        if (r == null) {
            throw Errors.typeError("object of type '" + Errors.typeName(o) + "' has no len()");
        }
        return ((Number) Ops.index(r)).intValue();
    }

    static boolean contains(Object container, Object item) {
        if (container instanceof String s && item instanceof String t) {
            return s.contains(t);
        }
        if (container instanceof Map<?, ?> m) {
            return m.containsKey(item);
        }
        if (container instanceof Collection<?> c) {
            for (Object e : c) {
                if (Ops.eq(e, item)) {
                    return true;
                }
            }
            return false;
        }
        Object r = Protocol.callDunder(container, "__contains__", item);
        if (r == null) {
            throw Errors.typeError("argument of type '" + Errors.typeName(container) + "' is not iterable");
        }
        return Ops.isTrue(r);
    }
}
