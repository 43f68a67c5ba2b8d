package dev.adder.objects;

import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;

/**
 * The set algorithms of CPython 3.11 (Objects/setobject.c), in the same order of insertions so
 * that results are laid out (and iterate) as CPython's: update, intersection, difference,
 * symmetric difference, subset tests and comparisons.
 */
final class SetOps {
    private SetOps() {}

    /** An empty set of the base type of {@code so}: frozenset for frozensets, else set (make_new_set_basetype). */
    static PySetBase newLike(PySetBase so) {
        return so instanceof PyFrozenSet ? new PyFrozenSet() : new PySet();
    }

    /** {@code so.copy()} as the base type. */
    static PySetBase copy(PySetBase so) {
        PySetBase r = newLike(so);
        r.merge(so);
        return r;
    }

    /** The hash of an element, or of its frozenset copy when it is a set (set_contains/discard's retry). */
    private static Object asKey(Object key) {
        if (key instanceof PySet s) {
            try {
                HashKeys.hash(key);
            } catch (PyBaseException e) {
                if (e.isInstance(ExceptionTypes.TYPE_ERROR)) {
                    PyFrozenSet f = new PyFrozenSet();
                    f.merge(s);
                    return f;
                }
                throw e;
            }
        }
        return key;
    }

    /** {@code key in so}, with a set key looked up as a frozenset. */
    static boolean contains(PySetBase so, Object key) {
        Object k = asKey(key);
        return so.containsHashed(k, HashKeys.hash(k));
    }

    /** {@code so.discard(key)}, with a set key as a frozenset; whether it was there. */
    static boolean discard(PySetBase so, Object key) {
        Object k = asKey(key);
        return so.discardHashed(k, HashKeys.hash(k));
    }

    // CPython 3.11: set_update_internal
    static void update(PySetBase so, Object other) {
        if (other instanceof PySetBase o) {
            so.merge(o);
            return;
        }
        if (other instanceof PyDict d && d.type() == PyDict.TYPE) {
            int n = d.size();
            if ((long) (so.fill + n) * 5 >= (long) so.table.mask() * 3) {
                so.resize((long) (so.used + n) * 2);
            }
            PyDict.Table t = d.table();
            for (int e = PyDict.nextEntry(t, 0); e >= 0; e = PyDict.nextEntry(t, e + 1)) {
                Object k = t.keys[e];
                long h = t.hashes[e];
                // read again: another thread may have removed the key or reused its slot meanwhile
                if (k != null && t.keys[e] == k) {
                    so.addHashed(k, h);
                }
            }
            return;
        }
        Object it = Ops.iter(other);
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
            so.addHashed(x, HashKeys.hash(x));
        }
    }

    // CPython 3.11: set_intersection
    static PySetBase intersection(PySetBase so, Object other) {
        if (so == other) {
            return copy(so);
        }
        PySetBase result = newLike(so);
        if (other instanceof PySetBase o) {
            PySetBase big = so;
            PySetBase small = o;
            if (o.size() > so.size()) {
                big = o;
                small = so;
            }
            PySetBase.Table t = small.stableTable();
            for (int j = PySetBase.nextSlot(t, 0); j >= 0; j = PySetBase.nextSlot(t, j + 1)) {
                Object k = t.keys[j];
                long h = t.hashes[j];
                if (big.containsHashed(k, h)) {
                    result.addHashed(k, h);
                }
            }
            return result;
        }
        Object it = Ops.iter(other);
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
            long h = HashKeys.hash(x);
            if (so.containsHashed(x, h)) {
                result.addHashed(x, h);
                if (result.size() >= so.size()) {
                    break;
                }
            }
        }
        return result;
    }

    /**
     * {@code so &= other} ({@code set_intersection_update} with one argument), atomic for a set,
     * frozenset, list, tuple or dict operand (iterating those runs no Python code but {@code __eq__}):
     * another set is copied first, outside this set's lock, so that no thread holds two set locks.
     */
    static void intersectionUpdate(PySetBase so, Object other) {
        Object o = other instanceof PySet s && s != so ? copy(s) : other;
        if (o instanceof PySetBase || o instanceof PyList || o instanceof PyTuple || o instanceof PyDict) {
            synchronized (so) {
                PySetBase.swapBodies(so, intersection(so, o));
            }
        } else {
            PySetBase.swapBodies(so, intersection(so, o));
        }
    }

    // CPython 3.11: set_difference_update_internal
    static void differenceUpdate(PySetBase so, Object other) {
        if (so == other) {
            so.clear();
            return;
        }
        if (other instanceof PySetBase o) {
            PySetBase src = (o.size() >> 3) > so.size() ? intersection(so, o) : o;
            PySetBase.Table t = src.stableTable();
            for (int j = PySetBase.nextSlot(t, 0); j >= 0; j = PySetBase.nextSlot(t, j + 1)) {
                so.discardHashed(t.keys[j], t.hashes[j]);
            }
        } else {
            Object it = Ops.iter(other);
            for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
                discard(so, x);
            }
        }
        if (so.fill - so.used > so.table.mask() / 4) {
            so.resize(so.used > 50000 ? so.used * 2L : so.used * 4L);
        }
    }

    // CPython 3.11: set_difference
    static PySetBase difference(PySetBase so, Object other) {
        int otherSize;
        if (other instanceof PySetBase o) {
            otherSize = o.size();
        } else if (other instanceof PyDict d && d.type() == PyDict.TYPE) {
            otherSize = d.size();
        } else {
            PySetBase r = copy(so);
            differenceUpdate(r, other);
            return r;
        }
        if ((so.size() >> 2) > otherSize) {
            PySetBase r = copy(so);
            differenceUpdate(r, other);
            return r;
        }
        PySetBase result = newLike(so);
        PySetBase.Table t = so.stableTable();
        for (int j = PySetBase.nextSlot(t, 0); j >= 0; j = PySetBase.nextSlot(t, j + 1)) {
            Object k = t.keys[j];
            long h = t.hashes[j];
            boolean in = other instanceof PySetBase o ? o.containsHashed(k, h) : ((PyDict) other).containsKnownHash(k, h);
            if (!in) {
                result.addHashed(k, h);
            }
        }
        return result;
    }

    // CPython 3.11: set_symmetric_difference_update
    static void symmetricDifferenceUpdate(PySetBase so, Object other) {
        if (so == other) {
            so.clear();
            return;
        }
        if (other instanceof PyDict d && d.type() == PyDict.TYPE) {
            PyDict.Table t = d.table();
            for (int e = PyDict.nextEntry(t, 0); e >= 0; e = PyDict.nextEntry(t, e + 1)) {
                Object k = t.keys[e];
                long h = t.hashes[e];
                if (k == null || t.keys[e] != k) {
                    continue;
                }
                if (!so.discardHashed(k, h)) {
                    so.addHashed(k, h);
                }
            }
            return;
        }
        PySetBase o;
        if (other instanceof PySetBase s) {
            o = s;
        } else {
            o = newLike(so);
            update(o, other);
        }
        PySetBase.Table t = o.stableTable();
        for (int j = PySetBase.nextSlot(t, 0); j >= 0; j = PySetBase.nextSlot(t, j + 1)) {
            Object k = t.keys[j];
            long h = t.hashes[j];
            if (!so.discardHashed(k, h)) {
                so.addHashed(k, h);
            }
        }
    }

    // CPython 3.11: set_symmetric_difference
    static PySetBase symmetricDifference(PySetBase so, Object other) {
        PySetBase r = newLike(so);
        update(r, other);
        symmetricDifferenceUpdate(r, so);
        return r;
    }

    // CPython 3.11: set_issubset
    static boolean issubset(PySetBase so, Object other) {
        if (!(other instanceof PySetBase o)) {
            return intersection(so, other).size() == so.size();
        }
        if (so.size() > o.size()) {
            return false;
        }
        PySetBase.Table t = so.stableTable();
        for (int j = PySetBase.nextSlot(t, 0); j >= 0; j = PySetBase.nextSlot(t, j + 1)) {
            if (!o.containsHashed(t.keys[j], t.hashes[j])) {
                return false;
            }
        }
        return true;
    }

    // CPython 3.11: set_issuperset
    static boolean issuperset(PySetBase so, Object other) {
        if (other instanceof PySetBase o) {
            return issubset(o, so);
        }
        Object it = Ops.iter(other);
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
            if (!contains(so, x)) {
                return false;
            }
        }
        return true;
    }

    // CPython 3.11: set_isdisjoint
    static boolean isdisjoint(PySetBase so, Object other) {
        if (so == other) {
            return so.size() == 0;
        }
        if (other instanceof PySetBase o) {
            PySetBase big = so;
            PySetBase small = o;
            if (o.size() > so.size()) {
                big = o;
                small = so;
            }
            PySetBase.Table t = small.stableTable();
            for (int j = PySetBase.nextSlot(t, 0); j >= 0; j = PySetBase.nextSlot(t, j + 1)) {
                if (big.containsHashed(t.keys[j], t.hashes[j])) {
                    return false;
                }
            }
            return true;
        }
        Object it = Ops.iter(other);
        for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
            if (contains(so, x)) {
                return false;
            }
        }
        return true;
    }

    // CPython 3.11: set_richcompare (w is a set or frozenset)
    static boolean richCompare(PySetBase v, PySetBase w, int op) {
        switch (op) {
            case Compare.EQ:
                return equal(v, w);
            case Compare.NE:
                return !equal(v, w);
            case Compare.LE:
                return issubset(v, w);
            case Compare.GE:
                return issuperset(v, w);
            case Compare.LT:
                return v.size() < w.size() && issubset(v, w);
            default:
                return v.size() > w.size() && issuperset(v, w);
        }
    }

    private static boolean equal(PySetBase v, PySetBase w) {
        if (v.size() != w.size()) {
            return false;
        }
        if (v instanceof PyFrozenSet a && w instanceof PyFrozenSet b
                && a.cachedHash() != -1 && b.cachedHash() != -1 && a.cachedHash() != b.cachedHash()) {
            return false;
        }
        return issubset(v, w);
    }

    // CPython 3.11: set_repr
    static String repr(PySetBase so) {
        String name = so.type().name();
        boolean exact = so.type() == PySet.TYPE;
        if (!ReprGuard.enter(so)) {
            return name + "(...)";
        }
        try {
            if (so.size() == 0) {
                return name + "()";
            }
            Object[] items = so.toArray();
            StringBuilder sb = new StringBuilder();
            sb.append(exact ? "{" : name + "({");
            for (int i = 0; i < items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Ops.repr(items[i]));
            }
            sb.append(exact ? "}" : "})");
            return sb.toString();
        } finally {
            ReprGuard.leave(so);
        }
    }
}
