package dev.adder.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the compiler allocates for one code object: its names, argument counts, the frame layout
 * {@code co_varnames | co_cellvars | co_freevars} and its flags, plus the code objects nested in
 * it (in constant-table order). The VM's frame is {@code localsplus = locals | cells | frees}
 * where a parameter that is also a cell keeps its local slot, as in CPython 3.11.
 *
 * @param name           {@code co_name}
 * @param qualname       {@code co_qualname}
 * @param firstlineno    {@code co_firstlineno} (the first decorator's line for decorated code)
 * @param argcount       positional parameters, positional-only included
 * @param varnames       parameters (positional-only, positional, keyword-only, *args, **kwargs),
 *                       then the other fast locals in the order the compiler first emits them
 * @param cellvars       cells that are parameters (in parameter order), then the others sorted
 * @param freevars       free variables, sorted
 * @param children       the code objects in this one's constants
 */
public record CodeLayout(String name, String qualname, int firstlineno, int argcount, int posonlyargcount,
                         int kwonlyargcount, List<String> varnames, List<String> cellvars,
                         List<String> freevars, Set<CodeFlag> flags, List<CodeLayout> children) {

    /** {@code co_nlocals}: the number of fast locals. */
    public int nlocals() {
        return varnames.size();
    }

    /** {@code co_flags} as CPython's integer. */
    public int flagBits() {
        int bits = 0;
        for (CodeFlag f : flags) {
            bits |= f.value();
        }
        return bits;
    }

    /** This code object and every nested one, depth first in constant order. */
    public List<CodeLayout> walk() {
        List<CodeLayout> out = new ArrayList<>();
        walk(this, out);
        return out;
    }

    private static void walk(CodeLayout c, List<CodeLayout> out) {
        out.add(c);
        for (CodeLayout child : c.children) {
            walk(child, out);
        }
    }
}
