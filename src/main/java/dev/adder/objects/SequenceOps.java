package dev.adder.objects;

import dev.adder.runtime.Errors;
import java.util.List;

/** What list and tuple share: lexicographic comparison, repr, search, repetition sizes. */
final class SequenceOps {
    private SequenceOps() {}

    /**
     * CPython 3.11's list_richcompare/tuplerichcompare: find the first index where the items differ
     * ({@code ==}, identity first), then compare the lengths or those two items with {@code op}.
     */
    static Object richCompare(List<?> a, List<?> b, int op) {
        int na = a.size();
        int nb = b.size();
        if (na != nb && (op == Compare.EQ || op == Compare.NE)) {
            return op == Compare.NE;
        }
        int i = 0;
        for (; i < na && i < nb; i++) {
            Object x = item(a, i);
            Object y = item(b, i);
            if (x == null || y == null) {
                na = a.size(); // another thread shrank a list: compare what is left
                nb = b.size();
                break;
            }
            if (!Ops.eq(x, y)) {
                break;
            }
            // A comparison may have shrunk either sequence.
            na = a.size();
            nb = b.size();
        }
        if (i >= na || i >= nb) {
            switch (op) {
                case Compare.LT: return na < nb;
                case Compare.LE: return na <= nb;
                case Compare.EQ: return na == nb;
                case Compare.NE: return na != nb;
                case Compare.GT: return na > nb;
                default: return na >= nb;
            }
        }
        if (op == Compare.EQ) {
            return false;
        }
        if (op == Compare.NE) {
            return true;
        }
        Object x = item(a, i);
        Object y = item(b, i);
        if (x == null || y == null) {
            return richCompare(a, b, op);
        }
        return Compare.richCompare(x, y, op);
    }

    /**
     * Item {@code i}, or null once a list has become shorter: a comparison in the loop, or another
     * thread, may shrink a list between its size check and its read (CPython re-checks the size).
     */
    private static Object item(List<?> items, int i) {
        if (items instanceof PyList l) {
            return i < 0 ? null : l.itemAt(i);
        }
        return i < items.size() ? items.get(i) : null;
    }

    /** {@code [a, b]} or {@code (a, b)} (with {@code (a,)} for a 1-tuple). */
    static String repr(Object[] items, int n, char open, char close) {
        StringBuilder sb = new StringBuilder();
        sb.append(open);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(Ops.repr(items[i]));
        }
        if (n == 1 && open == '(') {
            sb.append(',');
        }
        return sb.append(close).toString();
    }

    /** {@code item in items[0:n]} ({@code ==}, identity first). */
    static boolean contains(List<?> items, Object x) {
        for (int i = 0; ; i++) {
            Object v = item(items, i);
            if (v == null) {
                return false;
            }
            if (Ops.eq(v, x)) {
                return true;
            }
        }
    }

    /** {@code seq.count(x)}. */
    static int count(List<?> items, Object x) {
        int c = 0;
        for (int i = 0; ; i++) {
            Object v = item(items, i);
            if (v == null) {
                return c;
            }
            if (Ops.eq(v, x)) {
                c++;
            }
        }
    }

    /** The first index of {@code x} in {@code items[start:stop]} (CPython's clamped bounds), or -1. */
    static int index(List<?> items, Object x, long start, long stop) {
        int n = items.size();
        if (start < 0) {
            start = Math.max(0, start + n);
        }
        if (stop < 0) {
            stop = Math.max(0, stop + n);
        }
        for (long i = start; i < stop && i < Integer.MAX_VALUE; i++) {
            Object v = item(items, (int) i);
            if (v == null) {
                return -1;
            }
            if (Ops.eq(v, x)) {
                return (int) i;
            }
        }
        return -1;
    }

    /** The repetition count of {@code seq * n}: TypeError for non-ints, 0 for negatives, MemoryError when too big. */
    static int repeatCount(Object n, int size) {
        if (!(n instanceof Integer || n instanceof Long || n instanceof Boolean || n instanceof java.math.BigInteger
                || Ops.type(n).lookup("__index__") != null)) {
            throw Errors.typeError("can't multiply sequence by non-int of type '" + Errors.typeName(n) + "'");
        }
        Object v = Ops.index(n);
        long count;
        if (v instanceof java.math.BigInteger) {
            throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        count = ((Number) v).longValue();
        if (count <= 0 || size == 0) {
            return 0;
        }
        if (count * size > Integer.MAX_VALUE - 8 || count > Integer.MAX_VALUE) {
            throw Errors.memoryError(null);
        }
        return (int) count;
    }

    /** Whether {@code n} can be a repetition count ({@code seq * n}); else the operator returns NotImplemented. */
    static boolean isIndex(Object n) {
        return n instanceof Integer || n instanceof Long || n instanceof Boolean || n instanceof java.math.BigInteger
                || Ops.type(n).lookup("__index__") != null;
    }
}
