package dev.adder.compiler;

import dev.adder.ast.Alias;
import dev.adder.ast.ExceptHandler;
import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;
import dev.adder.ast.Stmt;
import dev.adder.ast.Withitem;
import dev.adder.symtable.BlockType;
import dev.adder.symtable.FutureFeatures;
import dev.adder.symtable.Mangling;
import java.util.ArrayList;
import java.util.List;

/**
 * Statements in CPython 3.11's compiler order, tracking the compile-time block stack (for
 * {@code break}/{@code continue}/{@code return}, which re-emit enclosing finally bodies) and
 * whether each statement is reachable. Try statements live in {@link TryLayout}.
 * CPython 3.11: Python/compile.c compiler_visit_stmt and the compiler_* function of each statement.
 */
final class StmtLayout implements Stmt.Visitor<Void> {
    /** CPython 3.11's CO_MAXBLOCKS. */
    private static final int MAX_BLOCKS = 20;

    private final LayoutCompiler c;
    private final TryLayout tries;

    StmtLayout(LayoutCompiler c) {
        this.c = c;
        this.tries = new TryLayout(c, this);
    }

    void visitAll(List<Stmt> body) {
        for (Stmt s : body) {
            c.u.setLocation(s);
            s.accept(this);
        }
    }

    /** A module or class body: a docstring is stored as {@code __doc__}. */
    // CPython 3.11: Python/compile.c compiler_body
    void body(List<Stmt> body) {
        if (FutureFeatures.hasDocString(body)) {
            Expr.Constant doc = (Expr.Constant) ((Stmt.Expr) body.get(0)).value();
            c.u.setLocation(doc);
            c.u.loadConst(ConstFold.keyOf(doc.value()));
            c.nameop("__doc__", ExprContext.Store);
            visitAll(body.subList(1, body.size()));
        } else {
            visitAll(body);
        }
    }

    // CPython 3.11: Python/compile.c compiler_push_fblock
    FBlock pushFBlock(FBlock.Type type, List<Stmt> finalBody, String handlerName) {
        if (c.u.fblocks.size() >= MAX_BLOCKS) {
            throw c.error("too many statically nested blocks");
        }
        FBlock b = new FBlock(type, finalBody, handlerName);
        c.u.fblocks.add(b);
        return b;
    }

    void popFBlock() {
        c.u.fblocks.remove(c.u.fblocks.size() - 1);
    }

    /**
     * Emits what leaving the enclosing blocks takes (finally bodies, with exits, handler
     * cleanups), innermost first, stopping at the innermost loop when {@code toLoop}; returns that
     * loop, or null.
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
    private void unwind(FBlock b, boolean preserveTos) {
        switch (b.type) {
            case FINALLY_TRY -> {
                if (preserveTos) {
                    pushFBlock(FBlock.Type.POP_VALUE, null, null);
                }
                visitAll(b.finalBody);
                if (preserveTos) {
                    popFBlock();
                }
                c.u.unsetLocation();
            }
            case WITH, ASYNC_WITH -> {
                exitWithNones(b.type == FBlock.Type.ASYNC_WITH);
                c.u.unsetLocation();
            }
            case HANDLER_CLEANUP -> {
                if (b.handlerName != null) {
                    c.u.loadConst(null);
                    c.nameop(b.handlerName, ExprContext.Store);
                    c.nameop(b.handlerName, ExprContext.Del);
                }
            }
            default -> {
            }
        }
    }

    /** {@code __exit__(None, None, None)}, awaited for async with. */
    private void exitWithNones(boolean async) {
        c.u.loadConst(null);
        if (async) {
            c.u.loadConst(null);
        }
    }

    @Override
    public Void visitFunctionDef(Stmt.FunctionDef s) {
        c.unitLayout.function(s, s.name(), s.args(), s.body(), s.decorator_list(), s.returns(), false);
        return null;
    }

    @Override
    public Void visitAsyncFunctionDef(Stmt.AsyncFunctionDef s) {
        c.unitLayout.function(s, s.name(), s.args(), s.body(), s.decorator_list(), s.returns(), true);
        return null;
    }

    @Override
    public Void visitClassDef(Stmt.ClassDef s) {
        c.unitLayout.classDef(s);
        return null;
    }

    // CPython 3.11: Python/compile.c compiler_return
    @Override
    public Void visitReturn(Stmt.Return s) {
        Expr value = s.value();
        boolean preserveTos = value != null && !ConstFold.isConst(value);
        if (c.u.ste.type() != BlockType.FUNCTION) {
            throw c.error("'return' outside function");
        }
        if (value != null && c.u.ste.isCoroutine() && c.u.ste.isGenerator()) {
            throw c.error("'return' with value in async generator");
        }
        if (preserveTos) {
            c.visit(value);
        }
        unwindStack(preserveTos, false);
        if (value == null) {
            c.u.loadConst(null);
        } else if (!preserveTos) {
            c.u.loadConst(ConstFold.fold(value));
        }
        c.u.reachable = false;
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
        s.targets().forEach(c::visit);
        return null;
    }

    // CPython 3.11: Python/compile.c compiler_augassign
    @Override
    public Void visitAugAssign(Stmt.AugAssign s) {
        Expr t = s.target();
        if (t instanceof Expr.Attribute a) {
            c.visit(a.value());
        } else if (t instanceof Expr.Subscript sub) {
            c.visit(sub.value());
            c.visit(sub.slice());
        } else if (t instanceof Expr.Name n) {
            c.nameop(n.id(), ExprContext.Load);
        }
        c.visit(s.value());
        if (t instanceof Expr.Name n) {
            c.nameop(n.id(), ExprContext.Store);
        }
        return null;
    }

    // CPython 3.11: Python/compile.c compiler_annassign, check_ann_expr, check_annotation
    @Override
    public Void visitAnnAssign(Stmt.AnnAssign s) {
        Expr target = s.target();
        if (s.value() != null) {
            c.visit(s.value());
            c.visit(target);
        }
        boolean moduleOrClass = c.u.scopeType == ScopeType.MODULE || c.u.scopeType == ScopeType.CLASS;
        if (target instanceof Expr.Name n) {
            c.forbiddenName(n.id(), ExprContext.Store);
            if (s.simple() != 0 && moduleOrClass) {
                annotationValue(s.annotation());
                c.u.loadConst(ConstFold.keyOf(Mangling.mangle(c.u.privateName, n.id())));
            }
        } else if (target instanceof Expr.Attribute a) {
            c.forbiddenName(a.attr(), ExprContext.Store);
            if (s.value() == null) {
                c.visit(a.value());
            }
        } else if (target instanceof Expr.Subscript sub && s.value() == null) {
            c.visit(sub.value());
            checkAnnSubscript(sub.slice());
        }
        if (s.simple() == 0 && !c.future.annotations() && moduleOrClass) {
            c.visit(s.annotation());
        }
        return null;
    }

    private void annotationValue(Expr annotation) {
        if (c.future.annotations()) {
            c.u.loadConst(List.of("annotation", annotation));
        } else {
            c.visit(annotation);
        }
    }

    // CPython 3.11: Python/compile.c check_ann_subscr
    private void checkAnnSubscript(Expr e) {
        if (e instanceof Expr.Slice sl) {
            for (Expr x : new Expr[] {sl.lower(), sl.upper(), sl.step()}) {
                if (x != null) {
                    c.visit(x);
                }
            }
        } else if (e instanceof Expr.Tuple t) {
            t.elts().forEach(this::checkAnnSubscript);
        } else {
            c.visit(e);
        }
    }

    // CPython 3.11: Python/compile.c compiler_for
    @Override
    public Void visitFor(Stmt.For s) {
        boolean entry = c.u.reachable;
        c.visit(s.iter());
        FBlock loop = pushFBlock(FBlock.Type.FOR_LOOP, null, null);
        c.visit(s.target());
        visitAll(s.body());
        popFBlock();
        c.u.reachable = entry;
        visitAll(s.orelse());
        c.u.reachable |= loop.breakReached;
        return null;
    }

    // CPython 3.11: Python/compile.c compiler_async_for
    @Override
    public Void visitAsyncFor(Stmt.AsyncFor s) {
        if (c.u.scopeType != ScopeType.ASYNC_FUNCTION) {
            throw c.error("'async for' outside async function");
        }
        boolean entry = c.u.reachable;
        c.visit(s.iter());
        FBlock loop = pushFBlock(FBlock.Type.FOR_LOOP, null, null);
        c.u.loadConst(null);
        c.visit(s.target());
        visitAll(s.body());
        popFBlock();
        c.u.reachable = entry;
        visitAll(s.orelse());
        c.u.reachable |= loop.breakReached;
        return null;
    }

    // CPython 3.11: Python/compile.c compiler_while (the test is compiled at the top and again at the bottom)
    @Override
    public Void visitWhile(Stmt.While s) {
        boolean entry = c.u.reachable;
        FBlock loop = pushFBlock(FBlock.Type.WHILE_LOOP, null, null);
        ExprLayout.Flow top = c.exprs.jumpIf(s.test(), false);
        c.u.reachable = top.fall();
        visitAll(s.body());
        c.exprs.jumpIf(s.test(), true);
        popFBlock();
        c.u.reachable = top.jump();
        visitAll(s.orelse());
        c.u.reachable |= loop.breakReached;
        c.u.reachable &= entry;
        return null;
    }

    // CPython 3.11: Python/compile.c compiler_if
    @Override
    public Void visitIf(Stmt.If s) {
        ExprLayout.Flow test = c.exprs.jumpIf(s.test(), false);
        c.u.reachable = test.fall();
        visitAll(s.body());
        boolean bodyEnd = c.u.reachable;
        c.u.reachable = test.jump();
        visitAll(s.orelse());
        c.u.reachable |= bodyEnd;
        return null;
    }

    // CPython 3.11: Python/compile.c compiler_with, compiler_async_with
    private void with(Stmt s, List<Withitem> items, List<Stmt> body, boolean async) {
        if (async && c.u.scopeType != ScopeType.ASYNC_FUNCTION) {
            throw c.error("'async with' outside async function");
        }
        boolean entry = c.u.reachable;
        withItem(s, items, 0, body, async);
        // An __exit__ that returns true swallows the exception: the code after is reachable.
        c.u.reachable = entry;
    }

    private void withItem(Stmt s, List<Withitem> items, int pos, List<Stmt> body, boolean async) {
        Withitem item = items.get(pos);
        c.visit(item.context_expr());
        if (async) {
            c.u.loadConst(null);
        }
        pushFBlock(async ? FBlock.Type.ASYNC_WITH : FBlock.Type.WITH, null, null);
        if (item.optional_vars() != null) {
            c.visit(item.optional_vars());
        }
        if (pos + 1 == items.size()) {
            visitAll(body);
        } else {
            withItem(s, items, pos + 1, body, async);
        }
        c.u.unsetLocation();
        popFBlock();
        c.u.setLocation(s);
        exitWithNones(async);
    }

    @Override
    public Void visitWith(Stmt.With s) {
        with(s, s.items(), s.body(), false);
        return null;
    }

    @Override
    public Void visitAsyncWith(Stmt.AsyncWith s) {
        with(s, s.items(), s.body(), true);
        return null;
    }

    @Override
    public Void visitMatch(Stmt.Match s) {
        c.patterns.match(s);
        return null;
    }

    @Override
    public Void visitRaise(Stmt.Raise s) {
        if (s.exc() != null) {
            c.visit(s.exc());
            if (s.cause() != null) {
                c.visit(s.cause());
            }
        }
        c.u.reachable = false;
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
        ExprLayout.Flow test = c.exprs.jumpIf(s.test(), true);
        c.u.reachable = test.fall();
        if (s.msg() != null) {
            c.visit(s.msg());
        }
        c.u.reachable = test.jump();
        return null;
    }

    // CPython 3.11: Python/compile.c compiler_import
    @Override
    public Void visitImport(Stmt.Import s) {
        for (Alias a : s.names()) {
            c.u.loadConst(ConstFold.keyOf(0));
            c.u.loadConst(null);
            if (a.asname() != null) {
                c.nameop(a.asname(), ExprContext.Store);
            } else {
                int dot = a.name().indexOf('.');
                c.nameop(dot >= 0 ? a.name().substring(0, dot) : a.name(), ExprContext.Store);
            }
        }
        return null;
    }

    // CPython 3.11: Python/compile.c compiler_from_import
    @Override
    public Void visitImportFrom(Stmt.ImportFrom s) {
        c.u.loadConst(ConstFold.keyOf(s.level() == null ? 0 : s.level()));
        List<String> names = new ArrayList<>();
        s.names().forEach(a -> names.add(a.name()));
        if (s.lineno() > c.future.lineno() && "__future__".equals(s.module())) {
            throw c.error(FutureFeatures.lateFutureMessage());
        }
        c.u.loadConst(List.of("names", names));
        for (Alias a : s.names()) {
            if (!a.name().equals("*")) {
                c.nameop(a.asname() != null ? a.asname() : a.name(), ExprContext.Store);
            }
        }
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

    // CPython 3.11: Python/compile.c compiler_visit_stmt_expr (a constant statement emits nothing)
    @Override
    public Void visitExpr(Stmt.Expr s) {
        if (!ConstFold.isConst(s.value())) {
            c.visit(s.value());
        }
        return null;
    }

    @Override
    public Void visitPass(Stmt.Pass s) {
        return null;
    }

    // CPython 3.11: Python/compile.c compiler_break
    @Override
    public Void visitBreak(Stmt.Break s) {
        FBlock loop = unwindStack(false, true);
        if (loop == null) {
            throw c.error("'break' outside loop");
        }
        loop.breakReached |= c.u.reachable;
        c.u.reachable = false;
        return null;
    }

    // CPython 3.11: Python/compile.c compiler_continue
    @Override
    public Void visitContinue(Stmt.Continue s) {
        FBlock loop = unwindStack(false, true);
        if (loop == null) {
            throw c.error("'continue' not properly in loop");
        }
        c.u.reachable = false;
        return null;
    }

    /** Handlers are compiled by {@link TryLayout}; this is its view of one. */
    static boolean isBare(ExceptHandler h) {
        return h.type() == null;
    }
}
