package dev.adder.compiler;

import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;
import dev.adder.ast.Keyword;
import dev.adder.bytecode.Opcode;
import dev.adder.objects.PyTuple;
import java.util.List;

/**
 * Calls: the LOAD_METHOD form for {@code obj.meth(...)}, PUSH_NULL + PRECALL + CALL (with
 * KW_NAMES) for simple calls, and CALL_FUNCTION_EX with a built tuple and dict otherwise.
 * CPython 3.11: Python/compile.c compiler_call, maybe_optimize_method_call, compiler_call_helper,
 * compiler_subkwargs, compiler_call_simple_kw_helper, validate_keywords.
 */
final class CallCodegen {
    private final LayoutCompiler c;
    private final ExprCodegen exprs;

    CallCodegen(LayoutCompiler c, ExprCodegen exprs) {
        this.c = c;
        this.exprs = exprs;
    }

    // CPython 3.11: Python/compile.c compiler_call
    void call(Expr.Call e) {
        validateKeywords(e.keywords());
        if (methodCall(e)) {
            return;
        }
        c.u.setLocation(e.func());
        c.u.op(Opcode.PUSH_NULL);
        c.u.setLocation(e);
        exprs.visit(e.func());
        helper(0, e.args(), e.keywords());
    }

    // CPython 3.11: Python/compile.c maybe_optimize_method_call
    private boolean methodCall(Expr.Call e) {
        if (!(e.func() instanceof Expr.Attribute meth) || meth.ctx() != ExprContext.Load) {
            return false;
        }
        if (meth.value() instanceof Expr.Name n) {
            // CPython 3.11: Python/compile.c is_import_originated (module-level symbols only)
            dev.adder.symtable.Symbol s = c.symtable.top().symbol(n.id());
            if (s != null && s.has(dev.adder.symtable.DefFlag.IMPORT)) {
                return false;
            }
        }
        List<Expr> args = e.args();
        List<Keyword> kwds = e.keywords();
        int argsl = args.size();
        int kwdsl = kwds.size();
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= ExprCodegen.STACK_USE_GUIDELINE) {
            return false;
        }
        for (Expr a : args) {
            if (a instanceof Expr.Starred) {
                return false;
            }
        }
        for (Keyword k : kwds) {
            if (k.arg() == null) {
                return false;
            }
        }
        exprs.visit(meth.value());
        c.u.setLocation(meth);
        exprs.matchAttrLocation(meth);
        c.u.name(Opcode.LOAD_METHOD, c.mangle(meth.attr()));
        args.forEach(exprs::visit);
        if (kwdsl > 0) {
            kwds.forEach(k -> exprs.visit(k.value()));
            c.u.op(Opcode.KW_NAMES, c.u.addConst(PyTuple.of(ExprCodegen.keywordNames(kwds, 0, kwdsl))));
        }
        c.u.setLocation(e);
        exprs.matchAttrLocation(meth);
        c.u.op(Opcode.PRECALL, argsl + kwdsl);
        c.u.op(Opcode.CALL, argsl + kwdsl);
        return true;
    }

    /** The arguments and the call, after {@code n} arguments already pushed (a class's function and name). */
    // CPython 3.11: Python/compile.c compiler_call_helper
    void helper(int n, List<Expr> args, List<Keyword> keywords) {
        validateKeywords(keywords);
        int nelts = args.size();
        int nkwelts = keywords.size();
        boolean simple = nelts + nkwelts * 2 <= ExprCodegen.STACK_USE_GUIDELINE;
        for (Expr a : args) {
            simple &= !(a instanceof Expr.Starred);
        }
        for (Keyword k : keywords) {
            simple &= k.arg() != null;
        }
        if (simple) {
            args.forEach(exprs::visit);
            if (nkwelts > 0) {
                keywords.forEach(k -> exprs.visit(k.value()));
                c.u.op(Opcode.KW_NAMES, c.u.addConst(PyTuple.of(ExprCodegen.keywordNames(keywords, 0, nkwelts))));
            }
            c.u.op(Opcode.PRECALL, n + nelts + nkwelts);
            c.u.op(Opcode.CALL, n + nelts + nkwelts);
            return;
        }
        if (n == 0 && nelts == 1 && args.get(0) instanceof Expr.Starred s) {
            exprs.visit(s.value());
        } else {
            exprs.starUnpack(args, n, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, true);
        }
        if (nkwelts > 0) {
            boolean haveDict = false;
            int nseen = 0;
            for (int i = 0; i < nkwelts; i++) {
                Keyword kw = keywords.get(i);
                if (kw.arg() == null) {
                    if (nseen > 0) {
                        subkwargs(keywords, i - nseen, i);
                        if (haveDict) {
                            c.u.op(Opcode.DICT_MERGE, 1);
                        }
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict) {
                        c.u.op(Opcode.BUILD_MAP, 0);
                        haveDict = true;
                    }
                    exprs.visit(kw.value());
                    c.u.op(Opcode.DICT_MERGE, 1);
                } else {
                    nseen++;
                }
            }
            if (nseen > 0) {
                subkwargs(keywords, nkwelts - nseen, nkwelts);
                if (haveDict) {
                    c.u.op(Opcode.DICT_MERGE, 1);
                }
            }
        }
        c.u.op(Opcode.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
    }

    // CPython 3.11: Python/compile.c compiler_subkwargs
    private void subkwargs(List<Keyword> keywords, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > ExprCodegen.STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            for (int i = begin; i < end; i++) {
                exprs.visit(keywords.get(i).value());
            }
            c.u.loadConst(PyTuple.of(ExprCodegen.keywordNames(keywords, begin, end)));
            c.u.op(Opcode.BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) {
            c.u.opNoLine(Opcode.BUILD_MAP, 0);
        }
        for (int i = begin; i < end; i++) {
            c.u.loadConst(keywords.get(i).arg());
            exprs.visit(keywords.get(i).value());
            if (big) {
                c.u.opNoLine(Opcode.MAP_ADD, 1);
            }
        }
        if (!big) {
            c.u.op(Opcode.BUILD_MAP, n);
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
}
