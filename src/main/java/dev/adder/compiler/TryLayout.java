package dev.adder.compiler;

import dev.adder.ast.ExceptHandler;
import dev.adder.ast.ExprContext;
import dev.adder.ast.Stmt;
import java.util.List;

/**
 * {@code try} and {@code try/except*} statements. The finally body is compiled twice (the normal
 * and the exceptional path), and again at each {@code return}/{@code break}/{@code continue} that
 * leaves it (see {@link StmtLayout#unwindStack}); handler names are cleared on every exit.
 * CPython 3.11: Python/compile.c compiler_try_finally, compiler_try_except,
 * compiler_try_star_finally, compiler_try_star_except.
 */
final class TryLayout {
    private final LayoutCompiler c;
    private final StmtLayout stmts;

    TryLayout(LayoutCompiler c, StmtLayout stmts) {
        this.c = c;
        this.stmts = stmts;
    }

    void tryStatement(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
                      boolean star) {
        if (!finalbody.isEmpty()) {
            tryFinally(body, handlers, orelse, finalbody, star);
        } else if (star) {
            tryStarExcept(body, handlers, orelse);
        } else {
            tryExcept(body, handlers, orelse);
        }
    }

    // CPython 3.11: Python/compile.c compiler_try_finally
    private void tryFinally(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
                            List<Stmt> finalbody, boolean star) {
        boolean entry = c.u.reachable;
        stmts.pushFBlock(FBlock.Type.FINALLY_TRY, finalbody, null);
        if (star) {
            tryStarExcept(body, handlers, orelse);
        } else if (!handlers.isEmpty()) {
            tryExcept(body, handlers, orelse);
        } else {
            stmts.visitAll(body);
        }
        stmts.popFBlock();
        stmts.visitAll(finalbody);
        boolean normalEnd = c.u.reachable;
        // The exceptional path: the same finally body again, reached from any instruction in the try.
        c.u.reachable = entry;
        c.u.unsetLocation();
        stmts.pushFBlock(FBlock.Type.FINALLY_END, null, null);
        stmts.visitAll(finalbody);
        stmts.popFBlock();
        c.u.reachable = normalEnd;
    }

    // CPython 3.11: Python/compile.c compiler_try_except
    private void tryExcept(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse) {
        boolean entry = c.u.reachable;
        stmts.pushFBlock(FBlock.Type.TRY_EXCEPT, null, null);
        stmts.visitAll(body);
        stmts.popFBlock();
        stmts.visitAll(orelse);
        boolean end = c.u.reachable;
        c.u.unsetLocation();
        stmts.pushFBlock(FBlock.Type.EXCEPTION_HANDLER, null, null);
        for (int i = 0; i < handlers.size(); i++) {
            ExceptHandler h = handlers.get(i);
            c.u.setLocation(h);
            if (h.type() == null && i < handlers.size() - 1) {
                throw c.error("default 'except:' must be last");
            }
            c.u.reachable = entry;
            if (h.type() != null) {
                c.visit(h.type());
            }
            end |= handler(h);
        }
        stmts.popFBlock();
        c.u.reachable = end;
    }

    /** One handler's binding, body and cleanup; returns whether its end is reachable. */
    private boolean handler(ExceptHandler h) {
        boolean entry = c.u.reachable;
        String name = h.name();
        if (name != null) {
            c.nameop(name, ExprContext.Store);
        }
        stmts.pushFBlock(FBlock.Type.HANDLER_CLEANUP, null, name);
        stmts.visitAll(h.body());
        stmts.popFBlock();
        boolean end = c.u.reachable;
        c.u.unsetLocation();
        if (name != null) {
            // "name = None; del name" on the normal exit, then on the exceptional one.
            c.u.loadConst(null);
            c.nameop(name, ExprContext.Store);
            c.nameop(name, ExprContext.Del);
            c.u.reachable = entry;
            c.u.loadConst(null);
        }
        return end;
    }

    // CPython 3.11: Python/compile.c compiler_try_star_except (the else body comes after the handlers)
    private void tryStarExcept(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse) {
        boolean entry = c.u.reachable;
        stmts.pushFBlock(FBlock.Type.TRY_EXCEPT, null, null);
        stmts.visitAll(body);
        stmts.popFBlock();
        boolean bodyEnd = c.u.reachable;
        c.u.unsetLocation();
        stmts.pushFBlock(FBlock.Type.EXCEPTION_GROUP_HANDLER, null, null);
        boolean end = false;
        for (ExceptHandler h : handlers) {
            c.u.setLocation(h);
            c.u.reachable = entry;
            if (h.type() != null) {
                c.visit(h.type());
            }
            end |= handler(h);
        }
        stmts.popFBlock();
        c.u.reachable = bodyEnd;
        stmts.visitAll(orelse);
        c.u.reachable |= end;
    }
}
