package dev.adder.compiler;

import dev.adder.ast.Arg;
import dev.adder.ast.Arguments;
import dev.adder.ast.Comprehension;
import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;
import dev.adder.ast.Stmt;
import dev.adder.bytecode.Opcode;
import dev.adder.bytecode.PyCode;
import dev.adder.objects.PyTuple;
import dev.adder.runtime.PyNone;
import dev.adder.symtable.FutureFeatures;
import dev.adder.symtable.Scope;
import java.util.ArrayList;
import java.util.List;

/**
 * The constructs that make a new code object: def, class, lambda and comprehensions. The parent
 * evaluates decorators, defaults and annotations, the child unit is compiled and assembled, then
 * the parent makes the function (loading the closure cells it needs).
 * CPython 3.11: Python/compile.c compiler_function, compiler_class, compiler_lambda,
 * compiler_comprehension, compiler_make_closure, compiler_default_arguments,
 * compiler_visit_annotations.
 */
final class UnitCodegen {
    private final LayoutCompiler c;

    UnitCodegen(LayoutCompiler c) {
        this.c = c;
    }

    private static int firstLine(Stmt s, List<Expr> decorators) {
        return decorators.isEmpty() ? s.lineno() : decorators.get(0).lineno();
    }

    // CPython 3.11: Python/compile.c compiler_check_debug_args
    private void checkDebugArgs(Arguments a) {
        for (Arg arg : allArgs(a)) {
            c.forbiddenName(arg.arg(), ExprContext.Store);
        }
    }

    private static List<Arg> allArgs(Arguments a) {
        List<Arg> all = new ArrayList<>(a.posonlyargs());
        all.addAll(a.args());
        if (a.vararg() != null) {
            all.add(a.vararg());
        }
        all.addAll(a.kwonlyargs());
        if (a.kwarg() != null) {
            all.add(a.kwarg());
        }
        return all;
    }

    /** Pushes defaults and keyword-only defaults; returns MAKE_FUNCTION's flags for them. */
    // CPython 3.11: Python/compile.c compiler_default_arguments, compiler_visit_kwonlydefaults
    private int defaults(Arguments a) {
        int flags = 0;
        if (!a.defaults().isEmpty()) {
            a.defaults().forEach(c::visit);
            c.u.op(Opcode.BUILD_TUPLE, a.defaults().size());
            flags |= 0x01;
        }
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            Expr d = a.kw_defaults().get(i);
            if (d != null) {
                keys.add(c.mangle(a.kwonlyargs().get(i).arg()));
                c.visit(d);
            }
        }
        if (!keys.isEmpty()) {
            c.u.loadConst(PyTuple.of(keys.toArray()));
            c.u.op(Opcode.BUILD_CONST_KEY_MAP, keys.size());
            flags |= 0x02;
        }
        return flags;
    }

    /** Pushes the annotations tuple; returns whether there was one. */
    // CPython 3.11: Python/compile.c compiler_visit_annotations
    private boolean annotations(Arguments a, Expr returns) {
        List<Arg> ordered = new ArrayList<>(a.args());
        ordered.addAll(a.posonlyargs());
        if (a.vararg() != null) {
            ordered.add(a.vararg());
        }
        ordered.addAll(a.kwonlyargs());
        if (a.kwarg() != null) {
            ordered.add(a.kwarg());
        }
        int n = 0;
        for (Arg arg : ordered) {
            if (arg.annotation() != null) {
                annotation(c.mangle(arg.arg()), arg.annotation());
                n += 2;
            }
        }
        if (returns != null) {
            annotation("return", returns);
            n += 2;
        }
        if (n > 0) {
            c.u.op(Opcode.BUILD_TUPLE, n);
        }
        return n > 0;
    }

    private void annotation(String name, Expr annotation) {
        c.u.loadConst(name);
        if (c.future.annotations()) {
            c.u.loadConst(c.annotationString(annotation));
        } else if (annotation instanceof Expr.Starred s) {
            c.visit(s.value());
            c.u.op(Opcode.UNPACK_SEQUENCE, 1);
        } else {
            c.visit(annotation);
        }
    }

    void function(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns,
                  boolean async) {
        checkDebugArgs(args);
        decorators.forEach(c::visit);
        int firstlineno = firstLine(s, decorators);
        int flags = defaults(args);
        if (annotations(args, returns)) {
            flags |= 0x04;
        }
        PyCode code = c.compiled.get(s);
        if (code == null) {
            c.enter(c.scopeFor(s), async ? ScopeType.ASYNC_FUNCTION : ScopeType.FUNCTION, name, firstlineno);
            boolean doc = FutureFeatures.hasDocString(body);
            c.u.addConst(doc ? Consts.fromAst(((Expr.Constant) ((Stmt.Expr) body.get(0)).value()).value())
                    : PyNone.NONE);
            setArgCounts(args);
            c.stmts.visitAll(doc ? body.subList(1, body.size()) : body);
            code = c.exit(true);
            c.compiled.put(s, code);
        }
        makeClosure(code, flags);
        applyDecorators(decorators);
        c.nameop(name, ExprContext.Store);
    }

    // CPython 3.11: Python/compile.c compiler_apply_decorators
    private void applyDecorators(List<Expr> decorators) {
        int[] saved = c.u.location();
        for (int i = decorators.size() - 1; i >= 0; i--) {
            c.u.setLocation(decorators.get(i));
            c.u.op(Opcode.PRECALL, 0);
            c.u.op(Opcode.CALL, 0);
        }
        c.u.restoreLocation(saved);
    }

    private void setArgCounts(Arguments args) {
        c.u.argcount = args.args().size();
        c.u.posonlyargcount = args.posonlyargs().size();
        c.u.kwonlyargcount = args.kwonlyargs().size();
    }

    /** LOAD_CLOSURE of each free variable of {@code code}, then MAKE_FUNCTION. */
    // CPython 3.11: Python/compile.c compiler_make_closure
    void makeClosure(PyCode code, int flags) {
        String[] frees = code.co_freevars();
        if (frees.length > 0) {
            for (String free : frees) {
                c.u.deref(Opcode.LOAD_CLOSURE, free); // a cell of this unit, else one of its free variables
            }
            flags |= 0x08;
            c.u.op(Opcode.BUILD_TUPLE, frees.length);
        }
        c.u.loadConst(code);
        c.u.op(Opcode.MAKE_FUNCTION, flags);
    }

    // CPython 3.11: Python/compile.c compiler_class
    void classDef(Stmt.ClassDef s) {
        s.decorator_list().forEach(c::visit);
        int firstlineno = firstLine(s, s.decorator_list());
        PyCode code = c.compiled.get(s);
        if (code == null) {
            code = classBody(s, firstlineno);
            c.compiled.put(s, code);
        }
        c.u.op(Opcode.PUSH_NULL);
        c.u.op(Opcode.LOAD_BUILD_CLASS);
        makeClosure(code, 0);
        c.u.loadConst(s.name());
        c.exprs.calls.helper(2, s.bases(), s.keywords());
        applyDecorators(s.decorator_list());
        c.nameop(s.name(), ExprContext.Store);
    }

    private PyCode classBody(Stmt.ClassDef s, int firstlineno) {
        Scope ste = c.scopeFor(s);
        c.enter(ste, ScopeType.CLASS, s.name(), firstlineno);
        c.u.privateName = s.name();
        c.nameop("__name__", ExprContext.Load);
        c.nameop("__module__", ExprContext.Store);
        c.u.loadConst(c.u.qualname);
        c.nameop("__qualname__", ExprContext.Store);
        c.stmts.body(s.body());
        c.u.unsetLocation();
        if (ste.needsClassClosure()) {
            c.u.deref(Opcode.LOAD_CLOSURE, "__class__");
            c.u.op(Opcode.COPY, 1);
            c.nameop("__classcell__", ExprContext.Store);
        } else {
            c.u.loadNone();
        }
        c.u.op(Opcode.RETURN_VALUE);
        return c.exit(true);
    }

    // CPython 3.11: Python/compile.c compiler_lambda
    void lambda(Expr.Lambda e) {
        checkDebugArgs(e.args());
        int flags = defaults(e.args());
        PyCode code = c.compiled.get(e);
        if (code == null) {
            Scope ste = c.scopeFor(e);
            c.enter(ste, ScopeType.LAMBDA, "<lambda>", e.lineno());
            c.u.addConst(PyNone.NONE); // None first: a lambda has no docstring
            setArgCounts(e.args());
            c.visit(e.body());
            if (ste.isGenerator()) {
                code = c.exit(false);
            } else {
                c.u.op(Opcode.RETURN_VALUE);
                code = c.exit(true);
            }
            c.compiled.put(e, code);
        }
        makeClosure(code, flags);
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
        PyCode code = c.compiled.get(e);
        if (code == null) {
            c.enter(ste, ScopeType.COMPREHENSION, name, e.lineno());
            if (asyncGenerator && kind != Kind.GENEXP && outer != ScopeType.ASYNC_FUNCTION
                    && outer != ScopeType.COMPREHENSION) {
                throw c.error("asynchronous comprehension outside of an asynchronous function");
            }
            if (kind != Kind.GENEXP) {
                c.u.op(switch (kind) {
                    case LISTCOMP -> Opcode.BUILD_LIST;
                    case SETCOMP -> Opcode.BUILD_SET;
                    default -> Opcode.BUILD_MAP;
                }, 0);
            }
            new ComprehensionCodegen(c).generator(generators, 0, 0, elt, value, kind);
            if (kind != Kind.GENEXP) {
                c.u.op(Opcode.RETURN_VALUE);
            }
            code = c.exit(true);
            c.compiled.put(e, code);
        }
        makeClosure(code, 0);
        Comprehension outermost = generators.get(0);
        c.visit(Consts.foldIter(outermost.iter()));
        c.u.op(outermost.is_async() != 0 ? Opcode.GET_AITER : Opcode.GET_ITER);
        c.u.op(Opcode.PRECALL, 0);
        c.u.op(Opcode.CALL, 0);
        if (asyncGenerator && kind != Kind.GENEXP) {
            c.u.op(Opcode.GET_AWAITABLE, 0);
            c.u.loadNone();
            c.exprs.yieldFrom(true);
        }
    }
}
