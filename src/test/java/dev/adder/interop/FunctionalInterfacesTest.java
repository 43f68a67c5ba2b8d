package dev.adder.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.PythonException;
import dev.adder.interop.hosts.Calculator;
import dev.adder.interop.hosts.EventSource;
import dev.adder.interop.hosts.Listener;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

/** Python callables as Java functional interfaces, both through the API and as host method arguments. */
@SuppressWarnings("unchecked")
class FunctionalInterfacesTest {
    private final PyHarness py = new PyHarness().put("c", new Calculator());

    @Test
    void functionAndPredicate() {
        Function<Object, Object> f = FunctionalInterfaces.adapt(py.eval("lambda x: x * 2"), Function.class);
        assertEquals(42, f.apply(21));
        assertEquals("abab", f.apply("ab"));
        Predicate<Object> p = FunctionalInterfaces.adapt(py.eval("lambda x: x"), Predicate.class);
        assertFalse(p.test(List.of()));
        assertTrue(p.test("x"));
        assertFalse(p.test(null));
        BiFunction<Object, Object, Object> g = FunctionalInterfaces.adapt(py.eval("lambda a, b=10: (a, b)"),
                BiFunction.class);
        assertEquals(List.of(1, 2), g.apply(1, 2));
        Function<Object, Object> none = FunctionalInterfaces.adapt(py.eval("lambda x: None"), Function.class);
        assertNull(none.apply(1));
        Function<Object, Object> chars = FunctionalInterfaces.adapt(py.eval("lambda x: type(x).__name__"),
                Function.class);
        assertEquals("str", chars.apply('c'));
        assertEquals("NoneType", chars.apply(null));
        assertEquals("float", chars.apply(1.5f));
    }

    @Test
    void comparatorWithCollectionsSort() {
        @SuppressWarnings("unchecked")
        Comparator<Object> byLength = FunctionalInterfaces.adapt(py.eval("lambda a, b: len(a) - len(b)"),
                Comparator.class);
        List<Object> words = new ArrayList<>(List.of("ccc", "a", "bb", "dddd"));
        Collections.sort(words, byLength);
        assertEquals(List.of("a", "bb", "ccc", "dddd"), words);
        assertEquals(List.of("dddd", "ccc", "bb", "a"), words.stream().sorted(byLength.reversed()).toList());
        @SuppressWarnings("unchecked")
        Comparator<Object> huge = FunctionalInterfaces.adapt(py.eval("lambda a, b: 2**40"), Comparator.class);
        PythonException e = assertThrows(PythonException.class, () -> huge.compare(1, 2));
        assertEquals("OverflowError", e.getPythonType());
        assertEquals("Python int too large to convert to Java int", e.getPythonMessage());
        @SuppressWarnings("unchecked")
        ToIntFunction<Object> len = FunctionalInterfaces.adapt(py.eval("len"), ToIntFunction.class);
        assertEquals(3, len.applyAsInt("abc"));
    }

    @Test
    void listenerFromPythonAndRunnable() {
        EventSource source = new EventSource();
        py.put("src", source).exec("events = []\n"
                + "def on_event(name, value):\n    events.append((name, value))\n"
                + "src.addListener(on_event)\n"
                + "src.addListener(lambda n, v: events.append(v * 10))\n");
        assertEquals(2, source.fire("click", 3));
        assertEquals("[('click', 3), 30]", py.repr("events"));
        Listener first = source.listeners().get(0);
        assertEquals("listener", first.describe()); // default method runs its Java body
        assertSame(py.eval("on_event"), FunctionalInterfaces.unwrap(first));
        assertEquals(2, py.eval("src.fire('x', 1)"));
        assertEquals(true, py.eval("src.listeners()[0] is on_event")); // adapters come back as the function
        Runnable r = FunctionalInterfaces.adapt(py.eval("lambda: events.clear()"), Runnable.class);
        r.run();
        assertEquals("[]", py.repr("events"));
    }

    @Test
    void proxyObjectMethods() {
        Object fn = py.eval("lambda a, b: None");
        Listener a = FunctionalInterfaces.adapt(fn, Listener.class);
        Listener b = FunctionalInterfaces.adapt(fn, Listener.class);
        assertEquals(a, a);
        assertNotEquals(a, b);
        assertEquals(System.identityHashCode(a), a.hashCode());
        assertTrue(a.toString().startsWith("Listener adapter of <function <lambda> at 0x"), a.toString());
        assertNull(FunctionalInterfaces.unwrap("not an adapter"));
    }

    @Test
    void overloadsResolveByPythonArity() {
        assertEquals("Function:1", py.eval("c.apply(lambda x: x)"));
        assertEquals("BiFunction:3", py.eval("c.apply(lambda x, y: x + y)"));
        assertEquals("Function:1", py.eval("c.apply(lambda x, y=5: x)")); // both fit: Function comes first
        assertEquals("Function:1", py.eval("c.apply(lambda *a: sum(a))"));
        assertEquals("Function:1", py.eval("c.apply(lambda x, *a: x + sum(a))"));
        assertEquals("TypeError: no overload of Calculator.apply() takes (function); overloads: apply(BiFunction), "
                + "apply(Function)", py.error("c.apply(lambda: 0)"));
        String e = py.error("c.call(lambda x: 0)");
        assertTrue(e.startsWith("TypeError: <function <lambda> at 0x") && e.endsWith(" (it takes 1 positional "
                + "argument) cannot implement Supplier.get"), e);
    }

    @Test
    void arityAndInterfaceErrors() {
        Object two = py.eval("lambda a, b: 0");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FunctionalInterfaces.adapt(two, Function.class));
        assertTrue(e.getMessage().contains("(it takes 2 positional arguments) cannot implement Function.apply "
                + "(called with 1 argument)"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FunctionalInterfaces.adapt(two, List.class));
        assertEquals("java.util.List is not a functional interface (an interface with exactly one abstract method)",
                e.getMessage());
        Object kwOnly = py.eval("(lambda *, k: 0)");
        e = assertThrows(IllegalArgumentException.class, () -> FunctionalInterfaces.adapt(kwOnly, Supplier.class));
        assertTrue(e.getMessage().contains("required keyword-only"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FunctionalInterfaces.adapt(5, Runnable.class));
        assertTrue(e.getMessage().startsWith("not a Python callable"), e.getMessage());
        // A method: self is bound, so one parameter remains.
        py.exec("class K:\n    def m(self, x):\n        return x + 1\n");
        Function<Object, Object> m = FunctionalInterfaces.adapt(py.eval("K().m"), Function.class);
        assertEquals(2, m.apply(1));
    }

    @Test
    void pythonErrorsBecomePythonException() {
        py.exec("def bad(x):\n    return 1 / x\n");
        Function<Object, Object> f = FunctionalInterfaces.adapt(py.eval("bad"), Function.class);
        @SuppressWarnings("unchecked")
        ToIntFunction<Object> g = FunctionalInterfaces.adapt(py.eval("bad"), ToIntFunction.class);
        PythonException e = assertThrows(PythonException.class, () -> g.applyAsInt(0));
        assertEquals("ZeroDivisionError", e.getPythonType());
        assertEquals("division by zero", e.getPythonMessage());
        assertTrue(e.getPythonTraceback().contains("line 2, in bad"), e.getPythonTraceback());
        assertEquals(2, e.getLineNumber());
        PythonException none = assertThrows(PythonException.class,
                () -> FunctionalInterfaces.adapt(py.eval("lambda x: None"), ToIntFunction.class).applyAsInt(1));
        assertEquals("TypeError: ToIntFunction.applyAsInt() must return int, not NoneType", none.getMessage());
        assertEquals(0.5, f.apply(2));
    }

    @Test
    void counterClosureKeepsItsCell() {
        py.exec("def make_counter():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n"
                + "    return inc\n"
                + "counter = make_counter()\n");
        IntSupplier s = FunctionalInterfaces.adapt(py.eval("counter"), IntSupplier.class);
        Supplier<Object> same = FunctionalInterfaces.adapt(py.eval("counter"), Supplier.class);
        for (int i = 1; i <= 5; i++) {
            assertEquals(i, s.getAsInt());
        }
        assertEquals(6, same.get());
        assertEquals(6, py.eval("counter.__closure__[0].cell_contents"));
        assertEquals(7, py.eval("counter()"));
        assertEquals(8, s.getAsInt());
    }

    @Test
    void adaptersAreThreadSafe() throws Exception {
        py.exec("items = []\nseen = set()\nd = {}\n"
                + "def add(x):\n    items.append(x)\n    seen.add(x)\n    d[x] = x\n    return x\n");
        @SuppressWarnings("unchecked")
        Function<Object, Object> add = FunctionalInterfaces.adapt(py.eval("add"), Function.class);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int base = t * 2000;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 2000; i++) {
                        add.apply(base + i);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(16000, py.eval("len(items)"));
        assertEquals(16000, py.eval("len(seen)"));
        assertEquals(16000, py.eval("len(d)"));
    }
}
