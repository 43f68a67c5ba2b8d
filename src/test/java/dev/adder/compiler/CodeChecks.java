package dev.adder.compiler;

import dev.adder.bytecode.CodeWords;
import dev.adder.bytecode.Disassembler;
import dev.adder.bytecode.ExceptionTable;
import dev.adder.bytecode.Opcode;
import dev.adder.bytecode.PyCode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Structural checks every assembled code object must pass: known opcodes, jump targets and
 * handler ranges on instruction starts, a stack depth that never goes negative and never exceeds
 * co_stacksize (walked over jumps, fall-through and exception handlers).
 */
final class CodeChecks {
    private CodeChecks() {
    }

    /** The problems found in {@code code} and its nested code objects (empty when all is well). */
    static List<String> check(PyCode code) {
        List<String> problems = new ArrayList<>();
        checkOne(code, problems);
        for (Object c : code.co_consts()) {
            if (c instanceof PyCode child) {
                problems.addAll(check(child));
            }
        }
        return problems;
    }

    private static void checkOne(PyCode code, List<String> problems) {
        int n = code.codeLength();
        boolean[] starts = new boolean[n + 1];
        for (int i = 0; i < n; ) {
            Opcode o = Opcode.of(CodeWords.op(code.wordAt(i)));
            if (o == null || o == Opcode.CACHE) {
                problems.add(code.co_qualname() + ": bad opcode at " + 2 * i);
                return;
            }
            starts[i] = true;
            i += 1 + o.caches();
        }
        starts[n] = true;
        for (int i = 0; i < n; i++) {
            if (!starts[i]) {
                continue;
            }
            Opcode o = Opcode.of(CodeWords.op(code.wordAt(i)));
            if (o.isJump()) {
                int t = Disassembler.jumpTarget(o, CodeWords.arg(code.wordAt(i)), i);
                if (t < 0 || t >= n || !starts[t]) {
                    problems.add(code.co_qualname() + ": jump at " + 2 * i + " to " + 2 * t);
                }
            }
        }
        for (ExceptionTable.Entry e : code.exceptionEntries()) {
            if (e.end() > n || !starts[e.start()] || !starts[e.end()] || e.target() >= n || !starts[e.target()]) {
                problems.add(code.co_qualname() + ": bad exception entry " + e);
            }
        }
        if (problems.isEmpty()) {
            stackDepth(code, starts, problems);
        }
    }

    private static void stackDepth(PyCode code, boolean[] starts, List<String> problems) {
        int n = code.codeLength();
        int[] depth = new int[n];
        Arrays.fill(depth, -1);
        Deque<int[]> todo = new ArrayDeque<>();
        boolean gen = (code.co_flags() & (PyCode.CO_GENERATOR | PyCode.CO_COROUTINE | PyCode.CO_ASYNC_GENERATOR)) != 0;
        todo.push(new int[] {0, gen ? 1 : 0});
        int max = code.co_stacksize();
        while (!todo.isEmpty()) {
            int[] item = todo.pop();
            int i = item[0];
            int d = item[1];
            while (i < n) {
                if (depth[i] >= 0) {
                    if (depth[i] != d) {
                        problems.add(code.co_qualname() + ": depth " + d + " and " + depth[i] + " at " + 2 * i);
                    }
                    break;
                }
                depth[i] = d;
                ExceptionTable.Entry h = code.handlerAt(i);
                if (h != null) {
                    todo.push(new int[] {h.target(), h.depth() + (h.lasti() ? 1 : 0) + 1});
                }
                Opcode o = Opcode.of(CodeWords.op(code.wordAt(i)));
                int arg = CodeWords.arg(code.wordAt(i));
                if (o.isJump()) {
                    int jd = d + o.stackEffect(arg, true);
                    check(code, jd, max, i, problems);
                    todo.push(new int[] {Disassembler.jumpTarget(o, arg, i), jd});
                }
                d += o.stackEffect(arg, false);
                if (!check(code, d, max, i, problems)) {
                    return;
                }
                if (o == Opcode.RETURN_VALUE || o == Opcode.RAISE_VARARGS || o == Opcode.RERAISE
                        || o == Opcode.JUMP_FORWARD || o == Opcode.JUMP_BACKWARD
                        || o == Opcode.JUMP_BACKWARD_NO_INTERRUPT) {
                    break;
                }
                i += 1 + o.caches();
            }
        }
    }

    private static boolean check(PyCode code, int d, int max, int i, List<String> problems) {
        if (d < 0 || d > max) {
            problems.add(code.co_qualname() + ": stack depth " + d + " (co_stacksize " + max + ") at " + 2 * i);
            return false;
        }
        return true;
    }
}
