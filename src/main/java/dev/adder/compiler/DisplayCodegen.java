package dev.adder.compiler;

import dev.adder.ast.Expr;
import dev.adder.bytecode.Opcode;
import dev.adder.objects.PyFrozenSet;
import dev.adder.objects.PyTuple;
import java.util.List;

/**
 * Displays and unpacking: list, tuple, set and dict displays (constant ones loaded as one
 * constant, long or starred ones built incrementally) and the UNPACK_SEQUENCE / UNPACK_EX of
 * assignment targets.
 * CPython 3.11: Python/compile.c starunpack_helper, compiler_dict, compiler_subdict,
 * unpack_helper, assignment_helper.
 */
final class DisplayCodegen {
    private final LayoutCompiler c;
    private final ExprCodegen exprs;

    DisplayCodegen(LayoutCompiler c, ExprCodegen exprs) {
        this.c = c;
        this.exprs = exprs;
    }

    // CPython 3.11: Python/compile.c compiler_dict
    void dict(Expr.Dict e) {
        int n = e.values().size();
        boolean haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++) {
            if (e.keys().get(i) == null) {
                if (elements > 0) {
                    subdict(e, i - elements, i);
                    if (haveDict) {
                        c.u.op(Opcode.DICT_UPDATE, 1);
                    }
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    c.u.op(Opcode.BUILD_MAP, 0);
                    haveDict = true;
                }
                exprs.visit(e.values().get(i));
                c.u.op(Opcode.DICT_UPDATE, 1);
            } else if (elements * 2 > ExprCodegen.STACK_USE_GUIDELINE) {
                subdict(e, i - elements, i + 1);
                if (haveDict) {
                    c.u.op(Opcode.DICT_UPDATE, 1);
                }
                haveDict = true;
                elements = 0;
            } else {
                elements++;
            }
        }
        if (elements > 0) {
            subdict(e, n - elements, n);
            if (haveDict) {
                c.u.op(Opcode.DICT_UPDATE, 1);
            }
            haveDict = true;
        }
        if (!haveDict) {
            c.u.op(Opcode.BUILD_MAP, 0);
        }
    }

    // CPython 3.11: Python/compile.c compiler_subdict
    private void subdict(Expr.Dict e, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > ExprCodegen.STACK_USE_GUIDELINE;
        if (n > 1 && !big && ConstFold.allConst(e.keys(), begin, end)) {
            Object[] keys = new Object[n];
            for (int i = begin; i < end; i++) {
                exprs.visit(e.values().get(i));
                keys[i - begin] = ConstFold.value(e.keys().get(i));
            }
            c.u.loadConst(PyTuple.of(keys));
            c.u.op(Opcode.BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) {
            c.u.op(Opcode.BUILD_MAP, 0);
        }
        for (int i = begin; i < end; i++) {
            exprs.visit(e.keys().get(i));
            exprs.visit(e.values().get(i));
            if (big) {
                c.u.op(Opcode.MAP_ADD, 1);
            }
        }
        if (!big) {
            c.u.op(Opcode.BUILD_MAP, n);
        }
    }

    // CPython 3.11: Python/compile.c starunpack_helper
    void starUnpack(List<Expr> elts, int pushed, Opcode build, Opcode add, Opcode extend, boolean tuple) {
        int n = elts.size();
        if (n > 2 && ConstFold.allConst(elts, 0, n)) {
            Object[] items = new Object[n];
            for (int i = 0; i < n; i++) {
                items[i] = ConstFold.value(elts.get(i));
            }
            if (tuple && pushed == 0) {
                c.u.loadConst(PyTuple.of(items));
            } else {
                c.u.op(build, pushed);
                c.u.loadConst(add == Opcode.SET_ADD ? PyFrozenSet.of(items) : PyTuple.of(items));
                c.u.op(extend, 1);
                if (tuple) {
                    c.u.op(Opcode.LIST_TO_TUPLE);
                }
            }
            return;
        }
        boolean big = n + pushed > ExprCodegen.STACK_USE_GUIDELINE;
        boolean seenStar = elts.stream().anyMatch(x -> x instanceof Expr.Starred);
        if (!seenStar && !big) {
            elts.forEach(exprs::visit);
            c.u.op(tuple ? Opcode.BUILD_TUPLE : build, n + pushed);
            return;
        }
        boolean built = false;
        if (big) {
            c.u.op(build, pushed);
            built = true;
        }
        for (int i = 0; i < n; i++) {
            Expr elt = elts.get(i);
            if (elt instanceof Expr.Starred s) {
                if (!built) {
                    c.u.op(build, i + pushed);
                    built = true;
                }
                exprs.visit(s.value());
                c.u.op(extend, 1);
            } else {
                exprs.visit(elt);
                if (built) {
                    c.u.op(add, 1);
                }
            }
        }
        if (tuple) {
            c.u.op(Opcode.LIST_TO_TUPLE);
        }
    }

    // CPython 3.11: Python/compile.c unpack_helper, assignment_helper
    void assignmentHelper(List<Expr> elts) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                if (seenStar) {
                    throw c.error("multiple starred expressions in assignment");
                }
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw c.error("too many expressions in star-unpacking assignment");
                }
                c.u.op(Opcode.UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            }
        }
        if (!seenStar) {
            c.u.op(Opcode.UNPACK_SEQUENCE, n);
        }
        for (Expr elt : elts) {
            exprs.visit(elt instanceof Expr.Starred s ? s.value() : elt);
        }
    }

}
