package dev.adder.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.builtins.PythonRuntime;
import dev.adder.objects.PyDict;
import java.io.StringWriter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * When code moves to the second tier and what it keeps: hot loops and hot functions get compiled,
 * a threshold of -1 compiles nothing, code too big for C2 stays in the dispatch loop and still runs,
 * and compiled recursion leaves the Java stack alone past {@link Tier2#MAX_JAVA_DEPTH}. (That the
 * compiled code behaves as CPython is the golden programs' job: Tier2ProgramsTest and tier2/.)
 */
class Tier2Test {
    private static PyDict run(String source, int threshold, StringWriter out) {
        InterpreterState interp = PythonRuntime.create(new String[] {"tier2"}, out, new StringWriter(), null);
        interp.setTier2Threshold(threshold);
        PyDict g = PythonRuntime.mainModule(interp, "<tier2>").globals();
        Interpreter.runModule(interp, AdderCode.compile(source, "<tier2>"), g);
        PythonRuntime.flush(interp);
        return g;
    }

    private static Object tier2Of(PyDict g, String function) {
        return ((PyFunction) g.get(function)).code.tier2();
    }

    private static final String HOT_LOOP = """
            def once(n):
                total = 0
                for i in range(n):
                    total += i % 7
                return total
            def small(x):
                return x + 1
            def called(n):
                for i in range(n):
                    small(i)
            result = once(200_000)
            called(500)
            """;

    @Test
    void aLoopRunOnceAndAFunctionCalledOftenGetCompiled() {
        PyDict g = run(HOT_LOOP, 100, new StringWriter());
        long expected = 0;
        for (int i = 0; i < 200_000; i++) {
            expected += i % 7;
        }
        assertEquals(expected, ((Number) g.get("result")).longValue());
        assertTrue(tier2Of(g, "once") instanceof CompiledCode, "the loop moved to compiled code");
        assertTrue(tier2Of(g, "small") instanceof CompiledCode, "500 calls compile the function");
    }

    @Test
    void thresholdMinusOneCompilesNothing() {
        PyDict g = run(HOT_LOOP, -1, new StringWriter());
        assertNull(tier2Of(g, "once"));
        assertNull(tier2Of(g, "small"));
    }

    @Test
    void codeTooBigForC2StaysInTheLoopAndRuns() {
        StringBuilder src = new StringBuilder("def big(x):\n");
        for (int i = 0; i < 1500; i++) {
            src.append("    x = x + ").append(i % 10).append('\n');
        }
        src.append("    return x\nresult = big(0)\n");
        PyDict g = run(src.toString(), 0, new StringWriter());
        int expected = 0;
        for (int i = 0; i < 1500; i++) {
            expected += i % 10;
        }
        assertEquals(expected, ((Number) g.get("result")).intValue());
        Object t = tier2Of(g, "big");
        assertTrue(t != null && !(t instanceof CompiledCode), "marked as not compilable: " + t);
    }

    @Test
    void deepCompiledRecursionOnASmallJavaStack() throws Exception {
        String src = """
                import sys
                def down(n):
                    return 0 if n == 0 else 1 + down(n - 1)
                sys.setrecursionlimit(100_000)
                print(down(50_000))
                """;
        StringWriter out = new StringWriter();
        CompletableFuture<Object> done = new CompletableFuture<>();
        Thread t = new Thread(null, () -> {
            try {
                run(src, 0, out);
                done.complete(null);
            } catch (Throwable e) {
                done.completeExceptionally(e);
            }
        }, "small-stack", 256 * 1024);
        t.start();
        done.get(60, TimeUnit.SECONDS);
        assertEquals("50000\n", out.toString());
    }

    @Test
    void compiledFramesAreCountedOnTheirThread() {
        String src = """
                def f(n):
                    return n if n < 1 else f(n - 1)
                for i in range(300):
                    f(10)
                """;
        InterpreterState interp = PythonRuntime.create(new String[] {"tier2"}, new StringWriter(),
                new StringWriter(), null);
        interp.setTier2Threshold(0);
        PyDict g = PythonRuntime.mainModule(interp, "<tier2>").globals();
        Interpreter.runModule(interp, AdderCode.compile(src, "<tier2>"), g);
        ThreadState ts = interp.threadState();
        assertEquals(0, ts.javaDepth, "every compiled frame popped its Java depth");
        assertEquals(0, ts.depth, "and its Python depth");
        assertFalse(tier2Of(g, "f") == null);
    }
}
