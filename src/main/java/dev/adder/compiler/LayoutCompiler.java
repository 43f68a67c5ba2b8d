package dev.adder.compiler;

import dev.adder.ast.Expr;
import dev.adder.ast.ExprContext;
import dev.adder.ast.Mod;
import dev.adder.ast.Node;
import dev.adder.ast.Stmt;
import dev.adder.bytecode.Opcode;
import dev.adder.bytecode.PyCode;
import dev.adder.symtable.BlockType;
import dev.adder.symtable.FutureFeatures;
import dev.adder.symtable.Mangling;
import dev.adder.symtable.NameScope;
import dev.adder.symtable.Scope;
import dev.adder.symtable.SymbolTable;
import dev.adder.syntax.PythonSyntaxError;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bytecode compiler's driver: walks the tree in CPython 3.11's compiler order, emitting each
 * code object's instructions into a control-flow graph that {@link Assembler} turns into a
 * {@link PyCode}, and raises the compiler's SyntaxErrors in CPython's order. Statements,
 * expressions and patterns are emitted by {@link StmtCodegen}, {@link ExprCodegen} and
 * {@link PatternCodegen}; code objects are opened by {@link UnitCodegen}. The {@link CodeLayout}
 * of each code object ({@code --dump-code}) is read off the assembled code.
 * CPython 3.11: Python/compile.c _PyAST_Compile, compiler_mod, compiler_enter_scope,
 * compiler_nameop, compiler_error.
 */
public final class LayoutCompiler {
    final String filename;
    final SymbolTable symtable;
    final FutureFeatures future;
    private final List<CodeUnit> unitStack = new ArrayList<>();
    private final Map<PyCode, CodeLayout> layouts = new IdentityHashMap<>();
    /** Code already compiled per node: a body compiled twice (a finally, a while test) gives one constant. */
    final Map<Node, PyCode> compiled = new IdentityHashMap<>();
    CodeUnit u;
    final StmtCodegen stmts;
    final ExprCodegen exprs;
    final PatternCodegen patterns;
    final UnitCodegen units;

    private LayoutCompiler(String filename, SymbolTable symtable, FutureFeatures future) {
        this.filename = filename;
        this.symtable = symtable;
        this.future = future;
        this.stmts = new StmtCodegen(this);
        this.exprs = new ExprCodegen(this);
        this.patterns = new PatternCodegen(this);
        this.units = new UnitCodegen(this);
    }

    /**
     * The layout of a module's code objects, or CPython's SyntaxError for a bad future statement,
     * a scope error or a compiler error, whichever CPython 3.11 raises first.
     */
    public static CodeLayout compile(Mod module, String filename) {
        LayoutCompiler c = create(module, filename);
        return c.layouts.get(c.compileMod(module));
    }

    /** Compiles a module (exec mode) or an expression (eval mode: the code returns its value). */
    static PyCode compileCode(Mod module, String filename) {
        return create(module, filename).compileMod(module);
    }

    private static LayoutCompiler create(Mod module, String filename) {
        FutureFeatures future = FutureFeatures.of(module, filename);
        SymbolTable symtable = SymbolTable.build(module, filename, future);
        return new LayoutCompiler(filename, symtable, future);
    }

    // CPython 3.11: Python/compile.c compiler_mod
    private PyCode compileMod(Mod module) {
        enter(symtable.top(), ScopeType.MODULE, "<module>", 1);
        boolean addNone = true;
        if (module instanceof Mod.Module m) {
            stmts.body(m.body());
        } else if (module instanceof Mod.Interactive i) {
            stmts.visitAll(i.body());
        } else if (module instanceof Mod.Expression e) {
            exprs.visit(e.body());
            addNone = false;
        }
        return exit(addNone);
    }

    /** Opens a code unit for the block {@code ste} and emits its RESUME; the qualname follows compiler_set_qualname. */
    // CPython 3.11: Python/compile.c compiler_enter_scope
    CodeUnit enter(Scope ste, ScopeType type, String name, int firstlineno) {
        String qualname = type == ScopeType.MODULE ? name : qualname(type, name);
        CodeUnit unit = new CodeUnit(ste, type, name, qualname, firstlineno, u == null ? null : u.privateName);
        unitStack.add(unit);
        u = unit;
        unit.colOffset = 0;
        unit.endColOffset = 0;
        if (type == ScopeType.MODULE) {
            unit.lineno = 0;
        }
        unit.op(Opcode.RESUME, 0);
        unit.lineno = firstlineno;
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

    /** Closes the current unit: assembles it and records its layout. */
    PyCode exit(boolean addNone) {
        CodeUnit unit = unitStack.remove(unitStack.size() - 1);
        u = unitStack.isEmpty() ? null : unitStack.get(unitStack.size() - 1);
        PyCode code = new Assembler(unit, filename).assemble(addNone);
        List<CodeLayout> children = new ArrayList<>();
        for (Object k : code.co_consts()) {
            if (k instanceof PyCode child) {
                children.add(layouts.get(child));
            }
        }
        List<String> varnames = List.of(code.co_varnames());
        layouts.put(code, new CodeLayout(code.co_name(), code.co_qualname(), code.co_firstlineno(),
                code.co_argcount(), code.co_posonlyargcount(), code.co_kwonlyargcount(), varnames,
                List.of(code.co_cellvars()), List.of(code.co_freevars()), CodeFlag.of(code.co_flags()),
                List.copyOf(children)));
        return code;
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

    String mangle(String name) {
        return Mangling.mangle(u.privateName, name);
    }

    /** A name load, store or delete, with the opcode its scope calls for. */
    // CPython 3.11: Python/compile.c compiler_nameop
    void nameop(String name, ExprContext ctx) {
        forbiddenName(name, ctx);
        if (ctx == ExprContext.Load && name.equals("__debug__")) {
            u.loadConst(Boolean.TRUE);
            return;
        }
        String mangled = mangle(name);
        NameScope scope = u.ste.scopeOf(mangled);
        boolean function = u.ste.type() == BlockType.FUNCTION;
        if (scope == NameScope.FREE || scope == NameScope.CELL) {
            u.deref(switch (ctx) {
                case Load -> u.ste.type() == BlockType.CLASS ? Opcode.LOAD_CLASSDEREF : Opcode.LOAD_DEREF;
                case Store -> Opcode.STORE_DEREF;
                case Del -> Opcode.DELETE_DEREF;
            }, mangled);
        } else if (scope == NameScope.LOCAL && function) {
            u.op(switch (ctx) {
                case Load -> Opcode.LOAD_FAST;
                case Store -> Opcode.STORE_FAST;
                case Del -> Opcode.DELETE_FAST;
            }, u.fast(mangled));
        } else if (scope == NameScope.GLOBAL_EXPLICIT || scope == NameScope.GLOBAL_IMPLICIT && function) {
            switch (ctx) {
                case Load -> u.op(Opcode.LOAD_GLOBAL, u.addName(mangled) << 1);
                case Store -> u.name(Opcode.STORE_GLOBAL, mangled);
                case Del -> u.name(Opcode.DELETE_GLOBAL, mangled);
            }
        } else {
            u.name(switch (ctx) {
                case Load -> Opcode.LOAD_NAME;
                case Store -> Opcode.STORE_NAME;
                case Del -> Opcode.DELETE_NAME;
            }, mangled);
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

    /**
     * The string an annotation becomes under {@code from __future__ import annotations}. CPython
     * unparses the expression; without an unparser we keep the source span's coordinates.
     */
    String annotationString(Expr annotation) {
        return "<annotation at " + annotation.lineno() + ":" + annotation.col_offset() + ">";
    }

    void visitStmts(List<Stmt> body) {
        stmts.visitAll(body);
    }

    void visit(Expr e) {
        exprs.visit(e);
    }
}
