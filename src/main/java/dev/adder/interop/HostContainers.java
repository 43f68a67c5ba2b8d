package dev.adder.interop;

import dev.adder.objects.Ops;
import dev.adder.objects.PyDict;
import dev.adder.objects.PyList;
import dev.adder.objects.PySlice;
import dev.adder.objects.PyTuple;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyMethodDescriptor;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyType;
import java.lang.reflect.Array;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Python protocols of Java containers: {@code java.util.List} as a sequence, {@code Map} as a
 * mapping, {@code Set} and other collections, arrays, {@code Iterable} and {@code Iterator}. Dunders
 * are defined on the host type; Python-style methods ({@code append}, {@code pop}, {@code keys}...)
 * are returned as extras, which the type merges behind Java methods of the same name (Java first).
 */
final class HostContainers {
    private HostContainers() {
    }

    /**
     * Defines the container dunders for instances of {@code c} on {@code t}; puts the Python-style
     * methods in {@code extras}.
     */
    static void install(PyType t, Class<?> c, Map<String, PyCallable> extras) {
        if (c.isArray()) {
            installArray(t, c);
        } else if (List.class.isAssignableFrom(c)) {
            installCollection(t);
            installList(t, extras);
        } else if (Map.class.isAssignableFrom(c)) {
            installMap(t, extras);
        } else if (Collection.class.isAssignableFrom(c)) {
            installCollection(t);
            if (Set.class.isAssignableFrom(c)) {
                extras.put("discard", (args, kw) -> {
                    ((Set<?>) args[0]).remove(Conversions.toJava(arg(args, 1, "discard"), Object.class));
                    return PyNone.NONE;
                });
            }
        } else if (Map.Entry.class.isAssignableFrom(c)) {
            // A map entry unpacks as a (key, value) pair: for k, v in m.entrySet().
            define(t, "__len__", (self, a) -> 2);
            define(t, "__iter__", (self, a) -> Ops.iter(entryPair((Map.Entry<?, ?>) self)));
            define(t, "__getitem__", (self, a) -> {
                PyTuple pair = entryPair((Map.Entry<?, ?>) self);
                return pair.get(index(arg(a, 1, "__getitem__"), 2, "tuple"));
            });
        } else if (Iterable.class.isAssignableFrom(c)) {
            define(t, "__iter__", (self, args) -> new HostIterator(((Iterable<?>) self).iterator()));
        }
        extras.replaceAll((name, body) -> (args, kw) -> {
            if (PyCallable.kwCount(kw) != 0 && !name.equals("sort")) {
                throw Errors.typeError(name + "() takes no keyword arguments");
            }
            try {
                return body.call(args, kw);
            } catch (PyBaseException e) {
                throw e;
            } catch (RuntimeException e) {
                throw HostExceptions.toPythonError(e);
            }
        });
        if (Iterator.class.isAssignableFrom(c)) {
            define(t, "__iter__", (self, args) -> self);
            define(t, "__next__", (self, args) -> {
                Iterator<?> it = (Iterator<?>) self;
                if (!it.hasNext()) {
                    throw Errors.stopIteration();
                }
                return Conversions.toPython(it.next());
            });
        }
    }

    /** A dunder body: self and the arguments after it. */
    @FunctionalInterface
    private interface Body {
        Object call(Object self, Object[] args);
    }

    private static void define(PyType t, String name, Body body) {
        t.define(name, new PyMethodDescriptor(t, name, null, (args, kw) -> {
            if (PyCallable.kwCount(kw) != 0) {
                throw Errors.typeError(name + "() takes no keyword arguments");
            }
            try {
                return body.call(args[0], args);
            } catch (PyBaseException e) {
                throw e;
            } catch (RuntimeException e) {
                throw HostExceptions.toPythonError(e);
            }
        }));
    }

    private static Object arg(Object[] args, int i, String name) {
        if (args.length <= i) {
            throw Errors.typeError(name + "() missing required argument");
        }
        return args[i];
    }

    private static Object java(Object v) {
        return Conversions.toJava(v, Object.class);
    }

    private static void installCollection(PyType t) {
        define(t, "__len__", (self, a) -> ((Collection<?>) self).size());
        define(t, "__contains__", (self, a) -> ((Collection<?>) self).contains(java(arg(a, 1, "__contains__"))));
        define(t, "__iter__", (self, a) -> new HostIterator(((Collection<?>) self).iterator()));
    }

    /** A Python index into a sequence of {@code size}: negatives count from the end; IndexError outside. */
    static int index(Object key, int size, String what) {
        return index(key, size, what, what);
    }

    /** As {@link #index(Object, int, String)}; {@code rangeWhat} names the IndexError ("list assignment"). */
    static int index(Object key, int size, String what, String rangeWhat) {
        Object i;
        try {
            i = Ops.index(key);
        } catch (PyBaseException e) {
            throw Errors.typeError(what + " indices must be integers or slices, not " + Errors.typeName(key));
        }
        if (i instanceof BigInteger) {
            throw Errors.indexError("cannot fit 'int' into an index-sized integer");
        }
        long k = ((Number) i).longValue();
        if (k < 0) {
            k += size;
        }
        if (k < 0 || k >= size) {
            throw Errors.indexError(rangeWhat + " index out of range");
        }
        return (int) k;
    }

    @SuppressWarnings("unchecked")
    private static void installList(PyType t, Map<String, PyCallable> extras) {
        define(t, "__getitem__", (self, a) -> {
            List<Object> l = (List<Object>) self;
            Object key = arg(a, 1, "__getitem__");
            if (key instanceof PySlice s) {
                long[] r = s.indicesFor(l.size());
                PyList out = new PyList();
                for (long i = 0, k = r[0]; i < r[3]; i++, k += r[2]) {
                    out.add(Conversions.toPython(l.get((int) k)));
                }
                return out;
            }
            return Conversions.toPython(l.get(index(key, l.size(), "list")));
        });
        define(t, "__setitem__", (self, a) -> {
            List<Object> l = (List<Object>) self;
            Object key = arg(a, 1, "__setitem__");
            Object value = arg(a, 2, "__setitem__");
            if (key instanceof PySlice s) {
                long[] r = s.indicesFor(l.size());
                if (r[2] != 1) {
                    throw Errors.valueError("Java lists support slice assignment with step 1 only");
                }
                List<Object> items = new ArrayList<>();
                Object it = Ops.iter(value);
                for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
                    items.add(java(x));
                }
                int start = (int) r[0];
                int stop = (int) Math.max(r[0], r[1]);
                l.subList(start, stop).clear();
                l.addAll(start, items);
                return PyNone.NONE;
            }
            l.set(index(key, l.size(), "list", "list assignment"), java(value));
            return PyNone.NONE;
        });
        define(t, "__delitem__", (self, a) -> {
            List<Object> l = (List<Object>) self;
            Object key = arg(a, 1, "__delitem__");
            if (key instanceof PySlice s) {
                long[] r = s.indicesFor(l.size());
                if (r[2] == 1) {
                    l.subList((int) r[0], (int) Math.max(r[0], r[1])).clear();
                } else {
                    List<Integer> doomed = new ArrayList<>();
                    for (long i = 0, k = r[0]; i < r[3]; i++, k += r[2]) {
                        doomed.add((int) k);
                    }
                    doomed.sort(null);
                    for (int i = doomed.size() - 1; i >= 0; i--) {
                        l.remove((int) doomed.get(i));
                    }
                }
                return PyNone.NONE;
            }
            l.remove(index(key, l.size(), "list", "list assignment"));
            return PyNone.NONE;
        });
        extras.put("append", (args, kw) -> {
            ((List<Object>) args[0]).add(java(arg(args, 1, "append")));
            return PyNone.NONE;
        });
        extras.put("extend", (args, kw) -> {
            List<Object> l = (List<Object>) args[0];
            List<Object> items = new ArrayList<>();
            Object it = Ops.iter(arg(args, 1, "extend"));
            for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
                items.add(java(x));
            }
            l.addAll(items);
            return PyNone.NONE;
        });
        extras.put("insert", (args, kw) -> {
            List<Object> l = (List<Object>) args[0];
            long i = PySlice.sliceIndex(arg(args, 1, "insert"));
            int n = l.size();
            i = i < 0 ? Math.max(0, i + n) : Math.min(i, n);
            l.add((int) i, java(arg(args, 2, "insert")));
            return PyNone.NONE;
        });
        extras.put("pop", (args, kw) -> {
            List<Object> l = (List<Object>) args[0];
            if (l.isEmpty()) {
                throw Errors.indexError("pop from empty list");
            }
            int i = args.length > 1 ? index(args[1], l.size(), "pop") : l.size() - 1;
            return Conversions.toPython(l.remove(i));
        });
        extras.put("index", (args, kw) -> {
            List<Object> l = (List<Object>) args[0];
            Object x = arg(args, 1, "index");
            int i = l.indexOf(java(x));
            if (i < 0) {
                throw Errors.valueError(Ops.repr(x) + " is not in list");
            }
            return i;
        });
        extras.put("sort", (args, kw) -> {
            // list.sort(*, key=None, reverse=False) on a Python copy, written back element by element.
            List<Object> l = (List<Object>) args[0];
            if (args.length - PyCallable.kwCount(kw) != 1) {
                throw Errors.typeError("sort() takes no positional arguments");
            }
            PyList copy = new PyList();
            for (Object x : l) {
                copy.add(Conversions.toPython(x));
            }
            Object[] kwArgs = new Object[args.length - 1];
            System.arraycopy(args, 1, kwArgs, 0, kwArgs.length);
            Ops.call(Ops.getattr(copy, "sort"), kwArgs, kw);
            for (int i = 0; i < copy.size(); i++) {
                l.set(i, java(copy.get(i)));
            }
            return PyNone.NONE;
        });
        extras.put("reverse", (args, kw) -> {
            java.util.Collections.reverse((List<Object>) args[0]);
            return PyNone.NONE;
        });
        extras.put("count", (args, kw) -> {
            Object x = java(arg(args, 1, "count"));
            int n = 0;
            for (Object e : (List<Object>) args[0]) {
                n += java.util.Objects.equals(e, x) ? 1 : 0;
            }
            return n;
        });
    }

    @SuppressWarnings("unchecked")
    private static void installMap(PyType t, Map<String, PyCallable> extras) {
        define(t, "__len__", (self, a) -> ((Map<?, ?>) self).size());
        define(t, "__contains__", (self, a) -> ((Map<?, ?>) self).containsKey(java(arg(a, 1, "__contains__"))));
        define(t, "__iter__", (self, a) -> new HostIterator(((Map<?, ?>) self).keySet().iterator()));
        define(t, "__getitem__", (self, a) -> {
            Map<Object, Object> m = (Map<Object, Object>) self;
            Object key = arg(a, 1, "__getitem__");
            Object k = java(key);
            Object v = m.get(k);
            if (v == null && !m.containsKey(k)) {
                throw PyDict.keyError(key);
            }
            return Conversions.toPython(v);
        });
        define(t, "__setitem__", (self, a) -> {
            ((Map<Object, Object>) self).put(java(arg(a, 1, "__setitem__")), java(arg(a, 2, "__setitem__")));
            return PyNone.NONE;
        });
        define(t, "__delitem__", (self, a) -> {
            Map<Object, Object> m = (Map<Object, Object>) self;
            Object key = arg(a, 1, "__delitem__");
            Object k = java(key);
            if (!m.containsKey(k)) {
                throw PyDict.keyError(key);
            }
            m.remove(k);
            return PyNone.NONE;
        });
        extras.put("keys", (args, kw) -> snapshot(((Map<?, ?>) args[0]).keySet()));
        extras.put("items", (args, kw) -> {
            PyList out = new PyList();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) args[0]).entrySet()) {
                out.add(PyTuple.of(Conversions.toPython(e.getKey()), Conversions.toPython(e.getValue())));
            }
            return out;
        });
        extras.put("get", (args, kw) -> {
            Map<Object, Object> m = (Map<Object, Object>) args[0];
            Object k = java(arg(args, 1, "get"));
            Object v = m.get(k);
            return v == null && !m.containsKey(k) ? (args.length > 2 ? args[2] : PyNone.NONE) : Conversions.toPython(v);
        });
        extras.put("pop", (args, kw) -> {
            Map<Object, Object> m = (Map<Object, Object>) args[0];
            Object key = arg(args, 1, "pop");
            Object k = java(key);
            if (!m.containsKey(k)) {
                if (args.length > 2) {
                    return args[2];
                }
                throw PyDict.keyError(key);
            }
            return Conversions.toPython(m.remove(k));
        });
        extras.put("update", (args, kw) -> {
            Map<Object, Object> m = (Map<Object, Object>) args[0];
            Object other = arg(args, 1, "update");
            Object it = Ops.iter(other instanceof Map<?, ?> ? Ops.call(Ops.getattr(other, "items")) : other);
            for (Object pair = Ops.next(it); pair != null; pair = Ops.next(it)) {
                Object pit = Ops.iter(pair);
                Object k = Ops.next(pit);
                Object v = Ops.next(pit);
                if (k == null || v == null || Ops.next(pit) != null) {
                    throw Errors.valueError("dictionary update sequence element has wrong length");
                }
                m.put(java(k), java(v));
            }
            return PyNone.NONE;
        });
    }

    private static PyTuple entryPair(Map.Entry<?, ?> e) {
        return PyTuple.of(Conversions.toPython(e.getKey()), Conversions.toPython(e.getValue()));
    }

    private static PyList snapshot(Collection<?> c) {
        PyList out = new PyList();
        for (Object x : c) {
            out.add(Conversions.toPython(x));
        }
        return out;
    }

    private static void installArray(PyType t, Class<?> c) {
        Class<?> component = c.getComponentType();
        define(t, "__len__", (self, a) -> Array.getLength(self));
        define(t, "__getitem__", (self, a) -> {
            Object key = arg(a, 1, "__getitem__");
            int n = Array.getLength(self);
            if (key instanceof PySlice s) {
                long[] r = s.indicesFor(n);
                PyList out = new PyList();
                for (long i = 0, k = r[0]; i < r[3]; i++, k += r[2]) {
                    out.add(Conversions.toPython(Array.get(self, (int) k)));
                }
                return out;
            }
            return Conversions.toPython(Array.get(self, index(key, n, "array")));
        });
        define(t, "__setitem__", (self, a) -> {
            int i = index(arg(a, 1, "__setitem__"), Array.getLength(self), "array", "array assignment");
            Object v = arg(a, 2, "__setitem__");
            if (Conversions.cost(v, component) == Conversions.NO) {
                throw Errors.typeError("array item must be " + Conversions.pythonName(component) + ", not "
                        + Errors.typeName(v));
            }
            Array.set(self, i, Conversions.toJava(v, component));
            return PyNone.NONE;
        });
        define(t, "__iter__", (self, a) -> {
            PyList items = new PyList();
            int n = Array.getLength(self);
            for (int i = 0; i < n; i++) {
                items.add(Conversions.toPython(Array.get(self, i)));
            }
            return Ops.iter(items);
        });
        define(t, "__contains__", (self, a) -> {
            Object x = arg(a, 1, "__contains__");
            int n = Array.getLength(self);
            for (int i = 0; i < n; i++) {
                if (Ops.eq(Conversions.toPython(Array.get(self, i)), x)) {
                    return true;
                }
            }
            return false;
        });
    }
}
