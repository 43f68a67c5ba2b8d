package dev.adder.symtable;

import dev.adder.ast.Comprehension;
import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;
import dev.adder.ast.Keyword;
import dev.adder.ast.Pattern;
import java.util.List;

/**
 * The first pass over expressions and match patterns, including the blocks they open (lambdas,
 * comprehensions) and assignment expressions, which bind in the nearest enclosing function.
 * CPython 3.11: Python/symtable.c symtable_visit_expr, symtable_visit_pattern,
 * symtable_handle_comprehension, symtable_handle_namedexpr.
 */
final class ExprPass implements Expr.Visitor<Void>, Pattern.Visitor<Void> {
    private final SymbolTableBuilder st;

    ExprPass(SymbolTableBuilder st) {
        this.st = st;
    }

    void visit(Expr e) {
        st.enterNode();
        e.accept(this);
        st.exitNode();
    }

    /** Visits each non-null expression (null stands for a missing default or a {@code **} key). */
    void visitAll(List<Expr> es) {
        for (Expr e : es) {
            if (e != null) {
                visit(e);
            }
        }
    }

    void visitPattern(Pattern p) {
        p.accept(this);
    }

    private void visitPatterns(List<Pattern> ps) {
        for (Pattern p : ps) {
            p.accept(this);
        }
    }

    // CPython 3.11: Python/symtable.c symtable_raise_if_annotation_block
    private void refuseInAnnotation(String what, Expr e) {
        if (st.cur.type() == BlockType.ANNOTATION) {
            throw Errors.at(st.filename, String.format(SymbolTableBuilder.ANNOTATION_NOT_ALLOWED, what), e);
        }
    }

    @Override
    public Void visitBoolOp(Expr.BoolOp e) {
        visitAll(e.values());
        return null;
    }

    // CPython 3.11: Python/symtable.c symtable_handle_namedexpr
    @Override
    public Void visitNamedExpr(Expr.NamedExpr e) {
        refuseInAnnotation("named expression", e);
        if (st.cur.compIterExpr > 0) {
            throw Errors.at(st.filename, SymbolTableBuilder.NAMED_EXPR_COMP_ITER_EXPR, e);
        }
        if (st.cur.comprehension != ComprehensionKind.NONE) {
            extendNamedExprScope((Expr.Name) e.target());
        }
        visit(e.value());
        visit(e.target());
        return null;
    }

    /** Binds a walrus target inside a comprehension in the nearest enclosing function or module. */
    // CPython 3.11: Python/symtable.c symtable_extend_namedexpr_scope
    private void extendNamedExprScope(Expr.Name target) {
        String name = target.id();
        for (int i = st.stack.size() - 1; i >= 0; i--) {
            Scope ste = st.stack.get(i);
            if (ste.comprehension != ComprehensionKind.NONE) {
                Symbol s = ste.symbols.get(Mangling.mangle(st.privateName, name));
                if (s != null && s.flags.contains(DefFlag.COMP_ITER)) {
                    throw Errors.at(st.filename, String.format(SymbolTableBuilder.NAMED_EXPR_COMP_CONFLICT, name), target);
                }
                continue;
            }
            if (ste.type() == BlockType.FUNCTION) {
                Symbol s = ste.symbols.get(Mangling.mangle(st.privateName, name));
                boolean global = s != null && s.flags.contains(DefFlag.GLOBAL);
                st.addDef(name, global ? DefFlag.GLOBAL : DefFlag.NONLOCAL, target);
                recordDirective(target);
                st.addDefHelper(name, DefFlag.LOCAL, ste, target.lineno(), target.col_offset(),
                        target.end_lineno(), target.end_col_offset());
                return;
            }
            if (ste.type() == BlockType.MODULE) {
                st.addDef(name, DefFlag.GLOBAL, target);
                recordDirective(target);
                st.addDefHelper(name, DefFlag.GLOBAL, ste, target.lineno(), target.col_offset(),
                        target.end_lineno(), target.end_col_offset());
                return;
            }
            if (ste.type() == BlockType.CLASS) {
                throw Errors.at(st.filename, SymbolTableBuilder.NAMED_EXPR_COMP_IN_CLASS, target);
            }
        }
        throw new IllegalStateException("walrus target scope not found");
    }

    private void recordDirective(Expr.Name t) {
        st.recordDirective(t.id(), t.lineno(), t.col_offset(), t.end_lineno(), t.end_col_offset());
    }

    @Override
    public Void visitBinOp(Expr.BinOp e) {
        visit(e.left());
        visit(e.right());
        return null;
    }

    @Override
    public Void visitUnaryOp(Expr.UnaryOp e) {
        visit(e.operand());
        return null;
    }

    @Override
    public Void visitLambda(Expr.Lambda e) {
        visitAll(e.args().defaults());
        visitAll(e.args().kw_defaults());
        st.enterBlock("lambda", BlockType.FUNCTION, e, e);
        st.visitArguments(e.args());
        visit(e.body());
        st.exitBlock();
        return null;
    }

    @Override
    public Void visitIfExp(Expr.IfExp e) {
        visit(e.test());
        visit(e.body());
        visit(e.orelse());
        return null;
    }

    @Override
    public Void visitDict(Expr.Dict e) {
        visitAll(e.keys());
        visitAll(e.values());
        return null;
    }

    @Override
    public Void visitSet(Expr.Set e) {
        visitAll(e.elts());
        return null;
    }

    @Override
    public Void visitListComp(Expr.ListComp e) {
        comprehension(e, "listcomp", ComprehensionKind.LIST, e.generators(), e.elt(), null);
        return null;
    }

    @Override
    public Void visitSetComp(Expr.SetComp e) {
        comprehension(e, "setcomp", ComprehensionKind.SET, e.generators(), e.elt(), null);
        return null;
    }

    @Override
    public Void visitDictComp(Expr.DictComp e) {
        comprehension(e, "dictcomp", ComprehensionKind.DICT, e.generators(), e.key(), e.value());
        return null;
    }

    @Override
    public Void visitGeneratorExp(Expr.GeneratorExp e) {
        comprehension(e, "genexpr", ComprehensionKind.GENERATOR, e.generators(), e.elt(), null);
        return null;
    }

    // CPython 3.11: Python/symtable.c symtable_handle_comprehension
    private void comprehension(Expr e, String name, ComprehensionKind kind, List<Comprehension> generators,
                               Expr elt, Expr value) {
        Comprehension outermost = generators.get(0);
        // The outermost iterable is evaluated in the enclosing block.
        st.cur.compIterExpr++;
        visit(outermost.iter());
        st.cur.compIterExpr--;
        st.enterBlock(name, BlockType.FUNCTION, e, e);
        st.cur.comprehension = kind;
        if (outermost.is_async() != 0) {
            st.cur.coroutine = true;
        }
        st.implicitArg(0); // the outermost iterator arrives as parameter ".0"
        st.cur.compIterTarget = true;
        visit(outermost.target());
        st.cur.compIterTarget = false;
        visitAll(outermost.ifs());
        for (int i = 1; i < generators.size(); i++) {
            visitComprehension(generators.get(i));
        }
        if (value != null) {
            visit(value);
        }
        visit(elt);
        if (kind == ComprehensionKind.GENERATOR) {
            st.cur.generator = true;
        }
        // An async list/set/dict comprehension is awaited: the enclosing block becomes a coroutine.
        boolean isAsync = st.cur.coroutine && kind != ComprehensionKind.GENERATOR;
        st.exitBlock();
        if (isAsync) {
            st.cur.coroutine = true;
        }
    }

    // CPython 3.11: Python/symtable.c symtable_visit_comprehension
    private void visitComprehension(Comprehension lc) {
        st.cur.compIterTarget = true;
        visit(lc.target());
        st.cur.compIterTarget = false;
        st.cur.compIterExpr++;
        visit(lc.iter());
        st.cur.compIterExpr--;
        visitAll(lc.ifs());
        if (lc.is_async() != 0) {
            st.cur.coroutine = true;
        }
    }

    // CPython 3.11: Python/symtable.c symtable_raise_if_comprehension_block
    private void refuseYieldInComprehension(Expr e) {
        String msg = switch (st.cur.comprehension) {
            case LIST -> "'yield' inside list comprehension";
            case SET -> "'yield' inside set comprehension";
            case DICT -> "'yield' inside dict comprehension";
            default -> "'yield' inside generator expression";
        };
        throw Errors.at(st.filename, msg, e);
    }

    @Override
    public Void visitAwait(Expr.Await e) {
        refuseInAnnotation("await expression", e);
        visit(e.value());
        st.cur.coroutine = true;
        return null;
    }

    @Override
    public Void visitYield(Expr.Yield e) {
        refuseInAnnotation("yield expression", e);
        if (e.value() != null) {
            visit(e.value());
        }
        st.cur.generator = true;
        if (st.cur.comprehension != ComprehensionKind.NONE) {
            refuseYieldInComprehension(e);
        }
        return null;
    }

    @Override
    public Void visitYieldFrom(Expr.YieldFrom e) {
        refuseInAnnotation("yield expression", e);
        visit(e.value());
        st.cur.generator = true;
        if (st.cur.comprehension != ComprehensionKind.NONE) {
            refuseYieldInComprehension(e);
        }
        return null;
    }

    @Override
    public Void visitCompare(Expr.Compare e) {
        visit(e.left());
        visitAll(e.comparators());
        return null;
    }

    @Override
    public Void visitCall(Expr.Call e) {
        visit(e.func());
        visitAll(e.args());
        for (Keyword k : e.keywords()) {
            visit(k.value());
        }
        return null;
    }

    @Override
    public Void visitFormattedValue(Expr.FormattedValue e) {
        visit(e.value());
        if (e.format_spec() != null) {
            visit(e.format_spec());
        }
        return null;
    }

    @Override
    public Void visitJoinedStr(Expr.JoinedStr e) {
        visitAll(e.values());
        return null;
    }

    @Override
    public Void visitConstant(Expr.Constant e) {
        return null;
    }

    @Override
    public Void visitAttribute(Expr.Attribute e) {
        visit(e.value());
        return null;
    }

    @Override
    public Void visitSubscript(Expr.Subscript e) {
        visit(e.value());
        visit(e.slice());
        return null;
    }

    @Override
    public Void visitStarred(Expr.Starred e) {
        visit(e.value());
        return null;
    }

    // CPython 3.11: Python/symtable.c symtable_visit_expr, Name_kind
    @Override
    public Void visitName(Expr.Name e) {
        boolean load = e.ctx() == ExprContext.Load;
        if (load && e.id().equals("__debug__")) {
            return null; // the AST optimizer has made it a constant before the symbol table runs
        }
        st.addDef(e.id(), load ? DefFlag.USE : DefFlag.LOCAL, e);
        // super() reads the implicit __class__ cell.
        if (load && st.cur.type() == BlockType.FUNCTION && e.id().equals("super")) {
            st.addDef("__class__", DefFlag.USE, e);
        }
        return null;
    }

    @Override
    public Void visitList(Expr.List e) {
        visitAll(e.elts());
        return null;
    }

    @Override
    public Void visitTuple(Expr.Tuple e) {
        visitAll(e.elts());
        return null;
    }

    @Override
    public Void visitSlice(Expr.Slice e) {
        if (e.lower() != null) {
            visit(e.lower());
        }
        if (e.upper() != null) {
            visit(e.upper());
        }
        if (e.step() != null) {
            visit(e.step());
        }
        return null;
    }

    // CPython 3.11: Python/symtable.c symtable_visit_pattern
    @Override
    public Void visitMatchValue(Pattern.MatchValue p) {
        visit(p.value());
        return null;
    }

    @Override
    public Void visitMatchSingleton(Pattern.MatchSingleton p) {
        return null;
    }

    @Override
    public Void visitMatchSequence(Pattern.MatchSequence p) {
        visitPatterns(p.patterns());
        return null;
    }

    @Override
    public Void visitMatchMapping(Pattern.MatchMapping p) {
        visitAll(p.keys());
        visitPatterns(p.patterns());
        if (p.rest() != null) {
            st.addDef(p.rest(), DefFlag.LOCAL, p);
        }
        return null;
    }

    @Override
    public Void visitMatchClass(Pattern.MatchClass p) {
        visit(p.cls());
        visitPatterns(p.patterns());
        visitPatterns(p.kwd_patterns());
        return null;
    }

    @Override
    public Void visitMatchStar(Pattern.MatchStar p) {
        if (p.name() != null) {
            st.addDef(p.name(), DefFlag.LOCAL, p);
        }
        return null;
    }

    @Override
    public Void visitMatchAs(Pattern.MatchAs p) {
        if (p.pattern() != null) {
            p.pattern().accept(this);
        }
        if (p.name() != null) {
            st.addDef(p.name(), DefFlag.LOCAL, p);
        }
        return null;
    }

    @Override
    public Void visitMatchOr(Pattern.MatchOr p) {
        visitPatterns(p.patterns());
        return null;
    }
}
