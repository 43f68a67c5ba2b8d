package dev.adder.syntax;

import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * ASSIGNMENT TARGETS of CPython 3.11's grammar: star targets, single targets, del targets and
 * {@code t_primary}, the primary that must be followed by '(', '[' or '.'.
 */
abstract class TargetRules extends InvalidParameterRules {

    TargetRules(Source source, FStringField field) {
        super(source, field);
    }

    /** {@code star_targets: star_target !',' | star_target (',' star_target)* [',']}. */
    @Override
    protected Expr star_targets() {
        enter();
        try {
            int start = pos;
            Expr a = star_target();
            if (a == null) {
                return null;
            }
            if (!lookahead(TokenType.COMMA)) {
                return a;
            }
            List<Expr> elts = targetList(a, false);
            accept(TokenType.COMMA);
            Token s = tokenAt(start);
            Token e = lastNonWhitespaceToken();
            return new Expr.Tuple(elts, ExprContext.Store, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        } finally {
            leave();
        }
    }

    /** {@code first} and the {@code (',' star_target)*} (or del_target) after it. */
    private List<Expr> targetList(Expr first, boolean del) {
        return gatherAfter(first, del ? this::del_target : this::star_target);
    }

    /** {@code star_targets_list_seq: ','.star_target+ [',']}. */
    protected List<Expr> star_targets_list_seq() {
        enter();
        try {
            Expr a = star_target();
            if (a == null) {
                return null;
            }
            List<Expr> elts = targetList(a, false);
            accept(TokenType.COMMA);
            return elts;
        } finally {
            leave();
        }
    }

    /** {@code star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ','}. */
    protected List<Expr> star_targets_tuple_seq() {
        enter();
        try {
            int start = pos;
            Expr a = star_target();
            if (a == null) {
                return null;
            }
            List<Expr> elts = targetList(a, false);
            if (elts.size() > 1) {
                accept(TokenType.COMMA);
                return elts;
            }
            if (accept(TokenType.COMMA)) {
                return elts;
            }
            pos = start;
            return null;
        } finally {
            leave();
        }
    }

    /** {@code star_target (memo): '*' (!'*' star_target) | target_with_star_atom}. */
    protected Expr star_target() {
        enter();
        try {
            if (memoHit(STAR_TARGET)) {
                return memoNode();
            }
            int start = pos;
            Expr res = null;
            if (accept(TokenType.STAR)) {
                if (!lookahead(TokenType.STAR)) {
                    Expr a = star_target();
                    if (a != null) {
                        Token s = tokenAt(start);
                        Token e = lastNonWhitespaceToken();
                        res = new Expr.Starred(setExprContext(a, ExprContext.Store), ExprContext.Store,
                                s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
                    }
                }
                if (res == null) {
                    pos = start;
                }
            }
            if (res == null) {
                res = target_with_star_atom();
            }
            return memoize(STAR_TARGET, start, res);
        } finally {
            leave();
        }
    }

    /** {@code target_with_star_atom (memo): t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | star_atom}. */
    protected Expr target_with_star_atom() {
        enter();
        try {
            if (memoHit(TARGET_WITH_STAR_ATOM)) {
                return memoNode();
            }
            int start = pos;
            Expr res = attributeOrSubscriptTarget(ExprContext.Store);
            if (res == null) {
                res = star_atom();
            }
            return memoize(TARGET_WITH_STAR_ATOM, start, res);
        } finally {
            leave();
        }
    }

    /** {@code t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead} in context {@code ctx}. */
    private Expr attributeOrSubscriptTarget(ExprContext ctx) {
        int start = pos;
        Expr a = t_primary();
        if (a != null) {
            int m = pos;
            Token s = tokenAt(start);
            if (accept(TokenType.DOT)) {
                Token n = expect(TokenType.NAME);
                if (n != null && !t_lookahead()) {
                    return new Expr.Attribute(a, identifier(n), ctx, s.lineno, s.col_offset, n.end_lineno, n.end_col_offset);
                }
                pos = m;
            }
            if (accept(TokenType.LSQB)) {
                Expr slice = slices();
                if (slice != null && accept(TokenType.RSQB) && !t_lookahead()) {
                    Token e = previous();
                    return new Expr.Subscript(a, slice, ctx, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
                }
            }
        }
        pos = start;
        return null;
    }

    /**
     * {@code star_atom: NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')' |
     * '[' [star_targets_list_seq] ']'}.
     */
    protected Expr star_atom() {
        return targetAtom(ExprContext.Store, this::target_with_star_atom, this::star_targets_tuple_seq,
                this::star_targets_list_seq);
    }

    /**
     * The shape {@code star_atom} and {@code del_t_atom} share: {@code NAME | '(' single ')' |
     * '(' [tupleSeq] ')' | '[' [listSeq] ']'}, in the given context.
     */
    private Expr targetAtom(ExprContext ctx, Supplier<Expr> single, Supplier<List<Expr>> tupleSeq,
                            Supplier<List<Expr>> listSeq) {
        enter();
        try {
            int start = pos;
            Token t = peek();
            if (t.type == TokenType.NAME) {
                pos++;
                return nameExpr(t, ctx);
            }
            if (t.type == TokenType.LPAR) {
                pos++;
                Expr a = single.get();
                if (a != null && accept(TokenType.RPAR)) {
                    return setExprContext(a, ctx);
                }
                pos = start + 1;
                List<Expr> elts = tupleSeq.get();
                if (accept(TokenType.RPAR)) {
                    return sequence(elts, start, true, ctx);
                }
            } else if (t.type == TokenType.LSQB) {
                pos++;
                List<Expr> elts = listSeq.get();
                if (accept(TokenType.RSQB)) {
                    return sequence(elts, start, false, ctx);
                }
            }
            pos = start;
            return null;
        } finally {
            leave();
        }
    }


    private Expr sequence(List<Expr> elts, int start, boolean tuple, ExprContext ctx) {
        Token s = tokenAt(start);
        Token e = previous();
        List<Expr> items = elts == null ? List.of() : elts;
        return tuple ? new Expr.Tuple(items, ctx, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset)
                : new Expr.List(items, ctx, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    /** {@code single_target: single_subscript_attribute_target | NAME | '(' single_target ')'}. */
    protected Expr single_target() {
        enter();
        try {
            int start = pos;
            Expr a = single_subscript_attribute_target();
            if (a != null) {
                return a;
            }
            Token t = expect(TokenType.NAME);
            if (t != null) {
                return nameExpr(t, ExprContext.Store);
            }
            if (accept(TokenType.LPAR)) {
                a = single_target();
                if (a != null && accept(TokenType.RPAR)) {
                    return a;
                }
            }
            pos = start;
            return null;
        } finally {
            leave();
        }
    }

    /** {@code single_subscript_attribute_target: t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead}. */
    protected Expr single_subscript_attribute_target() {
        enter();
        try {
            return attributeOrSubscriptTarget(ExprContext.Store);
        } finally {
            leave();
        }
    }

    /**
     * {@code t_primary: t_primary '.' NAME &t_lookahead | t_primary '[' slices ']' &t_lookahead |
     * t_primary genexp &t_lookahead | t_primary '(' [arguments] ')' &t_lookahead | atom &t_lookahead}
     * (left-recursive, memoized).
     */
    protected Expr t_primary() {
        enter();
        enter();
        try {
            if (memoHit(T_PRIMARY)) {
                return memoNode();
            }
            int start = pos;
            Expr a = atom();
            if (a == null || !t_lookahead()) {
                pos = start;
                return memoize(T_PRIMARY, start, null);
            }
            Expr longer;
            int links = 0;
            while ((longer = tPrimaryTail(a, start)) != null) {
                a = longer;
                links = chainLink(links);
            }
            return memoize(T_PRIMARY, start, a);
        } finally {
            leave();
            leave();
        }
    }

    /** One extension of a t_primary that is itself followed by t_lookahead, or null. */
    private Expr tPrimaryTail(Expr a, int start) {
        int m = pos;
        int t = peekType();
        Token s = tokenAt(start);
        if (t == TokenType.DOT) {
            pos++;
            Token n = expect(TokenType.NAME);
            if (n != null && t_lookahead()) {
                return new Expr.Attribute(a, identifier(n), ExprContext.Load, s.lineno, s.col_offset,
                        n.end_lineno, n.end_col_offset);
            }
            pos = m;
            return null;
        }
        if (t == TokenType.LSQB) {
            pos++;
            Expr slice = slices();
            if (slice != null && accept(TokenType.RSQB) && t_lookahead()) {
                Token e = previous();
                return new Expr.Subscript(a, slice, ExprContext.Load, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            }
            pos = m;
        }
        if (t == TokenType.LPAR || t == TokenType.LSQB || t == TokenType.LBRACE) {
            Expr g = genexp();
            if (g != null && t_lookahead()) {
                Token e = previous();
                return new Expr.Call(a, List.of(g), List.of(), s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            }
            pos = m;
        }
        if (t == TokenType.LPAR) {
            pos++;
            ExpressionRules.CallArgs args = arguments();
            if (accept(TokenType.RPAR) && t_lookahead()) {
                Token e = previous();
                return new Expr.Call(a, args == null ? List.of() : args.args(),
                        args == null ? List.of() : args.keywords(), s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            }
            pos = m;
        }
        return null;
    }

    /** {@code t_lookahead: '(' | '[' | '.'}, as a lookahead. */
    protected final boolean t_lookahead() {
        int t = peekType();
        return t == TokenType.LPAR || t == TokenType.LSQB || t == TokenType.DOT;
    }

    /** {@code del_targets: ','.del_target+ [',']}. */
    protected List<Expr> del_targets() {
        enter();
        try {
            Expr a = del_target();
            if (a == null) {
                return null;
            }
            List<Expr> elts = targetList(a, true);
            accept(TokenType.COMMA);
            return elts;
        } finally {
            leave();
        }
    }

    /** {@code del_target (memo): t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead | del_t_atom}. */
    protected Expr del_target() {
        enter();
        try {
            if (memoHit(DEL_TARGET)) {
                return memoNode();
            }
            int start = pos;
            Expr res = attributeOrSubscriptTarget(ExprContext.Del);
            if (res == null) {
                res = del_t_atom();
            }
            return memoize(DEL_TARGET, start, res);
        } finally {
            leave();
        }
    }

    /** {@code del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']'}. */
    protected Expr del_t_atom() {
        return targetAtom(ExprContext.Del, this::del_target, this::del_targets, this::del_targets);
    }
}
