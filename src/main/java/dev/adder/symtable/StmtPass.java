package dev.adder.symtable;

import dev.adder.ast.Alias;
import dev.adder.ast.Arguments;
import dev.adder.ast.ExceptHandler;
import dev.adder.ast.Expr;
import dev.adder.ast.Keyword;
import dev.adder.ast.MatchCase;
import dev.adder.ast.Stmt;
import dev.adder.ast.Withitem;
import java.util.EnumSet;
import java.util.List;

/** The first pass over statements. CPython 3.11: Python/symtable.c symtable_visit_stmt. */
final class StmtPass implements Stmt.Visitor<Void> {
    private final SymbolTableBuilder st;

    StmtPass(SymbolTableBuilder st) {
        this.st = st;
    }

    void visitAll(List<Stmt> body) {
        for (Stmt s : body) {
            st.enterNode();
            s.accept(this);
            st.exitNode();
        }
    }

    private void expr(Expr e) {
        st.exprs.visit(e);
    }

    private void exprs(List<Expr> es) {
        st.exprs.visitAll(es);
    }

    private void function(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
                          Expr returns, boolean async) {
        st.addDef(name, DefFlag.LOCAL, s);
        exprs(args.defaults());
        exprs(args.kw_defaults()); // null entries are skipped
        st.visitAnnotations(s, args, returns);
        exprs(decorators);
        st.enterBlock(name, BlockType.FUNCTION, s, s);
        if (async) {
            st.cur.coroutine = true;
        }
        st.visitArguments(args);
        visitAll(body);
        st.exitBlock();
    }

    @Override
    public Void visitFunctionDef(Stmt.FunctionDef s) {
        function(s, s.name(), s.args(), s.body(), s.decorator_list(), s.returns(), false);
        return null;
    }

    @Override
    public Void visitAsyncFunctionDef(Stmt.AsyncFunctionDef s) {
        function(s, s.name(), s.args(), s.body(), s.decorator_list(), s.returns(), true);
        return null;
    }

    @Override
    public Void visitClassDef(Stmt.ClassDef s) {
        st.addDef(s.name(), DefFlag.LOCAL, s);
        exprs(s.bases());
        for (Keyword k : s.keywords()) {
            expr(k.value());
        }
        exprs(s.decorator_list());
        st.enterBlock(s.name(), BlockType.CLASS, s, s);
        String saved = st.privateName;
        st.privateName = s.name();
        visitAll(s.body());
        st.privateName = saved;
        st.exitBlock();
        return null;
    }

    @Override
    public Void visitReturn(Stmt.Return s) {
        if (s.value() != null) {
            expr(s.value());
            st.cur.returnsValue = true;
        }
        return null;
    }

    @Override
    public Void visitDelete(Stmt.Delete s) {
        exprs(s.targets());
        return null;
    }

    @Override
    public Void visitAssign(Stmt.Assign s) {
        exprs(s.targets());
        expr(s.value());
        return null;
    }

    // CPython 3.11: Python/symtable.c symtable_visit_stmt, AnnAssign_kind
    @Override
    public Void visitAnnAssign(Stmt.AnnAssign s) {
        if (s.target() instanceof Expr.Name name) {
            EnumSet<DefFlag> cur = st.lookup(name.id());
            if ((cur.contains(DefFlag.GLOBAL) || cur.contains(DefFlag.NONLOCAL))
                    && st.cur != st.top && s.simple() != 0) {
                String msg = cur.contains(DefFlag.GLOBAL) ? SymbolTableBuilder.GLOBAL_ANNOT
                        : SymbolTableBuilder.NONLOCAL_ANNOT;
                throw Errors.at(st.filename, String.format(msg, name.id()), s);
            }
            if (s.simple() != 0) {
                st.addDef(name.id(), DefFlag.ANNOT, name);
                st.addDef(name.id(), DefFlag.LOCAL, name);
            } else if (s.value() != null) {
                st.addDef(name.id(), DefFlag.LOCAL, name);
            }
        } else {
            expr(s.target());
        }
        st.visitAnnotation(s.annotation());
        if (s.value() != null) {
            expr(s.value());
        }
        return null;
    }

    @Override
    public Void visitAugAssign(Stmt.AugAssign s) {
        expr(s.target());
        expr(s.value());
        return null;
    }

    @Override
    public Void visitFor(Stmt.For s) {
        expr(s.target());
        expr(s.iter());
        visitAll(s.body());
        visitAll(s.orelse());
        return null;
    }

    @Override
    public Void visitAsyncFor(Stmt.AsyncFor s) {
        expr(s.target());
        expr(s.iter());
        visitAll(s.body());
        visitAll(s.orelse());
        return null;
    }

    @Override
    public Void visitWhile(Stmt.While s) {
        expr(s.test());
        visitAll(s.body());
        visitAll(s.orelse());
        return null;
    }

    @Override
    public Void visitIf(Stmt.If s) {
        expr(s.test());
        visitAll(s.body());
        visitAll(s.orelse());
        return null;
    }

    private void withItems(List<Withitem> items, List<Stmt> body) {
        for (Withitem w : items) {
            expr(w.context_expr());
            if (w.optional_vars() != null) {
                expr(w.optional_vars());
            }
        }
        visitAll(body);
    }

    @Override
    public Void visitWith(Stmt.With s) {
        withItems(s.items(), s.body());
        return null;
    }

    @Override
    public Void visitAsyncWith(Stmt.AsyncWith s) {
        withItems(s.items(), s.body());
        return null;
    }

    @Override
    public Void visitMatch(Stmt.Match s) {
        expr(s.subject());
        for (MatchCase c : s.cases()) {
            st.exprs.visitPattern(c.pattern());
            if (c.guard() != null) {
                expr(c.guard());
            }
            visitAll(c.body());
        }
        return null;
    }

    @Override
    public Void visitRaise(Stmt.Raise s) {
        if (s.exc() != null) {
            expr(s.exc());
            if (s.cause() != null) {
                expr(s.cause());
            }
        }
        return null;
    }

    private void tryParts(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) {
        visitAll(body);
        visitAll(orelse);
        for (ExceptHandler h : handlers) {
            if (h.type() != null) {
                expr(h.type());
            }
            if (h.name() != null) {
                st.addDef(h.name(), DefFlag.LOCAL, h);
            }
            visitAll(h.body());
        }
        visitAll(finalbody);
    }

    @Override
    public Void visitTry(Stmt.Try s) {
        tryParts(s.body(), s.handlers(), s.orelse(), s.finalbody());
        return null;
    }

    @Override
    public Void visitTryStar(Stmt.TryStar s) {
        tryParts(s.body(), s.handlers(), s.orelse(), s.finalbody());
        return null;
    }

    @Override
    public Void visitAssert(Stmt.Assert s) {
        expr(s.test());
        if (s.msg() != null) {
            expr(s.msg());
        }
        return null;
    }

    // CPython 3.11: Python/symtable.c symtable_visit_alias
    private void alias(Alias a) {
        String name = a.asname() == null ? a.name() : a.asname();
        int dot = name.indexOf('.');
        String storeName = dot >= 0 ? name.substring(0, dot) : name;
        if (!name.equals("*")) {
            st.addDef(storeName, DefFlag.IMPORT, a);
        } else if (st.cur.type() != BlockType.MODULE) {
            throw Errors.at(st.filename, SymbolTableBuilder.IMPORT_STAR_WARNING, a);
        }
    }

    @Override
    public Void visitImport(Stmt.Import s) {
        s.names().forEach(this::alias);
        return null;
    }

    @Override
    public Void visitImportFrom(Stmt.ImportFrom s) {
        s.names().forEach(this::alias);
        return null;
    }

    // CPython 3.11: Python/symtable.c symtable_visit_stmt, Global_kind and Nonlocal_kind
    private void declare(Stmt s, List<String> names, boolean global) {
        for (String name : names) {
            EnumSet<DefFlag> cur = st.lookup(name);
            if (cur.contains(DefFlag.PARAM) || cur.contains(DefFlag.LOCAL) || cur.contains(DefFlag.USE)
                    || cur.contains(DefFlag.ANNOT)) {
                String msg;
                if (cur.contains(DefFlag.PARAM)) {
                    msg = global ? SymbolTableBuilder.GLOBAL_PARAM : SymbolTableBuilder.NONLOCAL_PARAM;
                } else if (cur.contains(DefFlag.USE)) {
                    msg = global ? SymbolTableBuilder.GLOBAL_AFTER_USE : SymbolTableBuilder.NONLOCAL_AFTER_USE;
                } else if (cur.contains(DefFlag.ANNOT)) {
                    msg = global ? SymbolTableBuilder.GLOBAL_ANNOT : SymbolTableBuilder.NONLOCAL_ANNOT;
                } else {
                    msg = global ? SymbolTableBuilder.GLOBAL_AFTER_ASSIGN : SymbolTableBuilder.NONLOCAL_AFTER_ASSIGN;
                }
                throw Errors.at(st.filename, String.format(msg, name), s);
            }
            st.addDef(name, global ? DefFlag.GLOBAL : DefFlag.NONLOCAL, s);
            st.recordDirective(name, s.lineno(), s.col_offset(), s.end_lineno(), s.end_col_offset());
        }
    }

    @Override
    public Void visitGlobal(Stmt.Global s) {
        declare(s, s.names(), true);
        return null;
    }

    @Override
    public Void visitNonlocal(Stmt.Nonlocal s) {
        declare(s, s.names(), false);
        return null;
    }

    @Override
    public Void visitExpr(Stmt.Expr s) {
        expr(s.value());
        return null;
    }

    @Override
    public Void visitPass(Stmt.Pass s) {
        return null;
    }

    @Override
    public Void visitBreak(Stmt.Break s) {
        return null;
    }

    @Override
    public Void visitContinue(Stmt.Continue s) {
        return null;
    }
}
