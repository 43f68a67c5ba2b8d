package dev.adder.compiler;

import dev.adder.ast.ConstantValues;
import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;
import dev.adder.bytecode.PyCode;
import dev.adder.objects.PyBytes;
import dev.adder.objects.PyComplex;
import dev.adder.objects.PyFrozenSet;
import dev.adder.objects.PyTuple;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PySingleton;
import dev.adder.text.FloatRepr;
import dev.adder.text.StrRepr;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The constants of code objects: the one place AST constants become runtime values (None =
 * {@link PyNone#NONE}, bytes = {@link PyBytes}, tuples = {@link PyTuple}, ...), the keys of the
 * constant table (CPython keys by type and value, so 0, 0.0, -0.0 and False stay apart), and the
 * repr {@code dis} prints. Folding of constant expressions is in {@link ConstFold}.
 * CPython 3.11: Objects/codeobject.c _PyCode_ConstantKey.
 */
final class Consts {
    private Consts() {
    }

    /** A constant the AST optimizer made (a frozenset for {@code x in {1, 2}}), carried in an ast.Constant. */
    record Runtime(Object value) {
    }

    /** The runtime value of an {@code ast.Constant} value. */
    static Object fromAst(Object v) {
        if (v == null) {
            return PyNone.NONE;
        }
        if (v instanceof Runtime r) {
            return r.value();
        }
        if (v instanceof ConstantValues.Bytes b) {
            return PyBytes.wrap(b.value());
        }
        if (v instanceof ConstantValues.Complex c) {
            return new PyComplex(c.real(), c.imag());
        }
        if (v instanceof ConstantValues.Ellipsis) {
            return PySingleton.ELLIPSIS;
        }
        if (v instanceof BigInteger b && b.bitLength() < 64) {
            return b.bitLength() < 32 ? (Object) b.intValue() : (Object) b.longValue();
        }
        if (v instanceof Long l && l == l.intValue()) {
            return l.intValue();
        }
        return v;
    }

    /** The constant-table key: equal keys only for constants of the same type and value. */
    static Object key(Object v) {
        if (v instanceof PyTuple t) {
            List<Object> keys = new ArrayList<>();
            keys.add("tuple");
            for (Object x : t) {
                keys.add(key(x));
            }
            return keys;
        }
        if (v instanceof PyFrozenSet s) {
            Set<Object> keys = new HashSet<>();
            for (Object x : s) {
                keys.add(key(x));
            }
            return List.of("frozenset", keys);
        }
        if (v instanceof PyBytes b) {
            return List.of("bytes", new String(b.value(), StandardCharsets.ISO_8859_1));
        }
        if (v instanceof PyComplex c) {
            return List.of("complex", c.real(), c.imag());
        }
        if (v instanceof PyCode || v == PyNone.NONE || v == PySingleton.ELLIPSIS) {
            return v;
        }
        return List.of(v.getClass(), v);
    }

    /** Python's truth value of a constant. */
    static boolean truth(Object v) {
        if (v == PyNone.NONE) {
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
        if (v instanceof PyBytes b) {
            return b.value().length > 0;
        }
        if (v instanceof PyComplex c) {
            return c.real() != 0.0 || c.imag() != 0.0;
        }
        if (v instanceof PyTuple t) {
            return !t.isEmpty();
        }
        if (v instanceof PyFrozenSet s) {
            return !s.isEmpty();
        }
        return true;
    }

    /** Python's repr of a constant, as {@code dis} prints it. */
    static String repr(Object v) {
        if (v == PyNone.NONE || v == null) {
            return "None";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof Double d) {
            return FloatRepr.floatRepr(d);
        }
        if (v instanceof String s) {
            return StrRepr.strRepr(s);
        }
        if (v instanceof PyBytes b) {
            return StrRepr.bytesRepr(b.value());
        }
        if (v instanceof PyComplex c) {
            return FloatRepr.complexRepr(c.real(), c.imag());
        }
        if (v == PySingleton.ELLIPSIS) {
            return "Ellipsis";
        }
        if (v instanceof PyTuple t) {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < t.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(repr(t.get(i)));
            }
            return sb.append(t.size() == 1 ? ",)" : ")").toString();
        }
        if (v instanceof PyFrozenSet s) {
            if (s.isEmpty()) {
                return "frozenset()";
            }
            StringBuilder sb = new StringBuilder("frozenset({");
            boolean first = true;
            for (Object x : s) {
                sb.append(first ? "" : ", ").append(repr(x));
                first = false;
            }
            return sb.append("})").toString();
        }
        return String.valueOf(v);
    }

    /** Whether {@code e} is a Constant after CPython's AST optimizer (it folds to one value). */
    static boolean isConst(Expr e) {
        return ConstFold.value(e) != null;
    }

    /** CPython 3.11: Python/ast_opt.c fold_iter: a list becomes a tuple, a constant set a frozenset. */
    static Expr foldIter(Expr e) {
        if (e instanceof Expr.List l && l.elts().stream().noneMatch(x -> x instanceof Expr.Starred)) {
            return new Expr.Tuple(l.elts(), ExprContext.Load, l.lineno(), l.col_offset(), l.end_lineno(),
                    l.end_col_offset());
        }
        if (e instanceof Expr.Set s) {
            List<Object> items = new ArrayList<>();
            for (Expr x : s.elts()) {
                Object v = ConstFold.value(x);
                if (v == null) {
                    return e;
                }
                items.add(v);
            }
            return new Expr.Constant(new Runtime(PyFrozenSet.of(items.toArray())), null, s.lineno(), s.col_offset(),
                    s.end_lineno(), s.end_col_offset());
        }
        return e;
    }
}
