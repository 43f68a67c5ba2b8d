package dev.adder.compiler;

import dev.adder.ast.ExceptHandler;
import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;
import dev.adder.ast.Stmt;
import dev.adder.bytecode.Opcode;
import java.util.List;

/**
 * Annotated assignments: the assignment, then (for a simple name in a module or class) the
 * store into {@code __annotations__}; and the search for annotations that makes a module or
 * class body start with SETUP_ANNOTATIONS.
 * CPython 3.11: Python/compile.c compiler_annassign, check_ann_expr, check_ann_subscr,
 * check_annotation, find_ann.
 */
final class Annotations {
    private Annotations() {
    }

    /** Whether a body holds an annotated assignment outside nested functions and classes. */
    // CPython 3.11: Python/compile.c find_ann
    static boolean find(List<Stmt> stmts) {
        for (Stmt st : stmts) {
            if (st instanceof Stmt.AnnAssign) {
                return true;
            }
            boolean res = false;
            if (st instanceof Stmt.For s) {
                res = find(s.body()) || find(s.orelse());
            } else if (st instanceof Stmt.AsyncFor s) {
                res = find(s.body()) || find(s.orelse());
            } else if (st instanceof Stmt.While s) {
                res = find(s.body()) || find(s.orelse());
            } else if (st instanceof Stmt.If s) {
                res = find(s.body()) || find(s.orelse());
            } else if (st instanceof Stmt.With s) {
                res = find(s.body());
            } else if (st instanceof Stmt.AsyncWith s) {
                res = find(s.body());
            } else if (st instanceof Stmt.Try s) {
                res = handlers(s.handlers()) || find(s.body()) || find(s.finalbody()) || find(s.orelse());
            } else if (st instanceof Stmt.TryStar s) {
                res = handlers(s.handlers()) || find(s.body()) || find(s.finalbody()) || find(s.orelse());
            }
            if (res) {
                return true;
            }
        }
        return false;
    }

    private static boolean handlers(List<ExceptHandler> handlers) {
        for (ExceptHandler h : handlers) {
            if (find(h.body())) {
                return true;
            }
        }
        return false;
    }

    // CPython 3.11: Python/compile.c compiler_annassign
    static void annAssign(LayoutCompiler c, Stmt.AnnAssign s) {
        Expr target = s.target();
        if (s.value() != null) {
            c.visit(s.value());
            c.visit(target);
        }
        boolean moduleOrClass = c.u.scopeType == ScopeType.MODULE || c.u.scopeType == ScopeType.CLASS;
        if (target instanceof Expr.Name n) {
            c.forbiddenName(n.id(), ExprContext.Store);
            if (s.simple() != 0 && moduleOrClass) {
                if (c.future.annotations()) {
                    c.u.loadConst(c.annotationString(s.annotation()));
                } else {
                    c.visit(s.annotation());
                }
                c.u.name(Opcode.LOAD_NAME, "__annotations__");
                c.u.loadConst(c.mangle(n.id()));
                c.u.op(Opcode.STORE_SUBSCR);
            }
        } else if (target instanceof Expr.Attribute a) {
            c.forbiddenName(a.attr(), ExprContext.Store);
            if (s.value() == null) {
                checkExpr(c, a.value());
            }
        } else if (target instanceof Expr.Subscript sub && s.value() == null) {
            checkExpr(c, sub.value());
            checkSubscript(c, sub.slice());
        }
        if (s.simple() == 0 && !c.future.annotations() && moduleOrClass) {
            checkExpr(c, s.annotation());
        }
    }

    private static void checkExpr(LayoutCompiler c, Expr e) {
        c.visit(e);
        c.u.op(Opcode.POP_TOP);
    }

    // CPython 3.11: Python/compile.c check_ann_subscr
    private static void checkSubscript(LayoutCompiler c, Expr e) {
        if (e instanceof Expr.Slice sl) {
            for (Expr x : new Expr[] {sl.lower(), sl.upper(), sl.step()}) {
                if (x != null) {
                    checkExpr(c, x);
                }
            }
        } else if (e instanceof Expr.Tuple t) {
            t.elts().forEach(x -> checkSubscript(c, x));
        } else {
            checkExpr(c, e);
        }
    }
}
