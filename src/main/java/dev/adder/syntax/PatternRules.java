package dev.adder.syntax;

import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;
import dev.adder.ast.MatchCase;
import dev.adder.ast.Pattern;
import dev.adder.ast.Stmt;

import java.util.ArrayList;
import java.util.List;

/**
 * The pattern layer of the PEG parser: the {@code match} statement and its patterns, ported rule by
 * rule from CPython 3.11's {@code Grammar/python.gram} ("Match statement" section and the
 * {@code invalid_match_stmt} / {@code invalid_case_block} / {@code invalid_as_pattern} /
 * {@code invalid_class_pattern} rules).
 *
 * <p>This class holds the statement-level rules and the pattern skeleton ({@code patterns},
 * {@code pattern}, {@code as_pattern}, {@code or_pattern}, {@code closed_pattern}) and the name
 * rules; literals live in {@link PatternLiterals}, sequence, mapping and class patterns in
 * {@link PatternShapes}. {@code match}, {@code case} and {@code _} are soft keywords (NAME tokens).
 */
public abstract class PatternRules extends ExpressionRules {
    /** Memo ids of this layer: 2000-2999. */
    static final int CLOSED_PATTERN = 2000;
    static final int STAR_PATTERN = 2001;
    static final int ATTR = 2002;

    private final PatternLiterals literals = new PatternLiterals(this);
    private final PatternShapes shapes = new PatternShapes(this, literals);


    protected PatternRules(Source source, FStringField field) {
        super(source, field);
    }

    /** {@code block} (memoized), implemented by the statement layer. */
    protected abstract List<Stmt> block();

    /**
     * {@code match_stmt}, including its invalid_ alternatives; null when it is not one.
     * {@code "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT | invalid_match_stmt}
     */
    protected Stmt match_stmt() {
        enter();
        int mark = pos;
        Token start = peek();
        if (expectSoftKeyword("match") != null) {
            Expr subject = subject_expr();
            if (subject != null && accept(TokenType.COLON) && accept(TokenType.NEWLINE)
                    && accept(TokenType.INDENT)) {
                List<MatchCase> cases = new ArrayList<>();
                for (MatchCase c = case_block(); c != null; c = case_block()) {
                    cases.add(c);
                }
                if (!cases.isEmpty() && accept(TokenType.DEDENT)) {
                    Token end = lastNonWhitespaceToken();
                    leave();
                    return new Stmt.Match(subject, cases, start.lineno, start.col_offset,
                            end.end_lineno, end.end_col_offset);
                }
            }
        }
        reset(mark);
        if (callInvalidRules) {
            invalid_match_stmt();
            reset(mark);
        }
        leave();
        return null;
    }

    /** {@code invalid_match_stmt}: raises when it matches, else returns with {@link #pos} restored. */
    private void invalid_match_stmt() {
        enter();
        int mark = pos;
        if (expectSoftKeyword("match") != null && subject_expr() != null && accept(TokenType.NEWLINE)) {
            throw raiseSyntaxError("expected ':'");
        }
        reset(mark);
        Token a = expectSoftKeyword("match");
        if (a != null && subject_expr() != null && accept(TokenType.COLON) && accept(TokenType.NEWLINE)
                && !lookahead(TokenType.INDENT)) {
            throw raiseIndentationError(
                    "expected an indented block after 'match' statement on line " + a.lineno);
        }
        reset(mark);
        leave();
    }

    /**
     * {@code subject_expr: star_named_expression ',' star_named_expressions? | named_expression}.
     */
    Expr subject_expr() {
        enter();
        int mark = pos;
        Token start = peek();
        Expr value = star_named_expression();
        if (value != null && accept(TokenType.COMMA)) {
            int m = pos;
            List<Expr> values = star_named_expressions();
            if (values == null) {
                reset(m);
            }
            List<Expr> elts = new ArrayList<>(values == null ? 1 : values.size() + 1);
            elts.add(value);
            if (values != null) {
                elts.addAll(values);
            }
            Token end = lastNonWhitespaceToken();
            leave();
            return new Expr.Tuple(elts, ExprContext.Load, start.lineno, start.col_offset,
                    end.end_lineno, end.end_col_offset);
        }
        reset(mark);
        Expr e = named_expression();
        if (e == null) {
            reset(mark);
        }
        leave();
        return e;
    }

    /** {@code case_block: invalid_case_block | "case" patterns guard? ':' block}. */
    MatchCase case_block() {
        enter();
        int mark = pos;
        if (callInvalidRules) {
            invalid_case_block();
        }
        if (expectSoftKeyword("case") != null) {
            Pattern pattern = patterns();
            if (pattern != null) {
                Expr guard = guard();
                if (accept(TokenType.COLON)) {
                    List<Stmt> body = block();
                    if (body != null) {
                        leave();
                        return new MatchCase(pattern, guard, body);
                    }
                }
            }
        }
        reset(mark);
        leave();
        return null;
    }

    /** {@code invalid_case_block}: raises when it matches, else returns with {@link #pos} restored. */
    private void invalid_case_block() {
        enter();
        int mark = pos;
        if (expectSoftKeyword("case") != null && patterns() != null) {
            guard();
            if (accept(TokenType.NEWLINE)) {
                throw raiseSyntaxError("expected ':'");
            }
        }
        reset(mark);
        Token a = expectSoftKeyword("case");
        if (a != null && patterns() != null) {
            guard();
            if (accept(TokenType.COLON) && accept(TokenType.NEWLINE) && !lookahead(TokenType.INDENT)) {
                throw raiseIndentationError(
                        "expected an indented block after 'case' statement on line " + a.lineno);
            }
        }
        reset(mark);
        leave();
    }

    /** {@code guard: 'if' named_expression}. */
    Expr guard() {
        enter();
        int mark = pos;
        if (accept(TokenType.KW_IF)) {
            Expr g = named_expression();
            if (g != null) {
                leave();
                return g;
            }
        }
        reset(mark);
        leave();
        return null;
    }

    /** {@code patterns: open_sequence_pattern | pattern}. */
    Pattern patterns() {
        enter();
        int mark = pos;
        Token start = peek();
        List<Pattern> seq = shapes.open_sequence_pattern();
        if (seq != null) {
            Token end = lastNonWhitespaceToken();
            leave();
            return new Pattern.MatchSequence(seq, start.lineno, start.col_offset, end.end_lineno,
                    end.end_col_offset);
        }
        reset(mark);
        Pattern p = pattern();
        leave();
        return p;
    }

    /** {@code pattern: as_pattern | or_pattern}. */
    Pattern pattern() {
        enter();
        Pattern p = as_pattern();
        if (p == null) {
            p = or_pattern();
        }
        leave();
        return p;
    }

    /** {@code as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern}. */
    Pattern as_pattern() {
        enter();
        int mark = pos;
        Token start = peek();
        Pattern p = or_pattern();
        if (p != null && accept(TokenType.KW_AS)) {
            Expr.Name target = pattern_capture_target();
            if (target != null) {
                Token end = lastNonWhitespaceToken();
                leave();
                return new Pattern.MatchAs(p, target.id(), start.lineno, start.col_offset,
                        end.end_lineno, end.end_col_offset);
            }
        }
        reset(mark);
        if (callInvalidRules) {
            invalid_as_pattern();
        }
        leave();
        return null;
    }

    /** {@code invalid_as_pattern}: raises when it matches, else returns with {@link #pos} restored. */
    private void invalid_as_pattern() {
        enter();
        int mark = pos;
        if (or_pattern() != null && accept(TokenType.KW_AS)) {
            Token a = expectSoftKeyword("_");
            if (a != null) {
                throw raiseSyntaxErrorKnownLocation(a, "cannot use '_' as a target");
            }
        }
        reset(mark);
        if (or_pattern() != null && accept(TokenType.KW_AS) && !lookahead(TokenType.NAME)) {
            Expr a = expression();
            if (a != null) {
                throw raiseSyntaxErrorKnownLocation(a, "invalid pattern target");
            }
        }
        reset(mark);
        leave();
    }

    /** {@code or_pattern: '|'.closed_pattern+}: a lone pattern stands for itself. */
    Pattern or_pattern() {
        enter();
        int mark = pos;
        Token start = peek();
        Pattern first = closed_pattern();
        if (first == null) {
            reset(mark);
            leave();
            return null;
        }
        List<Pattern> alts = null;
        while (true) {
            int m = pos;
            if (!accept(TokenType.VBAR)) {
                break;
            }
            Pattern next = closed_pattern();
            if (next == null) {
                reset(m);
                break;
            }
            if (alts == null) {
                alts = new ArrayList<>();
                alts.add(first);
            }
            alts.add(next);
        }
        leave();
        if (alts == null) {
            return first;
        }
        Token end = lastNonWhitespaceToken();
        return new Pattern.MatchOr(alts, start.lineno, start.col_offset, end.end_lineno, end.end_col_offset);
    }

    /**
     * {@code closed_pattern} (memo): literal, capture, wildcard, value, group, sequence, mapping or
     * class pattern, tried in that order.
     */
    Pattern closed_pattern() {
        enter();
        int mark = pos;
        if (memoHit(CLOSED_PATTERN)) {
            leave();
            return memoNode();
        }
        Pattern p = literals.literal_pattern();
        if (p == null) {
            p = capture_pattern();
        }
        if (p == null) {
            p = wildcard_pattern();
        }
        if (p == null) {
            p = value_pattern();
        }
        if (p == null) {
            p = shapes.group_pattern();
        }
        if (p == null) {
            p = shapes.sequence_pattern();
        }
        if (p == null) {
            p = shapes.mapping_pattern();
        }
        if (p == null) {
            p = shapes.class_pattern();
        }
        leave();
        return memoize(CLOSED_PATTERN, mark, p);
    }

    /** {@code capture_pattern: pattern_capture_target}, a MatchAs with no sub-pattern. */
    Pattern capture_pattern() {
        enter();
        Token start = peek();
        Expr.Name target = pattern_capture_target();
        leave();
        if (target == null) {
            return null;
        }
        Token end = lastNonWhitespaceToken();
        return new Pattern.MatchAs(null, target.id(), start.lineno, start.col_offset, end.end_lineno,
                end.end_col_offset);
    }

    /** {@code pattern_capture_target: !"_" NAME !('.' | '(' | '=')}, a Name in Store context. */
    Expr.Name pattern_capture_target() {
        enter();
        int mark = pos;
        Token t = peek();
        if (t.type == TokenType.NAME && !t.string.equals("_")) {
            pos++;
            int next = peekType();
            if (next != TokenType.DOT && next != TokenType.LPAR && next != TokenType.EQUAL) {
                leave();
                return nameExpr(t, ExprContext.Store);
            }
        }
        reset(mark);
        leave();
        return null;
    }

    /** {@code wildcard_pattern: "_"}. */
    Pattern wildcard_pattern() {
        enter();
        Token t = expectSoftKeyword("_");
        leave();
        if (t == null) {
            return null;
        }
        return new Pattern.MatchAs(null, null, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
    }

    /** {@code value_pattern: attr !('.' | '(' | '=')}. */
    Pattern value_pattern() {
        enter();
        int mark = pos;
        Token start = peek();
        Expr attr = attr();
        if (attr != null) {
            int next = peekType();
            if (next != TokenType.DOT && next != TokenType.LPAR && next != TokenType.EQUAL) {
                Token end = lastNonWhitespaceToken();
                leave();
                return new Pattern.MatchValue(attr, start.lineno, start.col_offset, end.end_lineno,
                        end.end_col_offset);
            }
        }
        reset(mark);
        leave();
        return null;
    }

    /**
     * {@code attr: name_or_attr '.' NAME} (left-recursive, so memoized as CPython does): the longest
     * dotted name with at least one dot, built by iteration instead of growing the seed.
     */
    Expr attr() {
        enter();
        int mark = pos;
        if (memoHit(ATTR)) {
            leave();
            return memoNode();
        }
        Expr result = null;
        Token first = peek();
        if (first.type == TokenType.NAME) {
            pos++;
            Expr value = nameExpr(first, ExprContext.Load);
            while (true) {
                int m = pos;
                if (!accept(TokenType.DOT)) {
                    break;
                }
                Token name = expect(TokenType.NAME);
                if (name == null) {
                    reset(m);
                    break;
                }
                value = new Expr.Attribute(value, identifier(name), ExprContext.Load, first.lineno,
                        first.col_offset, name.end_lineno, name.end_col_offset);
                result = value;
            }
        }
        if (result == null) {
            reset(mark);
        }
        leave();
        return memoize(ATTR, mark, result);
    }

    /** {@code name_or_attr: attr | NAME}. */
    Expr name_or_attr() {
        enter();
        Expr e = attr();
        if (e == null) {
            Token t = expect(TokenType.NAME);
            if (t != null) {
                e = nameExpr(t, ExprContext.Load);
            }
        }
        leave();
        return e;
    }
}
