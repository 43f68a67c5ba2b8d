package dev.adder.compiler;

import dev.adder.ast.Boolop;
import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;
import dev.adder.ast.Keyword;
import dev.adder.ast.Unaryop;
import dev.adder.symtable.BlockType;
import java.util.ArrayList;
import java.util.List;

/**
 * Expressions in CPython 3.11's compiler order, with the reachability of their parts: a branch
 * that a constant test never takes is removed by CPython's optimizer, and with it the code
 * objects it alone loads.
 * CPython 3.11: Python/compile.c compiler_visit_expr1, compiler_jump_if, compiler_boolop,
 * compiler_call_helper, unpack_helper.
 */
final class ExprLayout implements Expr.Visitor<Void> {
    /** Whether the jump target and the fall-through of a conditional jump are reachable. */
    record Flow(boolean jump, boolean fall) {
    }

    private final LayoutCompiler c;

    ExprLayout(LayoutCompiler c) {
        this.c = c;
    }

    /** Visits {@code e} with its location current, restoring the previous location after. */
    // CPython 3.11: Python/compile.c compiler_visit_expr
    void visit(Expr e) {
        int[] saved = c.u.location();
        c.u.setLocation(e);
        e.accept(this);
        c.u.restoreLocation(saved);
    }

    /**
     * Compiles {@code e} as a test that jumps when its truth equals {@code cond}; returns which
     * way is reachable from the current (entry) reachability. Leaves {@code reachable} unchanged.
     */
    // CPython 3.11: Python/compile.c compiler_jump_if
    Flow jumpIf(Expr e, boolean cond) {
        boolean entry = c.u.reachable;
        Flow flow;
        Object folded = ConstFold.fold(e);
        if (folded != null) {
            // The AST optimizer made it one constant: LOAD_CONST + POP_JUMP_IF, which the CFG
            // optimizer turns into a JUMP or nothing.
            c.u.addConst(folded);
            ConstFold.Truth t = ConstFold.truth(e);
            if (t == ConstFold.Truth.UNKNOWN) {
                flow = new Flow(entry, entry);
            } else {
                boolean jumps = (t == ConstFold.Truth.TRUE) == cond;
                flow = new Flow(jumps && entry, !jumps && entry);
            }
        } else if (e instanceof Expr.UnaryOp u && u.op() == Unaryop.Not) {
            flow = jumpIf(u.operand(), !cond);
        } else if (e instanceof Expr.BoolOp b) {
            flow = jumpIfBoolOp(b, cond);
        } else if (e instanceof Expr.IfExp ifExp) {
            Flow test = jumpIf(ifExp.test(), false);
            c.u.reachable = test.fall();
            Flow body = jumpIf(ifExp.body(), cond);
            c.u.reachable = test.jump();
            Flow orelse = jumpIf(ifExp.orelse(), cond);
            flow = new Flow(body.jump() || orelse.jump(), body.fall() || orelse.fall());
        } else {
            visit(e);
            flow = new Flow(entry, entry);
        }
        c.u.reachable = entry;
        return flow;
    }

    private Flow jumpIfBoolOp(Expr.BoolOp b, boolean cond) {
        boolean cond2 = b.op() == Boolop.Or;
        List<Expr> values = b.values();
        boolean jump = false;
        boolean fall = false;
        for (int i = 0; i < values.size() - 1; i++) {
            Flow f = jumpIf(values.get(i), cond2);
            if (cond2 == cond) {
                jump |= f.jump();
            } else {
                fall |= f.jump(); // jumps past the whole test: the fall-through target
            }
            c.u.reachable = f.fall();
        }
        Flow last = jumpIf(values.get(values.size() - 1), cond);
        return new Flow(jump || last.jump(), fall || last.fall());
    }

    // CPython 3.11: Python/compile.c compiler_boolop
    @Override
    public Void visitBoolOp(Expr.BoolOp e) {
        boolean entry = c.u.reachable;
        List<Expr> values = e.values();
        for (int i = 0; i < values.size() - 1; i++) {
            Expr v = values.get(i);
            ConstFold.Truth t = ConstFold.truth(v);
            boolean shortCircuits = t != ConstFold.Truth.UNKNOWN
                    && (t == ConstFold.Truth.TRUE) == (e.op() == Boolop.Or);
            if (t != ConstFold.Truth.UNKNOWN && !shortCircuits) {
                c.u.addConst(ConstFold.fold(v)); // LOAD_CONST + JUMP_IF_*_OR_POP become NOPs
            } else {
                visit(v);
            }
            if (shortCircuits) {
                c.u.reachable = false;
            }
        }
        visit(values.get(values.size() - 1));
        c.u.reachable = entry;
        return null;
    }

    @Override
    public Void visitNamedExpr(Expr.NamedExpr e) {
        visit(e.value());
        visit(e.target());
        return null;
    }

    @Override
    public Void visitBinOp(Expr.BinOp e) {
        visit(e.left());
        visit(e.right());
        return null;
    }

    @Override
    public Void visitUnaryOp(Expr.UnaryOp e) {
        Object folded = ConstFold.fold(e);
        if (folded != null) {
            c.u.loadConst(folded);
        } else {
            visit(e.operand());
        }
        return null;
    }

    @Override
    public Void visitLambda(Expr.Lambda e) {
        c.unitLayout.lambda(e);
        return null;
    }

    // CPython 3.11: Python/compile.c compiler_ifexp
    @Override
    public Void visitIfExp(Expr.IfExp e) {
        boolean entry = c.u.reachable;
        Flow test = jumpIf(e.test(), false);
        c.u.reachable = test.fall();
        visit(e.body());
        c.u.reachable = test.jump();
        visit(e.orelse());
        c.u.reachable = entry;
        return null;
    }

    @Override
    public Void visitDict(Expr.Dict e) {
        for (int i = 0; i < e.values().size(); i++) {
            Expr k = e.keys().get(i);
            if (k != null) {
                visit(k);
            }
            visit(e.values().get(i));
        }
        return null;
    }

    @Override
    public Void visitSet(Expr.Set e) {
        starUnpack(e.elts());
        return null;
    }

    @Override
    public Void visitListComp(Expr.ListComp e) {
        c.unitLayout.comprehension(e, UnitLayout.Kind.LISTCOMP, e.generators(), e.elt(), null);
        return null;
    }

    @Override
    public Void visitSetComp(Expr.SetComp e) {
        c.unitLayout.comprehension(e, UnitLayout.Kind.SETCOMP, e.generators(), e.elt(), null);
        return null;
    }

    @Override
    public Void visitDictComp(Expr.DictComp e) {
        c.unitLayout.comprehension(e, UnitLayout.Kind.DICTCOMP, e.generators(), e.key(), e.value());
        return null;
    }

    @Override
    public Void visitGeneratorExp(Expr.GeneratorExp e) {
        c.unitLayout.comprehension(e, UnitLayout.Kind.GENEXP, e.generators(), e.elt(), null);
        return null;
    }

    @Override
    public Void visitAwait(Expr.Await e) {
        if (c.u.ste.type() != BlockType.FUNCTION) {
            throw c.error("'await' outside function");
        }
        if (c.u.scopeType != ScopeType.ASYNC_FUNCTION && c.u.scopeType != ScopeType.COMPREHENSION) {
            throw c.error("'await' outside async function");
        }
        visit(e.value());
        c.u.loadConst(null);
        return null;
    }

    @Override
    public Void visitYield(Expr.Yield e) {
        if (c.u.ste.type() != BlockType.FUNCTION) {
            throw c.error("'yield' outside function");
        }
        if (e.value() != null) {
            visit(e.value());
        } else {
            c.u.loadConst(null);
        }
        return null;
    }

    @Override
    public Void visitYieldFrom(Expr.YieldFrom e) {
        if (c.u.ste.type() != BlockType.FUNCTION) {
            throw c.error("'yield' outside function");
        }
        if (c.u.scopeType == ScopeType.ASYNC_FUNCTION) {
            throw c.error("'yield from' inside async function");
        }
        visit(e.value());
        c.u.loadConst(null);
        return null;
    }

    @Override
    public Void visitCompare(Expr.Compare e) {
        visit(e.left());
        e.comparators().forEach(this::visit);
        return null;
    }

    // CPython 3.11: Python/compile.c compiler_call
    @Override
    public Void visitCall(Expr.Call e) {
        validateKeywords(e.keywords());
        visit(e.func());
        callArguments(e.args(), e.keywords());
        return null;
    }

    /** The arguments of a class statement's implicit call to {@code __build_class__}. */
    // CPython 3.11: Python/compile.c compiler_call_helper
    void callHelper(List<Expr> args, List<Keyword> keywords) {
        validateKeywords(keywords);
        callArguments(args, keywords);
    }

    private void callArguments(List<Expr> args, List<Keyword> keywords) {
        boolean simple = true;
        for (Expr a : args) {
            if (a instanceof Expr.Starred s) {
                simple = false;
                visit(s.value());
            } else {
                visit(a);
            }
        }
        for (Keyword k : keywords) {
            simple &= k.arg() != null;
            visit(k.value());
        }
        if (simple && !keywords.isEmpty()) {
            c.u.loadConst(List.of("kwnames", UnitLayout.keywordNames(keywords))); // KW_NAMES
        }
    }

    // CPython 3.11: Python/compile.c validate_keywords
    private void validateKeywords(List<Keyword> keywords) {
        for (int i = 0; i < keywords.size(); i++) {
            Keyword k = keywords.get(i);
            if (k.arg() == null) {
                continue;
            }
            c.forbiddenName(k.arg(), ExprContext.Store);
            for (int j = i + 1; j < keywords.size(); j++) {
                Keyword other = keywords.get(j);
                if (k.arg().equals(other.arg())) {
                    c.u.setLocation(other);
                    throw c.error("keyword argument repeated: " + k.arg());
                }
            }
        }
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
        e.values().forEach(this::visit);
        return null;
    }

    @Override
    public Void visitConstant(Expr.Constant e) {
        c.u.loadConst(ConstFold.fold(e));
        return null;
    }

    @Override
    public Void visitAttribute(Expr.Attribute e) {
        visit(e.value());
        if (e.ctx() == ExprContext.Store) {
            c.forbiddenName(e.attr(), ExprContext.Store);
        }
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
        if (e.ctx() == ExprContext.Store) {
            throw c.error("starred assignment target must be in a list or tuple");
        }
        throw c.error("can't use starred expression here");
    }

    @Override
    public Void visitName(Expr.Name e) {
        if (e.ctx() == ExprContext.Load && e.id().equals("__debug__")) {
            c.u.loadConst(ConstFold.fold(e));
            return null;
        }
        c.nameop(e.id(), e.ctx());
        return null;
    }

    @Override
    public Void visitList(Expr.List e) {
        sequence(e.elts(), e.ctx());
        return null;
    }

    @Override
    public Void visitTuple(Expr.Tuple e) {
        Object folded = ConstFold.fold(e);
        if (folded != null) {
            c.u.loadConst(folded);
            return null;
        }
        sequence(e.elts(), e.ctx());
        return null;
    }

    private void sequence(List<Expr> elts, ExprContext ctx) {
        if (ctx == ExprContext.Store) {
            unpackCheck(elts);
            for (Expr elt : elts) {
                visit(elt instanceof Expr.Starred s ? s.value() : elt);
            }
        } else if (ctx == ExprContext.Del) {
            elts.forEach(this::visit);
        } else {
            starUnpack(elts);
        }
    }

    // CPython 3.11: Python/compile.c starunpack_helper (three or more constants load as one)
    private void starUnpack(List<Expr> elts) {
        if (elts.size() > 2 && elts.stream().allMatch(ConstFold::isConst)) {
            List<Object> keys = new ArrayList<>();
            elts.forEach(x -> keys.add(ConstFold.fold(x)));
            c.u.loadConst(List.of("folded", keys));
            return;
        }
        for (Expr elt : elts) {
            visit(elt instanceof Expr.Starred s ? s.value() : elt);
        }
    }

    // CPython 3.11: Python/compile.c unpack_helper
    private void unpackCheck(List<Expr> elts) {
        boolean seenStar = false;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                if (seenStar) {
                    throw c.error("multiple starred expressions in assignment");
                }
                if (i >= (1 << 8) || elts.size() - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw c.error("too many expressions in star-unpacking assignment");
                }
                seenStar = true;
            }
        }
    }

    @Override
    public Void visitSlice(Expr.Slice e) {
        for (Expr x : new Expr[] {e.lower(), e.upper()}) {
            if (x != null) {
                visit(x);
            } else {
                c.u.loadConst(null);
            }
        }
        if (e.step() != null) {
            visit(e.step());
        }
        return null;
    }
}
