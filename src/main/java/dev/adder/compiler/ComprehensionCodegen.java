package dev.adder.compiler;

import dev.adder.ast.Comprehension;
import dev.adder.ast.Expr;
import dev.adder.bytecode.Opcode;
import java.util.List;

/**
 * The loops of a comprehension's code object, one per {@code for} clause, with the element
 * appended (or yielded) in the innermost.
 * CPython 3.11: Python/compile.c compiler_sync_comprehension_generator,
 * compiler_async_comprehension_generator.
 */
final class ComprehensionCodegen {
    private final LayoutCompiler c;

    ComprehensionCodegen(LayoutCompiler c) {
        this.c = c;
    }

    void generator(List<Comprehension> generators, int index, int depth, Expr elt, Expr value,
                   UnitCodegen.Kind kind) {
        if (generators.get(index).is_async() != 0) {
            asyncGenerator(generators, index, depth, elt, value, kind);
        } else {
            syncGenerator(generators, index, depth, elt, value, kind);
        }
    }

    private void syncGenerator(List<Comprehension> generators, int index, int depth, Expr elt, Expr value,
                               UnitCodegen.Kind kind) {
        Block start = c.u.newBlock();
        Block ifCleanup = c.u.newBlock();
        Block anchor = c.u.newBlock();
        Comprehension gen = generators.get(index);
        if (index == 0) {
            c.u.argcount = 1;
            c.u.op(Opcode.LOAD_FAST, 0);
        } else {
            Expr iter = Consts.foldIter(gen.iter());
            List<Expr> elts = gen.iter() instanceof Expr.List l ? l.elts()
                    : gen.iter() instanceof Expr.Tuple t ? t.elts() : null;
            if (elts != null && elts.size() == 1 && !(elts.get(0) instanceof Expr.Starred)) {
                c.visit(elts.get(0)); // "for y in [f(x)]" binds without iterating
                start = null;
            } else {
                c.visit(iter);
                c.u.op(Opcode.GET_ITER);
            }
        }
        if (start != null) {
            depth++;
            c.u.useNext(start);
            c.u.jump(Opcode.FOR_ITER, anchor);
        }
        c.visit(gen.target());
        for (Expr test : gen.ifs()) {
            c.exprs.jumpIf(test, ifCleanup, false);
        }
        body(generators, index, depth, elt, value, kind);
        c.u.useNext(ifCleanup);
        if (start != null) {
            c.u.jump(Pseudo.JUMP, start);
            c.u.useNext(anchor);
        }
    }

    private void body(List<Comprehension> generators, int index, int depth, Expr elt, Expr value,
                      UnitCodegen.Kind kind) {
        if (index + 1 < generators.size()) {
            generator(generators, index + 1, depth, elt, value, kind);
            return;
        }
        switch (kind) {
            case GENEXP -> {
                c.visit(elt);
                if (c.u.ste.isCoroutine()) {
                    c.u.op(Opcode.ASYNC_GEN_WRAP);
                }
                c.u.op(Opcode.YIELD_VALUE);
                c.u.op(Opcode.RESUME, 1);
                c.u.op(Opcode.POP_TOP);
            }
            case LISTCOMP -> {
                c.visit(elt);
                c.u.op(Opcode.LIST_APPEND, depth + 1);
            }
            case SETCOMP -> {
                c.visit(elt);
                c.u.op(Opcode.SET_ADD, depth + 1);
            }
            case DICTCOMP -> {
                c.visit(elt);
                c.visit(value);
                c.u.op(Opcode.MAP_ADD, depth + 1);
            }
        }
    }

    private void asyncGenerator(List<Comprehension> generators, int index, int depth, Expr elt, Expr value,
                                UnitCodegen.Kind kind) {
        Block start = c.u.newBlock();
        Block except = c.u.newBlock();
        Block ifCleanup = c.u.newBlock();
        Comprehension gen = generators.get(index);
        if (index == 0) {
            c.u.argcount = 1;
            c.u.op(Opcode.LOAD_FAST, 0);
        } else {
            c.visit(Consts.foldIter(gen.iter()));
            c.u.op(Opcode.GET_AITER);
        }
        c.u.useNext(start);
        c.stmts.pushFBlock(FBlock.Type.ASYNC_COMPREHENSION_GENERATOR, start, null, null);
        c.u.jump(Pseudo.SETUP_FINALLY, except);
        c.u.op(Opcode.GET_ANEXT);
        c.u.loadNone();
        c.exprs.yieldFrom(true);
        c.u.pseudo(Pseudo.POP_BLOCK);
        c.visit(gen.target());
        for (Expr test : gen.ifs()) {
            c.exprs.jumpIf(test, ifCleanup, false);
        }
        depth++;
        body(generators, index, depth, elt, value, kind);
        c.u.useNext(ifCleanup);
        c.u.jump(Pseudo.JUMP, start);
        c.stmts.popFBlock();
        c.u.useNext(except);
        c.u.op(Opcode.END_ASYNC_FOR);
    }
}
