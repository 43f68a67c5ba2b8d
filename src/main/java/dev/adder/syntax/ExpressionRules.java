package dev.adder.syntax;

import dev.adder.ast.Arguments;
import dev.adder.ast.Expr;
import dev.adder.ast.Keyword;

import java.util.List;

/**
 * STUB by the lead: the contract of the expression layer. Helper "expr" owns this file and replaces
 * the bodies (and may split the layer into several classes in a chain, ending in this one).
 * Every method listed here must keep its name, parameters and return type: other layers call them.
 */
public abstract class ExpressionRules extends ParserBase {
    /** Rule ids for memoization in this layer: 1000-1999. */
    protected ExpressionRules(Source source) {
        super(source);
    }

    protected ExpressionRules(Source source, int lineDelta, int startingLineno, int startingColOffset,
                              boolean fstringMode) {
        super(source, lineDelta, startingLineno, startingColOffset, fstringMode);
    }

    /** The arguments of a call or class definition: {@code args} then {@code keywords}, as CPython splits them. */
    public record CallArgs(List<Expr> args, List<Keyword> keywords) {
    }

    protected Expr expressions() { throw new UnsupportedOperationException("stub"); }

    protected Expr expression() { throw new UnsupportedOperationException("stub"); }

    protected Expr yield_expr() { throw new UnsupportedOperationException("stub"); }

    protected Expr star_expressions() { throw new UnsupportedOperationException("stub"); }

    protected Expr star_expression() { throw new UnsupportedOperationException("stub"); }

    protected List<Expr> star_named_expressions() { throw new UnsupportedOperationException("stub"); }

    protected Expr star_named_expression() { throw new UnsupportedOperationException("stub"); }

    protected Expr named_expression() { throw new UnsupportedOperationException("stub"); }

    protected Expr disjunction() { throw new UnsupportedOperationException("stub"); }

    protected Expr bitwise_or() { throw new UnsupportedOperationException("stub"); }

    protected Expr primary() { throw new UnsupportedOperationException("stub"); }

    protected Expr atom() { throw new UnsupportedOperationException("stub"); }

    /** {@code strings: STRING+}, concatenated (memoized). */
    protected Expr strings() { throw new UnsupportedOperationException("stub"); }

    protected Expr annotated_rhs() { throw new UnsupportedOperationException("stub"); }

    /** {@code arguments: args [','] &')'} (memoized). */
    protected CallArgs arguments() { throw new UnsupportedOperationException("stub"); }

    /** Function definition parameters ({@code params}), with annotations. */
    protected Arguments params() { throw new UnsupportedOperationException("stub"); }

    protected Expr star_targets() { throw new UnsupportedOperationException("stub"); }

    protected Expr star_target() { throw new UnsupportedOperationException("stub"); }

    protected Expr single_target() { throw new UnsupportedOperationException("stub"); }

    protected Expr single_subscript_attribute_target() { throw new UnsupportedOperationException("stub"); }

    protected List<Expr> del_targets() { throw new UnsupportedOperationException("stub"); }

    protected Expr t_primary() { throw new UnsupportedOperationException("stub"); }
}
