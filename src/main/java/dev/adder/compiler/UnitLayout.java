package dev.adder.compiler;

import dev.adder.ast.Arg;
import dev.adder.ast.Arguments;
import dev.adder.ast.Comprehension;
import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;
import dev.adder.ast.Keyword;
import dev.adder.ast.Node;
import dev.adder.ast.Stmt;
import dev.adder.symtable.FutureFeatures;
import dev.adder.symtable.Mangling;
import dev.adder.symtable.Scope;
import java.util.ArrayList;
import java.util.List;

/**
 * The constructs that make a new code object: def, class, lambda and comprehensions. The parent
 * evaluates decorators, defaults and annotations, the child unit is compiled (once per node: a
 * finally body compiled twice yields one equal code object), then the parent loads the code.
 * CPython 3.11: Python/compile.c compiler_function, compiler_class, compiler_lambda,
 * compiler_comprehension, compiler_default_arguments, compiler_visit_annotations.
 */
final class UnitLayout {
    private final LayoutCompiler c;

    UnitLayout(LayoutCompiler c) {
        this.c = c;
    }

    private static int firstLine(Stmt s, List<Expr> decorators) {
        return decorators.isEmpty() ? s.lineno() : decorators.get(0).lineno();
    }

    // CPython 3.11: Python/compile.c compiler_check_debug_args
    private void checkDebugArgs(Arguments a) {
        List<Arg> all = new ArrayList<>(a.posonlyargs());
        all.addAll(a.args());
        if (a.vararg() != null) {
            all.add(a.vararg());
        }
        all.addAll(a.kwonlyargs());
        if (a.kwarg() != null) {
            all.add(a.kwarg());
        }
        for (Arg arg : all) {
            c.forbiddenName(arg.arg(), ExprContext.Store);
        }
    }

    // CPython 3.11: Python/compile.c compiler_default_arguments
    private void defaults(Arguments a) {
        if (!a.defaults().isEmpty()) {
            boolean allConst = true;
            for (Expr d : a.defaults()) {
                c.visit(d);
                allConst &= ConstFold.isConst(d);
            }
            if (allConst) {
                c.u.loadLateConst(); // BUILD_TUPLE of constants, folded by the optimizer
            }
        }
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            Expr d = a.kw_defaults().get(i);
            if (d != null) {
                keys.add(Mangling.mangle(c.u.privateName, a.kwonlyargs().get(i).arg()));
                c.visit(d);
            }
        }
        if (!keys.isEmpty()) {
            c.u.loadConst(List.of("kwdefaults", keys));
        }
    }

    // CPython 3.11: Python/compile.c compiler_visit_annotations
    private void annotations(Arguments a, Expr returns) {
        boolean any = false;
        boolean allConst = true;
        List<Arg> ordered = new ArrayList<>(a.args());
        ordered.addAll(a.posonlyargs());
        if (a.vararg() != null) {
            ordered.add(a.vararg());
        }
        ordered.addAll(a.kwonlyargs());
        if (a.kwarg() != null) {
            ordered.add(a.kwarg());
        }
        for (Arg arg : ordered) {
            if (arg.annotation() != null) {
                any = true;
                allConst &= annotation(Mangling.mangle(c.u.privateName, arg.arg()), arg.annotation());
            }
        }
        if (returns != null) {
            any = true;
            allConst &= annotation("return", returns);
        }
        if (any && allConst) {
            c.u.loadLateConst();
        }
    }

    /** One parameter annotation; returns whether it compiled to a constant. */
    private boolean annotation(String name, Expr annotation) {
        c.u.loadConst(ConstFold.keyOf(name));
        if (c.future.annotations()) {
            c.u.loadConst(List.of("annotation", annotation)); // the annotation's source as a string
            return true;
        }
        c.visit(annotation instanceof Expr.Starred s ? s.value() : annotation);
        return ConstFold.isConst(annotation);
    }

    void function(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns,
                  boolean async) {
        checkDebugArgs(args);
        decorators.forEach(c::visit);
        int firstlineno = firstLine(s, decorators);
        defaults(args);
        annotations(args, returns);
        if (!c.u.hasCode(s)) {
            c.enter(c.scopeFor(s), async ? ScopeType.ASYNC_FUNCTION : ScopeType.FUNCTION, name, firstlineno, s);
            boolean doc = FutureFeatures.hasDocString(body);
            c.u.addConst(doc ? ConstFold.keyOf(((Expr.Constant) ((Stmt.Expr) body.get(0)).value()).value()) : null);
            setArgCounts(args);
            c.stmts.visitAll(doc ? body.subList(1, body.size()) : body);
            c.u.loadConst(null); // the implicit "return None"
            CodeLayout code = c.exit();
            c.u.loadCode(s, code);
        } else {
            c.u.loadCode(s);
        }
        c.nameop(name, ExprContext.Store);
    }

    private void setArgCounts(Arguments args) {
        c.u.argcount = args.args().size();
        c.u.posonlyargcount = args.posonlyargs().size();
        c.u.kwonlyargcount = args.kwonlyargs().size();
    }

    // CPython 3.11: Python/compile.c compiler_class
    void classDef(Stmt.ClassDef s) {
        s.decorator_list().forEach(c::visit);
        int firstlineno = firstLine(s, s.decorator_list());
        if (!c.u.hasCode(s)) {
            Scope ste = c.scopeFor(s);
            c.enter(ste, ScopeType.CLASS, s.name(), firstlineno, s);
            c.u.privateName = s.name();
            c.nameop("__name__", ExprContext.Load);
            c.nameop("__module__", ExprContext.Store);
            c.u.loadConst(ConstFold.keyOf(c.u.qualname));
            c.nameop("__qualname__", ExprContext.Store);
            c.stmts.body(s.body());
            c.u.unsetLocation();
            if (ste.needsClassClosure()) {
                c.nameop("__classcell__", ExprContext.Store);
            } else {
                c.u.loadConst(null);
            }
            CodeLayout code = c.exit();
            c.u.loadCode(s, code);
        } else {
            c.u.loadCode(s);
        }
        c.u.loadConst(ConstFold.keyOf(s.name()));
        c.exprs.callHelper(s.bases(), s.keywords());
        c.nameop(s.name(), ExprContext.Store);
    }

    // CPython 3.11: Python/compile.c compiler_lambda
    void lambda(Expr.Lambda e) {
        checkDebugArgs(e.args());
        defaults(e.args());
        if (!c.u.hasCode(e)) {
            c.enter(c.scopeFor(e), ScopeType.LAMBDA, "<lambda>", e.lineno(), e);
            c.u.addConst(null); // None first: a lambda has no docstring
            setArgCounts(e.args());
            c.visit(e.body());
            CodeLayout code = c.exit();
            c.u.loadCode(e, code);
        } else {
            c.u.loadCode(e);
        }
    }

    /** Which comprehension is being compiled: CPython's COMP_* constants. */
    enum Kind { GENEXP, LISTCOMP, SETCOMP, DICTCOMP }

    // CPython 3.11: Python/compile.c compiler_comprehension
    void comprehension(Expr e, Kind kind, List<Comprehension> generators, Expr elt, Expr value) {
        String name = switch (kind) {
            case GENEXP -> "<genexpr>";
            case LISTCOMP -> "<listcomp>";
            case SETCOMP -> "<setcomp>";
            case DICTCOMP -> "<dictcomp>";
        };
        ScopeType outer = c.u.scopeType;
        Scope ste = c.scopeFor(e);
        boolean asyncGenerator = ste.isCoroutine();
        if (!c.u.hasCode(e)) {
            c.enter(ste, ScopeType.COMPREHENSION, name, e.lineno(), e);
            c.u.argcount = 1; // the outermost iterator, ".0"
            if (asyncGenerator && kind != Kind.GENEXP && outer != ScopeType.ASYNC_FUNCTION
                    && outer != ScopeType.COMPREHENSION) {
                throw c.error("asynchronous comprehension outside of an asynchronous function");
            }
            generator(generators, 0, elt, value, kind);
            if (kind == Kind.GENEXP) {
                c.u.loadConst(null); // generator expressions end with "return None"
            }
            CodeLayout code = c.exit();
            c.u.loadCode(e, code);
        } else {
            c.u.loadCode(e);
        }
        c.visit(generators.get(0).iter());
        if (asyncGenerator && kind != Kind.GENEXP) {
            c.u.loadConst(null); // awaiting the coroutine
        }
    }

    // CPython 3.11: Python/compile.c compiler_sync_comprehension_generator,
    // compiler_async_comprehension_generator
    private void generator(List<Comprehension> generators, int index, Expr elt, Expr value, Kind kind) {
        Comprehension gen = generators.get(index);
        boolean entry = c.u.reachable;
        FBlock asyncBlock = null;
        if (gen.is_async() != 0) {
            asyncBlock = c.stmts.pushFBlock(FBlock.Type.ASYNC_COMPREHENSION_GENERATOR, null, null);
        }
        if (index > 0) {
            List<Expr> elts = gen.iter() instanceof Expr.List l ? l.elts()
                    : gen.iter() instanceof Expr.Tuple t ? t.elts() : null;
            if (elts != null && elts.size() == 1 && !(elts.get(0) instanceof Expr.Starred)) {
                c.visit(elts.get(0)); // "for y in [f(x)]" binds without iterating
            } else {
                c.visit(gen.iter());
            }
        }
        if (gen.is_async() != 0) {
            c.u.loadConst(null);
        }
        c.visit(gen.target());
        for (Expr test : gen.ifs()) {
            c.u.reachable = c.exprs.jumpIf(test, false).fall();
        }
        if (index + 1 < generators.size()) {
            generator(generators, index + 1, elt, value, kind);
        } else {
            if (kind == Kind.GENEXP && c.u.ste.isCoroutine()) {
                c.u.loadConst(null);
            }
            c.visit(elt);
            if (value != null) {
                c.visit(value);
            }
        }
        if (asyncBlock != null) {
            c.stmts.popFBlock();
        }
        c.u.reachable = entry;
    }

    /** Whether {@code node} is one of the nodes that make a code object. */
    static boolean makesCode(Node node) {
        return node instanceof Stmt.FunctionDef || node instanceof Stmt.AsyncFunctionDef
                || node instanceof Stmt.ClassDef || node instanceof Expr.Lambda || node instanceof Expr.ListComp
                || node instanceof Expr.SetComp || node instanceof Expr.DictComp || node instanceof Expr.GeneratorExp;
    }

    /** Keyword names of a call, as the KW_NAMES constant. */
    static List<String> keywordNames(List<Keyword> keywords) {
        List<String> names = new ArrayList<>();
        for (Keyword k : keywords) {
            names.add(k.arg());
        }
        return names;
    }
}
