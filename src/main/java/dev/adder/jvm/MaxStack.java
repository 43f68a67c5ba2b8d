package dev.adder.jvm;

import java.util.Arrays;

/**
 * The data-flow pass that computes a method's max_stack for {@link CodeWriter}: a worklist over
 * instruction indices that follows fall-through, jumps and switches from the entry and from every
 * exception handler, and checks that paths meet with equal depths.
 */
final class MaxStack {
    private MaxStack() {
    }

    // What may follow an instruction.
    static final byte NEXT = 0;
    static final byte BRANCH = 1;
    static final byte GOTO_ONLY = 2;
    static final byte SWITCH = 3;
    static final byte END = 4;

    /**
     * The max_stack of {@code n} instructions (start offsets, stack changes, successor kinds, jump
     * targets as Label or Label[]), entered at instruction 0 with an empty stack and at each handler
     * entry with one value. Each instruction is visited once.
     *
     * @throws IllegalStateException on depths that differ where paths meet, underflow, or falling off the end
     */
    static int compute(int n, int[] starts, int[] deltas, byte[] kinds, Object[] targets, int[] handlerEntries,
            String methodName) {
        int[] depth = new int[n + 1]; // depth before each instruction; index n = past the end
        Arrays.fill(depth, -1);
        int[] work = new int[n + 1];
        int top = 0;
        int max = 0;
        depth[0] = 0;
        work[top++] = 0;
        for (int at : handlerEntries) {
            if (depth[at] < 0) {
                depth[at] = 1;
                work[top++] = at;
                max = Math.max(max, 1);
            } else if (depth[at] != 1) {
                throw mismatch(n, starts, at, depth[at], 1, methodName);
            }
        }
        while (top > 0) {
            int i = work[--top];
            int d = depth[i];
            while (true) {
                if (i == n) {
                    throw new IllegalStateException("execution falls off the end of " + methodName);
                }
                int after = d + deltas[i];
                if (after < 0) {
                    throw new IllegalStateException("stack underflow at offset " + starts[i] + " in " + methodName);
                }
                if (after > max) {
                    max = after;
                }
                byte kind = kinds[i];
                if (kind == BRANCH || kind == GOTO_ONLY) {
                    int at = ((Label) targets[i]).insn;
                    if (depth[at] < 0) {
                        depth[at] = after;
                        work[top++] = at;
                    } else if (depth[at] != after) {
                        throw mismatch(n, starts, at, depth[at], after, methodName);
                    }
                } else if (kind == SWITCH) {
                    for (Label l : (Label[]) targets[i]) {
                        int at = l.insn;
                        if (depth[at] < 0) {
                            depth[at] = after;
                            work[top++] = at;
                        } else if (depth[at] != after) {
                            throw mismatch(n, starts, at, depth[at], after, methodName);
                        }
                    }
                }
                if (kind != NEXT && kind != BRANCH) {
                    break;
                }
                i++;
                if (depth[i] < 0) {
                    depth[i] = after;
                    d = after;
                } else {
                    if (depth[i] != after) {
                        throw mismatch(n, starts, i, depth[i], after, methodName);
                    }
                    break;
                }
            }
        }
        if (max > 0xFFFF) {
            throw new IllegalStateException("max_stack " + max + " exceeds 65,535 in " + methodName);
        }
        return max;
    }

    private static IllegalStateException mismatch(int n, int[] starts, int insn, int a, int b, String methodName) {
        String where = insn < n ? "offset " + starts[insn] : "the end of the code";
        return new IllegalStateException("stack depths " + a + " and " + b + " meet at " + where + " in " + methodName
                + " (a bug in the code generator)");
    }
}
