package dev.adder.symtable;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The symbol table's second pass: decides each name's scope from the first pass's facts.
 *
 * <p>Each block is analysed with the names bound in enclosing functions ({@code bound}) and the
 * names declared global ({@code global}); a name read but not bound here is FREE when an enclosing
 * function binds it, else a global. Children report their free names back; a local that a child
 * reads becomes a CELL. Class bodies are skipped when methods look names up.
 * CPython 3.11: Python/symtable.c symtable_analyze, analyze_block, analyze_name, analyze_cells,
 * drop_class_free, update_symbols.
 */
final class ScopeAnalyzer {
    private final String filename;

    ScopeAnalyzer(String filename) {
        this.filename = filename;
    }

    void analyze(Scope top) {
        analyzeBlock(top, null, new HashSet<>(), new HashSet<>());
    }

    // CPython 3.11: Python/symtable.c analyze_block
    private void analyzeBlock(Scope ste, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new HashSet<>();
        Map<String, NameScope> scopes = new HashMap<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new LinkedHashSet<>();
        Set<String> newBound = new HashSet<>();

        // Class bindings are invisible to nested functions: pass down only what came in.
        if (ste.type() == BlockType.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Symbol s : ste.symbols.values()) {
            analyzeName(ste, scopes, s, bound, local, free, global);
        }
        if (ste.type() != BlockType.CLASS) {
            if (ste.type() == BlockType.FUNCTION) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__"); // methods may read the implicit __class__ cell
        }

        Set<String> allFree = new LinkedHashSet<>();
        for (Scope child : ste.children) {
            // Each child works on copies: what one child binds or frees is not seen by its siblings.
            Set<String> childFree = new LinkedHashSet<>();
            analyzeBlock(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
            allFree.addAll(childFree);
            if (child.free || child.childFree) {
                ste.childFree = true;
            }
        }
        newFree.addAll(allFree);

        if (ste.type() == BlockType.FUNCTION) {
            analyzeCells(scopes, newFree);
        } else if (ste.type() == BlockType.CLASS) {
            dropClassFree(ste, newFree);
        }
        updateSymbols(ste, scopes, bound, newFree, ste.type() == BlockType.CLASS);
        free.addAll(newFree);
    }

    // CPython 3.11: Python/symtable.c analyze_name
    private void analyzeName(Scope ste, Map<String, NameScope> scopes, Symbol sym, Set<String> bound,
                             Set<String> local, Set<String> free, Set<String> global) {
        String name = sym.name();
        Set<DefFlag> flags = sym.flags;
        if (flags.contains(DefFlag.GLOBAL)) {
            if (flags.contains(DefFlag.NONLOCAL)) {
                throw errorAtDirective(ste, name, "name '" + name + "' is nonlocal and global");
            }
            scopes.put(name, NameScope.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if (flags.contains(DefFlag.NONLOCAL)) {
            if (bound == null) {
                throw errorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw errorAtDirective(ste, name, "no binding for nonlocal '" + name + "' found");
            }
            scopes.put(name, NameScope.FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if (DefFlag.any(flags, DefFlag.BOUND)) {
            scopes.put(name, NameScope.LOCAL);
            local.add(name);
            global.remove(name);
            return;
        }
        // Bound in an enclosing function: free here. (A non-null bound means the block is nested.)
        if (bound != null && bound.contains(name)) {
            scopes.put(name, NameScope.FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        // A parent's global statement makes it global; either way it is an implicit global here.
        if (ste.nested) {
            ste.free = true;
        }
        scopes.put(name, NameScope.GLOBAL_IMPLICIT);
    }

    // CPython 3.11: Python/symtable.c error_at_directive
    private RuntimeException errorAtDirective(Scope ste, String name, String msg) {
        for (Scope.Directive d : ste.directives) {
            if (d.name().equals(name)) {
                return Errors.at(filename, msg, d.lineno(), d.colOffset(), d.endLineno(), d.endColOffset());
            }
        }
        return new IllegalStateException("BUG: internal directive bookkeeping broken");
    }

    /** A local that a nested block reads free becomes a cell, and is no longer free above here. */
    // CPython 3.11: Python/symtable.c analyze_cells
    private static void analyzeCells(Map<String, NameScope> scopes, Set<String> free) {
        for (Map.Entry<String, NameScope> e : scopes.entrySet()) {
            if (e.getValue() == NameScope.LOCAL && free.remove(e.getKey())) {
                e.setValue(NameScope.CELL);
            }
        }
    }

    // CPython 3.11: Python/symtable.c drop_class_free
    private static void dropClassFree(Scope ste, Set<String> free) {
        if (free.remove("__class__")) {
            ste.needsClassClosure = true;
        }
    }

    // CPython 3.11: Python/symtable.c update_symbols
    private static void updateSymbols(Scope ste, Map<String, NameScope> scopes, Set<String> bound,
                                      Set<String> free, boolean classFlag) {
        for (Symbol s : ste.symbols.values()) {
            s.scope = scopes.get(s.name());
        }
        for (String name : free) {
            Symbol s = ste.symbols.get(name);
            if (s != null) {
                // A method's free variable that the class body also binds (or declares global):
                // the class passes the outer cell through.
                if (classFlag && (DefFlag.any(s.flags, DefFlag.BOUND) || s.flags.contains(DefFlag.GLOBAL))) {
                    s.flags.add(DefFlag.FREE_CLASS);
                }
                continue; // a cell, or already free here
            }
            if (bound != null && !bound.contains(name)) {
                continue; // a global
            }
            Symbol added = new Symbol(name);
            added.scope = NameScope.FREE;
            ste.symbols.put(name, added);
        }
    }
}
