package dev.adder.compiler;

/**
 * A compile-time block a {@code break}, {@code continue} or {@code return} must unwind:
 * CPython 3.11's {@code struct fblockinfo}.
 */
final class FBlock {
    /** CPython 3.11's {@code enum fblocktype}. */
    enum Type {
        WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP,
        POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR
    }

    final Type type;
    /** The loop start ({@code continue} target) or the block's body. */
    final Block block;
    /** The loop exit ({@code break} target). */
    final Block exit;
    /**
     * FINALLY_TRY: the finally body (a {@code List<Stmt>}, compiled again at each unwinding);
     * WITH: the with statement; HANDLER_CLEANUP: the {@code except ... as name} name, or null.
     */
    final Object datum;

    FBlock(Type type, Block block, Block exit, Object datum) {
        this.type = type;
        this.block = block;
        this.exit = exit;
        this.datum = datum;
    }

    boolean isLoop() {
        return type == Type.WHILE_LOOP || type == Type.FOR_LOOP;
    }
}
