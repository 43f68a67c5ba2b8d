package dev.adder.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.adder.ast.Python3;
import dev.adder.interop.hosts.Calculator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Java lists, maps, sets, arrays, iterables and iterators behave as Python containers. */
class HostContainersTest {
    private final PyHarness py = new PyHarness().put("c", new Calculator());

    /** The same script run on a Java ArrayList and on a Python list prints the same lines as CPython. */
    @Test
    void listBehavesAsPythonList() {
        Python3.assumeAvailable();
        String script = String.join("\n",
                "print(len(xs), xs[0], xs[-1], xs[1:3], xs[::-2], 3 in xs, 9 in xs)",
                "xs[0] = 10; xs[-1] = 50",
                "del xs[1]",
                "xs.append(60); xs.extend([70, 80]); xs.insert(0, 5); xs.insert(-100, 1)",
                "print(list(xs), xs.pop(), xs.pop(0), xs.index(50), xs.count(60))",
                "print([x * 2 for x in xs], sum(xs), sorted(xs, reverse=True), bool(xs))",
                "del xs[1:3]",
                "print(list(xs))",
                "for bad in ['xs[10]', 'xs[-10]', 'xs[\"a\"]', 'xs.index(99)', 'xs[10] = 1', 'del xs[10]']:",
                "    try:",
                "        exec(bad) if '=' in bad or bad.startswith('del') else eval(bad)",
                "    except Exception as e:",
                "        print(type(e).__name__, e)",
                "");
        String prelude = "xs = [1, 2, 3, 4, 5]\n";
        List<String> expected = Python3.run(prelude + script);
        py.put("xs", new ArrayList<>(List.of(1, 2, 3, 4, 5)));
        String adderScript = script.replace("exec(bad) if '=' in bad or bad.startswith('del') else eval(bad)",
                "run(bad)");
        py.exec("def run(s):\n"
                + "    if s == 'xs[10]': xs[10]\n"
                + "    elif s == 'xs[-10]': xs[-10]\n"
                + "    elif s == 'xs[\"a\"]': xs['a']\n"
                + "    elif s == 'xs.index(99)': xs.index(99)\n"
                + "    elif s == 'xs[10] = 1': xs[10] = 1\n"
                + "    else:\n"
                + "        del xs[10]\n");
        assertEquals(String.join("\n", expected), py.exec(adderScript).strip());
    }

    @Test
    void javaExceptionsDuringIterationAreCatchable() {
        py.put("xs", new ArrayList<>(List.of(1, 2)));
        assertEquals("ConcurrentModificationException java.util 3\n", py.exec(
                "try:\n    for x in xs:\n        xs.add(x)\nexcept Exception as e:\n"
                + "    print(type(e).__name__, type(e).__module__, len(xs))\n"));
        py.put("fixed", List.of(1, 2));
        assertEquals("UnsupportedOperationException\n", py.exec(
                "try:\n    fixed.append(3)\nexcept Exception as e:\n    print(type(e).__name__)\n"));
    }

    @Test
    void javaMethodsWinOverPythonStyleOnes() {
        LinkedList<Object> ll = new LinkedList<>(List.of(1, 2, 3));
        py.put("ll", ll);
        assertEquals(1, py.eval("ll.pop()")); // Deque.pop() takes the first element
        assertEquals(3, py.eval("ll.pop(-1)")); // no Java pop(int): the Python-style pop
        assertEquals(List.of(2), ll);
        assertEquals(true, py.eval("ll.add(7)"));
        assertEquals(0, py.eval("ll.indexOf(2)"));
        assertEquals(7, py.eval("ll.get(1)"));
    }

    @Test
    void sortAndReverseLikePython() {
        List<Object> words = new ArrayList<>(List.of("bb", "a", "ccc"));
        py.put("ws", words);
        py.exec("ws.sort()");
        assertEquals(List.of("a", "bb", "ccc"), words);
        py.exec("ws.sort(key=len, reverse=True)");
        assertEquals(List.of("ccc", "bb", "a"), words);
        py.exec("ws.reverse()");
        assertEquals(List.of("a", "bb", "ccc"), words);
        py.exec("ws.sort(lambda x, y: len(y) - len(x))"); // Java's List.sort(Comparator)
        assertEquals(List.of("ccc", "bb", "a"), words);
        assertEquals("TypeError: '<' not supported between instances of 'int' and 'str'",
                py.error("ws.append(1)\nws.sort()"));
    }

    @Test
    void listOfNullsAndNestedValues() {
        py.put("xs", new ArrayList<>(Arrays.asList(null, 1.5f, 'c', (short) 2, "s")));
        assertEquals("[None, 1.5, 'c', 2, 's']", py.repr("[x for x in xs]"));
        assertEquals("[None, 1.5]", py.repr("xs[:2]"));
        assertEquals("None", py.repr("xs[0]"));
        assertEquals(true, py.eval("None in xs"));
        py.exec("xs[0] = None");
        assertEquals("[1, 2]", py.repr("list(c.list(1, 2))"));
        assertEquals(true, py.eval("bool(c.list(1))"));
        assertEquals(false, py.eval("bool(c.list())"));
    }

    @Test
    void mapBehavesAsMapping() {
        Python3.assumeAvailable();
        String script = String.join("\n",
                "print(len(m), m['a'], m['b'], 'a' in m, 'z' in m, [k for k in m], sorted(m.keys()))",
                "m['c'] = 3",
                "del m['a']",
                "print(sorted(m.items(), key=str), m.get('z'), m.get('z', 0), m.get('c'), m.pop('c'), len(m))",
                "m.update({'x': 1}); m.update([('y', 2)])",
                "print(sorted(m.items(), key=str))",
                "for bad in ['z', 'missing']:",
                "    try:",
                "        m[bad]",
                "    except KeyError as e:",
                "        print(type(e).__name__, e, repr(e))",
                "try:",
                "    del m['q']",
                "except KeyError as e:",
                "    print('del', e)",
                "");
        List<String> expected = Python3.run("m = {'a': 1, 'b': None}\n" + script);
        Map<Object, Object> m = new LinkedHashMap<>();
        m.put("a", 1);
        m.put("b", null);
        py.put("m", m);
        assertEquals(String.join("\n", expected), py.exec(script).strip());
        assertEquals(Map.of("b", "None", "x", "1", "y", "2"), stringValues(m));
        assertEquals("[('a', 1), ('b', None)]", py.repr("c.map().items()"));
        assertEquals("[('a', 1), ('b', None)]", py.repr("[(k, v) for k, v in c.map().entrySet()]"));
        assertEquals("('a', 1)", py.repr("(lambda e: (e[0], e[-1]))(next(iter(c.map().entrySet())))"));
    }

    private static Map<Object, String> stringValues(Map<Object, Object> m) {
        Map<Object, String> out = new HashMap<>();
        m.forEach((k, v) -> out.put(k, String.valueOf(v).replace("null", "None")));
        return out;
    }

    @Test
    void setBehavesAsSet() {
        py.exec("s = c.set('a', 'b')");
        assertEquals(2, py.eval("len(s)"));
        assertEquals(true, py.eval("'a' in s"));
        assertEquals(false, py.eval("'z' in s"));
        assertEquals("['a', 'b']", py.repr("sorted(s)"));
        py.exec("s.add('c'); s.discard('a'); s.discard('nothing')");
        assertEquals("['b', 'c']", py.repr("sorted(s)"));
        assertEquals(true, py.eval("s.remove('b')")); // Java's Set.remove
        assertEquals("['c']", py.repr("[x for x in s]"));
    }

    @Test
    void arrays() {
        py.exec("a = c.ints(4)");
        assertEquals(4, py.eval("len(a)"));
        assertEquals(4, py.eval("a.length"));
        assertEquals("[0, 1, 4, 9]", py.repr("list(a)"));
        assertEquals(9, py.eval("a[-1]"));
        assertEquals("[1, 9]", py.repr("a[1::2]"));
        assertEquals(true, py.eval("4 in a"));
        assertEquals("IndexError: array index out of range", py.error("a[4]"));
        py.exec("a[0] = 100");
        assertEquals(100, py.eval("a[0]"));
        assertEquals("OverflowError: Python int too large to convert to Java int", py.error("a[0] = 2**40"));
        assertEquals("TypeError: array item must be int, not str", py.error("a[0] = 'x'"));
        assertEquals("[100, 1, 4, 9]", py.eval("str(a)"));
        assertEquals("int[]", py.eval("type(a).__name__"));
        py.exec("s = c.strings()");
        assertEquals("['x', None, 'z']", py.repr("list(s)"));
        py.exec("s[1] = 'y'");
        assertEquals("y", py.eval("s[1]"));
    }

    @Test
    void iterablesAndIterators() {
        assertEquals("[0, 1, 2, 3]", py.repr("list(c.upTo(4))"));
        assertEquals("[0, 1, 4]", py.repr("[i * i for i in c.upTo(3)]"));
        py.exec("it = c.letters()");
        assertEquals("a", py.eval("next(it)"));
        assertEquals("['b', 'c']", py.repr("list(it)"));
        assertEquals("StopIteration: ", py.error("next(it)"));
        assertEquals(true, py.eval("iter(c.letters()) is not None"));
    }
}
