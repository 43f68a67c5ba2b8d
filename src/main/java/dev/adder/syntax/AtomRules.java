package dev.adder.syntax;

import dev.adder.ast.ConstantValues;
import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Primary elements and LITERALS of CPython 3.11's grammar: attribute, call and subscript chains,
 * slices, atoms, strings, groups and the tuple, list and set displays.
 */
abstract class AtomRules extends ComprehensionRules {

    AtomRules(Source source, FStringField field) {
        super(source, field);
    }

    /**
     * {@code primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' |
     * primary '[' slices ']' | atom} (left-recursive, as a loop).
     */
    @Override
    protected Expr primary() {
        enter();
        enter();
        try {
            int start = pos;
            Expr a = atom();
            if (a != null) {
                Expr longer;
                int links = 0;
                while ((longer = primaryTail(a, start)) != null) {
                    a = longer;
                    links = chainLink(links);
                }
            }
            return a;
        } finally {
            leave();
            leave();
        }
    }

    /** One extension of a primary, or null (with {@link #pos} unchanged). */
    private Expr primaryTail(Expr a, int start) {
        int m = pos;
        int t = peekType();
        Token s = tokenAt(start);
        if (t == TokenType.DOT) {
            pos++;
            Token n = expect(TokenType.NAME);
            if (n != null) {
                return new Expr.Attribute(a, identifier(n), ExprContext.Load, s.lineno, s.col_offset,
                        n.end_lineno, n.end_col_offset);
            }
            pos = m;
            return null;
        }
        // genexp is tried for '[' and '{' too: its invalid_comprehension starts with either
        if (t == TokenType.LPAR || t == TokenType.LSQB || t == TokenType.LBRACE) {
            Expr g = genexp();
            if (g != null) {
                Token e = lastNonWhitespaceToken();
                return new Expr.Call(a, List.of(g), List.of(), s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            }
        }
        if (t == TokenType.LPAR) {
            pos++;
            ExpressionRules.CallArgs args = arguments();
            if (accept(TokenType.RPAR)) {
                Token e = previous();
                return new Expr.Call(a, args == null ? List.of() : args.args(),
                        args == null ? List.of() : args.keywords(), s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            }
            pos = m;
        } else if (t == TokenType.LSQB) {
            pos++;
            Expr slice = slices();
            if (slice != null && accept(TokenType.RSQB)) {
                Token e = previous();
                return new Expr.Subscript(a, slice, ExprContext.Load, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            }
            pos = m;
        }
        return null;
    }

    /** {@code slices: slice !',' | ','.(slice | starred_expression)+ [',']}. */
    protected Expr slices() {
        enter();
        try {
            int start = pos;
            Expr a = slice();
            if (a != null && !lookahead(TokenType.COMMA)) {
                return a;
            }
            if (a == null) {
                a = starred_expression();
                if (a == null) {
                    return null;
                }
            }
            List<Expr> elts = new ArrayList<>();
            elts.add(a);
            while (true) {
                int m = pos;
                if (!accept(TokenType.COMMA)) {
                    break;
                }
                Expr c = slice();
                if (c == null) {
                    c = starred_expression();
                }
                if (c == null) {
                    pos = m;
                    break;
                }
                elts.add(c);
            }
            accept(TokenType.COMMA);
            Token s = tokenAt(start);
            Token e = lastNonWhitespaceToken();
            return new Expr.Tuple(elts, ExprContext.Load, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        } finally {
            leave();
        }
    }

    /** {@code slice: [expression] ':' [expression] [':' [expression]] | named_expression}. */
    protected Expr slice() {
        enter();
        try {
            int start = pos;
            Expr lower = expression();
            if (accept(TokenType.COLON)) {
                Expr upper = expression();
                Expr step = null;
                int m = pos;
                if (accept(TokenType.COLON)) {
                    step = expression();
                } else {
                    pos = m;
                }
                Token s = tokenAt(start);
                Token e = lastNonWhitespaceToken();
                return new Expr.Slice(lower, upper, step, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            }
            pos = start;
            return named_expression();
        } finally {
            leave();
        }
    }

    /**
     * {@code atom: NAME | 'True' | 'False' | 'None' | &STRING strings | NUMBER | &'(' (tuple | group
     * | genexp) | &'[' (list | listcomp) | &'{' (dict | set | dictcomp | setcomp) | '...'}.
     */
    protected Expr atom() {
        enter();
        try {
            Token t = peek();
            switch (t.type) {
                case TokenType.NAME:
                    pos++;
                    return nameExpr(t, ExprContext.Load);
                case TokenType.KW_TRUE:
                    pos++;
                    return constant(Boolean.TRUE, t);
                case TokenType.KW_FALSE:
                    pos++;
                    return constant(Boolean.FALSE, t);
                case TokenType.KW_NONE:
                    pos++;
                    return constant(null, t);
                case TokenType.STRING:
                    return strings();
                case TokenType.NUMBER:
                    pos++;
                    return numberConstant(t);
                case TokenType.LPAR:
                    return parenthesized();
                case TokenType.LSQB:
                    return bracketed();
                case TokenType.LBRACE:
                    return braced();
                case TokenType.ELLIPSIS:
                    pos++;
                    return constant(ConstantValues.Ellipsis.INSTANCE, t);
                default:
                    return null;
            }
        } finally {
            leave();
        }
    }

    private static Expr constant(Object value, Token t) {
        return new Expr.Constant(value, null, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
    }

    /** {@code (tuple | group | genexp)}. */
    private Expr parenthesized() {
        enter();
        try {
            Expr a = tuple();
            if (a == null) {
                a = group();
            }
            return a != null ? a : genexp();
        } finally {
            leave();
        }
    }

    /** {@code (list | listcomp)}. */
    private Expr bracketed() {
        enter();
        try {
            Expr a = list();
            return a != null ? a : listcomp();
        } finally {
            leave();
        }
    }

    /** {@code (dict | set | dictcomp | setcomp)}. */
    private Expr braced() {
        enter();
        try {
            Expr a = dict();
            if (a == null) {
                a = set();
            }
            if (a == null) {
                a = dictcomp();
            }
            return a != null ? a : setcomp();
        } finally {
            leave();
        }
    }

    /** {@code strings (memo): STRING+}, concatenated by {@link Strings#concatenate}. */
    protected Expr strings() {
        enter();
        try {
            if (memoHit(STRINGS)) {
                return memoNode();
            }
            int start = pos;
            List<Token> parts = new ArrayList<>(2);
            while (peekType() == TokenType.STRING) {
                parts.add(peek());
                pos++;
            }
            return memoize(STRINGS, start, parts.isEmpty() ? null : Strings.concatenate(this, parts));
        } finally {
            leave();
        }
    }

    /** {@code group: '(' (yield_expr | named_expression) ')' | invalid_group}. */
    protected Expr group() {
        enter();
        try {
            int start = pos;
            if (accept(TokenType.LPAR)) {
                Expr a = yield_expr();
                if (a == null) {
                    a = named_expression();
                }
                if (a != null && accept(TokenType.RPAR)) {
                    return a;
                }
                pos = start;
            }
            if (callInvalidRules) {
                invalid_group();
            }
            return null;
        } finally {
            leave();
        }
    }

    /** {@code tuple: '(' [star_named_expression ',' [star_named_expressions]] ')'}. */
    protected Expr tuple() {
        enter();
        try {
            int start = pos;
            if (!accept(TokenType.LPAR)) {
                return null;
            }
            List<Expr> elts = List.of();
            int m = pos;
            Expr y = star_named_expression();
            if (y != null && accept(TokenType.COMMA)) {
                elts = prepend(y, star_named_expressions());
            } else {
                pos = m;
            }
            if (accept(TokenType.RPAR)) {
                return display(elts, start, TokenType.LPAR);
            }
            pos = start;
            return null;
        } finally {
            leave();
        }
    }

    /** {@code list: '[' [star_named_expressions] ']'}. */
    protected Expr list() {
        enter();
        try {
            int start = pos;
            if (!accept(TokenType.LSQB)) {
                return null;
            }
            List<Expr> elts = star_named_expressions();
            if (accept(TokenType.RSQB)) {
                return display(elts == null ? List.of() : elts, start, TokenType.LSQB);
            }
            pos = start;
            return null;
        } finally {
            leave();
        }
    }

    /** {@code set: '{' star_named_expressions '}'}. */
    protected Expr set() {
        enter();
        try {
            int start = pos;
            if (!accept(TokenType.LBRACE)) {
                return null;
            }
            List<Expr> elts = star_named_expressions();
            if (elts != null && accept(TokenType.RBRACE)) {
                return display(elts, start, TokenType.LBRACE);
            }
            pos = start;
            return null;
        } finally {
            leave();
        }
    }

    /** A Tuple, List or Set from {@code start} to the closing bracket just consumed. */
    private Expr display(List<Expr> elts, int start, int open) {
        Token s = tokenAt(start);
        Token e = previous();
        return switch (open) {
            case TokenType.LPAR -> new Expr.Tuple(elts, ExprContext.Load, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            case TokenType.LSQB -> new Expr.List(elts, ExprContext.Load, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            default -> new Expr.Set(elts, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        };
    }
}
