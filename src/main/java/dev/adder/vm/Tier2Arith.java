package dev.adder.vm;

import dev.adder.objects.Arith;
import dev.adder.objects.Compare;

/**
 * BINARY_OP and COMPARE_OP as compiled code calls them: one small method per operator, with the
 * int and float cases inline and everything else in {@link FastOps}. C2 does not inline a method whose
 * compiled form is large (FastOps.binaryOp with all its operators is), so compiled code calls these
 * instead and gets the one operator it needs inlined. {@code op} is the instruction's own argument
 * (plain or in-place), passed on to the general path.
 */
final class Tier2Arith {
    private Tier2Arith() {
    }

    static void add(Object[] lp, int s, int op) {
        Object a = lp[s - 2];
        Object b = lp[s - 1];
        Object r;
        if (a instanceof Integer x && b instanceof Integer y) {
            int i = x;
            int j = y;
            int k = i + j;
            r = ((i ^ k) & (j ^ k)) < 0 ? (Object) ((long) i + j) : (Object) k;
        } else if (a instanceof Double x && b instanceof Double y) {
            r = x + y;
        } else {
            r = FastOps.binaryOp(op, a, b);
        }
        lp[s - 2] = r;
        lp[s - 1] = null;
    }

    static void subtract(Object[] lp, int s, int op) {
        Object a = lp[s - 2];
        Object b = lp[s - 1];
        Object r;
        if (a instanceof Integer x && b instanceof Integer y) {
            int i = x;
            int j = y;
            int k = i - j;
            r = ((i ^ j) & (i ^ k)) < 0 ? (Object) ((long) i - j) : (Object) k;
        } else if (a instanceof Double x && b instanceof Double y) {
            r = x - y;
        } else {
            r = FastOps.binaryOp(op, a, b);
        }
        lp[s - 2] = r;
        lp[s - 1] = null;
    }

    static void multiply(Object[] lp, int s, int op) {
        Object a = lp[s - 2];
        Object b = lp[s - 1];
        Object r;
        if (a instanceof Integer x && b instanceof Integer y) {
            long k = (long) x * y;
            r = k == (int) k ? (Object) (int) k : (Object) k;
        } else if (a instanceof Double x && b instanceof Double y) {
            r = x * y;
        } else {
            r = FastOps.binaryOp(op, a, b);
        }
        lp[s - 2] = r;
        lp[s - 1] = null;
    }

    static void remainder(Object[] lp, int s, int op) {
        Object a = lp[s - 2];
        Object b = lp[s - 1];
        Object r;
        if (a instanceof Integer x && b instanceof Integer y && y != 0) {
            r = Math.floorMod((int) x, (int) y);
        } else {
            r = FastOps.binaryOp(op, a, b);
        }
        lp[s - 2] = r;
        lp[s - 1] = null;
    }

    static void trueDivide(Object[] lp, int s, int op) {
        Object a = lp[s - 2];
        Object b = lp[s - 1];
        Object r;
        if (a instanceof Double x && b instanceof Double y && y != 0.0) {
            r = x / y;
        } else {
            r = FastOps.binaryOp(op, a, b);
        }
        lp[s - 2] = r;
        lp[s - 1] = null;
    }

    /** The Tier2Arith method for BINARY_OP's argument, or null for the operators left to FastOps. */
    static String methodFor(int op) {
        switch (op >= Arith.INPLACE_OFFSET ? op - Arith.INPLACE_OFFSET : op) {
            case Arith.ADD:
                return "add";
            case Arith.SUBTRACT:
                return "subtract";
            case Arith.MULTIPLY:
                return "multiply";
            case Arith.REMAINDER:
                return "remainder";
            case Arith.TRUE_DIVIDE:
                return "trueDivide";
            default:
                return null;
        }
    }

    static void lessThan(Object[] lp, int s) {
        Object a = lp[s - 2];
        Object b = lp[s - 1];
        Object r;
        if (a instanceof Integer x && b instanceof Integer y) {
            r = (int) x < (int) y;
        } else if (a instanceof Double x && b instanceof Double y) {
            r = (double) x < (double) y;
        } else {
            r = FastOps.compare(Compare.LT, a, b);
        }
        lp[s - 2] = r;
        lp[s - 1] = null;
    }

    static void lessOrEqual(Object[] lp, int s) {
        Object a = lp[s - 2];
        Object b = lp[s - 1];
        Object r;
        if (a instanceof Integer x && b instanceof Integer y) {
            r = (int) x <= (int) y;
        } else if (a instanceof Double x && b instanceof Double y) {
            r = (double) x <= (double) y;
        } else {
            r = FastOps.compare(Compare.LE, a, b);
        }
        lp[s - 2] = r;
        lp[s - 1] = null;
    }

    static void equal(Object[] lp, int s) {
        Object a = lp[s - 2];
        Object b = lp[s - 1];
        Object r;
        if (a instanceof Integer x && b instanceof Integer y) {
            r = (int) x == (int) y;
        } else {
            r = FastOps.compare(Compare.EQ, a, b);
        }
        lp[s - 2] = r;
        lp[s - 1] = null;
    }

    static void notEqual(Object[] lp, int s) {
        Object a = lp[s - 2];
        Object b = lp[s - 1];
        Object r;
        if (a instanceof Integer x && b instanceof Integer y) {
            r = (int) x != (int) y;
        } else {
            r = FastOps.compare(Compare.NE, a, b);
        }
        lp[s - 2] = r;
        lp[s - 1] = null;
    }

    static void greaterThan(Object[] lp, int s) {
        Object a = lp[s - 2];
        Object b = lp[s - 1];
        Object r;
        if (a instanceof Integer x && b instanceof Integer y) {
            r = (int) x > (int) y;
        } else if (a instanceof Double x && b instanceof Double y) {
            r = (double) x > (double) y;
        } else {
            r = FastOps.compare(Compare.GT, a, b);
        }
        lp[s - 2] = r;
        lp[s - 1] = null;
    }

    static void greaterOrEqual(Object[] lp, int s) {
        Object a = lp[s - 2];
        Object b = lp[s - 1];
        Object r;
        if (a instanceof Integer x && b instanceof Integer y) {
            r = (int) x >= (int) y;
        } else if (a instanceof Double x && b instanceof Double y) {
            r = (double) x >= (double) y;
        } else {
            r = FastOps.compare(Compare.GE, a, b);
        }
        lp[s - 2] = r;
        lp[s - 1] = null;
    }

    /** The Tier2Arith method for COMPARE_OP's argument (0..5). */
    static String compareMethodFor(int op) {
        switch (op) {
            case Compare.LT:
                return "lessThan";
            case Compare.LE:
                return "lessOrEqual";
            case Compare.EQ:
                return "equal";
            case Compare.NE:
                return "notEqual";
            case Compare.GT:
                return "greaterThan";
            default:
                return "greaterOrEqual";
        }
    }
}
