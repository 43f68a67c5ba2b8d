package dev.adder.symtable;

import dev.adder.ast.Arg;
import dev.adder.ast.Arguments;
import dev.adder.ast.Expr;
import dev.adder.ast.Located;
import dev.adder.ast.Mod;
import dev.adder.ast.Node;
import dev.adder.ast.Stmt;
import dev.adder.syntax.PythonSyntaxError;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The symbol table's first pass: walks the tree and records, per block, what each name is used
 * for (assigned, read, a parameter, declared global...). Statements and expressions are visited
 * by {@link StmtPass} and {@link ExprPass}; this class holds the block stack and the bookkeeping.
 * CPython 3.11: Python/symtable.c (symtable_enter_block, symtable_add_def and their callers).
 */
final class SymbolTableBuilder {
    static final String GLOBAL_PARAM = "name '%s' is parameter and global";
    static final String NONLOCAL_PARAM = "name '%s' is parameter and nonlocal";
    static final String GLOBAL_AFTER_ASSIGN = "name '%s' is assigned to before global declaration";
    static final String NONLOCAL_AFTER_ASSIGN = "name '%s' is assigned to before nonlocal declaration";
    static final String GLOBAL_AFTER_USE = "name '%s' is used prior to global declaration";
    static final String NONLOCAL_AFTER_USE = "name '%s' is used prior to nonlocal declaration";
    static final String GLOBAL_ANNOT = "annotated name '%s' can't be global";
    static final String NONLOCAL_ANNOT = "annotated name '%s' can't be nonlocal";
    static final String IMPORT_STAR_WARNING = "import * only allowed at module level";
    static final String NAMED_EXPR_COMP_IN_CLASS =
            "assignment expression within a comprehension cannot be used in a class body";
    static final String NAMED_EXPR_COMP_CONFLICT =
            "assignment expression cannot rebind comprehension iteration variable '%s'";
    static final String NAMED_EXPR_COMP_INNER_LOOP_CONFLICT =
            "comprehension inner loop cannot rebind assignment expression target '%s'";
    static final String NAMED_EXPR_COMP_ITER_EXPR =
            "assignment expression cannot be used in a comprehension iterable expression";
    static final String ANNOTATION_NOT_ALLOWED = "'%s' can not be used within an annotation";
    static final String DUPLICATE_ARGUMENT = "duplicate argument '%s' in function definition";

    final String filename;
    final FutureFeatures future;
    private final Map<Node, Scope> blocks;
    /** The open blocks, innermost last (CPython's {@code st_stack}). */
    final List<Scope> stack = new ArrayList<>();
    Scope cur;
    Scope top;
    /** The enclosing class's name, for mangling (CPython's {@code st_private}). */
    String privateName;
    final StmtPass stmts;
    final ExprPass exprs;
    /** Statements and expressions now open, for CPython's compile-time recursion limit. */
    int depth;

    /**
     * The deepest statement/expression nesting CPython 3.11 compiles when called from a shallow
     * Python stack: its AST optimizer allows {@code 3 * sys.getrecursionlimit()} levels minus three
     * per Python frame already active (three frames for a script calling compile()).
     */
    static final int MAX_DEPTH = 3 * 1000 - 9;

    SymbolTableBuilder(String filename, FutureFeatures future, Map<Node, Scope> blocks) {
        this.filename = filename;
        this.future = future;
        this.blocks = blocks;
        this.stmts = new StmtPass(this);
        this.exprs = new ExprPass(this);
    }

    /** Runs the pass over a module and returns its top block. */
    // CPython 3.11: Python/symtable.c _PySymtable_Build (first half)
    Scope build(Mod module) {
        enterBlock("top", BlockType.MODULE, module, 0, 0, 0, 0);
        top = cur;
        if (module instanceof Mod.Module m) {
            stmts.visitAll(m.body());
        } else if (module instanceof Mod.Interactive i) {
            stmts.visitAll(i.body());
        } else if (module instanceof Mod.Expression e) {
            exprs.visit(e.body());
        } else {
            throw new IllegalArgumentException("this compiler does not handle FunctionType");
        }
        exitBlock();
        return top;
    }

    /** Counts one more open statement or expression; past the limit, CPython's RecursionError. */
    // CPython 3.11: Python/ast_opt.c astfold_expr, astfold_stmt (recursion_depth check)
    void enterNode() {
        if (++depth > MAX_DEPTH) {
            throw PythonSyntaxError.limit("RecursionError", "maximum recursion depth exceeded during compilation");
        }
    }

    void exitNode() {
        depth--;
    }

    // CPython 3.11: Python/symtable.c symtable_enter_block, ste_new
    void enterBlock(String name, BlockType type, Node node, int lineno, int col, int endLineno, int endCol) {
        Scope ste = new Scope(name, type, node, lineno, col, endLineno, endCol);
        Scope prev = cur;
        if (prev != null && (prev.nested || prev.type() == BlockType.FUNCTION)) {
            ste.nested = true;
        }
        stack.add(ste);
        if (prev != null) {
            // bpo-37757: any walrus inside the outermost iterable of a comprehension is refused.
            ste.compIterExpr = prev.compIterExpr;
        }
        cur = ste;
        if (type == BlockType.ANNOTATION) {
            return; // never analysed, never compiled: annotations become strings
        }
        blocks.put(node, ste);
        if (prev != null) {
            prev.children.add(ste);
        }
    }

    void enterBlock(String name, BlockType type, Node node, Located at) {
        enterBlock(name, type, node, at.lineno(), at.col_offset(), at.end_lineno(), at.end_col_offset());
    }

    // CPython 3.11: Python/symtable.c symtable_exit_block
    void exitBlock() {
        stack.remove(stack.size() - 1);
        cur = stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }

    /** The flags recorded so far for {@code name} in the current block (empty when none). */
    // CPython 3.11: Python/symtable.c symtable_lookup
    EnumSet<DefFlag> lookup(String name) {
        Symbol s = cur.symbols.get(Mangling.mangle(privateName, name));
        return s == null ? EnumSet.noneOf(DefFlag.class) : EnumSet.copyOf(s.flags);
    }

    void addDef(String name, DefFlag flag, Located at) {
        addDefHelper(name, flag, cur, at.lineno(), at.col_offset(), at.end_lineno(), at.end_col_offset());
    }

    void addDef(String name, DefFlag flag, int lineno, int col, int endLineno, int endCol) {
        addDefHelper(name, flag, cur, lineno, col, endLineno, endCol);
    }

    // CPython 3.11: Python/symtable.c symtable_add_def_helper
    void addDefHelper(String name, DefFlag flag, Scope ste, int lineno, int col, int endLineno, int endCol) {
        String mangled = Mangling.mangle(privateName, name);
        Symbol sym = ste.symbols.get(mangled);
        if (sym != null) {
            if (flag == DefFlag.PARAM && sym.flags.contains(DefFlag.PARAM)) {
                throw Errors.at(filename, String.format(DUPLICATE_ARGUMENT, name), lineno, col, endLineno, endCol);
            }
        } else {
            sym = new Symbol(mangled);
        }
        EnumSet<DefFlag> val = EnumSet.copyOf(sym.flags);
        val.add(flag);
        if (ste.compIterTarget) {
            // An iteration variable of a comprehension: it may not be a walrus target too.
            if (val.contains(DefFlag.GLOBAL) || val.contains(DefFlag.NONLOCAL)) {
                throw Errors.at(filename, String.format(NAMED_EXPR_COMP_INNER_LOOP_CONFLICT, name),
                        lineno, col, endLineno, endCol);
            }
            val.add(DefFlag.COMP_ITER);
        }
        sym.flags.addAll(val);
        ste.symbols.putIfAbsent(mangled, sym);
        if (flag == DefFlag.PARAM) {
            ste.varnames.add(mangled);
        } else if (flag == DefFlag.GLOBAL) {
            // A global declaration anywhere also marks the module's symbol.
            Symbol g = top.symbols.get(mangled);
            if (g == null) {
                g = new Symbol(mangled);
                top.symbols.put(mangled, g);
            }
            g.flags.add(flag);
        }
    }

    // CPython 3.11: Python/symtable.c symtable_record_directive
    void recordDirective(String name, int lineno, int col, int endLineno, int endCol) {
        cur.directives.add(new Scope.Directive(Mangling.mangle(privateName, name), lineno, col, endLineno, endCol));
    }

    // CPython 3.11: Python/symtable.c symtable_implicit_arg
    void implicitArg(int pos) {
        addDef("." + pos, DefFlag.PARAM, cur.lineno, cur.colOffset, cur.endLineno, cur.endColOffset);
    }

    /** The parameters of a def or lambda, in the order CPython numbers them. */
    // CPython 3.11: Python/symtable.c symtable_visit_arguments, symtable_visit_params
    void visitArguments(Arguments a) {
        for (Arg arg : a.posonlyargs()) {
            addDef(arg.arg(), DefFlag.PARAM, arg);
        }
        for (Arg arg : a.args()) {
            addDef(arg.arg(), DefFlag.PARAM, arg);
        }
        for (Arg arg : a.kwonlyargs()) {
            addDef(arg.arg(), DefFlag.PARAM, arg);
        }
        if (a.vararg() != null) {
            addDef(a.vararg().arg(), DefFlag.PARAM, a.vararg());
            cur.varargs = true;
        }
        if (a.kwarg() != null) {
            addDef(a.kwarg().arg(), DefFlag.PARAM, a.kwarg());
            cur.varkeywords = true;
        }
    }

    /** A def's parameter and return annotations, in the enclosing block (or an annotation block). */
    // CPython 3.11: Python/symtable.c symtable_visit_annotations
    void visitAnnotations(Stmt def, Arguments a, Expr returns) {
        boolean futureAnnotations = future.annotations();
        if (futureAnnotations) {
            enterBlock("_annotation", BlockType.ANNOTATION, def, def);
        }
        visitArgAnnotations(a.posonlyargs());
        visitArgAnnotations(a.args());
        if (a.vararg() != null && a.vararg().annotation() != null) {
            exprs.visit(a.vararg().annotation());
        }
        if (a.kwarg() != null && a.kwarg().annotation() != null) {
            exprs.visit(a.kwarg().annotation());
        }
        visitArgAnnotations(a.kwonlyargs());
        if (futureAnnotations) {
            exitBlock();
        }
        if (returns != null) {
            visitAnnotation(returns);
        }
    }

    private void visitArgAnnotations(List<Arg> args) {
        for (Arg arg : args) {
            if (arg.annotation() != null) {
                exprs.visit(arg.annotation());
            }
        }
    }

    // CPython 3.11: Python/symtable.c symtable_visit_annotation
    void visitAnnotation(Expr annotation) {
        boolean futureAnnotations = future.annotations();
        if (futureAnnotations) {
            enterBlock("_annotation", BlockType.ANNOTATION, annotation, annotation);
        }
        exprs.visit(annotation);
        if (futureAnnotations) {
            exitBlock();
        }
    }
}
