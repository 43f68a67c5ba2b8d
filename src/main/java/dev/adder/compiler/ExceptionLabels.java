package dev.adder.compiler;

import dev.adder.bytecode.Opcode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The exception table's source: each instruction learns its handler by walking the graph with the
 * stack of active SETUP_* blocks; then the block pushes and pops become NOPs, and the blocks only
 * reached by exceptions ("cold") move to the end of the code.
 * CPython 3.11: Python/compile.c label_exception_targets, convert_exception_handlers_to_nops,
 * mark_warm, mark_cold, push_cold_blocks_to_end.
 */
final class ExceptionLabels {
    private ExceptionLabels() {
    }

    private static Block top(List<Block> stack) {
        return stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }

    static void label(CodeUnit u) {
        for (Block b = u.entry; b != null; b = b.next) {
            b.visited = false;
        }
        Deque<Block> todo = new ArrayDeque<>();
        u.entry.visited = true;
        u.entry.exceptStack = new ArrayList<>();
        todo.push(u.entry);
        while (!todo.isEmpty()) {
            Block b = todo.pop();
            List<Block> stack = b.exceptStack;
            b.exceptStack = null;
            Block handler = top(stack);
            for (Instr i : b.instrs) {
                if (i.isBlockPush()) {
                    if (!i.target.visited) {
                        i.target.visited = true;
                        i.target.exceptStack = new ArrayList<>(stack);
                        todo.push(i.target);
                    }
                    if (i.op == Pseudo.SETUP_WITH || i.op == Pseudo.SETUP_CLEANUP) {
                        i.target.preserveLasti = true;
                    }
                    stack.add(i.target);
                    handler = i.target;
                } else if (i.op == Pseudo.POP_BLOCK) {
                    stack.remove(stack.size() - 1);
                    handler = top(stack);
                } else {
                    i.except = handler;
                    if (i.isJump() && !i.target.visited) {
                        i.target.visited = true;
                        i.target.exceptStack = new ArrayList<>(stack);
                        todo.push(i.target);
                    }
                }
            }
            if (!b.noFallthrough() && b.next != null && !b.next.visited) {
                b.next.visited = true;
                b.next.exceptStack = stack;
                todo.push(b.next);
            }
        }
    }

    static void toNops(CodeUnit u) {
        for (Block b = u.entry; b != null; b = b.next) {
            for (Instr i : b.instrs) {
                if (i.isBlockPush() || i.op == Pseudo.POP_BLOCK) {
                    i.op = Opcode.NOP.number();
                }
            }
        }
    }

    private static void markWarm(CodeUnit u) {
        Deque<Block> stack = new ArrayDeque<>();
        stack.push(u.entry);
        u.entry.visited = true;
        while (!stack.isEmpty()) {
            Block b = stack.pop();
            b.warm = true;
            Block next = b.next;
            if (next != null && !b.noFallthrough() && !next.visited) {
                next.visited = true;
                stack.push(next);
            }
            for (Instr i : b.instrs) {
                if (i.isJump() && !i.target.visited) {
                    i.target.visited = true;
                    stack.push(i.target);
                }
            }
        }
    }

    private static void markCold(CodeUnit u) {
        for (Block b = u.entry; b != null; b = b.next) {
            b.cold = false;
            b.warm = false;
            b.visited = false;
        }
        markWarm(u);
        for (Block b = u.entry; b != null; b = b.next) {
            b.visited = false;
        }
        Deque<Block> stack = new ArrayDeque<>();
        for (Block b = u.entry; b != null; b = b.next) {
            if (b.exceptPredecessors > 0 && !b.warm) {
                stack.push(b);
                b.visited = true;
            }
        }
        while (!stack.isEmpty()) {
            Block b = stack.pop();
            b.cold = true;
            Block next = b.next;
            if (next != null && !b.noFallthrough() && !next.warm && !next.visited) {
                next.visited = true;
                stack.push(next);
            }
            for (Instr i : b.instrs) {
                if (i.isJump() && !i.target.warm && !i.target.visited) {
                    i.target.visited = true;
                    stack.push(i.target);
                }
            }
        }
    }

    static void pushColdBlocksToEnd(CodeUnit u) {
        if (u.entry.next == null) {
            return;
        }
        markCold(u);
        for (Block b = u.entry; b != null; b = b.next) {
            if (b.cold && !b.noFallthrough() && b.next != null && b.next.warm) {
                Block jump = u.newBlock();
                Instr j = new Instr(Pseudo.JUMP, 0, b.next, -1, -1, -1, -1);
                jump.instrs.add(j);
                jump.cold = true;
                jump.next = b.next;
                b.next = jump;
                b = jump;
            }
        }
        Block coldHead = null;
        Block coldTail = null;
        Block b = u.entry;
        while (b.next != null) {
            while (b.next != null && !b.next.cold) {
                b = b.next;
            }
            if (b.next == null) {
                break;
            }
            Block end = b.next;
            while (end.next != null && end.next.cold) {
                end = end.next;
            }
            if (coldHead == null) {
                coldHead = b.next;
            } else {
                coldTail.next = b.next;
            }
            coldTail = end;
            b.next = end.next;
            end.next = null;
        }
        b.next = coldHead;
    }
}
