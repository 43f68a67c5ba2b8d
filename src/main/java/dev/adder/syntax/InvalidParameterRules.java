package dev.adder.syntax;

import dev.adder.ast.Arg;

/**
 * The {@code invalid_*} rules of function and lambda parameters in CPython 3.11's grammar, with
 * its exact messages and locations. Each throws its error or fails leaving {@link #pos} unchanged.
 */
abstract class InvalidParameterRules extends ParameterRules {

    InvalidParameterRules(Source source, FStringField field) {
        super(source, field);
    }

    /**
     * {@code invalid_parameters} ({@code invalid_lambda_parameters} when {@code lambda}): defaults
     * out of order, parenthesized parameters, misplaced '/' and '*'.
     */
    @Override
    protected void invalid_parameters(boolean lambda) {
        enter();
        try {
            int start = pos;
            repeatNoDefault(lambda);
            if (invalid_parameters_helper(lambda)) {
                Arg a = param_no_default(lambda);
                if (a != null) {
                    throw raiseSyntaxErrorKnownLocation(a, "non-default argument follows default argument");
                }
            }
            pos = start;
            repeatNoDefault(lambda);
            Token open = expect(TokenType.LPAR);
            if (open != null && parenthesizedParams(lambda)) {
                accept(TokenType.COMMA);
                Token close = expect(TokenType.RPAR);
                if (close != null) {
                    throw raiseSyntaxErrorKnownRange(open, close, lambda
                            ? "Lambda expression parameters cannot be parenthesized"
                            : "Function parameters cannot be parenthesized");
                }
            }
            pos = start;
            Token slash = expect(TokenType.SLASH);
            if (slash != null && accept(TokenType.COMMA)) {
                throw raiseSyntaxErrorKnownLocation(slash, "at least one argument must precede /");
            }
            pos = start;
            if (slash_no_default(lambda) != null || slash_with_default(lambda) != null) {
                repeatMaybeDefault(lambda);
                Token again = expect(TokenType.SLASH);
                if (again != null) {
                    throw raiseSyntaxErrorKnownLocation(again, "/ may appear only once");
                }
            }
            pos = start;
            slashAheadOfStar(lambda);
            pos = start;
            if (!repeatMaybeDefault(lambda).isEmpty() && accept(TokenType.SLASH)) {
                Token star = expect(TokenType.STAR);
                if (star != null) {
                    throw raiseSyntaxErrorKnownLocation(star, "expected comma between / and *");
                }
            }
            pos = start;
        } finally {
            leave();
        }
    }

    /** {@code invalid_parameters_helper: slash_with_default | param_with_default+}. */
    private boolean invalid_parameters_helper(boolean lambda) {
        enter();
        try {
            return slash_with_default(lambda) != null || !repeatWithDefault(lambda).isEmpty();
        } finally {
            leave();
        }
    }

    /** Inside the parentheses: {@code param_no_default+}, or for lambda {@code ','.lambda_param+}. */
    private boolean parenthesizedParams(boolean lambda) {
        if (!lambda) {
            return !repeatNoDefault(false).isEmpty();
        }
        if (param(true) == null) {
            return false;
        }
        while (true) {
            int m = pos;
            if (!accept(TokenType.COMMA) || param(true) == null) {
                pos = m;
                return true;
            }
        }
    }

    /**
     * {@code (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' |
     * param_no_default) param_maybe_default* a='/'}: "/ must be ahead of *".
     */
    private void slashAheadOfStar(boolean lambda) {
        if (slash_no_default(lambda) == null) {
            slash_with_default(lambda);
        }
        repeatMaybeDefault(lambda);
        if (accept(TokenType.STAR) && (accept(TokenType.COMMA) || param_no_default(lambda) != null)) {
            repeatMaybeDefault(lambda);
            Token slash = expect(TokenType.SLASH);
            if (slash != null) {
                throw raiseSyntaxErrorKnownLocation(slash, "/ must be ahead of *");
            }
        }
    }

    /** {@code invalid_star_etc} ({@code invalid_lambda_star_etc} when {@code lambda}). */
    @Override
    protected void invalid_star_etc(boolean lambda) {
        enter();
        try {
            int start = pos;
            Token star = expect(TokenType.STAR);
            if (star == null) {
                return;
            }
            int closer = lambda ? TokenType.COLON : TokenType.RPAR;
            int afterStar = pos;
            if (accept(closer) || accept(TokenType.COMMA)
                    && (accept(closer) || accept(TokenType.DOUBLESTAR))) {
                throw lambda ? raiseSyntaxError("named arguments must follow bare *")
                        : raiseSyntaxErrorKnownLocation(star, "named arguments must follow bare *");
            }
            pos = afterStar;
            if (!lambda && accept(TokenType.COMMA) && lookahead(TokenType.TYPE_COMMENT)) {
                pos++;
                throw raiseSyntaxError("bare * has associated type comment");
            }
            pos = afterStar;
            if (param(lambda) != null) {
                Token eq = expect(TokenType.EQUAL);
                if (eq != null) {
                    throw raiseSyntaxErrorKnownLocation(eq, "var-positional argument cannot have default value");
                }
            }
            pos = afterStar;
            if (param_no_default(lambda) != null || accept(TokenType.COMMA)) {
                repeatMaybeDefault(lambda);
                Token again = expect(TokenType.STAR);
                if (again != null && (param_no_default(lambda) != null || accept(TokenType.COMMA))) {
                    throw raiseSyntaxErrorKnownLocation(again, "* argument may appear only once");
                }
            }
            pos = start;
        } finally {
            leave();
        }
    }

    /** {@code invalid_kwds} ({@code invalid_lambda_kwds} when {@code lambda}). */
    @Override
    protected void invalid_kwds(boolean lambda) {
        enter();
        try {
            int start = pos;
            if (!accept(TokenType.DOUBLESTAR) || param(lambda) == null) {
                pos = start;
                return;
            }
            int afterParam = pos;
            Token eq = expect(TokenType.EQUAL);
            if (eq != null) {
                throw raiseSyntaxErrorKnownLocation(eq, "var-keyword argument cannot have default value");
            }
            if (accept(TokenType.COMMA)) {
                Arg a = param(lambda);
                if (a != null) {
                    throw raiseSyntaxErrorKnownLocation(a, "arguments cannot follow var-keyword argument");
                }
                Token t = peek();
                if (t.type == TokenType.STAR || t.type == TokenType.DOUBLESTAR || t.type == TokenType.SLASH) {
                    throw raiseSyntaxErrorKnownLocation(t, "arguments cannot follow var-keyword argument");
                }
            }
            pos = start;
        } finally {
            leave();
        }
    }

    /** {@code invalid_default: '=' &(')'|',')}. */
    @Override
    protected void invalid_default() {
        enter();
        try {
            int start = pos;
            Token eq = expect(TokenType.EQUAL);
            if (eq != null && (lookahead(TokenType.RPAR) || lookahead(TokenType.COMMA))) {
                throw raiseSyntaxErrorKnownLocation(eq, "expected default value expression");
            }
            pos = start;
        } finally {
            leave();
        }
    }
}
