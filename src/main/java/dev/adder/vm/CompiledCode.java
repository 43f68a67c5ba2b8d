package dev.adder.vm;

import dev.adder.bytecode.PyCode;

/**
 * A code object translated to JVM bytecode by {@link Tier2Compiler}: one hidden class per code
 * object extends this, and its {@link #run} does what the dispatch loop would do for a frame of that
 * code. The frame keeps its state in {@code localsplus} as in the loop (locals, cells, then the value
 * stack at indices known when compiling), so a frame can move from the loop to its compiled form at
 * a loop head, and exception handlers find the stack where the exception table says.
 */
abstract class CompiledCode {
    /** The code's constants ({@code co_consts}), read by LOAD_CONST. */
    final Object[] consts;
    /** The code's names ({@code co_names}). */
    final String[] names;
    /** Values the compiler prepared (keyword-name arrays of calls), indexed as the compiler chose. */
    final Object[] aux;

    CompiledCode(PyCode code, Object[] aux) {
        this.consts = code.co_consts();
        this.names = code.co_names();
        this.aux = aux;
    }

    /**
     * Runs frame {@code f} from instruction {@code entry} (0, the function's start, or the head of a
     * loop) until it returns; the frame is already pushed on {@code ts}.
     */
    abstract Object run(ThreadState ts, Frame f, int entry);
}
