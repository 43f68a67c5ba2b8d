package dev.adder.vm;

import static dev.adder.vm.OpNumbers.*;

import dev.adder.bytecode.ArgKind;
import dev.adder.bytecode.ExceptionTable;
import dev.adder.bytecode.Opcode;
import dev.adder.bytecode.PyCode;
import java.util.ArrayDeque;
import java.util.List;
import java.util.TreeSet;

/**
 * What {@link Tier2Compiler} must know of a code object before translating it: the stack depth at
 * each reachable instruction (as CPython's compiler computed co_stacksize, exception handlers
 * included), which instructions are jumped to, and where compiled code may be entered.
 */
final class Tier2Flow {
    /** Stack depth before each instruction (word index), or -1 where unreachable (and at CACHE words). */
    final int[] depth;
    /** Instructions something jumps to, a handler starts at, or the code may be entered at. */
    final boolean[] target;
    /** Where compiled code may be entered: the start, the function's start, and the loop heads. */
    final TreeSet<Integer> entries = new TreeSet<>();
    /** The handlers' first instructions (those whose protected range holds a reachable instruction). */
    final TreeSet<Integer> handlers = new TreeSet<>();

    private final int[] words;
    private final ArrayDeque<Integer> work = new ArrayDeque<>();

    private Tier2Flow(int[] words) {
        this.words = words;
        this.depth = new int[words.length];
        this.target = new boolean[words.length];
        java.util.Arrays.fill(depth, -1);
    }

    /** The flow of {@code code}, or null when its stack depths do not agree (then it stays in the loop). */
    static Tier2Flow of(PyCode code) {
        Tier2Flow flow = new Tier2Flow(code.wordsShared());
        return flow.analyse(code) ? flow : null;
    }

    private boolean analyse(PyCode code) {
        if (words.length == 0) {
            return false;
        }
        entries.add(0);
        entries.add(Quickening.startIp(words));
        if (!reach(0, 0)) {
            return false;
        }
        List<ExceptionTable.Entry> table = code.exceptionEntries();
        boolean changed = true;
        while (changed) {
            if (!drain()) {
                return false;
            }
            changed = false;
            for (ExceptionTable.Entry e : table) {
                if (depth[e.target()] >= 0 || !anyReached(e.start(), e.end())) {
                    continue;
                }
                handlers.add(e.target());
                if (!reach(e.target(), e.depth() + (e.lasti() ? 1 : 0) + 1)) {
                    return false;
                }
                changed = true;
            }
        }
        for (ExceptionTable.Entry e : table) {
            if (depth[e.target()] >= 0 && anyReached(e.start(), e.end())) {
                handlers.add(e.target());
            }
        }
        for (int i : entries) {
            target[i] = true;
        }
        for (int i : handlers) {
            target[i] = true;
        }
        return true;
    }

    private boolean anyReached(int start, int end) {
        for (int i = Math.max(0, start); i < Math.min(end, words.length); i++) {
            if (depth[i] >= 0) {
                return true;
            }
        }
        return false;
    }

    private boolean reach(int i, int d) {
        if (i < 0 || i >= words.length || d < 0) {
            return false;
        }
        if (depth[i] == -1) {
            depth[i] = d;
            work.push(i);
            return true;
        }
        return depth[i] == d;
    }

    /**
     * The real stack effect of a non-jumping instruction: CPython 3.11 counts a call's arguments off
     * at PRECALL ({@code -arg}) and the callable at CALL ({@code -1}), though CALL pops them all; and
     * its compiler starts a generator at depth 1, where the frame starts empty before RETURN_GENERATOR.
     */
    private static int effect(Opcode o, int op, int arg) {
        if (op == PRECALL) {
            return 0;
        }
        if (op == CALL) {
            return -arg - 1;
        }
        if (op == RETURN_GENERATOR) {
            return 1; // the generator resumes with the value sent, which POP_TOP drops
        }
        return o.stackEffect(arg, false);
    }

    private boolean drain() {
        while (!work.isEmpty()) {
            int i = work.pop();
            int w = words[i];
            int op = w & 0xFF;
            int arg = w >>> 8;
            Opcode o = Opcode.of(op);
            if (o == null || op == CACHE || op == EXTENDED_ARG) {
                return false;
            }
            int d = depth[i];
            int next = i + 1 + o.caches();
            if (o.isJump()) {
                int to = o.argKind() == ArgKind.JUMP_BACKWARD ? next - arg : next + arg;
                target[Math.max(0, Math.min(to, words.length - 1))] = true;
                if (o.argKind() == ArgKind.JUMP_BACKWARD || op == SEND) {
                    entries.add(to); // a loop head; or where throw() leaves a finished yield from
                }
                if (!reach(to, d + o.stackEffect(arg, true))) {
                    return false;
                }
                if (op == JUMP_FORWARD || op == JUMP_BACKWARD || op == JUMP_BACKWARD_NO_INTERRUPT) {
                    continue;
                }
            }
            if (op == RETURN_VALUE || op == RAISE_VARARGS || op == RERAISE) {
                continue;
            }
            if (op == YIELD_VALUE || op == RETURN_GENERATOR) {
                entries.add(next); // a generator resumes there
            }
            if (!reach(next, d + effect(o, op, arg))) {
                return false;
            }
        }
        return true;
    }
}
