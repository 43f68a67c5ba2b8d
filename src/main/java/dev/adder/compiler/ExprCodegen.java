package dev.adder.compiler;

import dev.adder.ast.Boolop;
import dev.adder.ast.Cmpop;
import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;
import dev.adder.ast.Keyword;
import dev.adder.ast.Operator;
import dev.adder.ast.Unaryop;
import dev.adder.bytecode.Opcode;
import dev.adder.symtable.BlockType;
import java.util.List;

/**
 * Emits expressions as CPython 3.11 does: constant folding first (as the AST optimizer would
 * have), then one method per node kind; conditional jumps for tests are in {@link #jumpIf}.
 * CPython 3.11: Python/compile.c compiler_visit_expr1, compiler_jump_if, compiler_boolop,
 * compiler_compare, compiler_call, compiler_call_helper, starunpack_helper, compiler_dict.
 */
final class ExprCodegen implements Expr.Visitor<Void> {
    /** CPython's STACK_USE_GUIDELINE: longer displays and calls are built incrementally. */
    static final int STACK_USE_GUIDELINE = 30;

    private final LayoutCompiler c;
    final CallCodegen calls;
    private final DisplayCodegen displays;

    ExprCodegen(LayoutCompiler c) {
        this.c = c;
        this.calls = new CallCodegen(c, this);
        this.displays = new DisplayCodegen(c, this);
    }

    /** Visits {@code e} with its location current, restoring the previous location after. */
    // CPython 3.11: Python/compile.c compiler_visit_expr
    void visit(Expr e) {
        int[] saved = c.u.location();
        c.u.setLocation(e);
        Object folded = e instanceof Expr.Constant ? null : ConstFold.value(e);
        if (folded != null) {
            c.u.loadConst(folded);
        } else {
            e.accept(this);
        }
        c.u.restoreLocation(saved);
    }

    /** Compiles {@code e} as a test that jumps to {@code next} when its truth equals {@code cond}. */
    // CPython 3.11: Python/compile.c compiler_jump_if
    void jumpIf(Expr e, Block next, boolean cond) {
        if (e instanceof Expr.UnaryOp u && u.op() == Unaryop.Not && ConstFold.value(e) == null) {
            Expr.Compare inverted = ConstFold.invertedCompare(u);
            if (inverted == null) {
                jumpIf(u.operand(), next, !cond);
                return;
            }
            e = inverted;
        }
        if (e instanceof Expr.BoolOp b) {
            boolean cond2 = b.op() == Boolop.Or;
            Block next2 = cond2 != cond ? c.u.newBlock() : next;
            List<Expr> values = b.values();
            for (int i = 0; i < values.size() - 1; i++) {
                jumpIf(values.get(i), next2, cond2);
            }
            jumpIf(values.get(values.size() - 1), next, cond);
            if (next2 != next) {
                c.u.useNext(next2);
            }
            return;
        }
        if (e instanceof Expr.IfExp ifExp) {
            Block end = c.u.newBlock();
            Block next2 = c.u.newBlock();
            jumpIf(ifExp.test(), next2, false);
            jumpIf(ifExp.body(), next, cond);
            c.u.jumpNoLine(Pseudo.JUMP, end);
            c.u.useNext(next2);
            jumpIf(ifExp.orelse(), next, cond);
            c.u.useNext(end);
            return;
        }
        if (e instanceof Expr.Compare cmp && cmp.ops().size() > 1) {
            c.u.setLocation(e);
            int n = cmp.ops().size() - 1;
            Block cleanup = c.u.newBlock();
            visit(cmp.left());
            for (int i = 0; i < n; i++) {
                visit(cmp.comparators().get(i));
                c.u.op(Opcode.SWAP, 2);
                c.u.op(Opcode.COPY, 2);
                compareOp(cmp.ops().get(i));
                c.u.jump(Pseudo.POP_JUMP_IF_FALSE, cleanup);
            }
            visit(lastComparator(cmp));
            compareOp(cmp.ops().get(n));
            c.u.jump(cond ? Pseudo.POP_JUMP_IF_TRUE : Pseudo.POP_JUMP_IF_FALSE, next);
            Block end = c.u.newBlock();
            c.u.jumpNoLine(Pseudo.JUMP, end);
            c.u.useNext(cleanup);
            c.u.op(Opcode.POP_TOP);
            if (!cond) {
                c.u.jumpNoLine(Pseudo.JUMP, next);
            }
            c.u.useNext(end);
            return;
        }
        visit(e);
        if (e instanceof Expr.Compare) {
            c.u.setLocation(e); // CPython 3.11 leaves a tested comparison's location current
        }
        c.u.jump(cond ? Pseudo.POP_JUMP_IF_TRUE : Pseudo.POP_JUMP_IF_FALSE, next);
    }

    // CPython 3.11: Python/compile.c compiler_boolop
    @Override
    public Void visitBoolOp(Expr.BoolOp e) {
        Opcode jump = e.op() == Boolop.And ? Opcode.JUMP_IF_FALSE_OR_POP : Opcode.JUMP_IF_TRUE_OR_POP;
        Block end = c.u.newBlock();
        List<Expr> values = e.values();
        for (int i = 0; i < values.size() - 1; i++) {
            visit(values.get(i));
            c.u.jump(jump, end);
            c.u.useNext(c.u.newBlock());
        }
        visit(values.get(values.size() - 1));
        c.u.useNext(end);
        return null;
    }

    @Override
    public Void visitNamedExpr(Expr.NamedExpr e) {
        visit(e.value());
        c.u.op(Opcode.COPY, 1);
        visit(e.target());
        return null;
    }

    /** The NB_* index of a binary operator (BINARY_OP's argument); add 13 for the in-place form. */
    static int nb(Operator op) {
        return switch (op) {
            case Add -> 0;
            case BitAnd -> 1;
            case FloorDiv -> 2;
            case LShift -> 3;
            case MatMult -> 4;
            case Mult -> 5;
            case Mod -> 6;
            case BitOr -> 7;
            case Pow -> 8;
            case RShift -> 9;
            case Sub -> 10;
            case Div -> 11;
            case BitXor -> 12;
        };
    }

    @Override
    public Void visitBinOp(Expr.BinOp e) {
        Expr.JoinedStr formatted = PercentFormat.rewrite(e);
        if (formatted != null) {
            return visitJoinedStr(formatted);
        }
        visit(e.left());
        visit(e.right());
        c.u.op(Opcode.BINARY_OP, nb(e.op()));
        return null;
    }

    @Override
    public Void visitUnaryOp(Expr.UnaryOp e) {
        Expr.Compare inverted = ConstFold.invertedCompare(e);
        if (inverted != null) {
            return visitCompare(inverted);
        }
        visit(e.operand());
        c.u.op(switch (e.op()) {
            case Invert -> Opcode.UNARY_INVERT;
            case Not -> Opcode.UNARY_NOT;
            case UAdd -> Opcode.UNARY_POSITIVE;
            case USub -> Opcode.UNARY_NEGATIVE;
        });
        return null;
    }

    @Override
    public Void visitLambda(Expr.Lambda e) {
        c.units.lambda(e);
        return null;
    }

    // CPython 3.11: Python/compile.c compiler_ifexp
    @Override
    public Void visitIfExp(Expr.IfExp e) {
        Block end = c.u.newBlock();
        Block next = c.u.newBlock();
        jumpIf(e.test(), next, false);
        visit(e.body());
        c.u.jumpNoLine(Pseudo.JUMP, end);
        c.u.useNext(next);
        visit(e.orelse());
        c.u.useNext(end);
        return null;
    }

    @Override
    public Void visitDict(Expr.Dict e) {
        displays.dict(e);
        return null;
    }

    @Override
    public Void visitSet(Expr.Set e) {
        starUnpack(e.elts(), 0, Opcode.BUILD_SET, Opcode.SET_ADD, Opcode.SET_UPDATE, false);
        return null;
    }

    @Override
    public Void visitListComp(Expr.ListComp e) {
        c.units.comprehension(e, UnitCodegen.Kind.LISTCOMP, e.generators(), e.elt(), null);
        return null;
    }

    @Override
    public Void visitSetComp(Expr.SetComp e) {
        c.units.comprehension(e, UnitCodegen.Kind.SETCOMP, e.generators(), e.elt(), null);
        return null;
    }

    @Override
    public Void visitDictComp(Expr.DictComp e) {
        c.units.comprehension(e, UnitCodegen.Kind.DICTCOMP, e.generators(), e.key(), e.value());
        return null;
    }

    @Override
    public Void visitGeneratorExp(Expr.GeneratorExp e) {
        c.units.comprehension(e, UnitCodegen.Kind.GENEXP, e.generators(), e.elt(), null);
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
        c.u.op(Opcode.GET_AWAITABLE, 0);
        c.u.loadNone();
        yieldFrom(true);
        return null;
    }

    /** SEND / YIELD_VALUE / RESUME loop of {@code yield from} and {@code await}. */
    // CPython 3.11: Python/compile.c compiler_add_yield_from
    void yieldFrom(boolean await) {
        Block start = c.u.newBlock();
        Block resume = c.u.newBlock();
        Block exit = c.u.newBlock();
        c.u.useNext(start);
        c.u.jump(Opcode.SEND, exit);
        c.u.useNext(resume);
        c.u.op(Opcode.YIELD_VALUE);
        c.u.op(Opcode.RESUME, await ? 3 : 2);
        c.u.jump(Pseudo.JUMP_NO_INTERRUPT, start);
        c.u.useNext(exit);
    }

    @Override
    public Void visitYield(Expr.Yield e) {
        if (c.u.ste.type() != BlockType.FUNCTION) {
            throw c.error("'yield' outside function");
        }
        if (e.value() != null) {
            visit(e.value());
        } else {
            c.u.loadNone();
        }
        if (c.u.ste.isCoroutine()) {
            c.u.op(Opcode.ASYNC_GEN_WRAP);
        }
        c.u.op(Opcode.YIELD_VALUE);
        c.u.op(Opcode.RESUME, 1);
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
        c.u.op(Opcode.GET_YIELD_FROM_ITER);
        c.u.loadNone();
        yieldFrom(false);
        return null;
    }

    /** COMPARE_OP, IS_OP or CONTAINS_OP for one comparison operator. */
    void compareOp(Cmpop op) {
        switch (op) {
            case Lt -> c.u.op(Opcode.COMPARE_OP, 0);
            case LtE -> c.u.op(Opcode.COMPARE_OP, 1);
            case Eq -> c.u.op(Opcode.COMPARE_OP, 2);
            case NotEq -> c.u.op(Opcode.COMPARE_OP, 3);
            case Gt -> c.u.op(Opcode.COMPARE_OP, 4);
            case GtE -> c.u.op(Opcode.COMPARE_OP, 5);
            case Is -> c.u.op(Opcode.IS_OP, 0);
            case IsNot -> c.u.op(Opcode.IS_OP, 1);
            case In -> c.u.op(Opcode.CONTAINS_OP, 0);
            case NotIn -> c.u.op(Opcode.CONTAINS_OP, 1);
        }
    }

    /** The last comparator, with CPython's fold_iter applied after {@code in}/{@code not in}. */
    private static Expr lastComparator(Expr.Compare e) {
        int n = e.ops().size() - 1;
        Expr last = e.comparators().get(n);
        Cmpop op = e.ops().get(n);
        return op == Cmpop.In || op == Cmpop.NotIn ? Consts.foldIter(last) : last;
    }

    // CPython 3.11: Python/compile.c compiler_compare
    @Override
    public Void visitCompare(Expr.Compare e) {
        int n = e.ops().size() - 1;
        visit(e.left());
        if (n == 0) {
            visit(lastComparator(e));
            compareOp(e.ops().get(0));
            return null;
        }
        Block cleanup = c.u.newBlock();
        for (int i = 0; i < n; i++) {
            visit(e.comparators().get(i));
            c.u.op(Opcode.SWAP, 2);
            c.u.op(Opcode.COPY, 2);
            compareOp(e.ops().get(i));
            c.u.jump(Opcode.JUMP_IF_FALSE_OR_POP, cleanup);
        }
        visit(lastComparator(e));
        compareOp(e.ops().get(n));
        Block end = c.u.newBlock();
        c.u.jumpNoLine(Pseudo.JUMP, end);
        c.u.useNext(cleanup);
        c.u.op(Opcode.SWAP, 2);
        c.u.op(Opcode.POP_TOP);
        c.u.useNext(end);
        return null;
    }

    @Override
    public Void visitCall(Expr.Call e) {
        calls.call(e);
        return null;
    }

    @Override
    public Void visitFormattedValue(Expr.FormattedValue e) {
        visit(e.value());
        int arg = switch (e.conversion()) {
            case 's' -> 1;
            case 'r' -> 2;
            case 'a' -> 3;
            default -> 0;
        };
        if (e.format_spec() != null) {
            visit(e.format_spec());
            arg |= 4;
        }
        c.u.op(Opcode.FORMAT_VALUE, arg);
        return null;
    }

    // CPython 3.11: Python/compile.c compiler_joined_str
    @Override
    public Void visitJoinedStr(Expr.JoinedStr e) {
        int n = e.values().size();
        if (n > STACK_USE_GUIDELINE) {
            c.u.loadConst("");
            c.u.name(Opcode.LOAD_METHOD, "join");
            c.u.op(Opcode.BUILD_LIST, 0);
            for (Expr v : e.values()) {
                visit(v);
                c.u.op(Opcode.LIST_APPEND, 1);
            }
            c.u.op(Opcode.PRECALL, 1);
            c.u.op(Opcode.CALL, 1);
            return null;
        }
        e.values().forEach(this::visit);
        if (n != 1) {
            c.u.op(Opcode.BUILD_STRING, n);
        }
        return null;
    }

    @Override
    public Void visitConstant(Expr.Constant e) {
        c.u.loadConst(Consts.fromAst(e.value()));
        return null;
    }

    /** CPython's update_start_location_to_match_attr: a multi-line attribute is located at its name. */
    void matchAttrLocation(Expr.Attribute e) {
        if (c.u.lineno != e.end_lineno()) {
            c.u.lineno = e.end_lineno();
            int len = e.attr().codePointCount(0, e.attr().length());
            if (len <= e.end_col_offset()) {
                c.u.colOffset = e.end_col_offset() - len;
            } else {
                c.u.colOffset = -1;
                c.u.endColOffset = -1;
            }
            c.u.endLineno = Math.max(c.u.lineno, c.u.endLineno);
            if (c.u.lineno == c.u.endLineno) {
                c.u.endColOffset = Math.max(c.u.colOffset, c.u.endColOffset);
            }
        }
    }

    @Override
    public Void visitAttribute(Expr.Attribute e) {
        visit(e.value());
        matchAttrLocation(e);
        String attr = c.mangle(e.attr());
        switch (e.ctx()) {
            case Load -> c.u.name(Opcode.LOAD_ATTR, attr);
            case Store -> {
                c.forbiddenName(e.attr(), ExprContext.Store);
                c.u.name(Opcode.STORE_ATTR, attr);
            }
            case Del -> c.u.name(Opcode.DELETE_ATTR, attr);
        }
        return null;
    }

    @Override
    public Void visitSubscript(Expr.Subscript e) {
        visit(e.value());
        visit(e.slice());
        c.u.op(switch (e.ctx()) {
            case Load -> Opcode.BINARY_SUBSCR;
            case Store -> Opcode.STORE_SUBSCR;
            case Del -> Opcode.DELETE_SUBSCR;
        });
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
        c.nameop(e.id(), e.ctx());
        return null;
    }

    @Override
    public Void visitList(Expr.List e) {
        switch (e.ctx()) {
            case Store -> assignmentHelper(e.elts());
            case Del -> e.elts().forEach(this::visit);
            default -> starUnpack(e.elts(), 0, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, false);
        }
        return null;
    }

    @Override
    public Void visitTuple(Expr.Tuple e) {
        switch (e.ctx()) {
            case Store -> assignmentHelper(e.elts());
            case Del -> e.elts().forEach(this::visit);
            default -> starUnpack(e.elts(), 0, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, true);
        }
        return null;
    }

    /** A list, tuple or set display (or call arguments) with starred items. */
    void starUnpack(List<Expr> elts, int pushed, Opcode build, Opcode add, Opcode extend, boolean tuple) {
        displays.starUnpack(elts, pushed, build, add, extend, tuple);
    }

    /** Unpacks the value on the stack into the targets {@code elts}. */
    void assignmentHelper(List<Expr> elts) {
        displays.assignmentHelper(elts);
    }

    @Override
    public Void visitSlice(Expr.Slice e) {
        int n = 2;
        for (Expr x : new Expr[] {e.lower(), e.upper()}) {
            if (x != null) {
                visit(x);
            } else {
                c.u.loadNone();
            }
        }
        if (e.step() != null) {
            n++;
            visit(e.step());
        }
        c.u.op(Opcode.BUILD_SLICE, n);
        return null;
    }

    /** Keyword names of a call. */
    static Object[] keywordNames(List<Keyword> keywords, int from, int to) {
        Object[] names = new Object[to - from];
        for (int i = from; i < to; i++) {
            names[i - from] = keywords.get(i).arg();
        }
        return names;
    }
}
