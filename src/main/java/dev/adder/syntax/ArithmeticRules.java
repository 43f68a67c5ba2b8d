package dev.adder.syntax;

import dev.adder.ast.Cmpop;
import dev.adder.ast.Expr;
import dev.adder.ast.Operator;
import dev.adder.ast.Unaryop;

import java.util.ArrayList;
import java.util.List;

/**
 * The EXPRESSIONS section of CPython 3.11's grammar, its lower half: comparisons, bitwise,
 * arithmetic and unary operators, power and {@code await}. The left-recursive rules are loops
 * with pegen's results.
 */
abstract class ArithmeticRules extends ExpressionSupport {

    ArithmeticRules(Source source, FStringField field) {
        super(source, field);
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
                int links = 0;
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
                    links = chainLink(links);
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
