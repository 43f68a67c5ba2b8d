package dev.adder.compiler;

import dev.adder.ast.ExceptHandler;
import dev.adder.ast.ExprContext;
import dev.adder.ast.Stmt;
import dev.adder.bytecode.Opcode;
import java.util.List;

/**
 * {@code try/except*}: each handler splits the exception group with CHECK_EG_MATCH, exceptions
 * raised in handlers are collected in a list, and PREP_RERAISE_STAR builds what is re-raised.
 * CPython 3.11: Python/compile.c compiler_try_star_except.
 */
final class TryStarCodegen {
    private final LayoutCompiler c;
    private final StmtCodegen stmts;

    TryStarCodegen(LayoutCompiler c, StmtCodegen stmts) {
        this.c = c;
        this.stmts = stmts;
    }

    void tryStarExcept(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse) {
        Block bodyBlock = c.u.newBlock();
        Block except = c.u.newBlock();
        Block orelseBlock = c.u.newBlock();
        Block end = c.u.newBlock();
        Block cleanup = c.u.newBlock();
        Block reraiseStar = c.u.newBlock();
        c.u.jump(Pseudo.SETUP_FINALLY, except);
        c.u.useNext(bodyBlock);
        stmts.pushFBlock(FBlock.Type.TRY_EXCEPT, bodyBlock, null, null);
        stmts.visitAll(body);
        stmts.popFBlock();
        c.u.add(Pseudo.POP_BLOCK, 0, null).lineno = -1;
        c.u.jumpNoLine(Pseudo.JUMP, orelseBlock);
        c.u.useNext(except);
        c.u.unsetLocation();
        c.u.jump(Pseudo.SETUP_CLEANUP, cleanup);
        c.u.op(Opcode.PUSH_EXC_INFO);
        stmts.pushFBlock(FBlock.Type.EXCEPTION_GROUP_HANDLER, null, null, null);
        int n = handlers.size();
        for (int i = 0; i < n; i++) {
            handler(handlers.get(i), i, n, reraiseStar);
        }
        c.u.unsetLocation();
        stmts.popFBlock();
        Block reraise = c.u.newBlock();
        c.u.useNext(reraiseStar);
        c.u.op(Opcode.PREP_RERAISE_STAR);
        c.u.op(Opcode.COPY, 1);
        c.u.jump(Pseudo.POP_JUMP_IF_NOT_NONE, reraise);
        c.u.op(Opcode.POP_TOP);
        c.u.pseudo(Pseudo.POP_BLOCK);
        c.u.op(Opcode.POP_EXCEPT);
        c.u.jump(Pseudo.JUMP, end);
        c.u.useNext(reraise);
        c.u.pseudo(Pseudo.POP_BLOCK);
        c.u.op(Opcode.SWAP, 2);
        c.u.op(Opcode.POP_EXCEPT);
        c.u.op(Opcode.RERAISE, 0);
        c.u.useNext(cleanup);
        TryCodegen.popExceptAndReraise(c);
        c.u.useNext(orelseBlock);
        stmts.visitAll(orelse);
        c.u.useNext(end);
    }

    private void handler(ExceptHandler h, int i, int n, Block reraiseStar) {
        c.u.setLocation(h);
        Block except = c.u.newBlock();
        Block exceptWithError = c.u.newBlock();
        Block noMatch = c.u.newBlock();
        if (i == 0) {
            c.u.op(Opcode.COPY, 1);
            c.u.op(Opcode.BUILD_LIST, 0);
            c.u.op(Opcode.SWAP, 2);
        }
        if (h.type() != null) {
            c.visit(h.type());
            c.u.op(Opcode.CHECK_EG_MATCH);
            c.u.op(Opcode.COPY, 1);
            c.u.jump(Pseudo.POP_JUMP_IF_NONE, noMatch);
        }
        Block cleanupEnd = c.u.newBlock();
        Block cleanupBody = c.u.newBlock();
        String name = h.name();
        if (name != null) {
            c.nameop(name, ExprContext.Store);
        } else {
            c.u.op(Opcode.POP_TOP);
        }
        c.u.jump(Pseudo.SETUP_CLEANUP, cleanupEnd);
        c.u.useNext(cleanupBody);
        stmts.pushFBlock(FBlock.Type.HANDLER_CLEANUP, cleanupBody, null, name);
        stmts.visitAll(h.body());
        stmts.popFBlock();
        c.u.pseudo(Pseudo.POP_BLOCK);
        if (name != null) {
            clearName(name);
        }
        c.u.jump(Pseudo.JUMP, except);
        c.u.useNext(cleanupEnd);
        c.u.unsetLocation();
        if (name != null) {
            clearName(name);
        }
        c.u.op(Opcode.LIST_APPEND, 3);
        c.u.op(Opcode.POP_TOP);
        c.u.jump(Pseudo.JUMP, exceptWithError);
        c.u.useNext(except);
        c.u.op(Opcode.NOP);
        c.u.jump(Pseudo.JUMP, exceptWithError);
        c.u.useNext(noMatch);
        c.u.op(Opcode.POP_TOP);
        c.u.useNext(exceptWithError);
        if (i == n - 1) {
            c.u.op(Opcode.LIST_APPEND, 1);
            c.u.jump(Pseudo.JUMP, reraiseStar);
        }
    }

    private void clearName(String name) {
        c.u.loadNone();
        c.nameop(name, ExprContext.Store);
        c.nameop(name, ExprContext.Del);
    }
}
