package dev.adder.compiler;

import dev.adder.ast.Stmt;
import dev.adder.ast.Withitem;
import dev.adder.bytecode.Opcode;
import java.util.List;

/**
 * {@code with} and {@code async with}: BEFORE_WITH, the body under SETUP_WITH, the normal exit
 * calling {@code __exit__(None, None, None)} and the exceptional exit through WITH_EXCEPT_START.
 * CPython 3.11: Python/compile.c compiler_with, compiler_async_with, compiler_with_except_finish,
 * compiler_call_exit_with_nones.
 */
final class WithCodegen {
    private final LayoutCompiler c;
    private final StmtCodegen stmts;

    WithCodegen(LayoutCompiler c, StmtCodegen stmts) {
        this.c = c;
        this.stmts = stmts;
    }

    /** {@code __exit__(None, None, None)}: the bound exit is below three Nones. */
    void exitWithNones() {
        c.u.loadNone();
        c.u.loadNone();
        c.u.loadNone();
        c.u.op(Opcode.PRECALL, 2);
        c.u.op(Opcode.CALL, 2);
    }

    private void awaitIt(int where) {
        c.u.op(Opcode.GET_AWAITABLE, where);
        c.u.loadNone();
        c.exprs.yieldFrom(true);
    }

    void with(Stmt s, List<Withitem> items, int pos, List<Stmt> body, boolean async) {
        Withitem item = items.get(pos);
        Block block = c.u.newBlock();
        Block fin = c.u.newBlock();
        Block exit = c.u.newBlock();
        Block cleanup = c.u.newBlock();
        c.visit(item.context_expr());
        if (async) {
            c.u.op(Opcode.BEFORE_ASYNC_WITH);
            awaitIt(1);
        } else {
            c.u.op(Opcode.BEFORE_WITH);
        }
        c.u.jump(Pseudo.SETUP_WITH, fin);
        c.u.useNext(block);
        stmts.pushFBlock(async ? FBlock.Type.ASYNC_WITH : FBlock.Type.WITH, block, fin, s);
        if (item.optional_vars() != null) {
            c.visit(item.optional_vars());
        } else {
            c.u.op(Opcode.POP_TOP);
        }
        if (pos + 1 == items.size()) {
            stmts.visitAll(body);
        } else {
            with(s, items, pos + 1, body, async);
        }
        stmts.popFBlock();
        if (!async) {
            c.u.unsetLocation();
        }
        c.u.pseudo(Pseudo.POP_BLOCK);
        c.u.setLocation(s);
        exitWithNones();
        if (async) {
            awaitIt(2);
        }
        c.u.op(Opcode.POP_TOP);
        c.u.jump(Pseudo.JUMP, exit);
        c.u.useNext(fin);
        c.u.jump(Pseudo.SETUP_CLEANUP, cleanup);
        c.u.op(Opcode.PUSH_EXC_INFO);
        c.u.op(Opcode.WITH_EXCEPT_START);
        if (async) {
            awaitIt(2);
        }
        exceptFinish(cleanup);
        c.u.useNext(exit);
    }

    // CPython 3.11: Python/compile.c compiler_with_except_finish
    private void exceptFinish(Block cleanup) {
        c.u.unsetLocation();
        Block exit = c.u.newBlock();
        c.u.jump(Pseudo.POP_JUMP_IF_TRUE, exit);
        c.u.op(Opcode.RERAISE, 2);
        c.u.useNext(cleanup);
        TryCodegen.popExceptAndReraise(c);
        c.u.useNext(exit);
        c.u.op(Opcode.POP_TOP);
        c.u.pseudo(Pseudo.POP_BLOCK);
        c.u.op(Opcode.POP_EXCEPT);
        c.u.op(Opcode.POP_TOP);
        c.u.op(Opcode.POP_TOP);
    }
}
