package dev.adder.syntax;

import dev.adder.ast.Expr;
import dev.adder.ast.Pattern;

import java.util.ArrayList;
import java.util.List;

/**
 * The structured patterns of the pattern layer (CPython 3.11 Grammar/python.gram
 * {@code group_pattern} to {@code keyword_pattern}, and {@code invalid_class_pattern}): sequence,
 * mapping and class patterns, run on the parser that owns it as a helper object rather than as a
 * class in the parser's inheritance chain.
 *
 * <p>Where several alternatives of a rule begin with the same items (mapping and class patterns),
 * the shared prefix is parsed once: the rules are deterministic, so the result and the tokens looked
 * at are those of CPython's re-parse.
 */
final class PatternShapes {
    private final PatternRules p;
    private final PatternLiterals literals;

    /** CPython's {@code KeyPatternPair}: a mapping key or keyword name with its pattern. */
    private record KeyPatternPair(Expr key, Pattern pattern) {
    }

    PatternShapes(PatternRules parser, PatternLiterals literals) {
        this.p = parser;
        this.literals = literals;
    }

    /** {@code group_pattern: '(' pattern ')'}: the inner pattern itself. */
    Pattern group_pattern() {
        p.enter();
        int mark = p.pos;
        if (p.accept(TokenType.LPAR)) {
            Pattern inner = p.pattern();
            if (inner != null && p.accept(TokenType.RPAR)) {
                p.leave();
                return inner;
            }
        }
        p.reset(mark);
        p.leave();
        return null;
    }

    /**
     * {@code sequence_pattern: '[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'}.
     */
    Pattern sequence_pattern() {
        p.enter();
        int mark = p.pos;
        Token start = p.peek();
        int close;
        List<Pattern> patterns = null;
        if (p.accept(TokenType.LSQB)) {
            close = TokenType.RSQB;
            patterns = maybe_sequence_pattern();
        } else if (p.accept(TokenType.LPAR)) {
            close = TokenType.RPAR;
            patterns = open_sequence_pattern();
        } else {
            p.leave();
            return null;
        }
        if (!p.accept(close)) {
            p.reset(mark);
            p.leave();
            return null;
        }
        Token end = p.lastNonWhitespaceToken();
        p.leave();
        return new Pattern.MatchSequence(patterns == null ? List.of() : patterns, start.lineno,
                start.col_offset, end.end_lineno, end.end_col_offset);
    }

    /** {@code open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?}. */
    List<Pattern> open_sequence_pattern() {
        p.enter();
        int mark = p.pos;
        Pattern first = maybe_star_pattern();
        if (first != null && p.accept(TokenType.COMMA)) {
            List<Pattern> rest = maybe_sequence_pattern();
            List<Pattern> all = new ArrayList<>(rest == null ? 1 : rest.size() + 1);
            all.add(first);
            if (rest != null) {
                all.addAll(rest);
            }
            p.leave();
            return all;
        }
        p.reset(mark);
        p.leave();
        return null;
    }

    /** {@code maybe_sequence_pattern: ','.maybe_star_pattern+ ','?}. */
    List<Pattern> maybe_sequence_pattern() {
        p.enter();
        List<Pattern> all = p.gather(() -> maybe_star_pattern());
        if (all == null) {
            p.leave();
            return null;
        }
        p.accept(TokenType.COMMA);
        p.leave();
        return all;
    }

    /** {@code maybe_star_pattern: star_pattern | pattern}. */
    Pattern maybe_star_pattern() {
        p.enter();
        Pattern r = star_pattern();
        if (r == null) {
            r = p.pattern();
        }
        p.leave();
        return r;
    }

    /** {@code star_pattern} (memo): {@code '*' pattern_capture_target | '*' wildcard_pattern}. */
    Pattern star_pattern() {
        p.enter();
        int mark = p.pos;
        if (p.memoHit(PatternRules.STAR_PATTERN)) {
            p.leave();
            return p.memoNode();
        }
        Pattern result = null;
        Token star = p.expect(TokenType.STAR);
        if (star != null) {
            Expr.Name target = p.pattern_capture_target();
            String name = target != null ? target.id() : null;
            if (target != null || p.wildcard_pattern() != null) {
                Token end = p.lastNonWhitespaceToken();
                result = new Pattern.MatchStar(name, star.lineno, star.col_offset, end.end_lineno,
                        end.end_col_offset);
            } else {
                p.reset(mark);
            }
        }
        p.leave();
        return p.memoize(PatternRules.STAR_PATTERN, mark, result);
    }

    /**
     * {@code mapping_pattern: '{' '}' | '{' double_star_pattern ','? '}'
     * | '{' items_pattern ',' double_star_pattern ','? '}' | '{' items_pattern ','? '}'}.
     */
    Pattern mapping_pattern() {
        p.enter();
        int mark = p.pos;
        Token start = p.peek();
        if (!p.accept(TokenType.LBRACE)) {
            p.leave();
            return null;
        }
        int afterBrace = p.pos;
        List<KeyPatternPair> items = null;
        Expr.Name rest = null;
        boolean ok = p.accept(TokenType.RBRACE);
        if (!ok) {
            rest = double_star_pattern();
            ok = rest != null && closeMapping();
        }
        if (!ok) {
            p.reset(afterBrace);
            rest = null;
            items = items_pattern();
            if (items != null) {
                int afterItems = p.pos;
                if (p.accept(TokenType.COMMA)) {
                    rest = double_star_pattern();
                    ok = rest != null && closeMapping();
                }
                if (!ok) {
                    p.reset(afterItems);
                    rest = null;
                    ok = closeMapping();
                }
            }
        }
        if (!ok) {
            p.reset(mark);
            p.leave();
            return null;
        }
        Token end = p.lastNonWhitespaceToken();
        p.leave();
        return new Pattern.MatchMapping(keys(items), patterns(items), rest == null ? null : rest.id(),
                start.lineno, start.col_offset, end.end_lineno, end.end_col_offset);
    }

    /** {@code ','? '}'}, the end of a mapping pattern. */
    private boolean closeMapping() {
        p.accept(TokenType.COMMA);
        return p.accept(TokenType.RBRACE);
    }

    /** {@code items_pattern: ','.key_value_pattern+}. */
    private List<KeyPatternPair> items_pattern() {
        p.enter();
        List<KeyPatternPair> all = p.gather(() -> key_value_pattern());
        if (all == null) {
            p.leave();
            return null;
        }
        p.leave();
        return all;
    }

    /** {@code key_value_pattern: (literal_expr | attr) ':' pattern}. */
    private KeyPatternPair key_value_pattern() {
        p.enter();
        int mark = p.pos;
        Expr key = literals.literal_expr();
        if (key == null) {
            key = p.attr();
        }
        if (key != null && p.accept(TokenType.COLON)) {
            Pattern value = p.pattern();
            if (value != null) {
                p.leave();
                return new KeyPatternPair(key, value);
            }
        }
        p.reset(mark);
        p.leave();
        return null;
    }

    /** {@code double_star_pattern: '**' pattern_capture_target}. */
    private Expr.Name double_star_pattern() {
        p.enter();
        int mark = p.pos;
        Expr.Name target = null;
        if (p.accept(TokenType.DOUBLESTAR)) {
            target = p.pattern_capture_target();
        }
        if (target == null) {
            p.reset(mark);
        }
        p.leave();
        return target;
    }

    /**
     * {@code class_pattern: name_or_attr '(' ')' | name_or_attr '(' positional_patterns ','? ')'
     * | name_or_attr '(' keyword_patterns ','? ')'
     * | name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')' | invalid_class_pattern}.
     */
    Pattern class_pattern() {
        p.enter();
        int mark = p.pos;
        Token start = p.peek();
        Expr cls = p.name_or_attr();
        if (cls != null && p.accept(TokenType.LPAR)) {
            int afterParen = p.pos;
            List<Pattern> positional = null;
            List<KeyPatternPair> keywords = null;
            boolean ok = p.accept(TokenType.RPAR);
            if (!ok) {
                positional = positional_patterns();
                ok = positional != null && closeClass();
            }
            if (!ok) {
                p.reset(afterParen);
                keywords = keyword_patterns();
                ok = keywords != null && closeClass();
            }
            if (!ok) {
                p.reset(afterParen);
                positional = positional_patterns();
                keywords = null;
                if (positional != null && p.accept(TokenType.COMMA)) {
                    keywords = keyword_patterns();
                    ok = keywords != null && closeClass();
                }
            }
            if (ok) {
                Token end = p.lastNonWhitespaceToken();
                p.leave();
                List<String> names = new ArrayList<>(keywords == null ? 0 : keywords.size());
                if (keywords != null) {
                    for (KeyPatternPair k : keywords) {
                        names.add(((Expr.Name) k.key()).id());
                    }
                }
                return new Pattern.MatchClass(cls, positional == null ? List.of() : positional, names,
                        patterns(keywords), start.lineno, start.col_offset, end.end_lineno,
                        end.end_col_offset);
            }
        }
        p.reset(mark);
        if (p.callInvalidRules) {
            invalid_class_pattern();
        }
        p.leave();
        return null;
    }

    /** {@code ','? ')'}, the end of a class pattern. */
    private boolean closeClass() {
        p.accept(TokenType.COMMA);
        return p.accept(TokenType.RPAR);
    }

    /**
     * {@code invalid_class_pattern: name_or_attr '(' invalid_class_argument_pattern}, with
     * {@code invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ','
     * positional_patterns}: raises when it matches, else returns with the position restored.
     */
    private void invalid_class_pattern() {
        p.enter();
        int mark = p.pos;
        if (p.name_or_attr() != null && p.accept(TokenType.LPAR)) {
            List<Pattern> a = invalid_class_argument_pattern();
            if (a != null) {
                throw p.raiseSyntaxErrorKnownRange(a.get(0), a.get(a.size() - 1),
                        "positional patterns follow keyword patterns");
            }
        }
        p.reset(mark);
        p.leave();
    }

    private List<Pattern> invalid_class_argument_pattern() {
        p.enter();
        int mark = p.pos;
        if (positional_patterns() == null || !p.accept(TokenType.COMMA)) {
            p.reset(mark);
        }
        List<Pattern> a = null;
        if (keyword_patterns() != null && p.accept(TokenType.COMMA)) {
            a = positional_patterns();
        }
        if (a == null) {
            p.reset(mark);
        }
        p.leave();
        return a;
    }

    /** {@code positional_patterns: ','.pattern+}. */
    private List<Pattern> positional_patterns() {
        p.enter();
        List<Pattern> all = p.gather(() -> p.pattern());
        if (all == null) {
            p.leave();
            return null;
        }
        p.leave();
        return all;
    }

    /** {@code keyword_patterns: ','.keyword_pattern+}. */
    private List<KeyPatternPair> keyword_patterns() {
        p.enter();
        List<KeyPatternPair> all = p.gather(() -> keyword_pattern());
        if (all == null) {
            p.leave();
            return null;
        }
        p.leave();
        return all;
    }

    /** {@code keyword_pattern: NAME '=' pattern}. */
    private KeyPatternPair keyword_pattern() {
        p.enter();
        int mark = p.pos;
        Token name = p.expect(TokenType.NAME);
        if (name != null && p.accept(TokenType.EQUAL)) {
            Pattern value = p.pattern();
            if (value != null) {
                p.leave();
                return new KeyPatternPair(p.nameExpr(name, dev.adder.ast.ExprContext.Load), value);
            }
        }
        p.reset(mark);
        p.leave();
        return null;
    }

    private static List<Expr> keys(List<KeyPatternPair> pairs) {
        if (pairs == null) {
            return List.of();
        }
        List<Expr> keys = new ArrayList<>(pairs.size());
        for (KeyPatternPair pair : pairs) {
            keys.add(pair.key());
        }
        return keys;
    }

    private static List<Pattern> patterns(List<KeyPatternPair> pairs) {
        if (pairs == null) {
            return List.of();
        }
        List<Pattern> patterns = new ArrayList<>(pairs.size());
        for (KeyPatternPair pair : pairs) {
            patterns.add(pair.pattern());
        }
        return patterns;
    }
}
