package dev.adder.compiler;

import dev.adder.ast.Stmt;
import java.util.List;

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
    /** For FINALLY_TRY: the finally body, compiled again at each unwinding. */
    final List<Stmt> finalBody;
    /** For HANDLER_CLEANUP: the {@code except ... as name} name, or null. */
    final String handlerName;
    /** For loops: whether a reachable {@code break} leaves it. */
    boolean breakReached;

    FBlock(Type type, List<Stmt> finalBody, String handlerName) {
        this.type = type;
        this.finalBody = finalBody;
        this.handlerName = handlerName;
    }

    boolean isLoop() {
        return type == Type.WHILE_LOOP || type == Type.FOR_LOOP;
    }
}
