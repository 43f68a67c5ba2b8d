package dev.adder.syntax;

import dev.adder.ast.Boolop;
import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;
import dev.adder.ast.Unaryop;

import java.util.ArrayList;
import java.util.List;

/**
 * The EXPRESSIONS section of CPython 3.11's grammar, its upper half: expression lists, yield,
 * conditional, starred and named expressions, and the boolean operators.
 */
abstract class OperatorRules extends ArithmeticRules {

    OperatorRules(Source source, FStringField field) {
        super(source, field);
    }

    /** {@code expressions: expression (',' expression)+ [','] | expression ',' | expression}. */
    protected Expr expressions() {
        enter();
        try {
            int start = pos;
            Expr a = expression();
            if (a == null) {
                return null;
            }
            if (!lookahead(TokenType.COMMA)) {
                return a;
            }
            List<Expr> elts = commaList(a, false);
            accept(TokenType.COMMA);
            return tuple(elts, start);
        } finally {
            leave();
        }
    }

    /**
     * The tail {@code (',' e)*} after {@code first}, e being expression or star_expression;
     * stops before a comma that no element follows.
     */
    private List<Expr> commaList(Expr first, boolean star) {
        return gatherAfter(first, star ? this::star_expression : this::expression);
    }

    private Expr tuple(List<Expr> elts, int start) {
        Token s = tokenAt(start);
        Token e = lastNonWhitespaceToken();
        return new Expr.Tuple(elts, ExprContext.Load, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    /** {@code expression} (memo), with invalid_expression and invalid_legacy_expression first. */
    protected Expr expression() {
        enter();
        try {
            if (memoHit(EXPRESSION)) {
                return memoNode();
            }
            int start = pos;
            if (callInvalidRules) {
                invalid_expression();
                invalid_legacy_expression();
            }
            return memoize(EXPRESSION, start, conditional(start));
        } finally {
            leave();
        }
    }

    /** {@code disjunction 'if' disjunction 'else' expression | disjunction | lambdef}. */
    private Expr conditional(int start) {
        Expr a = disjunction();
        if (a != null) {
            int afterA = pos;
            if (accept(TokenType.KW_IF)) {
                Expr b = disjunction();
                if (b != null && accept(TokenType.KW_ELSE)) {
                    Expr c = expression();
                    if (c != null) {
                        Token s = tokenAt(start);
                        Token e = lastNonWhitespaceToken();
                        return new Expr.IfExp(b, a, c, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
                    }
                }
            }
            pos = afterA;
            return a;
        }
        return lambdef();
    }

    /** {@code expression_without_invalid}: expression with the invalid_ rules switched off inside. */
    protected final Expr expression_without_invalid() {
        boolean saved = callInvalidRules;
        callInvalidRules = false;
        enter();
        try {
            return conditional(pos);
        } finally {
            leave();
            callInvalidRules = saved;
        }
    }

    /** {@code yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]}. */
    protected Expr yield_expr() {
        enter();
        try {
            int start = pos;
            if (!accept(TokenType.KW_YIELD)) {
                return null;
            }
            int afterYield = pos;
            Token s = tokenAt(start);
            if (accept(TokenType.KW_FROM)) {
                Expr a = expression();
                if (a != null) {
                    Token e = lastNonWhitespaceToken();
                    return new Expr.YieldFrom(a, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
                }
                pos = afterYield;
            }
            Expr a = star_expressions();
            Token e = lastNonWhitespaceToken();
            return new Expr.Yield(a, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        } finally {
            leave();
        }
    }

    /** {@code star_expressions}: as expressions, of star_expression. */
    protected Expr star_expressions() {
        enter();
        try {
            int start = pos;
            Expr a = star_expression();
            if (a == null) {
                return null;
            }
            if (!lookahead(TokenType.COMMA)) {
                return a;
            }
            List<Expr> elts = commaList(a, true);
            accept(TokenType.COMMA);
            return tuple(elts, start);
        } finally {
            leave();
        }
    }

    /** {@code star_expression (memo): '*' bitwise_or | expression}. */
    protected Expr star_expression() {
        enter();
        try {
            int start = pos;
            return starredOr(start, false);
        } finally {
            leave();
        }
    }

    /** {@code '*' bitwise_or} as Starred, else expression or named_expression. */
    private Expr starredOr(int start, boolean named) {
        if (accept(TokenType.STAR)) {
            Expr a = bitwise_or();
            if (a != null) {
                Token s = tokenAt(start);
                Token e = lastNonWhitespaceToken();
                return new Expr.Starred(a, ExprContext.Load, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            }
            pos = start;
        }
        return named ? named_expression() : expression();
    }

    /** {@code star_named_expressions: ','.star_named_expression+ [',']}. */
    protected List<Expr> star_named_expressions() {
        enter();
        try {
            List<Expr> elts = gather(() -> star_named_expression());
            if (elts == null) {
                return null;
            }
            accept(TokenType.COMMA);
            return elts;
        } finally {
            leave();
        }
    }

    /** {@code star_named_expression: '*' bitwise_or | named_expression}. */
    protected Expr star_named_expression() {
        enter();
        try {
            return starredOr(pos, true);
        } finally {
            leave();
        }
    }

    /** {@code assignment_expression: NAME ':=' ~ expression}. */
    protected Expr assignment_expression() {
        enter();
        try {
            int start = pos;
            Token n = expect(TokenType.NAME);
            if (n != null && accept(TokenType.COLONEQUAL)) {
                Expr b = expression();
                if (b != null) {
                    Token e = lastNonWhitespaceToken();
                    return new Expr.NamedExpr(nameExpr(n, ExprContext.Store), b, n.lineno, n.col_offset,
                            e.end_lineno, e.end_col_offset);
                }
            }
            pos = start;
            return null;
        } finally {
            leave();
        }
    }

    /** {@code named_expression: assignment_expression | invalid_named_expression | expression !':='}. */
    protected Expr named_expression() {
        enter();
        try {
            int start = pos;
            Expr a = assignment_expression();
            if (a != null) {
                return a;
            }
            if (callInvalidRules) {
                invalid_named_expression();
            }
            a = expression();
            if (a != null && !lookahead(TokenType.COLONEQUAL)) {
                return a;
            }
            pos = start;
            return null;
        } finally {
            leave();
        }
    }

    /** {@code disjunction (memo): conjunction ('or' conjunction)+ | conjunction}. */
    protected Expr disjunction() {
        enter();
        try {
            if (memoHit(DISJUNCTION)) {
                return memoNode();
            }
            int start = pos;
            return memoize(DISJUNCTION, start, boolOp(start, true));
        } finally {
            leave();
        }
    }

    /** {@code conjunction (memo): inversion ('and' inversion)+ | inversion}. */
    protected Expr conjunction() {
        enter();
        try {
            int start = pos;
            return boolOp(start, false);
        } finally {
            leave();
        }
    }

    private Expr boolOp(int start, boolean or) {
        int keyword = or ? TokenType.KW_OR : TokenType.KW_AND;
        Expr a = or ? conjunction() : inversion();
        if (a == null || !lookahead(keyword)) {
            return a;
        }
        List<Expr> values = new ArrayList<>();
        values.add(a);
        while (true) {
            int m = pos;
            if (!accept(keyword)) {
                break;
            }
            Expr c = or ? conjunction() : inversion();
            if (c == null) {
                pos = m;
                break;
            }
            values.add(c);
        }
        if (values.size() == 1) {
            return a;
        }
        Token s = tokenAt(start);
        Token e = lastNonWhitespaceToken();
        return new Expr.BoolOp(or ? Boolop.Or : Boolop.And, values, s.lineno, s.col_offset,
                e.end_lineno, e.end_col_offset);
    }

    /** {@code inversion (memo): 'not' inversion | comparison}. */
    protected Expr inversion() {
        enter();
        try {
            int start = pos;
            Expr res = null;
            if (accept(TokenType.KW_NOT)) {
                Expr a = inversion();
                if (a != null) {
                    Token s = tokenAt(start);
                    Token e = lastNonWhitespaceToken();
                    res = new Expr.UnaryOp(Unaryop.Not, a, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
                } else {
                    pos = start;
                }
            }
            if (res == null) {
                res = comparison();
            }
            return res;
        } finally {
            leave();
        }
    }
}
