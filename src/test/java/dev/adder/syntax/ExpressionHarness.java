package dev.adder.syntax;

import dev.adder.ast.Expr;
import dev.adder.ast.Mod;
import dev.adder.ast.Stmt;

import java.util.List;

/**
 * A test-only parser over the expression layer: CPython's {@code eval} start rule
 * ({@code expressions NEWLINE* ENDMARKER}) with its two passes, so the layer can be checked
 * against {@code ast.parse(src, mode="eval")} on its own.
 */
final class ExpressionHarness extends PatternRules {
    private ExpressionHarness(Source source, FStringField field) {
        super(source, field);
    }

    /** Parses {@code text} as {@code compile(text, "<test>", "eval")} would. */
    static Mod.Expression parseEval(String text) {
        ExpressionHarness p = new ExpressionHarness(Source.fromString(text, "<test>", false), null);
        return new Mod.Expression(p.run());
    }

    @Override
    protected List<Stmt> block() {
        throw new UnsupportedOperationException("no statements in the expression harness");
    }

    @Override
    protected Expr parseFStringExpression(String parenthesized, FStringField field) {
        ExpressionHarness p = new ExpressionHarness(Source.fromString(parenthesized, source().filename(), false),
                field);
        int start = p.pos;
        Expr e = p.star_expressions();
        if (e == null || p.peekType() != TokenType.ENDMARKER) {
            p.pos = start;
            p.clearMemo();
            p.callInvalidRules = true;
            e = p.star_expressions();
            if (e == null || p.peekType() != TokenType.ENDMARKER) {
                throw p.raiseSyntaxError("invalid syntax");
            }
        }
        return e;
    }

    private Expr run() {
        Expr e = eval();
        if (e != null) {
            return e;
        }
        Token last = lastFetchedToken();
        pos = 0;
        clearMemo();
        callInvalidRules = true;
        eval();
        throw raiseSyntaxErrorKnownLocation(last, "invalid syntax");
    }

    /** {@code eval: expressions NEWLINE* ENDMARKER}. */
    private Expr eval() {
        enter();
        try {
            Expr e = expressions();
            if (e == null) {
                return null;
            }
            while (accept(TokenType.NEWLINE)) {
                // skip
            }
            return accept(TokenType.ENDMARKER) ? e : null;
        } finally {
            leave();
        }
    }
}
