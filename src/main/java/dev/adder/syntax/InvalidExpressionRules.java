package dev.adder.syntax;

import dev.adder.ast.Expr;

import java.util.List;

/**
 * The {@code invalid_*} rules of CPython 3.11's grammar for expressions, displays and
 * comprehensions, with its exact messages and locations. They run in the second pass only
 * (except where pegen runs them in both, noted at the call); each throws its error or fails
 * leaving {@link #pos} unchanged.
 */
abstract class InvalidExpressionRules extends TargetRules {

    InvalidExpressionRules(Source source, FStringField field) {
        super(source, field);
    }

    /** CPython 3.11: Parser/action_helpers.c _PyPegen_check_legacy_stmt */
    private static boolean isLegacyStatementName(Expr e) {
        return e instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"));
    }

    /**
     * {@code invalid_expression: !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
     * | disjunction 'if' disjunction !('else'|':')}.
     */
    @Override
    protected void invalid_expression() {
        enter();
        try {
            int start = pos;
            Token t = peek();
            boolean excluded = false;
            if (t.type == TokenType.NAME) {
                pos++;
                excluded = peekType() == TokenType.STRING || isSoftKeyword(t);
                pos = start;
            }
            if (!excluded) {
                Expr a = disjunction();
                if (a != null) {
                    Expr b = expression_without_invalid();
                    // only inside brackets: at top level two expressions are a statement's business
                    if (b != null && !isLegacyStatementName(a) && tokenLevel(pos - 1) != 0) {
                        throw raiseSyntaxErrorKnownRange(a, b, "invalid syntax. Perhaps you forgot a comma?");
                    }
                }
                pos = start;
            }
            Expr a = disjunction();
            if (a != null && accept(TokenType.KW_IF)) {
                Expr b = disjunction();
                if (b != null && !lookahead(TokenType.KW_ELSE) && !lookahead(TokenType.COLON)) {
                    throw raiseSyntaxErrorKnownRange(a, b, "expected 'else' after 'if' expression");
                }
            }
            pos = start;
        } finally {
            leave();
        }
    }

    /** {@code invalid_legacy_expression: NAME !'(' star_expressions}, for print and exec. */
    @Override
    protected void invalid_legacy_expression() {
        enter();
        try {
            int start = pos;
            Token n = expect(TokenType.NAME);
            if (n != null && !lookahead(TokenType.LPAR)) {
                Expr b = star_expressions();
                if (b != null && (n.string.equals("print") || n.string.equals("exec"))) {
                    String id = identifier(n);
                    throw raiseSyntaxErrorKnownRange(n, b,
                            "Missing parentheses in call to '" + id + "'. Did you mean " + id + "(...)?");
                }
            }
            pos = start;
        } finally {
            leave();
        }
    }

    /** {@code invalid_named_expression (memo)}: ':=' and '=' where they cannot be. */
    @Override
    protected void invalid_named_expression() {
        enter();
        try {
            if (memoHit(INVALID_NAMED_EXPRESSION)) {
                return;
            }
            int start = pos;
            Expr a = expression();
            if (a != null && accept(TokenType.COLONEQUAL) && expression() != null) {
                throw raiseSyntaxErrorKnownLocation(a,
                        "cannot use assignment expressions with " + getExprName(a));
            }
            pos = start;
            Token n = expect(TokenType.NAME);
            if (n != null && accept(TokenType.EQUAL)) {
                Expr b = bitwise_or();
                if (b != null && !lookahead(TokenType.EQUAL) && !lookahead(TokenType.COLONEQUAL)) {
                    throw raiseSyntaxErrorKnownRange(n, b,
                            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                }
            }
            pos = start;
            if (!startsDisplayOrConstant()) {
                a = bitwise_or();
                if (a != null && accept(TokenType.EQUAL) && bitwise_or() != null
                        && !lookahead(TokenType.EQUAL) && !lookahead(TokenType.COLONEQUAL)) {
                    throw raiseSyntaxErrorKnownLocation(a, "cannot assign to " + getExprName(a)
                            + " here. Maybe you meant '==' instead of '='?");
                }
            }
            pos = start;
            memoize(INVALID_NAMED_EXPRESSION, start, null);
        } finally {
            leave();
        }
    }

    /** {@code &(list|tuple|genexp|'True'|'None'|'False')}, consuming nothing. */
    private boolean startsDisplayOrConstant() {
        int start = pos;
        boolean found = list() != null || tuple() != null || genexp() != null;
        pos = start;
        int t = peekType();
        return found || t == TokenType.KW_TRUE || t == TokenType.KW_NONE || t == TokenType.KW_FALSE;
    }

    /** {@code invalid_comprehension}: unpacking and unparenthesized tuples as comprehension targets. */
    @Override
    protected void invalid_comprehension() {
        enter();
        try {
            int start = pos;
            int open = peekType();
            if (open != TokenType.LSQB && open != TokenType.LPAR && open != TokenType.LBRACE) {
                return;
            }
            pos++;
            Expr a = starred_expression();
            if (a != null && for_if_clauses() != null) {
                throw raiseSyntaxErrorKnownLocation(a, "iterable unpacking cannot be used in comprehension");
            }
            if (open == TokenType.LPAR) {
                pos = start;
                return;
            }
            pos = start + 1;
            a = star_named_expression();
            if (a != null && accept(TokenType.COMMA)) {
                List<Expr> b = star_named_expressions();
                if (b != null && for_if_clauses() != null) {
                    throw raiseSyntaxErrorKnownRange(a, b.get(b.size() - 1),
                            "did you forget parentheses around the comprehension target?");
                }
            }
            pos = start + 1;
            a = star_named_expression();
            if (a != null) {
                Token comma = expect(TokenType.COMMA);
                if (comma != null && for_if_clauses() != null) {
                    throw raiseSyntaxErrorKnownRange(a, comma,
                            "did you forget parentheses around the comprehension target?");
                }
            }
            pos = start;
        } finally {
            leave();
        }
    }

    /** {@code invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'}. */
    @Override
    protected void invalid_dict_comprehension() {
        enter();
        try {
            int start = pos;
            if (accept(TokenType.LBRACE)) {
                Token a = expect(TokenType.DOUBLESTAR);
                if (a != null && bitwise_or() != null && for_if_clauses() != null
                        && accept(TokenType.RBRACE)) {
                    throw raiseSyntaxErrorKnownLocation(a, "dict unpacking cannot be used in dict comprehension");
                }
            }
            pos = start;
        } finally {
            leave();
        }
    }

    /**
     * {@code invalid_double_starred_kvpairs: ','.double_starred_kvpair+ ',' invalid_kvpair |
     * expression ':' '*' bitwise_or | expression ':' &('}'|',')}.
     */
    @Override
    protected void invalid_double_starred_kvpairs() {
        enter();
        try {
            int start = pos;
            if (double_starred_kvpair() != null) {
                while (true) {
                    int m = pos;
                    if (!accept(TokenType.COMMA) || double_starred_kvpair() == null) {
                        pos = m;
                        break;
                    }
                }
                if (accept(TokenType.COMMA)) {
                    invalid_kvpair();
                }
            }
            pos = start;
            kvpairValueErrors();
            pos = start;
        } finally {
            leave();
        }
    }

    /** {@code invalid_kvpair: expression !(':') | expression ':' '*' bitwise_or | expression ':' &('}'|',')}. */
    protected void invalid_kvpair() {
        enter();
        try {
            int start = pos;
            Expr a = expression();
            if (a != null && !lookahead(TokenType.COLON)) {
                // CPython passes end_col_offset - 1 and no end: the caret sits at the key's end
                throw raiseKnownLocation("SyntaxError", a.lineno(), a.end_col_offset(), a.end_lineno(), 0,
                        "':' expected after dictionary key");
            }
            pos = start;
            kvpairValueErrors();
            pos = start;
        } finally {
            leave();
        }
    }

    /** {@code expression ':' a='*' bitwise_or | expression a=':' &('}'|',')}. */
    private void kvpairValueErrors() {
        int start = pos;
        if (expression() != null && accept(TokenType.COLON)) {
            Token star = expect(TokenType.STAR);
            if (star != null && bitwise_or() != null) {
                throw raiseSyntaxErrorStartingFrom(star, "cannot use a starred expression in a dictionary value");
            }
        }
        pos = start;
        if (expression() != null) {
            Token colon = expect(TokenType.COLON);
            if (colon != null && (lookahead(TokenType.RBRACE) || lookahead(TokenType.COMMA))) {
                throw raiseSyntaxErrorKnownLocation(colon, "expression expected after dictionary key and ':'");
            }
        }
        pos = start;
    }

    /** {@code invalid_group: '(' starred_expression ')' | '(' '**' expression ')'}. */
    @Override
    protected void invalid_group() {
        enter();
        try {
            int start = pos;
            if (accept(TokenType.LPAR)) {
                Expr a = starred_expression();
                if (a != null && accept(TokenType.RPAR)) {
                    throw raiseSyntaxErrorKnownLocation(a, "cannot use starred expression here");
                }
                pos = start + 1;
                Token b = expect(TokenType.DOUBLESTAR);
                if (b != null && expression() != null && accept(TokenType.RPAR)) {
                    throw raiseSyntaxErrorKnownLocation(b, "cannot use double starred expression here");
                }
            }
            pos = start;
        } finally {
            leave();
        }
    }

    /** {@code invalid_for_target: ASYNC? 'for' star_expressions}: "cannot assign to %s". */
    @Override
    protected void invalid_for_target() {
        enter();
        try {
            int start = pos;
            if (isAsync(peekType())) {
                pos++;
            }
            if (accept(TokenType.KW_FOR)) {
                Expr a = star_expressions();
                if (a != null) {
                    raiseInvalidTarget(TargetsType.FOR_TARGETS, a);
                }
            }
            pos = start;
        } finally {
            leave();
        }
    }
}
