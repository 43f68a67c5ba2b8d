package dev.adder.syntax;

import dev.adder.ast.Boolop;
import dev.adder.ast.Cmpop;
import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;
import dev.adder.ast.Operator;
import dev.adder.ast.Unaryop;

import java.util.ArrayList;
import java.util.List;

/**
 * The EXPRESSIONS section of CPython 3.11's grammar: expression lists, conditional and named
 * expressions, boolean, comparison, bitwise, arithmetic and unary operators, {@code await}.
 * The left-recursive rules are loops with pegen's results, memoized as pegen memoizes them.
 */
abstract class OperatorRules extends ExpressionSupport {
    OperatorRules(Source source) {
        super(source);
    }

    OperatorRules(Source source, int lineDelta, int startingLineno, int startingColOffset,
                  boolean fstringMode) {
        super(source, lineDelta, startingLineno, startingColOffset, fstringMode);
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
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (true) {
            int m = pos;
            if (!accept(TokenType.COMMA)) {
                break;
            }
            Expr c = star ? star_expression() : expression();
            if (c == null) {
                pos = m;
                break;
            }
            elts.add(c);
        }
        return elts;
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
            if (memoHit(STAR_EXPRESSION)) {
                return memoNode();
            }
            int start = pos;
            return memoize(STAR_EXPRESSION, start, starredOr(start, false));
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
            Expr a = star_named_expression();
            if (a == null) {
                return null;
            }
            List<Expr> elts = new ArrayList<>();
            elts.add(a);
            while (true) {
                int m = pos;
                if (!accept(TokenType.COMMA)) {
                    break;
                }
                Expr c = star_named_expression();
                if (c == null) {
                    pos = m;
                    break;
                }
                elts.add(c);
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
            if (memoHit(CONJUNCTION)) {
                return memoNode();
            }
            int start = pos;
            return memoize(CONJUNCTION, start, boolOp(start, false));
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
            if (memoHit(INVERSION)) {
                return memoNode();
            }
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
            return memoize(INVERSION, start, res);
        } finally {
            leave();
        }
    }

    /** {@code comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or}. */
    protected Expr comparison() {
        enter();
        try {
            int start = pos;
            Expr a = bitwise_or();
            if (a == null) {
                return null;
            }
            List<Cmpop> ops = null;
            List<Expr> comparators = null;
            Cmpop op;
            while ((op = compare_op_bitwise_or_pair()) != null) {
                if (ops == null) {
                    ops = new ArrayList<>(2);
                    comparators = new ArrayList<>(2);
                }
                ops.add(op);
                comparators.add(pairOperand);
            }
            if (ops == null) {
                return a;
            }
            Token s = tokenAt(start);
            Token e = lastNonWhitespaceToken();
            return new Expr.Compare(a, ops, comparators, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        } finally {
            leave();
        }
    }

    /** The right operand found by the last successful {@link #compare_op_bitwise_or_pair}. */
    private Expr pairOperand;

    /**
     * {@code compare_op_bitwise_or_pair}: one of eq_bitwise_or ... is_bitwise_or; returns the
     * operator (its operand in {@link #pairOperand}) or null.
     */
    private Cmpop compare_op_bitwise_or_pair() {
        enter();
        enter(); // the pair rule, then one of its ten sub-rules
        try {
            int start = pos;
            Token t = peek();
            Cmpop op;
            switch (t.type) {
                case TokenType.EQEQUAL -> op = Cmpop.Eq;
                // CPython 3.11 _PyPegen_check_barry_as_flufl: '<>' is NOTEQUAL but not accepted
                case TokenType.NOTEQUAL -> op = t.string.equals("!=") ? Cmpop.NotEq : null;
                case TokenType.LESSEQUAL -> op = Cmpop.LtE;
                case TokenType.LESS -> op = Cmpop.Lt;
                case TokenType.GREATEREQUAL -> op = Cmpop.GtE;
                case TokenType.GREATER -> op = Cmpop.Gt;
                case TokenType.KW_NOT -> op = Cmpop.NotIn;
                case TokenType.KW_IN -> op = Cmpop.In;
                case TokenType.KW_IS -> op = Cmpop.Is;
                default -> op = null;
            }
            if (op == null) {
                return null;
            }
            pos++;
            if (op == Cmpop.NotIn && !accept(TokenType.KW_IN)) {
                pos = start;
                return null;
            }
            if (op == Cmpop.Is && accept(TokenType.KW_NOT)) {
                op = Cmpop.IsNot;
            }
            Expr b = bitwise_or();
            if (b == null && op == Cmpop.IsNot) {
                // is_bitwise_or after isnot_bitwise_or failed: 'is' then bitwise_or at 'not'
                pos = start + 1;
                op = Cmpop.Is;
                b = bitwise_or();
            }
            if (b == null) {
                pos = start;
                return null;
            }
            pairOperand = b;
            return op;
        } finally {
            leave();
            leave();
        }
    }

    /** {@code bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor} (left-recursive, memoized). */
    protected Expr bitwise_or() {
        return binary(BITWISE_OR);
    }

    /** {@code bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and}. */
    protected Expr bitwise_xor() {
        return binary(BITWISE_XOR);
    }

    /** {@code bitwise_and: bitwise_and '&' shift_expr | shift_expr}. */
    protected Expr bitwise_and() {
        return binary(BITWISE_AND);
    }

    /** {@code shift_expr: shift_expr ('<<' | '>>') sum | sum}. */
    protected Expr shift_expr() {
        return binary(SHIFT_EXPR);
    }

    /** {@code sum: sum ('+' | '-') term | term}. */
    protected Expr sum() {
        return binary(SUM);
    }

    /** {@code term: term ('*' | '/' | '//' | '%' | '@') factor | factor}. */
    protected Expr term() {
        return binary(TERM);
    }

    /**
     * One level of the left-recursive binary operator rules, as a loop: the operand rule once,
     * then operator and operand while both are there. Counts two levels, as pegen's rule and its
     * {@code _raw} function do; only bitwise_or is memoized (see {@link ExpressionSupport}).
     */
    private Expr binary(int rule) {
        enter();
        enter();
        try {
            boolean memo = rule == BITWISE_OR;
            if (memo && memoHit(rule)) {
                return memoNode();
            }
            int start = pos;
            Expr a = operand(rule);
            if (a != null) {
                while (true) {
                    int m = pos;
                    Operator op = binaryOperator(rule, peekType());
                    if (op == null) {
                        break;
                    }
                    pos++;
                    Expr b = operand(rule);
                    if (b == null) {
                        pos = m;
                        break;
                    }
                    Token s = tokenAt(start);
                    Token e = lastNonWhitespaceToken();
                    a = new Expr.BinOp(a, op, b, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
                }
            }
            return memo ? memoize(rule, start, a) : a;
        } finally {
            leave();
            leave();
        }
    }

    private Expr operand(int rule) {
        return switch (rule) {
            case BITWISE_OR -> bitwise_xor();
            case BITWISE_XOR -> bitwise_and();
            case BITWISE_AND -> shift_expr();
            case SHIFT_EXPR -> sum();
            case SUM -> term();
            default -> factor();
        };
    }

    private static Operator binaryOperator(int rule, int type) {
        switch (rule) {
            case BITWISE_OR:
                return type == TokenType.VBAR ? Operator.BitOr : null;
            case BITWISE_XOR:
                return type == TokenType.CIRCUMFLEX ? Operator.BitXor : null;
            case BITWISE_AND:
                return type == TokenType.AMPER ? Operator.BitAnd : null;
            case SHIFT_EXPR:
                return type == TokenType.LEFTSHIFT ? Operator.LShift
                        : type == TokenType.RIGHTSHIFT ? Operator.RShift : null;
            case SUM:
                return type == TokenType.PLUS ? Operator.Add : type == TokenType.MINUS ? Operator.Sub : null;
            default:
                return switch (type) {
                    case TokenType.STAR -> Operator.Mult;
                    case TokenType.SLASH -> Operator.Div;
                    case TokenType.DOUBLESLASH -> Operator.FloorDiv;
                    case TokenType.PERCENT -> Operator.Mod;
                    case TokenType.AT -> Operator.MatMult;
                    default -> null;
                };
        }
    }

    /** {@code factor: '+' factor | '-' factor | '~' factor | power}. */
    protected Expr factor() {
        enter();
        try {
            int start = pos;
            Unaryop op = switch (peekType()) {
                case TokenType.PLUS -> Unaryop.UAdd;
                case TokenType.MINUS -> Unaryop.USub;
                case TokenType.TILDE -> Unaryop.Invert;
                default -> null;
            };
            Expr res = null;
            if (op != null) {
                pos++;
                Expr a = factor();
                if (a != null) {
                    Token s = tokenAt(start);
                    Token e = lastNonWhitespaceToken();
                    res = new Expr.UnaryOp(op, a, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
                } else {
                    pos = start;
                }
            }
            if (res == null) {
                res = power();
            }
            return res;
        } finally {
            leave();
        }
    }

    /** {@code power: await_primary '**' factor | await_primary}. */
    protected Expr power() {
        enter();
        try {
            int start = pos;
            Expr a = await_primary();
            if (a == null) {
                return null;
            }
            int afterA = pos;
            if (accept(TokenType.DOUBLESTAR)) {
                Expr b = factor();
                if (b != null) {
                    Token s = tokenAt(start);
                    Token e = lastNonWhitespaceToken();
                    return new Expr.BinOp(a, Operator.Pow, b, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
                }
                pos = afterA;
            }
            return a;
        } finally {
            leave();
        }
    }

    /** {@code await_primary: AWAIT primary | primary}. */
    protected Expr await_primary() {
        enter();
        try {
            int start = pos;
            Expr res = null;
            if (isAwait(peekType())) {
                pos++;
                Expr a = primary();
                if (a != null) {
                    Token s = tokenAt(start);
                    Token e = lastNonWhitespaceToken();
                    res = new Expr.Await(a, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
                } else {
                    pos = start;
                }
            }
            if (res == null) {
                res = primary();
            }
            return res;
        } finally {
            leave();
        }
    }
}
