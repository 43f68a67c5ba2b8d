package dev.adder.syntax;

import dev.adder.ast.Comprehension;
import dev.adder.ast.Expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Dicts and COMPREHENSIONS of CPython 3.11's grammar: dict displays, their key/value pairs, the
 * {@code for ... in ... if ...} clauses, and list, set, dict and generator comprehensions.
 */
abstract class ComprehensionRules extends OperatorRules {

    ComprehensionRules(Source source, FStringField field) {
        super(source, field);
    }

    /** A dict display entry; a null key is a {@code **} unpacking (CPython's KeyValuePair). */
    protected record KeyValuePair(Expr key, Expr value) {
    }

    /** {@code dict: '{' [double_starred_kvpairs] '}' | '{' invalid_double_starred_kvpairs '}'}. */
    protected Expr dict() {
        enter();
        try {
            int start = pos;
            if (!accept(TokenType.LBRACE)) {
                return null;
            }
            List<KeyValuePair> pairs = double_starred_kvpairs();
            if (accept(TokenType.RBRACE)) {
                List<Expr> keys = new ArrayList<>();
                List<Expr> values = new ArrayList<>();
                if (pairs != null) {
                    for (KeyValuePair p : pairs) {
                        keys.add(p.key());
                        values.add(p.value());
                    }
                }
                Token s = tokenAt(start);
                Token e = previous();
                return new Expr.Dict(keys, values, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            }
            // pegen guards only alternatives that are a lone invalid_ rule: this one runs in both passes
            pos = start + 1;
            invalid_double_starred_kvpairs();
            pos = start;
            return null;
        } finally {
            leave();
        }
    }

    /** {@code double_starred_kvpairs: ','.double_starred_kvpair+ [',']}. */
    protected List<KeyValuePair> double_starred_kvpairs() {
        enter();
        try {
            List<KeyValuePair> pairs = gather(() -> double_starred_kvpair());
            if (pairs == null) {
                return null;
            }
            accept(TokenType.COMMA);
            return pairs;
        } finally {
            leave();
        }
    }

    /** {@code double_starred_kvpair: '**' bitwise_or | kvpair}. */
    protected KeyValuePair double_starred_kvpair() {
        enter();
        try {
            int start = pos;
            if (accept(TokenType.DOUBLESTAR)) {
                Expr a = bitwise_or();
                if (a != null) {
                    return new KeyValuePair(null, a);
                }
                pos = start;
            }
            return kvpair();
        } finally {
            leave();
        }
    }

    /** {@code kvpair: expression ':' expression}. */
    protected KeyValuePair kvpair() {
        enter();
        try {
            int start = pos;
            Expr a = expression();
            if (a != null && accept(TokenType.COLON)) {
                Expr b = expression();
                if (b != null) {
                    return new KeyValuePair(a, b);
                }
            }
            pos = start;
            return null;
        } finally {
            leave();
        }
    }

    /** {@code for_if_clauses: for_if_clause+}. */
    protected List<Comprehension> for_if_clauses() {
        enter();
        try {
            Comprehension c = for_if_clause();
            if (c == null) {
                return null;
            }
            List<Comprehension> clauses = new ArrayList<>(1);
            do {
                clauses.add(c);
            } while ((c = for_if_clause()) != null);
            return clauses;
        } finally {
            leave();
        }
    }

    /**
     * {@code for_if_clause: ASYNC 'for' star_targets 'in' ~ disjunction ('if' disjunction)* |
     * 'for' star_targets 'in' ~ disjunction ('if' disjunction)* | invalid_for_target}.
     */
    protected Comprehension for_if_clause() {
        enter();
        try {
            int start = pos;
            boolean async = isAsync(peekType());
            if (async) {
                pos++;
            }
            if (accept(TokenType.KW_FOR)) {
                Expr target = star_targets();
                if (target != null && accept(TokenType.KW_IN)) {
                    Expr iter = disjunction();
                    if (iter == null) {
                        pos = start;
                        return null; // the cut: no further alternative
                    }
                    List<Expr> ifs = new ArrayList<>(0);
                    while (true) {
                        int m = pos;
                        if (!accept(TokenType.KW_IF)) {
                            break;
                        }
                        Expr z = disjunction();
                        if (z == null) {
                            pos = m;
                            break;
                        }
                        ifs.add(z);
                    }
                    return new Comprehension(target, iter, ifs, async ? 1 : 0);
                }
            }
            pos = start;
            if (callInvalidRules) {
                invalid_for_target();
            }
            return null;
        } finally {
            leave();
        }
    }

    /** {@code listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension}. */
    protected Expr listcomp() {
        return comprehension(TokenType.LSQB, TokenType.RSQB);
    }

    /** {@code setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension}. */
    protected Expr setcomp() {
        return comprehension(TokenType.LBRACE, TokenType.RBRACE);
    }

    /** {@code genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' | invalid_comprehension}. */
    protected Expr genexp() {
        return comprehension(TokenType.LPAR, TokenType.RPAR);
    }

    private Expr comprehension(int open, int close) {
        enter();
        try {
            int start = pos;
            if (accept(open)) {
                Expr elt;
                if (open == TokenType.LPAR) {
                    elt = assignment_expression();
                    if (elt == null) {
                        int m = pos;
                        elt = expression();
                        if (elt != null && lookahead(TokenType.COLONEQUAL)) {
                            elt = null;
                            pos = m;
                        }
                    }
                } else {
                    elt = named_expression();
                }
                if (elt != null) {
                    List<Comprehension> gens = for_if_clauses();
                    if (gens != null && accept(close)) {
                        Token s = tokenAt(start);
                        Token e = previous();
                        return switch (open) {
                            case TokenType.LPAR -> new Expr.GeneratorExp(elt, gens, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
                            case TokenType.LSQB -> new Expr.ListComp(elt, gens, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
                            default -> new Expr.SetComp(elt, gens, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
                        };
                    }
                }
                pos = start;
            }
            if (callInvalidRules) {
                invalid_comprehension();
            }
            return null;
        } finally {
            leave();
        }
    }

    /** {@code dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension}. */
    protected Expr dictcomp() {
        enter();
        try {
            int start = pos;
            if (accept(TokenType.LBRACE)) {
                KeyValuePair kv = kvpair();
                if (kv != null) {
                    List<Comprehension> gens = for_if_clauses();
                    if (gens != null && accept(TokenType.RBRACE)) {
                        Token s = tokenAt(start);
                        Token e = previous();
                        return new Expr.DictComp(kv.key(), kv.value(), gens, s.lineno, s.col_offset,
                                e.end_lineno, e.end_col_offset);
                    }
                }
                pos = start;
            }
            if (callInvalidRules) {
                invalid_dict_comprehension();
            }
            return null;
        } finally {
            leave();
        }
    }
}
