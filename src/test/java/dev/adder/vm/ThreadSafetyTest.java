package dev.adder.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.TestThreads;
import dev.adder.builtins.PythonRuntime;
import dev.adder.objects.PyDict;
import dev.adder.objects.PyList;
import dev.adder.objects.PySet;
import dev.adder.objects.PyTuple;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

/**
 * DESIGN §4: every single operation on a built-in container is atomic under Java threads, and
 * nothing is ever corrupted: no lost updates, no Java exception, only Python errors that CPython
 * could raise too (a dict changed size during iteration).
 */
class ThreadSafetyTest {
    private static final int THREADS = 8;

    private static PyDict load(String source) {
        // the real builtins (set, dict, sorted, reversed...)
        InterpreterState interp = PythonRuntime.create(new String[] {"threads"}, new StringWriter(),
                new StringWriter(), null);
        PyDict g = PythonRuntime.mainModule(interp, "<threads>").globals();
        Interpreter.runModule(interp, AdderCode.compile(source, "<threads>"), g);
        return g;
    }

    @Test
    void closureAppendsSetsAndAddsWithoutLosingAny() throws Exception {
        PyDict g = load("""
                def make():
                    items = []
                    d = {}
                    s = set()
                    def add(i):
                        items.append(i)
                        d[i] = i
                        s.add(i)
                    return add, items, d, s
                add, items, d, s = make()
                """);
        PyFunction add = (PyFunction) g.get("add");
        int per = 20_000;
        List<Throwable> errors = TestThreads.run(THREADS, t -> {
            for (int i = 0; i < per; i++) {
                add.call(new Object[] {t * per + i}, null);
            }
        });
        assertEquals(List.of(), errors);
        PyList items = (PyList) g.get("items");
        PyDict d = (PyDict) g.get("d");
        PySet s = (PySet) g.get("s");
        assertEquals(THREADS * per, items.size());
        assertEquals(THREADS * per, d.size());
        assertEquals(THREADS * per, s.size());
        long sum = 0;
        for (Object o : items) {
            sum += (Integer) o;
        }
        long n = (long) THREADS * per;
        assertEquals(n * (n - 1) / 2, sum);
        for (int i = 0; i < n; i += 997) {
            assertEquals(i, d.get(i));
            assertTrue(s.contains(i));
        }
    }

    private static final String MIXED = """
            L = list(range(100))
            d = {i: i for i in range(100)}
            s = set(range(100))

            def writer(seed):
                for i in range(3000):
                    k = (seed * 7919 + i * 31) % 256
                    L.append(k)
                    L.insert(k % 7, k)
                    try:
                        L.pop(0)
                        L.pop()
                        del L[k % 5]
                        L[k % 3] = k
                    except IndexError:
                        pass
                    if i % 500 == 0:
                        L.sort()
                        L.reverse()
                        L.extend([k, k])
                        L[2:4] = [k]
                    d[k] = i
                    d.pop((k * 3) % 256, None)
                    d.setdefault(k + 1, 0)
                    d.update({k + 2: 1})
                    try:
                        del d[k + 1]
                    except KeyError:
                        pass
                    if i % 300 == 0:
                        try:
                            d.popitem()
                        except KeyError:
                            pass
                    s.add(k)
                    s.discard((k * 5) % 256)
                    s.update({k + 1, k + 2})
                    if i % 3 == 0:
                        try:
                            s.pop()
                        except KeyError:
                            pass
                return 0

            def reader(seed):
                n = 0
                changed = 0
                for i in range(300):
                    try:
                        for x in L:
                            n += x
                        for k in d:
                            n += k
                        for k, v in d.items():
                            n += k + v
                        for v in d.values():
                            n += v
                        for x in s:
                            n += x
                        for x in reversed(d):
                            n += x
                        n += len(L) + len(d) + len(s)
                        n += len(repr(L)) + len(repr(d)) + len(repr(s))
                        for x in sorted(s):
                            n += x
                        for x in L[:] + L.copy():
                            n += x
                        n += len(d.copy()) + len(s.copy()) + len(s | {1}) + len(s & {1, 2}) + len(s - {3})
                        n += len(s ^ {4}) + (s <= {1}) + (s == s.copy()) + len(dict(d)) + len(set(d))
                        n += sum3(1 in d, 5 in s, 7 in L)
                        if L:
                            n += L[-1] + L[0]
                    except RuntimeError as e:
                        changed += 1
                    except IndexError:
                        pass
                return n, changed

            def sum3(a, b, c):
                return a + b + c
            """;

    @Test
    void readersNeverSeeTornStateWhileWritersWrite() throws Exception {
        PyDict g = load(MIXED);
        PyFunction writer = (PyFunction) g.get("writer");
        PyFunction reader = (PyFunction) g.get("reader");
        ConcurrentLinkedQueue<Object> results = new ConcurrentLinkedQueue<>();
        List<Throwable> errors = TestThreads.run(THREADS, t -> {
            if (t % 2 == 0) {
                writer.call(new Object[] {t}, null);
            } else {
                results.add(reader.call(new Object[] {t}, null));
            }
        });
        assertEquals(List.of(), errors, () -> errors.isEmpty() ? "" : errors.get(0).toString());
        assertEquals(THREADS / 2, results.size());
        for (Object r : results) {
            assertTrue(r instanceof PyTuple);
        }
        // the containers are still well-formed: every element reachable, sizes agree with contents
        PyList l = (PyList) g.get("L");
        PyDict d = (PyDict) g.get("d");
        PySet s = (PySet) g.get("s");
        assertEquals(l.size(), l.toArray().length);
        for (Object o : l) {
            assertTrue(o instanceof Integer, String.valueOf(o));
        }
        assertEquals(d.size(), d.keysArray().length);
        for (Object k : d.keysArray()) {
            assertTrue(d.containsKey(k));
        }
        assertEquals(s.size(), s.toArray().length);
        for (Object k : s.toArray()) {
            assertTrue(s.contains(k) && k instanceof Integer, String.valueOf(k));
        }
    }

    @Test
    void javaReadersOfTheSameContainersNeverThrow() throws Exception {
        PyDict g = load(MIXED);
        PyFunction writer = (PyFunction) g.get("writer");
        PyList l = (PyList) g.get("L");
        PyDict d = (PyDict) g.get("d");
        PySet s = (PySet) g.get("s");
        List<Throwable> errors = TestThreads.run(THREADS, t -> {
            if (t % 2 == 0) {
                writer.call(new Object[] {t}, null);
                return;
            }
            for (int i = 0; i < 3000; i++) {
                for (var e : d.entrySet()) {
                    assertTrue(e.getKey() != null && e.getValue() != null, "dict entry " + e);
                }
                for (Object o : s) {
                    assertTrue(o instanceof Integer, "set element " + o);
                }
                for (Object o : l.toArray()) {
                    assertTrue(o instanceof Integer, "list element " + o);
                }
                int n = l.size();
                if (n > 0) {
                    try {
                        assertTrue(l.get(n - 1) instanceof Integer, "list.get");
                    } catch (dev.adder.runtime.PyBaseException e) {
                        assertEquals("IndexError", e.typeName());
                    }
                }
            }
        });
        assertEquals(List.of(), errors, () -> errors.isEmpty() ? "" : errors.get(0).toString());
    }
}
