package dev.adder.compiler;

import dev.adder.ast.ExceptHandler;
import dev.adder.ast.ExprContext;
import dev.adder.ast.Stmt;
import dev.adder.bytecode.Opcode;
import java.util.List;

/**
 * {@code try} statements with the 3.11 exception table: SETUP_FINALLY / SETUP_CLEANUP pseudo
 * instructions around protected code, PUSH_EXC_INFO / CHECK_EXC_MATCH / POP_EXCEPT / RERAISE in
 * handlers, the finally body compiled for the normal and the exceptional path, and
 * {@code except E as name} clearing the name on every exit; {@code except*} handlers are in
 * {@link TryStarCodegen}.
 * CPython 3.11: Python/compile.c compiler_try_finally, compiler_try_star_finally, compiler_try_except.
 */
final class TryCodegen {
    private final LayoutCompiler c;
    private final StmtCodegen stmts;
    private final TryStarCodegen stars;

    TryCodegen(LayoutCompiler c, StmtCodegen stmts) {
        this.c = c;
        this.stmts = stmts;
        this.stars = new TryStarCodegen(c, stmts);
    }

    /** CPython's POP_EXCEPT_AND_RERAISE. */
    static void popExceptAndReraise(LayoutCompiler c) {
        c.u.op(Opcode.COPY, 3);
        c.u.op(Opcode.POP_EXCEPT);
        c.u.op(Opcode.RERAISE, 1);
    }

    void tryStatement(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
                      boolean star) {
        if (!finalbody.isEmpty()) {
            tryFinally(body, handlers, orelse, finalbody, star);
        } else if (star) {
            stars.tryStarExcept(body, handlers, orelse);
        } else {
            tryExcept(body, handlers, orelse);
        }
    }

    // CPython 3.11: Python/compile.c compiler_try_finally
    private void tryFinally(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
                            boolean star) {
        Block bodyBlock = c.u.newBlock();
        Block end = c.u.newBlock();
        Block exit = c.u.newBlock();
        Block cleanup = c.u.newBlock();
        c.u.jump(Pseudo.SETUP_FINALLY, end);
        c.u.useNext(bodyBlock);
        stmts.pushFBlock(FBlock.Type.FINALLY_TRY, bodyBlock, end, finalbody);
        if (star) {
            stars.tryStarExcept(body, handlers, orelse);
        } else if (!handlers.isEmpty()) {
            tryExcept(body, handlers, orelse);
        } else {
            stmts.visitAll(body);
        }
        c.u.add(Pseudo.POP_BLOCK, 0, null).lineno = -1;
        stmts.popFBlock();
        stmts.visitAll(finalbody);
        c.u.jumpNoLine(Pseudo.JUMP, exit);
        c.u.useNext(end);
        c.u.unsetLocation();
        c.u.jump(Pseudo.SETUP_CLEANUP, cleanup);
        c.u.op(Opcode.PUSH_EXC_INFO);
        stmts.pushFBlock(FBlock.Type.FINALLY_END, end, null, null);
        stmts.visitAll(finalbody);
        stmts.popFBlock();
        c.u.op(Opcode.RERAISE, 0);
        c.u.useNext(cleanup);
        popExceptAndReraise(c);
        c.u.useNext(exit);
    }

    // CPython 3.11: Python/compile.c compiler_try_except
    private void tryExcept(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse) {
        Block bodyBlock = c.u.newBlock();
        Block except = c.u.newBlock();
        Block end = c.u.newBlock();
        Block cleanup = c.u.newBlock();
        c.u.jump(Pseudo.SETUP_FINALLY, except);
        c.u.useNext(bodyBlock);
        stmts.pushFBlock(FBlock.Type.TRY_EXCEPT, bodyBlock, null, null);
        stmts.visitAll(body);
        stmts.popFBlock();
        c.u.add(Pseudo.POP_BLOCK, 0, null).lineno = -1;
        stmts.visitAll(orelse);
        c.u.jumpNoLine(Pseudo.JUMP, end);
        c.u.useNext(except);
        c.u.unsetLocation();
        c.u.jump(Pseudo.SETUP_CLEANUP, cleanup);
        c.u.op(Opcode.PUSH_EXC_INFO);
        stmts.pushFBlock(FBlock.Type.EXCEPTION_HANDLER, null, null, null);
        int n = handlers.size();
        for (int i = 0; i < n; i++) {
            ExceptHandler h = handlers.get(i);
            c.u.setLocation(h);
            if (h.type() == null && i < n - 1) {
                throw c.error("default 'except:' must be last");
            }
            except = c.u.newBlock();
            if (h.type() != null) {
                c.visit(h.type());
                c.u.op(Opcode.CHECK_EXC_MATCH);
                c.u.jump(Pseudo.POP_JUMP_IF_FALSE, except);
            }
            if (h.name() != null) {
                namedHandler(h, end);
            } else {
                Block cleanupBody = c.u.newBlock();
                c.u.op(Opcode.POP_TOP);
                c.u.useNext(cleanupBody);
                stmts.pushFBlock(FBlock.Type.HANDLER_CLEANUP, cleanupBody, null, null);
                stmts.visitAll(h.body());
                stmts.popFBlock();
                c.u.unsetLocation();
                c.u.pseudo(Pseudo.POP_BLOCK);
                c.u.op(Opcode.POP_EXCEPT);
                c.u.jump(Pseudo.JUMP, end);
            }
            c.u.useNext(except);
        }
        c.u.unsetLocation();
        stmts.popFBlock();
        c.u.op(Opcode.RERAISE, 0);
        c.u.useNext(cleanup);
        popExceptAndReraise(c);
        c.u.useNext(end);
    }

    /** {@code except E as name:} the body in an inner try whose exits clear the name. */
    private void namedHandler(ExceptHandler h, Block end) {
        String name = h.name();
        Block cleanupEnd = c.u.newBlock();
        Block cleanupBody = c.u.newBlock();
        c.nameop(name, ExprContext.Store);
        c.u.jump(Pseudo.SETUP_CLEANUP, cleanupEnd);
        c.u.useNext(cleanupBody);
        stmts.pushFBlock(FBlock.Type.HANDLER_CLEANUP, cleanupBody, null, name);
        stmts.visitAll(h.body());
        stmts.popFBlock();
        c.u.unsetLocation();
        c.u.pseudo(Pseudo.POP_BLOCK);
        c.u.pseudo(Pseudo.POP_BLOCK);
        c.u.op(Opcode.POP_EXCEPT);
        c.u.loadNone();
        c.nameop(name, ExprContext.Store);
        c.nameop(name, ExprContext.Del);
        c.u.jump(Pseudo.JUMP, end);
        c.u.useNext(cleanupEnd);
        c.u.unsetLocation();
        c.u.loadNone();
        c.nameop(name, ExprContext.Store);
        c.nameop(name, ExprContext.Del);
        c.u.op(Opcode.RERAISE, 1);
    }
}
