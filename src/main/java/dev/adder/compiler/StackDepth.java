package dev.adder.compiler;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * co_stacksize: a walk over the control-flow graph that records each block's depth on entry
 * (exception handlers included, through the block pushes) and the maximum reached.
 * CPython 3.11: Python/compile.c stackdepth.
 */
final class StackDepth {
    private StackDepth() {
    }

    private static void push(Deque<Block> stack, Block b, int depth) {
        if (depth < 0) {
            throw new IllegalStateException("negative stack depth entering block " + b.id);
        }
        if (b.startDepth < depth && b.startDepth != Integer.MIN_VALUE) {
            throw new IllegalStateException("inconsistent stack depth entering block " + b.id);
        }
        if (b.startDepth == Integer.MIN_VALUE) {
            b.startDepth = depth;
            stack.push(b);
        }
    }

    static int compute(CodeUnit u, boolean generator) {
        for (Block b = u.entry; b != null; b = b.next) {
            b.startDepth = Integer.MIN_VALUE;
        }
        Deque<Block> stack = new ArrayDeque<>();
        int maxDepth = 0;
        push(stack, u.entry, generator ? 1 : 0);
        while (!stack.isEmpty()) {
            Block b = stack.pop();
            int depth = b.startDepth;
            Block next = b.next;
            for (Instr i : b.instrs) {
                int newDepth = depth + Pseudo.stackEffect(i.op, i.arg, false);
                maxDepth = Math.max(maxDepth, newDepth);
                if (newDepth < 0) {
                    throw new IllegalStateException("negative stack depth at " + i + " in " + u.qualname);
                }
                if (i.isJump() || i.isBlockPush()) {
                    int targetDepth = depth + Pseudo.stackEffect(i.op, i.arg, true);
                    maxDepth = Math.max(maxDepth, targetDepth);
                    push(stack, i.target, targetDepth);
                }
                depth = newDepth;
                if (i.isTerminator()) {
                    next = null;
                    break;
                }
            }
            if (next != null) {
                push(stack, next, depth);
            }
        }
        return maxDepth;
    }
}
