package dev.adder.compiler;

import dev.adder.ast.Alias;
import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;
import dev.adder.ast.Stmt;
import dev.adder.bytecode.Opcode;
import dev.adder.symtable.BlockType;
import dev.adder.symtable.FutureFeatures;
import java.util.List;

/**
 * Emits statements as CPython 3.11 does, keeping the compile-time block stack that
 * {@code break}/{@code continue}/{@code return} unwind (re-emitting enclosing finally bodies and
 * with exits). Try statements are in {@link TryCodegen}, with statements in {@link WithCodegen}.
 * CPython 3.11: Python/compile.c compiler_visit_stmt and the compiler_* function of each statement.
 */
final class StmtCodegen implements Stmt.Visitor<Void> {
    /** CPython 3.11's CO_MAXBLOCKS. */
    private static final int MAX_BLOCKS = 20;

    private final LayoutCompiler c;
    private final TryCodegen tries;
    private final WithCodegen withs;

    StmtCodegen(LayoutCompiler c) {
        this.c = c;
        this.tries = new TryCodegen(c, this);
        this.withs = new WithCodegen(c, this);
    }

    void visitAll(List<Stmt> body) {
        for (Stmt s : body) {
            c.u.setLocation(s);
            s.accept(this);
        }
    }

    /** A module or class body: SETUP_ANNOTATIONS when annotated, a docstring stored as {@code __doc__}. */
    // CPython 3.11: Python/compile.c compiler_body
    void body(List<Stmt> body) {
        if (c.u.scopeType == ScopeType.MODULE && !body.isEmpty()) {
            c.u.setLocation(body.get(0));
        }
        if (Annotations.find(body)) {
            c.u.op(Opcode.SETUP_ANNOTATIONS);
        }
        if (FutureFeatures.hasDocString(body)) {
            Stmt first = body.get(0);
            c.u.setLocation(first);
            c.visit(((Stmt.Expr) first).value());
            c.nameop("__doc__", ExprContext.Store);
            visitAll(body.subList(1, body.size()));
        } else {
            visitAll(body);
        }
    }

    // CPython 3.11: Python/compile.c compiler_push_fblock
    FBlock pushFBlock(FBlock.Type type, Block block, Block exit, Object datum) {
        if (c.u.fblocks.size() >= MAX_BLOCKS) {
            throw c.error("too many statically nested blocks");
        }
        FBlock b = new FBlock(type, block, exit, datum);
        c.u.fblocks.add(b);
        return b;
    }

    void popFBlock() {
        c.u.fblocks.remove(c.u.fblocks.size() - 1);
    }

    /**
     * Emits what leaving the enclosing blocks takes, innermost first, stopping at the innermost
     * loop when {@code toLoop}; returns that loop, or null.
     */
    // CPython 3.11: Python/compile.c compiler_unwind_fblock_stack
    FBlock unwindStack(boolean preserveTos, boolean toLoop) {
        List<FBlock> stack = c.u.fblocks;
        if (stack.isEmpty()) {
            return null;
        }
        FBlock top = stack.get(stack.size() - 1);
        if (top.type == FBlock.Type.EXCEPTION_GROUP_HANDLER) {
            throw c.error("'break', 'continue' and 'return' cannot appear in an except* block");
        }
        if (toLoop && top.isLoop()) {
            return top;
        }
        stack.remove(stack.size() - 1);
        unwind(top, preserveTos);
        FBlock loop = unwindStack(preserveTos, toLoop);
        stack.add(top);
        return loop;
    }

    // CPython 3.11: Python/compile.c compiler_unwind_fblock
    @SuppressWarnings("unchecked")
    void unwind(FBlock b, boolean preserveTos) {
        switch (b.type) {
            case FOR_LOOP, POP_VALUE -> {
                if (preserveTos) {
                    c.u.op(Opcode.SWAP, 2);
                }
                c.u.op(Opcode.POP_TOP);
            }
            case TRY_EXCEPT -> c.u.pseudo(Pseudo.POP_BLOCK);
            case FINALLY_TRY -> {
                c.u.pseudo(Pseudo.POP_BLOCK);
                if (preserveTos) {
                    pushFBlock(FBlock.Type.POP_VALUE, null, null, null);
                }
                visitAll((List<Stmt>) b.datum);
                if (preserveTos) {
                    popFBlock();
                }
                c.u.unsetLocation();
            }
            case FINALLY_END -> {
                if (preserveTos) {
                    c.u.op(Opcode.SWAP, 2);
                }
                c.u.op(Opcode.POP_TOP);
                if (preserveTos) {
                    c.u.op(Opcode.SWAP, 2);
                }
                c.u.pseudo(Pseudo.POP_BLOCK);
                c.u.op(Opcode.POP_EXCEPT);
            }
            case WITH, ASYNC_WITH -> {
                c.u.setLocation((Stmt) b.datum);
                c.u.pseudo(Pseudo.POP_BLOCK);
                if (preserveTos) {
                    c.u.op(Opcode.SWAP, 2);
                }
                withs.exitWithNones();
                if (b.type == FBlock.Type.ASYNC_WITH) {
                    c.u.op(Opcode.GET_AWAITABLE, 2);
                    c.u.loadNone();
                    c.exprs.yieldFrom(true);
                }
                c.u.op(Opcode.POP_TOP);
                c.u.unsetLocation();
            }
            case HANDLER_CLEANUP -> {
                if (b.datum != null) {
                    c.u.pseudo(Pseudo.POP_BLOCK);
                }
                if (preserveTos) {
                    c.u.op(Opcode.SWAP, 2);
                }
                c.u.pseudo(Pseudo.POP_BLOCK);
                c.u.op(Opcode.POP_EXCEPT);
                if (b.datum != null) {
                    c.u.loadNone();
                    c.nameop((String) b.datum, ExprContext.Store);
                    c.nameop((String) b.datum, ExprContext.Del);
                }
            }
            default -> {
            }
        }
    }

    @Override
    public Void visitFunctionDef(Stmt.FunctionDef s) {
        c.units.function(s, s.name(), s.args(), s.body(), s.decorator_list(), s.returns(), false);
        return null;
    }

    @Override
    public Void visitAsyncFunctionDef(Stmt.AsyncFunctionDef s) {
        c.units.function(s, s.name(), s.args(), s.body(), s.decorator_list(), s.returns(), true);
        return null;
    }

    @Override
    public Void visitClassDef(Stmt.ClassDef s) {
        c.units.classDef(s);
        return null;
    }

    // CPython 3.11: Python/compile.c compiler_return
    @Override
    public Void visitReturn(Stmt.Return s) {
        Expr value = s.value();
        boolean preserveTos = value != null && !Consts.isConst(value);
        if (c.u.ste.type() != BlockType.FUNCTION) {
            throw c.error("'return' outside function");
        }
        if (value != null && c.u.ste.isCoroutine() && c.u.ste.isGenerator()) {
            throw c.error("'return' with value in async generator");
        }
        if (preserveTos) {
            c.visit(value);
        } else if (value != null) {
            c.u.setLocation(value);
            c.u.op(Opcode.NOP);
        }
        if (value == null || value.lineno() != s.lineno()) {
            c.u.setLocation(s);
            c.u.op(Opcode.NOP);
        }
        unwindStack(preserveTos, false);
        if (value == null) {
            c.u.loadNone();
        } else if (!preserveTos) {
            c.u.loadConst(ConstFold.value(value));
        }
        c.u.op(Opcode.RETURN_VALUE);
        return null;
    }

    @Override
    public Void visitDelete(Stmt.Delete s) {
        s.targets().forEach(c::visit);
        return null;
    }

    @Override
    public Void visitAssign(Stmt.Assign s) {
        c.visit(s.value());
        int n = s.targets().size();
        for (int i = 0; i < n; i++) {
            if (i < n - 1) {
                c.u.op(Opcode.COPY, 1);
            }
            c.visit(s.targets().get(i));
        }
        return null;
    }

    // CPython 3.11: Python/compile.c compiler_augassign
    @Override
    public Void visitAugAssign(Stmt.AugAssign s) {
        Expr t = s.target();
        int[] saved = c.u.location();
        c.u.setLocation(t);
        if (t instanceof Expr.Attribute a) {
            c.visit(a.value());
            c.u.op(Opcode.COPY, 1);
            c.exprs.matchAttrLocation(a);
            c.u.name(Opcode.LOAD_ATTR, c.mangle(a.attr()));
        } else if (t instanceof Expr.Subscript sub) {
            c.visit(sub.value());
            c.visit(sub.slice());
            c.u.op(Opcode.COPY, 2);
            c.u.op(Opcode.COPY, 2);
            c.u.op(Opcode.BINARY_SUBSCR);
        } else if (t instanceof Expr.Name n) {
            c.nameop(n.id(), ExprContext.Load);
        } else {
            throw new IllegalStateException("invalid node type for augmented assignment");
        }
        c.u.restoreLocation(saved);
        c.visit(s.value());
        c.u.op(Opcode.BINARY_OP, ExprCodegen.nb(s.op()) + 13);
        c.u.setLocation(t);
        if (t instanceof Expr.Attribute a) {
            c.exprs.matchAttrLocation(a);
            c.u.op(Opcode.SWAP, 2);
            c.u.name(Opcode.STORE_ATTR, c.mangle(a.attr()));
        } else if (t instanceof Expr.Subscript) {
            c.u.op(Opcode.SWAP, 3);
            c.u.op(Opcode.SWAP, 2);
            c.u.op(Opcode.STORE_SUBSCR);
        } else {
            c.nameop(((Expr.Name) t).id(), ExprContext.Store);
        }
        return null;
    }

    @Override
    public Void visitAnnAssign(Stmt.AnnAssign s) {
        Annotations.annAssign(c, s);
        return null;
    }

    // CPython 3.11: Python/compile.c compiler_for
    @Override
    public Void visitFor(Stmt.For s) {
        Block start = c.u.newBlock();
        Block body = c.u.newBlock();
        Block cleanup = c.u.newBlock();
        Block end = c.u.newBlock();
        pushFBlock(FBlock.Type.FOR_LOOP, start, end, null);
        c.visit(Consts.foldIter(s.iter()));
        c.u.op(Opcode.GET_ITER);
        c.u.useNext(start);
        c.u.jump(Opcode.FOR_ITER, cleanup);
        c.u.useNext(body);
        c.visit(s.target());
        visitAll(s.body());
        c.u.unsetLocation();
        c.u.jump(Pseudo.JUMP, start);
        c.u.useNext(cleanup);
        popFBlock();
        visitAll(s.orelse());
        c.u.useNext(end);
        return null;
    }

    // CPython 3.11: Python/compile.c compiler_async_for
    @Override
    public Void visitAsyncFor(Stmt.AsyncFor s) {
        if (c.u.scopeType != ScopeType.ASYNC_FUNCTION) {
            throw c.error("'async for' outside async function");
        }
        Block start = c.u.newBlock();
        Block except = c.u.newBlock();
        Block end = c.u.newBlock();
        c.visit(s.iter());
        c.u.op(Opcode.GET_AITER);
        c.u.useNext(start);
        pushFBlock(FBlock.Type.FOR_LOOP, start, end, null);
        c.u.jump(Pseudo.SETUP_FINALLY, except);
        c.u.op(Opcode.GET_ANEXT);
        c.u.loadNone();
        c.exprs.yieldFrom(true);
        c.u.pseudo(Pseudo.POP_BLOCK);
        c.visit(s.target());
        visitAll(s.body());
        c.u.unsetLocation();
        c.u.jump(Pseudo.JUMP, start);
        popFBlock();
        c.u.useNext(except);
        c.u.setLocation(s.iter());
        c.u.op(Opcode.END_ASYNC_FOR);
        visitAll(s.orelse());
        c.u.useNext(end);
        return null;
    }

    // CPython 3.11: Python/compile.c compiler_while
    @Override
    public Void visitWhile(Stmt.While s) {
        Block loop = c.u.newBlock();
        Block body = c.u.newBlock();
        Block anchor = c.u.newBlock();
        Block end = c.u.newBlock();
        c.u.useNext(loop);
        pushFBlock(FBlock.Type.WHILE_LOOP, loop, end, null);
        c.exprs.jumpIf(s.test(), anchor, false);
        c.u.useNext(body);
        visitAll(s.body());
        c.u.setLocation(s);
        c.exprs.jumpIf(s.test(), body, true);
        popFBlock();
        c.u.useNext(anchor);
        visitAll(s.orelse());
        c.u.useNext(end);
        return null;
    }

    // CPython 3.11: Python/compile.c compiler_if
    @Override
    public Void visitIf(Stmt.If s) {
        Block end = c.u.newBlock();
        Block next = s.orelse().isEmpty() ? end : c.u.newBlock();
        c.exprs.jumpIf(s.test(), next, false);
        visitAll(s.body());
        if (!s.orelse().isEmpty()) {
            c.u.jumpNoLine(Pseudo.JUMP, end);
            c.u.useNext(next);
            visitAll(s.orelse());
        }
        c.u.useNext(end);
        return null;
    }

    @Override
    public Void visitWith(Stmt.With s) {
        withs.with(s, s.items(), 0, s.body(), false);
        return null;
    }

    @Override
    public Void visitAsyncWith(Stmt.AsyncWith s) {
        if (c.u.scopeType != ScopeType.ASYNC_FUNCTION) {
            throw c.error("'async with' outside async function");
        }
        withs.with(s, s.items(), 0, s.body(), true);
        return null;
    }

    @Override
    public Void visitMatch(Stmt.Match s) {
        c.patterns.match(s);
        return null;
    }

    @Override
    public Void visitRaise(Stmt.Raise s) {
        int n = 0;
        if (s.exc() != null) {
            c.visit(s.exc());
            n++;
            if (s.cause() != null) {
                c.visit(s.cause());
                n++;
            }
        }
        c.u.op(Opcode.RAISE_VARARGS, n);
        return null;
    }

    @Override
    public Void visitTry(Stmt.Try s) {
        tries.tryStatement(s.body(), s.handlers(), s.orelse(), s.finalbody(), false);
        return null;
    }

    @Override
    public Void visitTryStar(Stmt.TryStar s) {
        tries.tryStatement(s.body(), s.handlers(), s.orelse(), s.finalbody(), true);
        return null;
    }

    // CPython 3.11: Python/compile.c compiler_assert (optimization level 0)
    @Override
    public Void visitAssert(Stmt.Assert s) {
        Block end = c.u.newBlock();
        c.exprs.jumpIf(s.test(), end, true);
        c.u.op(Opcode.LOAD_ASSERTION_ERROR);
        if (s.msg() != null) {
            c.visit(s.msg());
            c.u.op(Opcode.PRECALL, 0);
            c.u.op(Opcode.CALL, 0);
        }
        c.u.op(Opcode.RAISE_VARARGS, 1);
        c.u.useNext(end);
        return null;
    }

    // CPython 3.11: Python/compile.c compiler_import, compiler_import_as
    @Override
    public Void visitImport(Stmt.Import s) {
        for (Alias a : s.names()) {
            c.u.loadConst(0);
            c.u.loadNone();
            c.u.name(Opcode.IMPORT_NAME, c.mangle(a.name()));
            int dot = a.name().indexOf('.');
            if (a.asname() == null) {
                c.nameop(dot >= 0 ? a.name().substring(0, dot) : a.name(), ExprContext.Store);
                continue;
            }
            if (dot >= 0) {
                String rest = a.name();
                while (true) {
                    int pos = dot + 1;
                    dot = rest.indexOf('.', pos);
                    c.u.name(Opcode.IMPORT_FROM, rest.substring(pos, dot >= 0 ? dot : rest.length()));
                    if (dot < 0) {
                        break;
                    }
                    c.u.op(Opcode.SWAP, 2);
                    c.u.op(Opcode.POP_TOP);
                }
                c.nameop(a.asname(), ExprContext.Store);
                c.u.op(Opcode.POP_TOP);
            } else {
                c.nameop(a.asname(), ExprContext.Store);
            }
        }
        return null;
    }

    // CPython 3.11: Python/compile.c compiler_from_import
    @Override
    public Void visitImportFrom(Stmt.ImportFrom s) {
        c.u.loadConst(s.level() == null ? 0 : s.level());
        Object[] names = new Object[s.names().size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = s.names().get(i).name();
        }
        if (s.lineno() > c.future.lineno() && "__future__".equals(s.module())) {
            throw c.error(FutureFeatures.lateFutureMessage());
        }
        c.u.loadConst(dev.adder.objects.PyTuple.of(names));
        c.u.name(Opcode.IMPORT_NAME, c.mangle(s.module() == null ? "" : s.module()));
        for (int i = 0; i < names.length; i++) {
            Alias a = s.names().get(i);
            if (i == 0 && a.name().startsWith("*")) {
                c.u.op(Opcode.IMPORT_STAR);
                return null;
            }
            c.u.name(Opcode.IMPORT_FROM, c.mangle(a.name()));
            c.nameop(a.asname() != null ? a.asname() : a.name(), ExprContext.Store);
        }
        c.u.op(Opcode.POP_TOP);
        return null;
    }

    @Override
    public Void visitGlobal(Stmt.Global s) {
        return null;
    }

    @Override
    public Void visitNonlocal(Stmt.Nonlocal s) {
        return null;
    }

    // CPython 3.11: Python/compile.c compiler_visit_stmt_expr (a constant statement is a NOP)
    @Override
    public Void visitExpr(Stmt.Expr s) {
        if (Consts.isConst(s.value())) {
            c.u.op(Opcode.NOP);
            return null;
        }
        c.visit(s.value());
        c.u.unsetLocation();
        c.u.op(Opcode.POP_TOP);
        return null;
    }

    @Override
    public Void visitPass(Stmt.Pass s) {
        c.u.op(Opcode.NOP);
        return null;
    }

    // CPython 3.11: Python/compile.c compiler_break
    @Override
    public Void visitBreak(Stmt.Break s) {
        c.u.op(Opcode.NOP);
        FBlock loop = unwindStack(false, true);
        if (loop == null) {
            throw c.error("'break' outside loop");
        }
        unwind(loop, false);
        c.u.jump(Pseudo.JUMP, loop.exit);
        return null;
    }

    // CPython 3.11: Python/compile.c compiler_continue
    @Override
    public Void visitContinue(Stmt.Continue s) {
        c.u.op(Opcode.NOP);
        FBlock loop = unwindStack(false, true);
        if (loop == null) {
            throw c.error("'continue' not properly in loop");
        }
        c.u.jump(Pseudo.JUMP, loop.block);
        return null;
    }
}
