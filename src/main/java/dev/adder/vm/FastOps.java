package dev.adder.vm;

import dev.adder.objects.Arith;
import dev.adder.objects.Compare;
import dev.adder.objects.IntOps;
import dev.adder.objects.Ops;
import dev.adder.objects.PyList;

/**
 * The dispatch loop's fast paths for the commonest operand types (int that fits in an Integer,
 * float), falling back to {@link Arith}, {@link Compare} and {@link Ops} for everything else.
 */
final class FastOps {
    private FastOps() {
    }

    /**
     * BINARY_OP {@code op} (in-place forms included). Kept small so that C2 inlines it into the
     * dispatch loop (a method over 325 bytes of bytecode is called, not inlined, however hot).
     */
    static Object binaryOp(int op, Object a, Object b) {
        if (a instanceof Integer x) {
            if (b instanceof Integer y) {
                Object r = intOp(op, x, y);
                if (r != null) {
                    return r;
                }
            } else if (b instanceof Double y) {
                Object r = doubleOp(op, x, y);
                if (r != null) {
                    return r;
                }
            }
        } else if (a instanceof Double x && (b instanceof Double || b instanceof Integer)) {
            Object r = doubleOp(op, x, ((Number) b).doubleValue());
            if (r != null) {
                return r;
            }
        }
        return otherBinaryOp(op, a, b);
    }

    /** int op int for the operators whose result Java computes exactly as Python; null for the rest. */
    private static Object intOp(int op, int i, int j) {
        switch (op >= Arith.INPLACE_OFFSET ? op - Arith.INPLACE_OFFSET : op) {
            case Arith.ADD: {
                int r = i + j;
                return ((i ^ r) & (j ^ r)) < 0 ? (Object) ((long) i + j) : (Object) r;
            }
            case Arith.SUBTRACT: {
                int r = i - j;
                return ((i ^ j) & (i ^ r)) < 0 ? (Object) ((long) i - j) : (Object) r;
            }
            case Arith.MULTIPLY: {
                long r = (long) i * j;
                return r == (int) r ? (Object) (int) r : (Object) r;
            }
            case Arith.REMAINDER:
                return j == 0 ? null : (Object) Math.floorMod(i, j);
            case Arith.FLOOR_DIVIDE:
                return j == 0 ? null : IntOps.valueOf(Math.floorDiv((long) i, (long) j));
            case Arith.TRUE_DIVIDE:
                return j == 0 ? null : (Object) ((double) i / j); // both exact in a double: one rounding
            case Arith.AND:
                return i & j;
            case Arith.OR:
                return i | j;
            case Arith.XOR:
                return i ^ j;
            case Arith.RSHIFT:
                return j < 0 ? null : (Object) (i >> Math.min(j, 31));
            case Arith.LSHIFT:
                return j < 0 || j > 31 || (i << j) >> j != i ? null : (Object) (i << j);
            default:
                return null;
        }
    }

    /** float op float (an int operand converted) for + - * /; null for the rest. */
    private static Object doubleOp(int op, double x, double y) {
        switch (op >= Arith.INPLACE_OFFSET ? op - Arith.INPLACE_OFFSET : op) {
            case Arith.ADD:
                return x + y;
            case Arith.SUBTRACT:
                return x - y;
            case Arith.MULTIPLY:
                return x * y;
            case Arith.TRUE_DIVIDE:
                return y == 0.0 ? null : (Object) (x / y);
            default:
                return null;
        }
    }

    /** Everything {@link #binaryOp} does not do inline: 64-bit ints, then the full protocol. */
    private static Object otherBinaryOp(int op, Object a, Object b) {
        if (isSmallInt(a) && isSmallInt(b)) {
            Object r = longOp(op, ((Number) a).longValue(), ((Number) b).longValue());
            if (r != null) {
                return r;
            }
        }
        return Arith.binaryOp(op, a, b);
    }

    private static boolean isSmallInt(Object o) {
        return o instanceof Integer || o instanceof Long;
    }

    /** 64-bit add, subtract, multiply; null when the result needs a BigInteger or the op is another. */
    private static Object longOp(int op, long x, long y) {
        long r;
        switch (op) {
            case Arith.ADD:
            case Arith.ADD + Arith.INPLACE_OFFSET:
                r = x + y;
                if (((x ^ r) & (y ^ r)) < 0) {
                    return null;
                }
                break;
            case Arith.SUBTRACT:
            case Arith.SUBTRACT + Arith.INPLACE_OFFSET:
                r = x - y;
                if (((x ^ y) & (x ^ r)) < 0) {
                    return null;
                }
                break;
            case Arith.MULTIPLY:
            case Arith.MULTIPLY + Arith.INPLACE_OFFSET:
                r = x * y;
                if (Math.multiplyHigh(x, y) != (r >> 63)) {
                    return null;
                }
                break;
            default:
                return null;
        }
        return IntOps.valueOf(r);
    }

    /** COMPARE_OP {@code op} (0..5: &lt; &lt;= == != &gt; &gt;=). */
    static Object compare(int op, Object a, Object b) {
        if (a instanceof Integer x && b instanceof Integer y) {
            int i = x;
            int j = y;
            switch (op) {
                case Compare.LT:
                    return i < j;
                case Compare.LE:
                    return i <= j;
                case Compare.EQ:
                    return i == j;
                case Compare.NE:
                    return i != j;
                case Compare.GT:
                    return i > j;
                default:
                    return i >= j;
            }
        }
        if (isSmallInt(a) && isSmallInt(b)) {
            int c = Long.compare(((Number) a).longValue(), ((Number) b).longValue());
            switch (op) {
                case Compare.LT:
                    return c < 0;
                case Compare.LE:
                    return c <= 0;
                case Compare.EQ:
                    return c == 0;
                case Compare.NE:
                    return c != 0;
                case Compare.GT:
                    return c > 0;
                default:
                    return c >= 0;
            }
        }
        return Compare.richCompare(a, b, op);
    }

    /** Truth for the conditional jumps. */
    static boolean truth(Object v) {
        if (v == Boolean.TRUE) {
            return true;
        }
        if (v == Boolean.FALSE) {
            return false;
        }
        return Ops.isTrue(v);
    }

    // The fast paths test the exact class: a Python subclass of list may define __getitem__ or
    // __setitem__, and an interface test (HasDict) that fails scans the class's interfaces each time.

    /** STORE_SUBSCR: {@code o[key] = v}, with a fast path for a list and an int index. */
    static void setitem(Object o, Object key, Object v) {
        if (o != null && o.getClass() == PyList.class && key instanceof Integer k) {
            ((PyList) o).setItem(k, v);
            return;
        }
        Ops.setitem(o, key, v);
    }

    /** BINARY_SUBSCR: {@code o[key]}, with a fast path for a list and an int index. */
    static Object getitem(Object o, Object key) {
        if (o != null && o.getClass() == PyList.class && key instanceof Integer k) {
            PyList l = (PyList) o;
            int i = k;
            int n = l.size();
            if (i < 0) {
                i += n;
            }
            if (i >= 0 && i < n) {
                return l.get(i);
            }
        }
        return Ops.getitem(o, key);
    }
}
