package dev.adder.compiler;

import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;
import dev.adder.ast.Mod;
import dev.adder.ast.Node;
import dev.adder.ast.Stmt;
import dev.adder.symtable.BlockType;
import dev.adder.symtable.DefFlag;
import dev.adder.symtable.FutureFeatures;
import dev.adder.symtable.Mangling;
import dev.adder.symtable.NameScope;
import dev.adder.symtable.Scope;
import dev.adder.symtable.Symbol;
import dev.adder.symtable.SymbolTable;
import dev.adder.syntax.PythonSyntaxError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Computes the {@link CodeLayout} of a module and every code object in it by walking the tree in
 * CPython 3.11's compiler order, and raises the compiler's SyntaxErrors in that order.
 *
 * <p>The walk emits no bytecode; it mirrors what decides the layout: which names the compiler
 * first loads or stores as fast locals (that order is {@code co_varnames}), which nested code
 * objects it compiles, and which of them survive dead-code removal. Statements, expressions and
 * patterns are walked by {@link StmtLayout}, {@link ExprLayout} and {@link PatternLayout}; code
 * units are opened and closed by {@link UnitLayout}.
 * CPython 3.11: Python/compile.c _PyAST_Compile, compiler_mod, compiler_nameop, compiler_error.
 */
public final class LayoutCompiler {
    final String filename;
    final SymbolTable symtable;
    final FutureFeatures future;
    private final List<CodeUnit> units = new ArrayList<>();
    CodeUnit u;
    final StmtLayout stmts;
    final ExprLayout exprs;
    final PatternLayout patterns;
    final UnitLayout unitLayout;

    private LayoutCompiler(String filename, SymbolTable symtable, FutureFeatures future) {
        this.filename = filename;
        this.symtable = symtable;
        this.future = future;
        this.stmts = new StmtLayout(this);
        this.exprs = new ExprLayout(this);
        this.patterns = new PatternLayout(this);
        this.unitLayout = new UnitLayout(this);
    }

    /**
     * The layout of a module's code objects, or CPython's SyntaxError for a bad future statement,
     * a scope error or a compiler error, whichever CPython 3.11 raises first.
     */
    public static CodeLayout compile(Mod module, String filename) {
        FutureFeatures future = FutureFeatures.of(module, filename);
        SymbolTable symtable = SymbolTable.build(module, filename, future);
        return new LayoutCompiler(filename, symtable, future).compileModule(module);
    }

    // CPython 3.11: Python/compile.c compiler_mod
    private CodeLayout compileModule(Mod module) {
        enter(symtable.top(), ScopeType.MODULE, "<module>", 1, module);
        if (module instanceof Mod.Module m) {
            stmts.body(m.body());
        } else if (module instanceof Mod.Interactive i) {
            stmts.visitAll(i.body());
        } else if (module instanceof Mod.Expression e) {
            exprs.visit(e.body());
        }
        u.loadConst(null); // the implicit "return None"
        return exit();
    }

    /** Opens a code unit for the block {@code ste}; the qualname follows compiler_set_qualname. */
    CodeUnit enter(Scope ste, ScopeType type, String name, int firstlineno, Node node) {
        String qualname = type == ScopeType.MODULE ? name : qualname(type, name);
        CodeUnit unit = new CodeUnit(ste, type, name, qualname, firstlineno, u == null ? null : u.privateName);
        if (u != null) {
            unit.restoreLocation(u.location());
        }
        units.add(unit);
        u = unit;
        return unit;
    }

    // CPython 3.11: Python/compile.c compiler_set_qualname
    private String qualname(ScopeType type, String name) {
        CodeUnit parent = u;
        if (parent == null || parent.scopeType == ScopeType.MODULE) {
            return name;
        }
        if (type == ScopeType.FUNCTION || type == ScopeType.ASYNC_FUNCTION || type == ScopeType.CLASS) {
            NameScope scope = parent.ste.scopeOf(Mangling.mangle(parent.privateName, name));
            if (scope == NameScope.GLOBAL_EXPLICIT) {
                return name; // "global f; def f(): ..." is named as a module-level function
            }
        }
        boolean function = parent.scopeType == ScopeType.FUNCTION || parent.scopeType == ScopeType.ASYNC_FUNCTION
                || parent.scopeType == ScopeType.LAMBDA;
        return parent.qualname + (function ? ".<locals>." : ".") + name;
    }

    /** Closes the current unit and returns its layout. */
    // CPython 3.11: Python/compile.c makecode, compute_localsplus_info, compute_code_flags
    CodeLayout exit() {
        CodeUnit unit = units.remove(units.size() - 1);
        u = units.isEmpty() ? null : units.get(units.size() - 1);
        Scope ste = unit.ste;
        List<String> varnames = new ArrayList<>(unit.varnames.keySet());
        List<String> cells = new ArrayList<>();
        List<String> frees = new ArrayList<>();
        for (Symbol s : ste.symbols().values()) {
            if (s.scope() == NameScope.CELL) {
                cells.add(s.name());
            }
            if (s.scope() == NameScope.FREE || s.has(DefFlag.FREE_CLASS)) {
                frees.add(s.name());
            }
        }
        if (ste.needsClassClosure()) {
            cells.add("__class__");
        }
        cells.sort(LayoutCompiler::compareCodePoints);
        frees.sort(LayoutCompiler::compareCodePoints);
        // Cells that are parameters keep their local slot and come first, in parameter order.
        Set<String> cellvars = new LinkedHashSet<>();
        for (String v : varnames) {
            if (cells.contains(v)) {
                cellvars.add(v);
            }
        }
        cellvars.addAll(cells);
        return new CodeLayout(unit.name, unit.qualname, unit.firstlineno,
                unit.argcount + unit.posonlyargcount, unit.posonlyargcount, unit.kwonlyargcount,
                Collections.unmodifiableList(varnames), List.copyOf(cellvars), List.copyOf(frees),
                Collections.unmodifiableSet(flags(ste)), unit.keptCodes());
    }

    private static EnumSet<CodeFlag> flags(Scope ste) {
        EnumSet<CodeFlag> flags = EnumSet.noneOf(CodeFlag.class);
        if (ste.type() == BlockType.FUNCTION) {
            flags.add(CodeFlag.OPTIMIZED);
            flags.add(CodeFlag.NEWLOCALS);
            if (ste.isNested()) {
                flags.add(CodeFlag.NESTED);
            }
            if (ste.isGenerator() && !ste.isCoroutine()) {
                flags.add(CodeFlag.GENERATOR);
            }
            if (!ste.isGenerator() && ste.isCoroutine()) {
                flags.add(CodeFlag.COROUTINE);
            }
            if (ste.isGenerator() && ste.isCoroutine()) {
                flags.add(CodeFlag.ASYNC_GENERATOR);
            }
            if (ste.hasVarargs()) {
                flags.add(CodeFlag.VARARGS);
            }
            if (ste.hasVarkeywords()) {
                flags.add(CodeFlag.VARKEYWORDS);
            }
        }
        return flags;
    }

    /** Python's string order (by code point), which CPython uses to sort cell and free names. */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    /** The block the symbol table made for {@code node}. */
    Scope scopeFor(Node node) {
        Scope s = symtable.lookup(node);
        if (s == null) {
            throw new IllegalStateException("no symbol table entry for " + node.getClass().getSimpleName());
        }
        return s;
    }

    /** A name load, store or delete: fast locals of a function get their slot on first use. */
    // CPython 3.11: Python/compile.c compiler_nameop
    void nameop(String name, ExprContext ctx) {
        forbiddenName(name, ctx);
        String mangled = Mangling.mangle(u.privateName, name);
        if (u.ste.scopeOf(mangled) == NameScope.LOCAL && u.ste.type() == BlockType.FUNCTION) {
            u.fast(mangled);
        }
    }

    // CPython 3.11: Python/compile.c forbidden_name
    void forbiddenName(String name, ExprContext ctx) {
        if (ctx == ExprContext.Store && name.equals("__debug__")) {
            throw error("cannot assign to __debug__");
        }
        if (ctx == ExprContext.Del && name.equals("__debug__")) {
            throw error("cannot delete __debug__");
        }
    }

    /** A SyntaxError at the current location, as compiler_error makes it (byte offsets plus one). */
    // CPython 3.11: Python/compile.c compiler_error
    PythonSyntaxError error(String msg) {
        return new PythonSyntaxError("SyntaxError", msg, filename, u.lineno, u.colOffset + 1,
                u.endLineno, u.endColOffset + 1, null);
    }

    void visitStmts(List<Stmt> body) {
        stmts.visitAll(body);
    }

    void visit(Expr e) {
        exprs.visit(e);
    }
}
