package dev.adder.syntax;

import dev.adder.ast.Arg;
import dev.adder.ast.Arguments;
import dev.adder.ast.Expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Function parameters and LAMBDA FUNCTIONS of CPython 3.11's grammar. The {@code lambda_*} rules
 * duplicate the {@code def} ones without annotations and type comments and with ':' where ')'
 * closes, so each rule here takes a {@code lambda} flag choosing its twin.
 */
abstract class ParameterRules extends CallRules {

    ParameterRules(Source source, FStringField field) {
        super(source, field);
    }

    /** A parameter and its default (null for none): CPython's NameDefaultPair. */
    protected record NameDefaultPair(Arg arg, Expr value) {
    }

    /** Positional-only parameters with defaults: CPython's SlashWithDefault. */
    protected record SlashWithDefault(List<Arg> plainNames, List<NameDefaultPair> namesWithDefaults) {
    }

    /** What follows {@code *}: CPython's StarEtc. */
    protected record StarEtc(Arg vararg, List<NameDefaultPair> kwonlyargs, Arg kwarg) {
    }

    /** {@code params: invalid_parameters | parameters}. */
    protected Arguments params() {
        enter();
        try {
            if (callInvalidRules) {
                invalid_parameters(false);
            }
            return parameters(false);
        } finally {
            leave();
        }
    }

    /** {@code lambdef: 'lambda' [lambda_params] ':' expression}. */
    @Override
    protected Expr lambdef() {
        enter();
        try {
            int start = pos;
            if (!accept(TokenType.KW_LAMBDA)) {
                return null;
            }
            Arguments a = lambda_params();
            if (accept(TokenType.COLON)) {
                Expr b = expression();
                if (b != null) {
                    Token s = tokenAt(start);
                    Token e = lastNonWhitespaceToken();
                    return new Expr.Lambda(a != null ? a : emptyArguments(), b, s.lineno, s.col_offset,
                            e.end_lineno, e.end_col_offset);
                }
            }
            pos = start;
            return null;
        } finally {
            leave();
        }
    }

    /** {@code lambda_params: invalid_lambda_parameters | lambda_parameters}. */
    protected Arguments lambda_params() {
        enter();
        try {
            if (callInvalidRules) {
                invalid_parameters(true);
            }
            return parameters(true);
        } finally {
            leave();
        }
    }

    /** Arguments with every list empty. CPython 3.11: Parser/action_helpers.c _PyPegen_empty_arguments */
    protected static Arguments emptyArguments() {
        return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }

    /** {@code parameters} / {@code lambda_parameters}: the five shapes of a parameter list. */
    protected Arguments parameters(boolean lambda) {
        enter();
        try {
            int start = pos;
            List<Arg> a = slash_no_default(lambda);
            if (a != null) {
                List<Arg> b = repeatNoDefault(lambda);
                List<NameDefaultPair> c = repeatWithDefault(lambda);
                return makeArguments(a, null, b, c, star_etc(lambda));
            }
            SlashWithDefault sd = slash_with_default(lambda);
            if (sd != null) {
                List<NameDefaultPair> b = repeatWithDefault(lambda);
                return makeArguments(null, sd, null, b, star_etc(lambda));
            }
            List<Arg> plain = repeatNoDefault(lambda);
            if (!plain.isEmpty()) {
                List<NameDefaultPair> b = repeatWithDefault(lambda);
                return makeArguments(null, null, plain, b, star_etc(lambda));
            }
            List<NameDefaultPair> withDefault = repeatWithDefault(lambda);
            if (!withDefault.isEmpty()) {
                return makeArguments(null, null, null, withDefault, star_etc(lambda));
            }
            StarEtc se = star_etc(lambda);
            if (se != null) {
                return makeArguments(null, null, null, null, se);
            }
            pos = start;
            return null;
        } finally {
            leave();
        }
    }

    /**
     * The arguments node from the parsed parts. CPython 3.11: Parser/action_helpers.c
     * _PyPegen_make_arguments
     */
    private static Arguments makeArguments(List<Arg> slashNoDefault, SlashWithDefault slashWithDefault,
                                           List<Arg> plainNames, List<NameDefaultPair> namesWithDefault,
                                           StarEtc starEtc) {
        List<Arg> posonly;
        if (slashNoDefault != null) {
            posonly = slashNoDefault;
        } else if (slashWithDefault != null) {
            posonly = new ArrayList<>(slashWithDefault.plainNames());
            posonly.addAll(names(slashWithDefault.namesWithDefaults()));
        } else {
            posonly = List.of();
        }
        List<Arg> posargs;
        if (namesWithDefault != null) {
            posargs = new ArrayList<>();
            if (plainNames != null) {
                posargs.addAll(plainNames);
            }
            posargs.addAll(names(namesWithDefault));
        } else {
            posargs = plainNames != null ? plainNames : List.of();
        }
        List<Expr> defaults = new ArrayList<>();
        if (slashWithDefault != null) {
            defaults.addAll(values(slashWithDefault.namesWithDefaults()));
        }
        if (namesWithDefault != null) {
            defaults.addAll(values(namesWithDefault));
        }
        List<NameDefaultPair> kwonly = starEtc != null && starEtc.kwonlyargs() != null
                ? starEtc.kwonlyargs() : List.of();
        return new Arguments(posonly, posargs, starEtc != null ? starEtc.vararg() : null, names(kwonly),
                values(kwonly), starEtc != null ? starEtc.kwarg() : null, defaults);
    }

    private static List<Arg> names(List<NameDefaultPair> pairs) {
        List<Arg> out = new ArrayList<>(pairs.size());
        for (NameDefaultPair p : pairs) {
            out.add(p.arg());
        }
        return out;
    }

    private static List<Expr> values(List<NameDefaultPair> pairs) {
        List<Expr> out = new ArrayList<>(pairs.size());
        for (NameDefaultPair p : pairs) {
            out.add(p.value());
        }
        return out;
    }

    /** {@code param_no_default*}. */
    protected final List<Arg> repeatNoDefault(boolean lambda) {
        return repeat(() -> param_no_default(lambda));
    }

    /** {@code param_with_default*}. */
    protected final List<NameDefaultPair> repeatWithDefault(boolean lambda) {
        return repeat(() -> param_with_default(lambda));
    }

    /** {@code param_maybe_default*}. */
    protected final List<NameDefaultPair> repeatMaybeDefault(boolean lambda) {
        return repeat(() -> param_maybe_default(lambda));
    }

    /** The token that ends a parameter list: ')' for def, ':' for lambda. */
    private static int closer(boolean lambda) {
        return lambda ? TokenType.COLON : TokenType.RPAR;
    }

    /** {@code slash_no_default: param_no_default+ '/' ',' | param_no_default+ '/' &')'}. */
    protected List<Arg> slash_no_default(boolean lambda) {
        enter();
        try {
            int start = pos;
            List<Arg> a = repeatNoDefault(lambda);
            if (!a.isEmpty() && accept(TokenType.SLASH)
                    && (accept(TokenType.COMMA) || lookahead(closer(lambda)))) {
                return a;
            }
            pos = start;
            return null;
        } finally {
            leave();
        }
    }

    /** {@code slash_with_default: param_no_default* param_with_default+ '/' (',' | &')')}. */
    protected SlashWithDefault slash_with_default(boolean lambda) {
        enter();
        try {
            int start = pos;
            List<Arg> a = repeatNoDefault(lambda);
            List<NameDefaultPair> b = repeatWithDefault(lambda);
            if (!b.isEmpty() && accept(TokenType.SLASH)
                    && (accept(TokenType.COMMA) || lookahead(closer(lambda)))) {
                return new SlashWithDefault(a, b);
            }
            pos = start;
            return null;
        } finally {
            leave();
        }
    }

    /**
     * {@code star_etc: invalid_star_etc | '*' param_no_default param_maybe_default* [kwds] |
     * '*' param_no_default_star_annotation param_maybe_default* [kwds] | '*' ','
     * param_maybe_default+ [kwds] | kwds} (lambda: without the star annotation).
     */
    protected StarEtc star_etc(boolean lambda) {
        enter();
        try {
            int start = pos;
            if (callInvalidRules) {
                invalid_star_etc(lambda);
            }
            if (accept(TokenType.STAR)) {
                Arg a = param_no_default(lambda);
                if (a == null && !lambda) {
                    a = param_no_default_star_annotation();
                }
                if (a != null) {
                    List<NameDefaultPair> b = repeatMaybeDefault(lambda);
                    return new StarEtc(a, b, kwds(lambda));
                }
                if (accept(TokenType.COMMA)) {
                    List<NameDefaultPair> b = repeatMaybeDefault(lambda);
                    if (!b.isEmpty()) {
                        return new StarEtc(null, b, kwds(lambda));
                    }
                }
                pos = start;
            }
            Arg k = kwds(lambda);
            return k == null ? null : new StarEtc(null, null, k);
        } finally {
            leave();
        }
    }

    /** {@code kwds: invalid_kwds | '**' param_no_default}. */
    protected Arg kwds(boolean lambda) {
        enter();
        try {
            int start = pos;
            if (callInvalidRules) {
                invalid_kwds(lambda);
            }
            if (accept(TokenType.DOUBLESTAR)) {
                Arg a = param_no_default(lambda);
                if (a != null) {
                    return a;
                }
                pos = start;
            }
            return null;
        } finally {
            leave();
        }
    }

    /** {@code param_no_default: param ',' TYPE_COMMENT? | param TYPE_COMMENT? &')'}. */
    protected Arg param_no_default(boolean lambda) {
        enter();
        try {
            int start = pos;
            Arg a = param(lambda);
            if (a != null) {
                boolean comma = accept(TokenType.COMMA);
                Token tc = lambda ? null : expect(TokenType.TYPE_COMMENT);
                if (comma || lookahead(closer(lambda))) {
                    return withTypeComment(a, tc);
                }
            }
            pos = start;
            return null;
        } finally {
            leave();
        }
    }

    /** {@code param_no_default_star_annotation: param_star_annotation (',' TYPE_COMMENT? | TYPE_COMMENT? &')')}. */
    protected Arg param_no_default_star_annotation() {
        enter();
        try {
            int start = pos;
            Arg a = param_star_annotation();
            if (a != null) {
                boolean comma = accept(TokenType.COMMA);
                Token tc = expect(TokenType.TYPE_COMMENT);
                if (comma || lookahead(TokenType.RPAR)) {
                    return withTypeComment(a, tc);
                }
            }
            pos = start;
            return null;
        } finally {
            leave();
        }
    }

    /** {@code param_with_default: param default ',' TYPE_COMMENT? | param default TYPE_COMMENT? &')'}. */
    protected NameDefaultPair param_with_default(boolean lambda) {
        return paramWithDefault(lambda, false);
    }

    /** {@code param_maybe_default: param default? ',' TYPE_COMMENT? | param default? TYPE_COMMENT? &')'}. */
    protected NameDefaultPair param_maybe_default(boolean lambda) {
        return paramWithDefault(lambda, true);
    }

    private NameDefaultPair paramWithDefault(boolean lambda, boolean optional) {
        enter();
        try {
            int start = pos;
            Arg a = param(lambda);
            if (a != null) {
                Expr c = default_();
                if (c != null || optional) {
                    boolean comma = accept(TokenType.COMMA);
                    Token tc = lambda ? null : expect(TokenType.TYPE_COMMENT);
                    if (comma || lookahead(closer(lambda))) {
                        return new NameDefaultPair(withTypeComment(a, tc), c);
                    }
                }
            }
            pos = start;
            return null;
        } finally {
            leave();
        }
    }

    /** CPython 3.11: Parser/action_helpers.c _PyPegen_add_type_comment_to_arg */
    private static Arg withTypeComment(Arg a, Token tc) {
        if (tc == null) {
            return a;
        }
        return new Arg(a.arg(), a.annotation(), tc.string, a.lineno(), a.col_offset(), a.end_lineno(),
                a.end_col_offset());
    }

    /** {@code param: NAME annotation?}; {@code lambda_param: NAME}. */
    protected Arg param(boolean lambda) {
        enter();
        try {
            Token n = expect(TokenType.NAME);
            if (n == null) {
                return null;
            }
            Expr annotation = lambda ? null : annotation();
            Token e = lastNonWhitespaceToken();
            return new Arg(identifier(n), annotation, null, n.lineno, n.col_offset, e.end_lineno, e.end_col_offset);
        } finally {
            leave();
        }
    }

    /** {@code param_star_annotation: NAME star_annotation}. */
    protected Arg param_star_annotation() {
        enter();
        try {
            int start = pos;
            Token n = expect(TokenType.NAME);
            if (n != null) {
                Expr annotation = star_annotation();
                if (annotation != null) {
                    Token e = lastNonWhitespaceToken();
                    return new Arg(identifier(n), annotation, null, n.lineno, n.col_offset, e.end_lineno,
                            e.end_col_offset);
                }
            }
            pos = start;
            return null;
        } finally {
            leave();
        }
    }

    /** {@code annotation: ':' expression}. */
    protected Expr annotation() {
        return colonThen(false);
    }

    /** {@code star_annotation: ':' star_expression}. */
    protected Expr star_annotation() {
        return colonThen(true);
    }

    private Expr colonThen(boolean star) {
        enter();
        try {
            int start = pos;
            if (accept(TokenType.COLON)) {
                Expr a = star ? star_expression() : expression();
                if (a != null) {
                    return a;
                }
            }
            pos = start;
            return null;
        } finally {
            leave();
        }
    }

    /** {@code default: '=' expression | invalid_default} (named so as {@code default} is a Java keyword). */
    protected Expr default_() {
        enter();
        try {
            int start = pos;
            if (accept(TokenType.EQUAL)) {
                Expr a = expression();
                if (a != null) {
                    return a;
                }
                pos = start;
            }
            if (callInvalidRules) {
                invalid_default();
            }
            return null;
        } finally {
            leave();
        }
    }

    // ---- invalid_ rules: in InvalidParameterRules ------------------------------------

    /** {@code invalid_parameters} / {@code invalid_lambda_parameters}. */
    protected abstract void invalid_parameters(boolean lambda);

    /** {@code invalid_star_etc} / {@code invalid_lambda_star_etc}. */
    protected abstract void invalid_star_etc(boolean lambda);

    /** {@code invalid_kwds} / {@code invalid_lambda_kwds}. */
    protected abstract void invalid_kwds(boolean lambda);

    /** {@code invalid_default: '=' &(')'|',')}. */
    protected abstract void invalid_default();
}
