package dev.adder.compiler;

import dev.adder.ast.Cmpop;
import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;
import dev.adder.ast.Operator;
import dev.adder.ast.Unaryop;
import dev.adder.objects.IntOps;
import dev.adder.objects.PyBytes;
import dev.adder.objects.PyComplex;
import dev.adder.objects.PyTuple;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * CPython 3.11's AST optimizer, as far as it decides the code: which expressions become one
 * constant before compilation ({@code __debug__}, unary and binary operators on constants within
 * CPython's size limits, tuples of constants) and the {@code not} that flips a comparison.
 * Anything it does not model stays an expression (safe: the code is still correct).
 * CPython 3.11: Python/ast_opt.c fold_unaryop, fold_binop, safe_multiply, safe_power,
 * safe_lshift, fold_tuple, and the __debug__ case of astfold_expr.
 */
final class ConstFold {
    private static final int MAX_INT_SIZE = 128;
    private static final int MAX_COLLECTION_SIZE = 256;
    private static final int MAX_STR_SIZE = 4096;

    private ConstFold() {
    }

    /** The runtime value {@code e} folds to, or null when it is not a constant. */
    static Object value(Expr e) {
        if (e instanceof Expr.Constant c) {
            return Consts.fromAst(c.value());
        }
        if (e instanceof Expr.Name n && n.ctx() == ExprContext.Load && n.id().equals("__debug__")) {
            return Boolean.TRUE;
        }
        if (e instanceof Expr.UnaryOp u) {
            Object v = value(u.operand());
            return v == null ? null : unary(u.op(), v);
        }
        if (e instanceof Expr.BinOp b) {
            Object l = value(b.left());
            if (l == null) {
                return null;
            }
            Object r = value(b.right());
            return r == null ? null : binary(b.op(), l, r);
        }
        if (e instanceof Expr.Subscript s && s.ctx() == ExprContext.Load) {
            Object v = value(s.value());
            Object i = v == null ? null : value(s.slice());
            return i == null ? null : subscript(v, i);
        }
        if (e instanceof Expr.Tuple t && t.ctx() == ExprContext.Load) {
            Object[] items = new Object[t.elts().size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = value(t.elts().get(i));
                if (items[i] == null) {
                    return null;
                }
            }
            return PyTuple.of(items);
        }
        return null;
    }

    // CPython 3.11: Python/ast_opt.c fold_subscr (constant sequence, constant int index)
    private static Object subscript(Object v, Object index) {
        if (!isInt(index) || big(index).bitLength() > 31) {
            return null;
        }
        int i = big(index).intValue();
        if (v instanceof String str) {
            int n = str.codePointCount(0, str.length());
            i = i < 0 ? i + n : i;
            if (i < 0 || i >= n) {
                return null;
            }
            int at = str.offsetByCodePoints(0, i);
            return new String(Character.toChars(str.codePointAt(at)));
        }
        if (v instanceof PyBytes b) {
            i = i < 0 ? i + b.value().length : i;
            return i < 0 || i >= b.value().length ? null : (Object) (b.value()[i] & 0xFF);
        }
        if (v instanceof PyTuple t) {
            i = i < 0 ? i + t.size() : i;
            return i < 0 || i >= t.size() ? null : t.get(i);
        }
        return null;
    }

    /** {@code not (a is b)} and friends: the comparison with the inverted operator, or null. */
    static Expr.Compare invertedCompare(Expr.UnaryOp u) {
        if (u.op() != Unaryop.Not || !(u.operand() instanceof Expr.Compare c) || c.ops().size() != 1) {
            return null;
        }
        Cmpop op = switch (c.ops().get(0)) {
            case Is -> Cmpop.IsNot;
            case IsNot -> Cmpop.Is;
            case In -> Cmpop.NotIn;
            case NotIn -> Cmpop.In;
            default -> null;
        };
        if (op == null) {
            return null;
        }
        return new Expr.Compare(c.left(), List.of(op), c.comparators(), u.lineno(), u.col_offset(),
                u.end_lineno(), u.end_col_offset());
    }

    private static boolean isInt(Object v) {
        return v instanceof Integer || v instanceof Long || v instanceof BigInteger || v instanceof Boolean;
    }

    private static BigInteger big(Object v) {
        if (v instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return v instanceof BigInteger b ? b : BigInteger.valueOf(((Number) v).longValue());
    }

    private static Object unary(Unaryop op, Object v) {
        if (op == Unaryop.Not) {
            return !Consts.truth(v);
        }
        if (isInt(v)) {
            BigInteger i = big(v);
            return IntOps.normalize(switch (op) {
                case USub -> i.negate();
                case Invert -> i.not();
                default -> i;
            });
        }
        if (v instanceof Double d && op != Unaryop.Invert) {
            return op == Unaryop.USub ? -d : d;
        }
        if (v instanceof PyComplex c && op != Unaryop.Invert) {
            return op == Unaryop.USub ? new PyComplex(-c.real(), -c.imag()) : c;
        }
        return null;
    }

    private static Object binary(Operator op, Object l, Object r) {
        if (isInt(l) && isInt(r)) {
            if (l instanceof Boolean a && r instanceof Boolean b) {
                switch (op) {
                    case BitAnd: return a & b;
                    case BitOr: return a | b;
                    case BitXor: return a ^ b;
                    default: break;
                }
            }
            return intBinary(op, big(l), big(r));
        }
        if ((l instanceof PyComplex || r instanceof PyComplex) && (op == Operator.Add || op == Operator.Sub)
                && isNumber(l) && isNumber(r)) {
            PyComplex a = complex(l);
            PyComplex b = complex(r);
            return op == Operator.Add ? new PyComplex(a.real() + b.real(), a.imag() + b.imag())
                    : new PyComplex(a.real() - b.real(), a.imag() - b.imag());
        }
        if ((l instanceof Double || isInt(l)) && (r instanceof Double || isInt(r))) {
            return floatBinary(op, toDouble(l), toDouble(r));
        }
        if (l instanceof String a && r instanceof String b && op == Operator.Add) {
            return a.length() + b.length() <= MAX_STR_SIZE ? a + b : null;
        }
        if (op == Operator.Mult && isInt(r) && (l instanceof String || l instanceof PyTuple || l instanceof PyBytes)) {
            return repeat(l, big(r));
        }
        if (op == Operator.Mult && isInt(l) && (r instanceof String || r instanceof PyTuple || r instanceof PyBytes)) {
            return repeat(r, big(l));
        }
        if (op == Operator.Add && l instanceof PyBytes a && r instanceof PyBytes b) {
            byte[] out = new byte[a.value().length + b.value().length];
            System.arraycopy(a.value(), 0, out, 0, a.value().length);
            System.arraycopy(b.value(), 0, out, a.value().length, b.value().length);
            return PyBytes.wrap(out);
        }
        if (op == Operator.Add && l instanceof PyTuple a && r instanceof PyTuple b) {
            List<Object> items = new ArrayList<>(a);
            items.addAll(b);
            return PyTuple.of(items.toArray());
        }
        return null;
    }

    // CPython 3.11: Objects/floatobject.c float_divmod
    private static double floatDivmod(double vx, double wx, boolean wantDiv) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return wantDiv ? floordiv : mod;
    }

    private static boolean isNumber(Object v) {
        return isInt(v) || v instanceof Double || v instanceof PyComplex;
    }

    private static PyComplex complex(Object v) {
        return v instanceof PyComplex c ? c : new PyComplex(toDouble(v), 0.0);
    }

    private static double toDouble(Object v) {
        return v instanceof Double d ? d : big(v).doubleValue();
    }

    // CPython 3.11: Python/ast_opt.c safe_multiply for sequences
    private static Object repeat(Object seq, BigInteger count) {
        if (count.bitLength() > 31) {
            return null;
        }
        int n = Math.max(count.intValue(), 0);
        if (seq instanceof String s) {
            long len = (long) s.codePointCount(0, s.length()) * n;
            return n > 0 && len > MAX_STR_SIZE ? null : s.repeat(n);
        }
        if (seq instanceof PyTuple t) {
            if (n > 0 && (long) t.size() * n > MAX_COLLECTION_SIZE) {
                return null;
            }
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                items.addAll(t);
            }
            return PyTuple.of(items.toArray());
        }
        byte[] b = ((PyBytes) seq).value();
        if (n > 0 && (long) b.length * n > MAX_STR_SIZE) {
            return null;
        }
        byte[] out = new byte[b.length * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(b, 0, out, i * b.length, b.length);
        }
        return PyBytes.wrap(out);
    }

    private static Object intBinary(Operator op, BigInteger a, BigInteger b) {
        BigInteger r;
        switch (op) {
            case Add -> r = a.add(b);
            case Sub -> r = a.subtract(b);
            case Mult -> {
                if (a.signum() != 0 && b.signum() != 0 && a.bitLength() + b.bitLength() > MAX_INT_SIZE) {
                    return null;
                }
                r = a.multiply(b);
            }
            case FloorDiv, Mod -> {
                if (b.signum() == 0) {
                    return null;
                }
                BigInteger[] qr = a.divideAndRemainder(b);
                if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
                    qr[0] = qr[0].subtract(BigInteger.ONE);
                    qr[1] = qr[1].add(b);
                }
                r = op == Operator.FloorDiv ? qr[0] : qr[1];
            }
            case Pow -> {
                if (b.signum() < 0) {
                    return null;
                }
                if (a.signum() != 0 && b.signum() > 0
                        && (b.bitLength() > 31 || a.bitLength() > MAX_INT_SIZE / b.intValue())) {
                    return null;
                }
                r = a.pow(b.intValue());
            }
            case LShift -> {
                if (b.signum() < 0) {
                    return null;
                }
                if (a.signum() != 0 && b.signum() != 0
                        && (b.bitLength() > 31 || b.intValue() > MAX_INT_SIZE || a.bitLength() > MAX_INT_SIZE - b.intValue())) {
                    return null;
                }
                r = a.signum() == 0 ? a : a.shiftLeft(b.intValue());
            }
            case RShift -> {
                if (b.signum() < 0) {
                    return null;
                }
                r = b.bitLength() > 31 ? BigInteger.valueOf(a.signum() < 0 ? -1 : 0) : a.shiftRight(b.intValue());
            }
            case BitAnd -> r = a.and(b);
            case BitOr -> r = a.or(b);
            case BitXor -> r = a.xor(b);
            case Div -> {
                if (b.signum() == 0 || a.bitLength() > 53 || b.bitLength() > 53) {
                    return null;
                }
                return a.doubleValue() / b.doubleValue();
            }
            default -> {
                return null;
            }
        }
        return IntOps.normalize(r);
    }

    private static Object floatBinary(Operator op, double a, double b) {
        switch (op) {
            case Add: return a + b;
            case Sub: return a - b;
            case Mult: return a * b;
            case Div: return b == 0.0 ? null : a / b;
            case FloorDiv, Mod: return b == 0.0 ? null : floatDivmod(a, b, op == Operator.FloorDiv);
            case Pow: {
                if (a < 0 && b != Math.floor(b) || a == 0.0 && b < 0) {
                    return null;
                }
                double r = Math.pow(a, b);
                return Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b) ? null : r;
            }
            default: return null;
        }
    }

    /** Whether {@code elts[from:to]} are all constants (CPython's are_all_items_const). */
    static boolean allConst(List<Expr> elts, int from, int to) {
        for (int i = from; i < to; i++) {
            Expr e = elts.get(i);
            if (e == null || value(e) == null) {
                return false;
            }
        }
        return true;
    }
}
