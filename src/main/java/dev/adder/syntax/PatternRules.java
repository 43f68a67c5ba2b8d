package dev.adder.syntax;

import dev.adder.ast.Stmt;

import java.util.List;

/**
 * STUB by the lead: the contract of the pattern layer ({@code match} statement). Helper "pat" owns
 * this file and replaces the bodies.
 */
public abstract class PatternRules extends ExpressionRules {
    /** Rule ids for memoization in this layer: 2000-2999. */
    protected PatternRules(Source source) {
        super(source);
    }

    protected PatternRules(Source source, int lineDelta, int startingLineno, int startingColOffset,
                           boolean fstringMode) {
        super(source, lineDelta, startingLineno, startingColOffset, fstringMode);
    }

    /** {@code block} (memoized), implemented by the statement layer. */
    protected abstract List<Stmt> block();

    /** {@code match_stmt}, including its invalid_ alternatives; null when it is not one. */
    protected Stmt match_stmt() { throw new UnsupportedOperationException("stub"); }
}
