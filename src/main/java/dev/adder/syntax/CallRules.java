package dev.adder.syntax;

import dev.adder.ast.Comprehension;
import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;
import dev.adder.ast.Keyword;
import dev.adder.ast.Located;
import dev.adder.ast.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * FUNCTION CALL ARGUMENTS of CPython 3.11's grammar, with invalid_arguments and invalid_kwarg.
 */
abstract class CallRules extends AtomRules {

    CallRules(Source source, FStringField field) {
        super(source, field);
    }

    /** What {@code args} gives: CPython's Call with a dummy function, and where it spans. */
    protected record ArgsNode(List<Expr> args, List<Keyword> keywords, int lineno, int col_offset,
                              int end_lineno, int end_col_offset) implements Located {
    }

    /** {@code arguments (memo): args [','] &')' | invalid_arguments}. */
    @Override
    protected ExpressionRules.CallArgs arguments() {
        enter();
        try {
            if (memoHit(ARGUMENTS)) {
                return memoNode();
            }
            int start = pos;
            ArgsNode a = args();
            if (a != null) {
                accept(TokenType.COMMA);
                if (lookahead(TokenType.RPAR)) {
                    return memoize(ARGUMENTS, start, new ExpressionRules.CallArgs(a.args(), a.keywords()));
                }
            }
            pos = start;
            if (callInvalidRules) {
                invalid_arguments();
            }
            return memoize(ARGUMENTS, start, null);
        } finally {
            leave();
        }
    }

    /**
     * {@code args: ','.(starred_expression | (assignment_expression | expression !':=') !'=')+
     * [',' kwargs] | kwargs}. CPython 3.11: Parser/action_helpers.c _PyPegen_collect_call_seqs
     */
    protected ArgsNode args() {
        enter();
        try {
            int start = pos;
            Expr first = positionalArg();
            if (first != null) {
                List<Expr> positional = new ArrayList<>();
                positional.add(first);
                while (true) {
                    int m = pos;
                    if (!accept(TokenType.COMMA)) {
                        break;
                    }
                    Expr c = positionalArg();
                    if (c == null) {
                        pos = m;
                        break;
                    }
                    positional.add(c);
                }
                List<Node> kw = null;
                int m = pos;
                if (accept(TokenType.COMMA)) {
                    kw = kwargs();
                    if (kw == null) {
                        pos = m;
                    }
                }
                return argsNode(positional, kw, start);
            }
            List<Node> kw = kwargs();
            return kw == null ? null : argsNode(new ArrayList<>(), kw, start);
        } finally {
            leave();
        }
    }

    /** Positional arguments, then the starred ones among {@code kw}; the keywords apart. */
    private ArgsNode argsNode(List<Expr> positional, List<Node> kw, int start) {
        List<Keyword> keywords = new ArrayList<>();
        if (kw != null) {
            for (Node n : kw) {
                if (n instanceof Keyword k) {
                    keywords.add(k);
                } else {
                    positional.add((Expr) n);
                }
            }
        }
        Token s = tokenAt(start);
        Token e = lastNonWhitespaceToken();
        return new ArgsNode(positional, keywords, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
    }

    /** {@code (starred_expression | (assignment_expression | expression !':=') !'=')}. */
    private Expr positionalArg() {
        enter();
        try {
            Expr e = starred_expression();
            if (e != null) {
                return e;
            }
            int m = pos;
            e = assignment_expression();
            if (e == null) {
                e = expression();
                if (e != null && lookahead(TokenType.COLONEQUAL)) {
                    e = null;
                }
            }
            if (e != null && !lookahead(TokenType.EQUAL)) {
                return e;
            }
            pos = m;
            return null;
        } finally {
            leave();
        }
    }

    /**
     * {@code kwargs: ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+ | ','.kwarg_or_starred+
     * | ','.kwarg_or_double_starred+}: Keyword and Starred elements in source order.
     */
    protected List<Node> kwargs() {
        enter();
        try {
            int start = pos;
            List<Node> a = kwargList(false);
            if (a != null) {
                int m = pos;
                if (accept(TokenType.COMMA)) {
                    List<Node> b = kwargList(true);
                    if (b != null) {
                        a.addAll(b);
                        return a;
                    }
                }
                pos = m;
                return a;
            }
            pos = start;
            return kwargList(true);
        } finally {
            leave();
        }
    }

    private List<Node> kwargList(boolean doubleStarred) {
        Node first = doubleStarred ? kwarg_or_double_starred() : kwarg_or_starred();
        if (first == null) {
            return null;
        }
        List<Node> out = new ArrayList<>();
        out.add(first);
        while (true) {
            int m = pos;
            if (!accept(TokenType.COMMA)) {
                break;
            }
            Node c = doubleStarred ? kwarg_or_double_starred() : kwarg_or_starred();
            if (c == null) {
                pos = m;
                break;
            }
            out.add(c);
        }
        return out;
    }

    /** {@code starred_expression: '*' expression}. */
    @Override
    protected Expr starred_expression() {
        enter();
        try {
            int start = pos;
            if (accept(TokenType.STAR)) {
                Expr a = expression();
                if (a != null) {
                    Token s = tokenAt(start);
                    Token e = lastNonWhitespaceToken();
                    return new Expr.Starred(a, ExprContext.Load, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
                }
                pos = start;
            }
            return null;
        } finally {
            leave();
        }
    }

    /** {@code kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression}. */
    protected Node kwarg_or_starred() {
        enter();
        try {
            if (callInvalidRules) {
                invalid_kwarg();
            }
            Keyword k = namedKeyword();
            return k != null ? k : starred_expression();
        } finally {
            leave();
        }
    }

    /** {@code kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression}. */
    protected Node kwarg_or_double_starred() {
        enter();
        try {
            if (callInvalidRules) {
                invalid_kwarg();
            }
            Keyword k = namedKeyword();
            if (k != null) {
                return k;
            }
            int start = pos;
            if (accept(TokenType.DOUBLESTAR)) {
                Expr a = expression();
                if (a != null) {
                    Token s = tokenAt(start);
                    Token e = lastNonWhitespaceToken();
                    return new Keyword(null, a, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
                }
                pos = start;
            }
            return null;
        } finally {
            leave();
        }
    }

    /** {@code NAME '=' expression} as a keyword. */
    private Keyword namedKeyword() {
        int start = pos;
        Token n = expect(TokenType.NAME);
        if (n != null && accept(TokenType.EQUAL)) {
            Expr b = expression();
            if (b != null) {
                Token e = lastNonWhitespaceToken();
                return new Keyword(identifier(n), b, n.lineno, n.col_offset, e.end_lineno, e.end_col_offset);
            }
        }
        pos = start;
        return null;
    }

    // ---- invalid_ rules --------------------------------------------------------------------

    /** CPython 3.11: Parser/action_helpers.c _PyPegen_get_last_comprehension_item */
    static Expr lastComprehensionItem(List<Comprehension> clauses) {
        Comprehension c = clauses.get(clauses.size() - 1);
        return c.ifs().isEmpty() ? c.iter() : c.ifs().get(c.ifs().size() - 1);
    }

    /** {@code invalid_arguments}: misplaced unpackings, unparenthesized generators, order. */
    protected void invalid_arguments() {
        enter();
        try {
            int start = pos;
            if (argumentsWithKwargs() && accept(TokenType.COMMA)) {
                Token star = expect(TokenType.STAR);
                if (star != null) {
                    throw raiseSyntaxErrorKnownLocation(star,
                            "iterable argument unpacking follows keyword argument unpacking");
                }
            }
            pos = start;
            Expr e = expression();
            if (e != null) {
                List<Comprehension> b = for_if_clauses();
                if (b != null && accept(TokenType.COMMA)) {
                    // [args | expression for_if_clauses]: parsed for what it may raise
                    if (args() == null && expression() != null) {
                        for_if_clauses();
                    }
                    throw raiseSyntaxErrorKnownRange(e, lastComprehensionItem(b),
                            "Generator expression must be parenthesized");
                }
            }
            pos = start;
            Token n = expect(TokenType.NAME);
            if (n != null) {
                Token eq = expect(TokenType.EQUAL);
                if (eq != null && expression() != null && for_if_clauses() != null) {
                    throw raiseSyntaxErrorKnownRange(n, eq,
                            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                }
            }
            pos = start;
            ArgsNode a = args();
            if (a != null) {
                List<Comprehension> b = for_if_clauses();
                // CPython 3.11: Parser/action_helpers.c _PyPegen_nonparen_genexp_in_call
                if (b != null && a.args().size() > 1) {
                    throw raiseSyntaxErrorKnownRange(a.args().get(a.args().size() - 1), lastComprehensionItem(b),
                            "Generator expression must be parenthesized");
                }
            }
            pos = start;
            if (args() != null && accept(TokenType.COMMA)) {
                Expr x = expression();
                if (x != null) {
                    List<Comprehension> b = for_if_clauses();
                    if (b != null) {
                        throw raiseSyntaxErrorKnownRange(x, lastComprehensionItem(b),
                                "Generator expression must be parenthesized");
                    }
                }
            }
            pos = start;
            a = args();
            if (a != null && accept(TokenType.COMMA) && args() != null) {
                throw argumentsParsingError(a);
            }
            pos = start;
        } finally {
            leave();
        }
    }

    /**
     * {@code (','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ','
     * kwargs) | kwargs}: the arguments before a misplaced {@code *} in CPython 3.11.7, whose
     * {@code invalid_arguments} reports "iterable argument unpacking follows keyword argument
     * unpacking" at the '*' only after keyword arguments (checked against python3: {@code f(x, *:)}
     * is a plain "invalid syntax").
     */
    private boolean argumentsWithKwargs() {
        int start = pos;
        if (positionalArg() != null) {
            while (true) {
                int m = pos;
                if (!accept(TokenType.COMMA) || positionalArg() == null) {
                    pos = m;
                    break;
                }
            }
            if (accept(TokenType.COMMA) && kwargs() != null) {
                return true;
            }
            pos = start;
        }
        return kwargs() != null;
    }

    /** CPython 3.11: Parser/action_helpers.c _PyPegen_arguments_parsing_error */
    private PythonSyntaxError argumentsParsingError(ArgsNode a) {
        for (Keyword k : a.keywords()) {
            if (k.arg() == null) {
                return raiseSyntaxError("positional argument follows keyword argument unpacking");
            }
        }
        return raiseSyntaxError("positional argument follows keyword argument");
    }

    /** {@code invalid_kwarg}: assignments to keywords and to expressions in call arguments. */
    protected void invalid_kwarg() {
        enter();
        try {
            int start = pos;
            Token t = peek();
            if (t.type == TokenType.KW_TRUE || t.type == TokenType.KW_FALSE || t.type == TokenType.KW_NONE) {
                pos++;
                Token eq = expect(TokenType.EQUAL);
                if (eq != null) {
                    throw raiseSyntaxErrorKnownRange(t, eq, "cannot assign to " + t.string);
                }
                pos = start;
            }
            Token n = expect(TokenType.NAME);
            if (n != null) {
                Token eq = expect(TokenType.EQUAL);
                if (eq != null && expression() != null && for_if_clauses() != null) {
                    throw raiseSyntaxErrorKnownRange(n, eq,
                            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                }
                pos = start;
            }
            boolean nameEquals = false;
            if (expect(TokenType.NAME) != null) {
                nameEquals = lookahead(TokenType.EQUAL);
            }
            pos = start;
            if (!nameEquals) {
                Expr a = expression();
                if (a != null) {
                    Token eq = expect(TokenType.EQUAL);
                    if (eq != null) {
                        throw raiseSyntaxErrorKnownRange(a, eq,
                                "expression cannot contain assignment, perhaps you meant \"==\"?");
                    }
                }
            }
            pos = start;
        } finally {
            leave();
        }
    }
}
