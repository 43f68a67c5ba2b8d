package dev.adder.syntax;

import dev.adder.ast.ConstantValues;
import dev.adder.ast.Expr;
import dev.adder.ast.Operator;
import dev.adder.ast.Pattern;
import dev.adder.ast.Unaryop;

/**
 * The literal rules of the pattern layer (CPython 3.11 Grammar/python.gram {@code literal_pattern}
 * to {@code imaginary_number}), run on the parser that owns it: a helper object rather than a
 * class in the parser's inheritance chain.
 */
final class PatternLiterals {
    private final PatternRules p;

    PatternLiterals(PatternRules parser) {
        this.p = parser;
    }

    /**
     * {@code literal_pattern: signed_number !('+' | '-') | complex_number | strings | 'None' | 'True'
     * | 'False'}.
     */
    Pattern literal_pattern() {
        p.enter();
        Token start = p.peek();
        Expr value = literal_value();
        Pattern result = null;
        if (value != null) {
            Token end = p.lastNonWhitespaceToken();
            result = new Pattern.MatchValue(value, start.lineno, start.col_offset, end.end_lineno,
                    end.end_col_offset);
        } else if (start.type == TokenType.KW_NONE || start.type == TokenType.KW_TRUE
                || start.type == TokenType.KW_FALSE) {
            p.pos++;
            result = new Pattern.MatchSingleton(singletonValue(start), start.lineno, start.col_offset,
                    start.end_lineno, start.end_col_offset);
        }
        p.leave();
        return result;
    }

    /**
     * {@code literal_expr: signed_number !('+' | '-') | complex_number | strings | 'None' | 'True' |
     * 'False'}.
     */
    Expr literal_expr() {
        p.enter();
        Token start = p.peek();
        Expr value = literal_value();
        if (value == null && (start.type == TokenType.KW_NONE || start.type == TokenType.KW_TRUE
                || start.type == TokenType.KW_FALSE)) {
            p.pos++;
            value = new Expr.Constant(singletonValue(start), null, start.lineno, start.col_offset,
                    start.end_lineno, start.end_col_offset);
        }
        p.leave();
        return value;
    }

    /** The value of 'None', 'True' or 'False': null (None) or a Boolean. */
    private static Object singletonValue(Token t) {
        return t.type == TokenType.KW_NONE ? null : Boolean.valueOf(t.type == TokenType.KW_TRUE);
    }

    /** The first three alternatives shared by literal_pattern and literal_expr. */
    private Expr literal_value() {
        int mark = p.pos;
        Expr value = signed_number();
        if (value != null) {
            int next = p.peekType();
            if (next != TokenType.PLUS && next != TokenType.MINUS) {
                return value;
            }
        }
        p.reset(mark);
        value = complex_number();
        if (value != null) {
            return value;
        }
        value = p.strings();
        if (value == null) {
            p.reset(mark);
        }
        return value;
    }

    /** {@code complex_number: signed_real_number ('+' | '-') imaginary_number}. */
    Expr complex_number() {
        p.enter();
        int mark = p.pos;
        Token start = p.peek();
        // The grammar has one alternative per operator; both begin alike and look at the same
        // tokens, so one parse of the real part serves both.
        Expr real = signed_real_number();
        if (real != null) {
            Operator op = p.accept(TokenType.PLUS) ? Operator.Add : p.accept(TokenType.MINUS) ? Operator.Sub : null;
            if (op != null) {
                Expr imag = imaginary_number();
                if (imag != null) {
                    Token end = p.lastNonWhitespaceToken();
                    p.leave();
                    return new Expr.BinOp(real, op, imag, start.lineno, start.col_offset, end.end_lineno,
                            end.end_col_offset);
                }
            }
        }
        p.reset(mark);
        p.leave();
        return null;
    }

    /** {@code signed_number: NUMBER | '-' NUMBER}. */
    Expr signed_number() {
        p.enter();
        Expr result = null;
        Token t = p.peek();
        if (t.type == TokenType.NUMBER) {
            p.pos++;
            result = p.numberConstant(t);
        } else if (t.type == TokenType.MINUS) {
            int mark = p.pos;
            p.pos++;
            Token n = p.expect(TokenType.NUMBER);
            if (n != null) {
                result = new Expr.UnaryOp(Unaryop.USub, p.numberConstant(n), t.lineno, t.col_offset,
                        n.end_lineno, n.end_col_offset);
            } else {
                p.reset(mark);
            }
        }
        p.leave();
        return result;
    }

    /** {@code signed_real_number: real_number | '-' real_number}. */
    Expr signed_real_number() {
        p.enter();
        Expr result = real_number();
        if (result == null) {
            Token t = p.peek();
            if (t.type == TokenType.MINUS) {
                int mark = p.pos;
                p.pos++;
                Expr real = real_number();
                if (real != null) {
                    Token end = p.lastNonWhitespaceToken();
                    result = new Expr.UnaryOp(Unaryop.USub, real, t.lineno, t.col_offset, end.end_lineno,
                            end.end_col_offset);
                } else {
                    p.reset(mark);
                }
            }
        }
        p.leave();
        return result;
    }

    /** {@code real_number: NUMBER}, which must not be imaginary. CPython 3.11: _PyPegen_ensure_real */
    Expr real_number() {
        p.enter();
        Token t = p.expect(TokenType.NUMBER);
        Expr.Constant c = t == null ? null : p.numberConstant(t);
        p.leave();
        if (c != null && c.value() instanceof ConstantValues.Complex) {
            throw p.raiseSyntaxErrorKnownLocation(c, "real number required in complex literal");
        }
        return c;
    }

    /** {@code imaginary_number: NUMBER}, which must be imaginary. CPython 3.11: _PyPegen_ensure_imaginary */
    Expr imaginary_number() {
        p.enter();
        Token t = p.expect(TokenType.NUMBER);
        Expr.Constant c = t == null ? null : p.numberConstant(t);
        p.leave();
        if (c != null && !(c.value() instanceof ConstantValues.Complex)) {
            throw p.raiseSyntaxErrorKnownLocation(c, "imaginary number required in complex literal");
        }
        return c;
    }
}
