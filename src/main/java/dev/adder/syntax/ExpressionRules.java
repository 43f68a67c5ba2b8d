package dev.adder.syntax;

import dev.adder.ast.Expr;
import dev.adder.ast.Keyword;

import java.util.List;

/**
 * The expression layer of the PEG parser: a port of CPython 3.11's Grammar/python.gram expression
 * rules (EXPRESSIONS, LAMBDA FUNCTIONS, LITERALS, COMPREHENSIONS, FUNCTION CALL ARGUMENTS,
 * ASSIGNMENT TARGETS, function parameters) with their {@code invalid_*} rules.
 *
 * <p>The rules live in a chain of classes, one grammar section each, ending here:
 * {@link ExpressionSupport} (memo ids, action helpers such as {@code getExprName},
 * {@code setExprContext}, {@code raiseInvalidTarget}), {@link ArithmeticRules},
 * {@link OperatorRules}, {@link ComprehensionRules}, {@link AtomRules}, {@link CallRules}, {@link ParameterRules}, {@link InvalidParameterRules}, {@link TargetRules},
 * {@link InvalidExpressionRules}. The layers above call {@code expressions}, {@code expression},
 * {@code yield_expr}, {@code star_expressions}, {@code star_expression},
 * {@code star_named_expressions}, {@code star_named_expression}, {@code named_expression},
 * {@code disjunction}, {@code bitwise_or}, {@code primary}, {@code atom}, {@code strings},
 * {@code annotated_rhs}, {@code arguments}, {@code params}, {@code star_targets},
 * {@code star_target}, {@code single_target}, {@code single_subscript_attribute_target},
 * {@code del_targets}, {@code t_primary} and the invalid_ rules they share
 * ({@code invalid_for_target}, ...). Rule ids for memoization in this layer: 1000-1999.
 */
public abstract class ExpressionRules extends InvalidExpressionRules {

    protected ExpressionRules(Source source, FStringField field) {
        super(source, field);
    }

    /** The arguments of a call or class definition: {@code args} then {@code keywords}, as CPython splits them. */
    public record CallArgs(List<Expr> args, List<Keyword> keywords) {
    }

    /** {@code annotated_rhs: yield_expr | star_expressions}. */
    protected Expr annotated_rhs() {
        enter();
        try {
            Expr a = yield_expr();
            return a != null ? a : star_expressions();
        } finally {
            leave();
        }
    }
}
