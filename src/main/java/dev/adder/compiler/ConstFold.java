package dev.adder.compiler;

import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;
import dev.adder.ast.Unaryop;
import dev.adder.ast.ConstantValues;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of CPython 3.11's AST optimizer that decides reachability: which expressions become a
 * single constant before compilation, and their truth value. Folds constants, {@code __debug__},
 * unary operators on numbers and tuples of constants; anything else is "not a constant" (a safe
 * answer: both branches stay reachable).
 * CPython 3.11: Python/ast_opt.c fold_unaryop, fold_tuple, and the __debug__ case of astfold_expr.
 */
final class ConstFold {
    private ConstFold() {}

    /** A folded value that is not a Java object we model (a tuple, a folded operator result). */
    record Folded(Object value) {
    }

    /** Truth values: known true, known false, or not a constant. */
    enum Truth { TRUE, FALSE, UNKNOWN }

    /** Whether {@code e} compiles to one LOAD_CONST. */
    static boolean isConst(Expr e) {
        return fold(e) != null;
    }

    /**
     * The constant {@code e} folds to, as a key for the constant table (type and value, as
     * CPython's {@code _PyCode_ConstantKey}), or null when it is not a constant.
     */
    static Object fold(Expr e) {
        if (e instanceof Expr.Constant c) {
            return key(c.value());
        }
        if (e instanceof Expr.Name n && n.ctx() == ExprContext.Load && n.id().equals("__debug__")) {
            return key(Boolean.TRUE);
        }
        if (e instanceof Expr.UnaryOp u) {
            Object v = fold(u.operand());
            if (v == null) {
                return null;
            }
            return unary(u.op(), v);
        }
        if (e instanceof Expr.Tuple t && t.ctx() == ExprContext.Load) {
            List<Object> items = new ArrayList<>();
            for (Expr x : t.elts()) {
                Object v = fold(x);
                if (v == null) {
                    return null;
                }
                items.add(v);
            }
            return new Folded(items);
        }
        return null;
    }

    /** The truth value of {@code e} if it folds to a constant. */
    static Truth truth(Expr e) {
        Object v = fold(e);
        if (v == null) {
            return Truth.UNKNOWN;
        }
        Boolean b = truthOf(v);
        return b == null ? Truth.UNKNOWN : b ? Truth.TRUE : Truth.FALSE;
    }

    /** The constant-table key of None. */
    static final Object NONE = List.of("None");

    /** The constant-table key of a plain constant value (a str, an int, None...). */
    static Object keyOf(Object value) {
        return key(value);
    }

    private static Object key(Object value) {
        // Keys separate types (1, 1.0 and True are distinct constants) but compare by value.
        return value == null ? NONE : List.of(value.getClass().getName(), value);
    }

    private static Object unwrap(Object key) {
        if (key instanceof List<?> l && l.size() == 2 && l.get(0) instanceof String) {
            return l.get(1);
        }
        if (key instanceof List<?> l && l.size() == 1) {
            return null; // None
        }
        return key;
    }

    private static Object unary(Unaryop op, Object key) {
        Object v = unwrap(key);
        if (op == Unaryop.Not) {
            Boolean b = truthOf(key);
            return b == null ? new Folded(key) : key(!b);
        }
        if (v instanceof Boolean b) {
            v = b ? 1 : 0;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof BigInteger) {
            BigInteger i = new BigInteger(v.toString());
            BigInteger r = switch (op) {
                case USub -> i.negate();
                case Invert -> i.not();
                default -> i;
            };
            return key(r.bitLength() < 32 ? (Object) r.intValue() : r);
        }
        if (v instanceof Double d && op != Unaryop.Invert) {
            return key(op == Unaryop.USub ? -d : d);
        }
        // Complex and the like still fold in CPython; the value does not matter here.
        return new Folded(List.of(op, key));
    }

    /** Python's truth value of a folded constant, or null when we do not model it. */
    private static Boolean truthOf(Object key) {
        if (key instanceof Folded f) {
            return f.value() instanceof List<?> l && !(l.size() == 2 && l.get(0) instanceof Unaryop)
                    ? !l.isEmpty() : null;
        }
        Object v = unwrap(key);
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Integer i) {
            return i != 0;
        }
        if (v instanceof Long l) {
            return l != 0;
        }
        if (v instanceof BigInteger b) {
            return b.signum() != 0;
        }
        if (v instanceof Double d) {
            return d != 0.0;
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        if (v instanceof ConstantValues.Bytes b) {
            return b.value().length > 0;
        }
        if (v instanceof ConstantValues.Ellipsis) {
            return true;
        }
        if (v instanceof ConstantValues.Complex c) {
            return c.real() != 0.0 || c.imag() != 0.0;
        }
        return null;
    }
}
