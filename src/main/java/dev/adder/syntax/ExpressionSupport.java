package dev.adder.syntax;

import dev.adder.ast.ConstantValues;
import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;

import java.util.ArrayList;
import java.util.List;

/**
 * The base of the expression layer: memo ids, the rules one file of the layer calls in another,
 * and CPython's action helpers the layers above also use (expression names, expression contexts,
 * invalid targets).
 *
 * <p>The layer is a chain of classes, one grammar section each: {@code ExpressionSupport <-
 * ArithmeticRules <- OperatorRules <- ComprehensionRules <- AtomRules <- CallRules <-
 * ParameterRules <- InvalidParameterRules <- TargetRules <- InvalidExpressionRules <-
 * ExpressionRules}. A rule called from an earlier class of the chain
 * than the one defining it is declared abstract here.
 */
abstract class ExpressionSupport extends ParserBase {
    /*
     * Memo ids: CPython's (memo) rules and the left-recursive rules pegen memoizes, except
     * bitwise_xor, bitwise_and, shift_expr, sum, term, factor, await_primary and primary. pegen
     * needs those to re-run alternatives while growing a left-recursive seed, which the loops here
     * never do; each is reached at a position only through its memoized parent bitwise_or (or just
     * after an operator, where no other rule starts); and invalid_ rules never make a rule succeed,
     * only raise. So leaving them out changes no result, and halves the memo entries per operand.
     * star_expression, conjunction and inversion are (memo) in the grammar, but on the whole stdlib
     * their memo was never hit (measured): they are not memoized either.
     */
    static final int EXPRESSION = 1000;
    static final int DISJUNCTION = 1002;
    static final int STRINGS = 1007;
    static final int ARGUMENTS = 1008;
    static final int STAR_TARGET = 1009;
    static final int TARGET_WITH_STAR_ATOM = 1010;
    static final int DEL_TARGET = 1011;
    static final int INVALID_NAMED_EXPRESSION = 1012;
    static final int BITWISE_OR = 1013;
    static final int T_PRIMARY = 1020;
    // rule selectors of OperatorRules.binary, never memoized
    static final int BITWISE_XOR = 1014;
    static final int BITWISE_AND = 1015;
    static final int SHIFT_EXPR = 1016;
    static final int SUM = 1017;
    static final int TERM = 1018;

    private int levelCacheIndex = -1;
    private int levelCacheValue;


    ExpressionSupport(Source source, FStringField field) {
        super(source, field);
    }

    // ---- rules defined further down the chain ---------------------------------------------

    protected abstract Expr primary();

    protected abstract Expr lambdef();

    protected abstract Expr starred_expression();

    protected abstract ExpressionRules.CallArgs arguments();

    protected abstract Expr star_targets();

    /** The {@code invalid_*} rules: each throws its error, or fails leaving {@link #pos} unchanged. */
    protected abstract void invalid_expression();

    protected abstract void invalid_legacy_expression();

    protected abstract void invalid_named_expression();

    protected abstract void invalid_comprehension();

    protected abstract void invalid_dict_comprehension();

    protected abstract void invalid_double_starred_kvpairs();

    protected abstract void invalid_group();

    protected abstract void invalid_for_target();

    // ---- small helpers ------------------------------------------------------------------------

    /** Whether a token type is {@code async} (the tokenizer may give the keyword or ASYNC). */
    static boolean isAsync(int type) {
        return type == TokenType.KW_ASYNC || type == TokenType.ASYNC;
    }

    /** Whether a token type is {@code await} (the tokenizer may give the keyword or AWAIT). */
    static boolean isAwait(int type) {
        return type == TokenType.KW_AWAIT || type == TokenType.AWAIT;
    }

    /** CPython's SOFT_KEYWORD token: a NAME spelling one of 3.11's soft keywords. */
    static boolean isSoftKeyword(Token t) {
        if (t.type != TokenType.NAME) {
            return false;
        }
        String s = t.string;
        return s.equals("_") || s.equals("case") || s.equals("match");
    }

    /** A new list of {@code first} followed by {@code rest}: {@code _PyPegen_seq_insert_in_front}. */
    static <T> List<T> prepend(T first, List<T> rest) {
        List<T> out = new ArrayList<>(rest == null ? 1 : rest.size() + 1);
        out.add(first);
        if (rest != null) {
            out.addAll(rest);
        }
        return out;
    }

    /**
     * The bracket depth of the tokenizer after token {@code index}: CPython's {@code token->level}.
     * Only the error pass asks, so a forward scan from the last answer is enough.
     */
    protected final int tokenLevel(int index) {
        int i = 0;
        int level = 0;
        if (levelCacheIndex >= 0 && levelCacheIndex <= index) {
            i = levelCacheIndex + 1;
            level = levelCacheValue;
        }
        for (; i <= index; i++) {
            switch (tokenAt(i).type) {
                case TokenType.LPAR, TokenType.LSQB, TokenType.LBRACE -> level++;
                case TokenType.RPAR, TokenType.RSQB, TokenType.RBRACE -> level--;
                default -> { }
            }
        }
        levelCacheIndex = index;
        levelCacheValue = level;
        return level;
    }

    // ---- CPython's action helpers ---------------------------------------------------------

    /**
     * How error messages name an expression. CPython 3.11: Parser/action_helpers.c
     * _PyPegen_get_expr_name
     */
    protected static String getExprName(Expr e) {
        if (e instanceof Expr.Attribute) {
            return "attribute";
        } else if (e instanceof Expr.Subscript) {
            return "subscript";
        } else if (e instanceof Expr.Starred) {
            return "starred";
        } else if (e instanceof Expr.Name) {
            return "name";
        } else if (e instanceof Expr.List) {
            return "list";
        } else if (e instanceof Expr.Tuple) {
            return "tuple";
        } else if (e instanceof Expr.Lambda) {
            return "lambda";
        } else if (e instanceof Expr.Call) {
            return "function call";
        } else if (e instanceof Expr.BoolOp || e instanceof Expr.BinOp || e instanceof Expr.UnaryOp) {
            return "expression";
        } else if (e instanceof Expr.GeneratorExp) {
            return "generator expression";
        } else if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            return "yield expression";
        } else if (e instanceof Expr.Await) {
            return "await expression";
        } else if (e instanceof Expr.ListComp) {
            return "list comprehension";
        } else if (e instanceof Expr.SetComp) {
            return "set comprehension";
        } else if (e instanceof Expr.DictComp) {
            return "dict comprehension";
        } else if (e instanceof Expr.Dict) {
            return "dict literal";
        } else if (e instanceof Expr.Set) {
            return "set display";
        } else if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) {
            return "f-string expression";
        } else if (e instanceof Expr.Constant c) {
            Object v = c.value();
            if (v == null) {
                return "None";
            } else if (Boolean.FALSE.equals(v)) {
                return "False";
            } else if (Boolean.TRUE.equals(v)) {
                return "True";
            } else if (v == ConstantValues.Ellipsis.INSTANCE) {
                return "ellipsis";
            }
            return "literal";
        } else if (e instanceof Expr.Compare) {
            return "comparison";
        } else if (e instanceof Expr.IfExp) {
            return "conditional expression";
        } else if (e instanceof Expr.NamedExpr) {
            return "named expression";
        }
        // CPython raises SystemError here; the grammar never gets here
        throw new IllegalStateException("unexpected expression in assignment: " + e);
    }

    /**
     * A copy of {@code e} with context {@code ctx} (Name, Tuple, List, Subscript, Attribute,
     * Starred, recursively through Tuple, List and Starred); other expressions unchanged.
     * CPython 3.11: Parser/action_helpers.c _PyPegen_set_expr_context
     */
    protected static Expr setExprContext(Expr e, ExprContext ctx) {
        if (e instanceof Expr.Name n) {
            return new Expr.Name(n.id(), ctx, n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset());
        } else if (e instanceof Expr.Tuple t) {
            return new Expr.Tuple(setSeqContext(t.elts(), ctx), ctx, t.lineno(), t.col_offset(),
                    t.end_lineno(), t.end_col_offset());
        } else if (e instanceof Expr.List l) {
            return new Expr.List(setSeqContext(l.elts(), ctx), ctx, l.lineno(), l.col_offset(),
                    l.end_lineno(), l.end_col_offset());
        } else if (e instanceof Expr.Subscript s) {
            return new Expr.Subscript(s.value(), s.slice(), ctx, s.lineno(), s.col_offset(),
                    s.end_lineno(), s.end_col_offset());
        } else if (e instanceof Expr.Attribute a) {
            return new Expr.Attribute(a.value(), a.attr(), ctx, a.lineno(), a.col_offset(),
                    a.end_lineno(), a.end_col_offset());
        } else if (e instanceof Expr.Starred s) {
            return new Expr.Starred(setExprContext(s.value(), ctx), ctx, s.lineno(), s.col_offset(),
                    s.end_lineno(), s.end_col_offset());
        }
        return e;
    }

    private static List<Expr> setSeqContext(List<Expr> elts, ExprContext ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr e : elts) {
            out.add(setExprContext(e, ctx));
        }
        return out;
    }

    /**
     * The first part of {@code e} that cannot be a target of the given kind, or null.
     * CPython 3.11: Parser/action_helpers.c _PyPegen_get_invalid_target
     */
    protected static Expr getInvalidTarget(Expr e, TargetsType type) {
        if (e == null) {
            return null;
        }
        if (e instanceof Expr.List l) {
            return firstInvalid(l.elts(), type);
        } else if (e instanceof Expr.Tuple t) {
            return firstInvalid(t.elts(), type);
        } else if (e instanceof Expr.Starred s) {
            return type == TargetsType.DEL_TARGETS ? e : getInvalidTarget(s.value(), type);
        } else if (e instanceof Expr.Compare c) {
            // `for a in b` parses `a in b` as a comparison: look at its left side
            if (type == TargetsType.FOR_TARGETS) {
                return c.ops().get(0) == dev.adder.ast.Cmpop.In ? getInvalidTarget(c.left(), type) : null;
            }
            return e;
        } else if (e instanceof Expr.Name || e instanceof Expr.Subscript || e instanceof Expr.Attribute) {
            return null;
        }
        return e;
    }

    private static Expr firstInvalid(List<Expr> elts, TargetsType type) {
        for (Expr child : elts) {
            Expr bad = getInvalidTarget(child, type);
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    /**
     * CPython's {@code RAISE_SYNTAX_ERROR_INVALID_TARGET(type, e)}: throws "cannot assign to %s" /
     * "cannot delete %s" at the first invalid target inside {@code e}; returns normally when there
     * is none, and the calling alternative then fails (as the macro's NULL without an error does).
     */
    protected final void raiseInvalidTarget(TargetsType type, Expr e) {
        Expr bad = getInvalidTarget(e, type);
        if (bad != null) {
            String verb = type == TargetsType.DEL_TARGETS ? "cannot delete " : "cannot assign to ";
            throw raiseSyntaxErrorKnownLocation(bad, verb + getExprName(bad));
        }
    }
}
