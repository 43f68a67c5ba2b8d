package dev.adder.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.PythonException;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.script.ScriptEngine;
import org.junit.jupiter.api.Test;

/** Python functions handed to Java keep their closure cells: Java and Python see the same cell. */
class ClosuresTest {
    private final ScriptEngine engine = Engines.python();

    private static final String COUNTER = "def make_counter():\n    count = 0\n    def counter():\n"
            + "        nonlocal count\n        count += 1\n        return count\n    return counter\n"
            + "counter = make_counter()\ncounter";

    @Test
    @SuppressWarnings("unchecked")
    void aCounterClosureKeepsCountingAcrossJavaAndPython() throws Exception {
        Supplier<Object> counter = (Supplier<Object>) engine.eval(COUNTER);
        assertEquals(1, counter.get());
        assertEquals(2, counter.get());
        assertEquals(3, engine.eval("counter()"));
        assertEquals(3, engine.eval("counter.__closure__[0].cell_contents"));
        engine.eval("counter.__closure__[0].cell_contents = 100");
        assertEquals(101, counter.get());
        assertSame(counter, engine.get("counter"), "the function itself, not a copy");
    }

    @Test
    @SuppressWarnings("unchecked")
    void functionsAreFunctionsSuppliersAndRunnables() throws Exception {
        Function<Object, Object> twice = (Function<Object, Object>) engine.eval("lambda x: x * 2");
        assertEquals(42, twice.apply(21));
        assertEquals("abab", twice.andThen(s -> s).apply("ab"));
        engine.eval("ran = []\ndef job():\n    ran.append(1)");
        Runnable job = (Runnable) engine.get("job");
        job.run();
        job.run();
        assertEquals(2, engine.eval("len(ran)"));
        Function<Object, Object> none = (Function<Object, Object>) engine.eval("lambda x: None");
        assertEquals(null, none.apply(1));
        assertEquals(true, ((Function<Object, Object>) engine.eval("lambda x: x is None")).apply(null));
    }

    @Test
    @SuppressWarnings("unchecked")
    void pythonErrorsSurfaceAsPythonException() throws Exception {
        engine.put(ScriptEngine.FILENAME, "cb.py");
        Function<Object, Object> f = (Function<Object, Object>) engine.eval("def f(x):\n    return 1 / x\nf");
        PythonException e = assertThrows(PythonException.class, () -> f.apply(0));
        assertEquals("ZeroDivisionError", e.getPythonType());
        assertEquals("division by zero", e.getPythonMessage());
        assertEquals("cb.py", e.getFileName());
        assertEquals(2, e.getLineNumber());
        assertTrue(e.getPythonTraceback().endsWith("    return 1 / x\n           ~~^~~\nZeroDivisionError: division by zero\n"),
                e.getPythonTraceback());
        assertInstanceOf(RuntimeException.class, e);
    }

    @Test
    @SuppressWarnings("unchecked")
    void oneClosureCalledByEightThreadsLosesNothing() throws Exception {
        Function<Object, Object> add = (Function<Object, Object>) engine.eval(
                "def make():\n    items = []\n    seen = {}\n    keys = set()\n"
                + "    def add(i):\n        items.append(i)\n        seen[i] = True\n        keys.add(i)\n"
                + "    return add, items, seen, keys\nadd, items, seen, keys = make()\nadd");
        int calls = 20_000;
        List<Throwable> errors = Engines.inThreads(8, t -> {
            for (int i = 0; i < calls; i++) {
                add.apply(t * calls + i);
            }
        });
        assertEquals(List.of(), errors);
        assertEquals(List.of(160_000, 160_000, 160_000), engine.eval("[len(items), len(seen), len(keys)]"));
        assertEquals(true, engine.eval("sorted(items) == list(range(160000))"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLockMakesCompoundUpdatesExact() throws Exception {
        Function<Object, Object> bump = (Function<Object, Object>) engine.eval(
                "import threading\nlock = threading.Lock()\nn = 0\n"
                + "def bump(step):\n    global n\n    with lock:\n        n += step\nbump");
        List<Throwable> errors = Engines.inThreads(8, t -> {
            for (int i = 0; i < 20_000; i++) {
                bump.apply(1);
            }
        });
        assertEquals(List.of(), errors);
        assertEquals(160_000, engine.get("n"));
    }
}
