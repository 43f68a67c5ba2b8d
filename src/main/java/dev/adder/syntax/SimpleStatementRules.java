package dev.adder.syntax;

import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;
import dev.adder.ast.Operator;
import dev.adder.ast.Stmt;

import java.util.ArrayList;
import java.util.List;

import static dev.adder.syntax.TokenType.*;

/**
 * The simple statements of CPython 3.11's grammar ({@code simple_stmts}, assignments, return, raise,
 * del, assert, global, nonlocal; imports are in {@link ImportRules}), with
 * their {@code invalid_*} alternatives. Rule ids 3000-3099.
 */
public abstract class SimpleStatementRules extends ImportRules {
    private static final int R_SIMPLE_STMT = 3000;


    protected SimpleStatementRules(Source source, FStringField field) {
        super(source, field);
    }

    /** {@code simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE}. */
    protected final List<Stmt> simple_stmts() {
        enter();
        try {
            int m = pos;
            Stmt a = simple_stmt();
            if (a != null && !lookahead(SEMI) && accept(NEWLINE)) {
                return List.of(a);
            }
            pos = m;
            List<Stmt> list = new ArrayList<>();
            Stmt s = simple_stmt();
            if (s == null) {
                return null;
            }
            list.add(s);
            while (true) {
                int m2 = pos;
                if (!accept(SEMI)) {
                    break;
                }
                Stmt next = simple_stmt();
                if (next == null) {
                    pos = m2;
                    break;
                }
                list.add(next);
            }
            accept(SEMI);
            if (accept(NEWLINE)) {
                return list;
            }
            pos = m;
            return null;
        } finally {
            leave();
        }
    }

    /** {@code simple_stmt} (memo). */
    protected final Stmt simple_stmt() {
        if (memoHit(R_SIMPLE_STMT)) {
            return memoNode();
        }
        int start = pos;
        enter();
        try {
            return memoize(R_SIMPLE_STMT, start, simpleStmtRaw());
        } finally {
            leave();
        }
    }

    private Stmt simpleStmtRaw() {
        int m = pos;
        Token s = peek();
        Stmt a = assignment();
        if (a != null) {
            return a;
        }
        pos = m;
        Expr e = star_expressions();
        if (e != null) {
            Token end = lastNonWhitespaceToken();
            return new Stmt.Expr(e, s.lineno, s.col_offset, end.end_lineno, end.end_col_offset);
        }
        pos = m;
        switch (s.type) {
            case KW_RETURN:
                return return_stmt();
            case KW_IMPORT:
            case KW_FROM:
                return import_stmt();
            case KW_RAISE:
                return raise_stmt();
            case KW_PASS:
                pos++;
                return new Stmt.Pass(s.lineno, s.col_offset, s.end_lineno, s.end_col_offset);
            case KW_DEL:
                return del_stmt();
            case KW_YIELD:
                return yield_stmt();
            case KW_ASSERT:
                return assert_stmt();
            case KW_BREAK:
                pos++;
                return new Stmt.Break(s.lineno, s.col_offset, s.end_lineno, s.end_col_offset);
            case KW_CONTINUE:
                pos++;
                return new Stmt.Continue(s.lineno, s.col_offset, s.end_lineno, s.end_col_offset);
            case KW_GLOBAL:
            case KW_NONLOCAL:
                return global_or_nonlocal_stmt(s.type);
            default:
                return null;
        }
    }

    // ---- assignment ---------------------------------------------------------------------------

    /** {@code assignment}: annotated, plain and augmented assignments. */
    protected final Stmt assignment() {
        enter();
        try {
            int m = pos;
            Token s = peek();
            // NAME ':' expression ['=' annotated_rhs]
            Token name = expect(NAME);
            if (name != null && accept(COLON)) {
                Expr b = expression();
                if (b != null) {
                    Expr c = optionalAssignedValue();
                    Token e = lastNonWhitespaceToken();
                    return new Stmt.AnnAssign(nameExpr(name, ExprContext.Store), b, c, 1,
                            s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
                }
            }
            pos = m;
            // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
            Expr target = parenthesizedSingleTarget();
            if (target == null) {
                pos = m;
                target = single_subscript_attribute_target();
            }
            if (target != null && accept(COLON)) {
                Expr b = expression();
                if (b != null) {
                    Expr c = optionalAssignedValue();
                    Token e = lastNonWhitespaceToken();
                    return new Stmt.AnnAssign(target, b, c, 0, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
                }
            }
            pos = m;
            // (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
            List<Expr> targets = starTargetsEqualsRepeated();
            if (!targets.isEmpty()) {
                Expr value = yieldOrStarExpressions();
                if (value != null && !lookahead(EQUAL)) {
                    Token e = lastNonWhitespaceToken();
                    return new Stmt.Assign(targets, value, null, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
                }
            }
            pos = m;
            // single_target augassign ~ (yield_expr | star_expressions)
            Expr single = single_target();
            if (single != null) {
                Operator op = augassign();
                if (op != null) {
                    Expr value = yieldOrStarExpressions();
                    if (value == null) {
                        pos = m;
                        return null; // the cut: no other alternative is tried
                    }
                    Token e = lastNonWhitespaceToken();
                    return new Stmt.AugAssign(single, op, value, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
                }
            }
            pos = m;
            if (callInvalidRules) {
                invalid_assignment();
                pos = m;
            }
            return null;
        } finally {
            leave();
        }
    }

    private Expr optionalAssignedValue() {
        int m = pos;
        if (accept(EQUAL)) {
            Expr d = annotated_rhs();
            if (d != null) {
                return d;
            }
        }
        pos = m;
        return null;
    }

    private Expr parenthesizedSingleTarget() {
        int m = pos;
        if (accept(LPAR)) {
            Expr b = single_target();
            if (b != null && accept(RPAR)) {
                return b;
            }
        }
        pos = m;
        return null;
    }

    /** {@code (star_targets '=')*}: the targets, possibly none; pos after the last '='. */
    private List<Expr> starTargetsEqualsRepeated() {
        List<Expr> targets = new ArrayList<>();
        while (true) {
            int m = pos;
            Expr z = star_targets();
            if (z == null || !accept(EQUAL)) {
                pos = m;
                return targets;
            }
            targets.add(z);
        }
    }

    /** {@code (yield_expr | star_expressions)}. */
    protected final Expr yieldOrStarExpressions() {
        int m = pos;
        Expr y = yield_expr();
        if (y != null) {
            return y;
        }
        pos = m;
        return star_expressions();
    }

    /** {@code augassign}: the operator of an augmented assignment, or null. */
    protected final Operator augassign() {
        enter();
        try {
            Operator op = switch (peekType()) {
                case PLUSEQUAL -> Operator.Add;
                case MINEQUAL -> Operator.Sub;
                case STAREQUAL -> Operator.Mult;
                case ATEQUAL -> Operator.MatMult;
                case SLASHEQUAL -> Operator.Div;
                case PERCENTEQUAL -> Operator.Mod;
                case AMPEREQUAL -> Operator.BitAnd;
                case VBAREQUAL -> Operator.BitOr;
                case CIRCUMFLEXEQUAL -> Operator.BitXor;
                case LEFTSHIFTEQUAL -> Operator.LShift;
                case RIGHTSHIFTEQUAL -> Operator.RShift;
                case DOUBLESTAREQUAL -> Operator.Pow;
                case DOUBLESLASHEQUAL -> Operator.FloorDiv;
                default -> null;
            };
            if (op != null) {
                pos++;
            }
            return op;
        } finally {
            leave();
        }
    }

    /** {@code invalid_assignment}: raises for the bad assignments it recognizes. */
    private void invalid_assignment() {
        enter();
        try {
            int m = pos;
            Expr a = invalid_ann_assign_target();
            if (a != null && accept(COLON) && expression() != null) {
                throw raiseSyntaxErrorKnownLocation(a,
                        "only single target (not " + getExprName(a) + ") can be annotated");
            }
            pos = m;
            a = star_named_expression();
            if (a != null && lookaheadCommaTupleAnnotation()) {
                throw raiseSyntaxErrorKnownLocation(a, "only single target (not tuple) can be annotated");
            }
            pos = m;
            a = expression();
            if (a != null && accept(COLON) && expression() != null) {
                throw raiseSyntaxErrorKnownLocation(a, "illegal target for annotation");
            }
            pos = m;
            starTargetsEqualsRepeated();
            a = star_expressions();
            if (a != null && accept(EQUAL)) {
                raiseInvalidTarget(TargetsType.STAR_TARGETS, a);
            }
            pos = m;
            starTargetsEqualsRepeated();
            a = yield_expr();
            if (a != null && accept(EQUAL)) {
                throw raiseSyntaxErrorKnownLocation(a, "assignment to yield expression not possible");
            }
            pos = m;
            a = star_expressions();
            if (a != null && augassign() != null && yieldOrStarExpressions() != null) {
                throw raiseSyntaxErrorKnownLocation(a,
                        "'" + getExprName(a) + "' is an illegal expression for augmented assignment");
            }
            pos = m;
        } finally {
            leave();
        }
    }

    /** After a star_named_expression: {@code ',' star_named_expressions* ':' expression}. */
    private boolean lookaheadCommaTupleAnnotation() {
        if (!accept(COMMA)) {
            return false;
        }
        while (true) {
            int m = pos;
            if (star_named_expressions() == null) {
                pos = m;
                break;
            }
        }
        return accept(COLON) && expression() != null;
    }

    /** {@code invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'}. */
    private Expr invalid_ann_assign_target() {
        enter();
        try {
            int m = pos;
            Expr a = list();
            if (a != null) {
                return a;
            }
            pos = m;
            a = tuple();
            if (a != null) {
                return a;
            }
            pos = m;
            if (accept(LPAR)) {
                a = invalid_ann_assign_target();
                if (a != null && accept(RPAR)) {
                    return a;
                }
            }
            pos = m;
            return null;
        } finally {
            leave();
        }
    }

    // ---- the keyword statements ----------------------------------------------------------------

    private Stmt return_stmt() {
        enter();
        try {
            Token s = expect(KW_RETURN);
            if (s == null) {
                return null;
            }
            int m = pos;
            Expr a = star_expressions();
            if (a == null) {
                pos = m;
            }
            Token e = lastNonWhitespaceToken();
            return new Stmt.Return(a, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        } finally {
            leave();
        }
    }

    private Stmt raise_stmt() {
        enter();
        try {
            Token s = expect(KW_RAISE);
            if (s == null) {
                return null;
            }
            int m = pos;
            Expr a = expression();
            Expr b = null;
            if (a != null) {
                int m2 = pos;
                if (accept(KW_FROM)) {
                    b = expression();
                }
                if (b == null) {
                    pos = m2;
                }
            } else {
                pos = m;
            }
            Token e = lastNonWhitespaceToken();
            return new Stmt.Raise(a, b, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        } finally {
            leave();
        }
    }

    private Stmt global_or_nonlocal_stmt(int keyword) {
        enter();
        try {
            int m = pos;
            Token s = expect(keyword);
            List<String> names = new ArrayList<>();
            Token n = expect(NAME);
            if (s == null || n == null) {
                pos = m;
                return null;
            }
            names.add(identifier(n));
            while (true) {
                int m2 = pos;
                Token next = accept(COMMA) ? expect(NAME) : null;
                if (next == null) {
                    pos = m2;
                    break;
                }
                names.add(identifier(next));
            }
            Token e = lastNonWhitespaceToken();
            return keyword == KW_GLOBAL
                    ? new Stmt.Global(names, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset)
                    : new Stmt.Nonlocal(names, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        } finally {
            leave();
        }
    }

    /** {@code del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt}. */
    private Stmt del_stmt() {
        enter();
        try {
            int m = pos;
            Token s = expect(KW_DEL);
            if (s == null) {
                return null;
            }
            List<Expr> a = del_targets();
            if (a != null && (lookahead(SEMI) || lookahead(NEWLINE))) {
                Token e = lastNonWhitespaceToken();
                return new Stmt.Delete(a, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
            }
            pos = m;
            if (callInvalidRules) {
                // invalid_del_stmt: 'del' star_expressions
                accept(KW_DEL);
                Expr bad = star_expressions();
                if (bad != null) {
                    raiseInvalidTarget(TargetsType.DEL_TARGETS, bad);
                }
                pos = m;
            }
            return null;
        } finally {
            leave();
        }
    }

    private Stmt yield_stmt() {
        enter();
        try {
            Token s = peek();
            Expr y = yield_expr();
            if (y == null) {
                return null;
            }
            Token e = lastNonWhitespaceToken();
            return new Stmt.Expr(y, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        } finally {
            leave();
        }
    }

    private Stmt assert_stmt() {
        enter();
        try {
            int m = pos;
            Token s = expect(KW_ASSERT);
            Expr a = s == null ? null : expression();
            if (a == null) {
                pos = m;
                return null;
            }
            Expr b = null;
            int m2 = pos;
            if (accept(COMMA)) {
                b = expression();
            }
            if (b == null) {
                pos = m2;
            }
            Token e = lastNonWhitespaceToken();
            return new Stmt.Assert(a, b, s.lineno, s.col_offset, e.end_lineno, e.end_col_offset);
        } finally {
            leave();
        }
    }
}
