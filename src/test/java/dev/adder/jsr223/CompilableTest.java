package dev.adder.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.script.Bindings;
import javax.script.Compilable;
import javax.script.CompiledScript;
import javax.script.ScriptEngine;
import javax.script.ScriptException;
import org.junit.jupiter.api.Test;

/** compile() once, eval many times — also from many threads, each with its own Bindings. */
class CompilableTest {
    private final ScriptEngine engine = Engines.python();

    @Test
    void compiledOnceEvaluatedManyTimes() throws Exception {
        CompiledScript script = ((Compilable) engine).compile("total = total + step\ntotal * 2");
        engine.put("total", 0);
        engine.put("step", 5);
        for (int i = 1; i <= 10; i++) {
            assertEquals(10 * i, script.eval());
        }
        assertEquals(50, engine.get("total"));
        assertEquals(engine, script.getEngine());
    }

    @Test
    void syntaxErrorsAppearAtCompileTime() {
        ScriptException e = assertThrows(ScriptException.class, () -> ((Compilable) engine).compile("def f(:\n"));
        assertEquals(1, e.getLineNumber());
    }

    @Test
    void concurrentEvaluationsWithSeparateBindingsDoNotCrossTalk() throws Exception {
        CompiledScript script = ((Compilable) engine).compile(
                "def work(n):\n    acc = []\n    for i in range(n):\n        acc.append(i * seed)\n    return sum(acc)\n"
                + "result = work(50)\nresult + seed");
        int runs = 2_000;
        AtomicInteger wrong = new AtomicInteger();
        List<Throwable> errors = Engines.inThreads(8, id -> {
            for (int r = 0; r < runs; r++) {
                int seed = id * 1000 + r;
                Bindings b = engine.createBindings();
                b.put("seed", seed);
                Object got = script.eval(b);
                long want = (long) seed * (49 * 50 / 2) + seed;
                if (((Number) got).longValue() != want || ((Number) b.get("result")).longValue() != want - seed) {
                    wrong.incrementAndGet();
                }
            }
        });
        assertEquals(List.of(), errors);
        assertEquals(0, wrong.get());
    }
}
