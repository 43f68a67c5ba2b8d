package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.HasDict;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyType;
import java.math.BigInteger;

/**
 * Subscription, length and membership: CPython's {@code PyObject_GetItem}, {@code PyObject_SetItem},
 * {@code PyObject_DelItem}, {@code PyObject_Size} and {@code PySequence_Contains}. Built-in
 * containers (not their Python subclasses, which may override the dunders) take fast paths.
 */
final class Items {
    private Items() {}

    static Object getitem(Object o, Object key) {
        if (o instanceof PyList l && !(o instanceof HasDict)) {
            if (key instanceof Integer i) {
                return l.getItem(i);
            }
            return ListSlicing.getitem(l, key);
        }
        if (o instanceof PyDict d && !(o instanceof HasDict)) {
            return d.getItem(key);
        }
        if (o instanceof PyTuple t && !(o instanceof HasDict)) {
            if (key instanceof Integer i) {
                Object[] a = t.items();
                int k = i < 0 ? i + a.length : i;
                if (k < 0 || k >= a.length) {
                    throw Errors.indexError("tuple index out of range");
                }
                return a[k];
            }
            return ListSlicing.getitem(t, key);
        }
        if (o instanceof String s) {
            return key instanceof PySlice sl ? StrOps.slice(s, sl.start(), sl.stop(), sl.step()) : StrOps.getitem(s, key);
        }
        if (o instanceof PyRange r) {
            return RangeMethods.getitem(r, key);
        }
        PyType t = Ops.type(o);
        Object f = t.lookup("__getitem__");
        if (f != null && f != PyNone.NONE) {
            return Ops.call(f, o, key);
        }
        if (o instanceof PyType type) {
            Object cg = Ops.getattrOrNull(type, "__class_getitem__");
            if (cg != null) {
                return Ops.call(cg, key);
            }
            throw Errors.typeError("type '" + type.name() + "' is not subscriptable");
        }
        throw Errors.typeError("'" + t.name() + "' object is not subscriptable");
    }

    static void setitem(Object o, Object key, Object value) {
        if (o instanceof PyDict d && !(o instanceof HasDict)) {
            d.put(key, value);
            return;
        }
        if (o instanceof PyList l && !(o instanceof HasDict)) {
            ListSlicing.setitem(l, key, value);
            return;
        }
        Object f = Ops.type(o).lookup("__setitem__");
        if (f == null || f == PyNone.NONE) {
            throw Errors.typeError("'" + Errors.typeName(o) + "' object does not support item assignment");
        }
        Ops.call(f, o, key, value);
    }

    static void delitem(Object o, Object key) {
        if (o instanceof PyDict d && !(o instanceof HasDict)) {
            DictMethods.delitem(d, key);
            return;
        }
        if (o instanceof PyList l && !(o instanceof HasDict)) {
            ListSlicing.delitem(l, key);
            return;
        }
        Object f = Ops.type(o).lookup("__delitem__");
        if (f == null || f == PyNone.NONE) {
            throw Errors.typeError("'" + Errors.typeName(o) + "' object doesn't support item deletion");
        }
        Ops.call(f, o, key);
    }

    static int len(Object o) {
        if (o instanceof String s) {
            return StrOps.len(s);
        }
        if (!(o instanceof HasDict)) {
            if (o instanceof PyList l) {
                return l.size();
            }
            if (o instanceof PyTuple t) {
                return t.size();
            }
            if (o instanceof PyDict d) {
                return d.size();
            }
            if (o instanceof PySetBase s) {
                return s.size();
            }
            if (o instanceof PyRange r) {
                Object len = r.pyLen();
                long n = ((Number) len).longValue();
                if (n > Integer.MAX_VALUE) {
                    throw Errors.overflowError("Python int too large to convert to C ssize_t");
                }
                return (int) n;
            }
            if (o instanceof DictView v) {
                return v.length();
            }
        }
        PyType t = Ops.type(o);
        Object f = t.lookup("__len__");
        if (f == null || f == PyNone.NONE) {
            throw Errors.typeError("object of type '" + t.name() + "' has no len()");
        }
        Object r = Ops.index(Ops.call(f, o));
        if (r instanceof BigInteger b) {
            if (b.signum() < 0) {
                throw Errors.valueError("__len__() should return >= 0");
            }
            throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        long n = ((Number) r).longValue();
        if (n < 0) {
            throw Errors.valueError("__len__() should return >= 0");
        }
        if (n > Integer.MAX_VALUE) {
            throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return (int) n;
    }

    static boolean contains(Object container, Object item) {
        if (container instanceof String s && item instanceof String t) {
            return s.contains(t);
        }
        if (!(container instanceof HasDict)) {
            if (container instanceof PyDict d) {
                return d.containsKey(item);
            }
            if (container instanceof PySetBase s) {
                return SetOps.contains(s, item);
            }
            if (container instanceof PyList l) {
                return SequenceOps.contains(l, item);
            }
            if (container instanceof PyTuple t) {
                return SequenceOps.contains(t, item);
            }
            if (container instanceof PyRange r) {
                return RangeMethods.contains(r, item);
            }
        }
        PyType t = Ops.type(container);
        Object f = t.lookup("__contains__");
        if (f != null && f != PyNone.NONE) {
            return Ops.isTrue(Ops.call(f, container, item));
        }
        Object iterFn = t.lookup("__iter__");
        if ((iterFn != null && iterFn != PyNone.NONE) || container instanceof PyIterator
                || t.lookup("__getitem__") != null) {
            Object it = Ops.iter(container);
            for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
                if (Ops.eq(x, item)) {
                    return true;
                }
            }
            return false;
        }
        throw Errors.typeError("argument of type '" + t.name() + "' is not iterable");
    }
}
