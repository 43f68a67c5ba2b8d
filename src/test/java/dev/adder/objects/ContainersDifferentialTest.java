package dev.adder.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.adder.ast.Python3;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyBuiltinFunction;
import dev.adder.runtime.PyNone;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Container behaviour compared with python3: each case is Python source (statements, then an
 * expression on the last line) and the same computation built in Java through {@link Ops}; both
 * sides print {@code repr(result)} or {@code Type: message}.
 *
 * <p>Over 600 lines: most of it is case data (one Python expression and one Java computation per line).
 * Splitting it by family (dict, list, set, ranges and iterators) is pending.
 */
class ContainersDifferentialTest {
    private static final String SCRIPT = """
            import sys
            src = open(sys.argv[1], encoding='ascii').read().split('\\n====\\n')
            out = []
            for case in src:
                if not case.strip():
                    continue
                *stmts, last = case.strip().split('\\n')
                env = {}
                try:
                    exec('\\n'.join(stmts), env)
                    r = repr(eval(last, env))
                except Exception as e:
                    r = type(e).__name__ + ': ' + str(e)
                out.append(r.replace('\\n', '\\\\n'))
            print('\\n'.join(out))
            """;

    private final List<String> python = new ArrayList<>();
    private final List<Supplier<Object>> adder = new ArrayList<>();

    private void check(String py, Supplier<Object> j) {
        python.add(py);
        adder.add(j);
    }

    private void run() {
        Python3.assumeAvailable();
        List<String> expected;
        try {
            java.nio.file.Path f = java.nio.file.Files.createTempFile("containers", ".txt");
            java.nio.file.Files.writeString(f, String.join("\n====\n", python) + "\n====\n");
            expected = Python3.run(SCRIPT, f.toString());
            java.nio.file.Files.delete(f);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertEquals(python.size(), expected.size(), "python3 answered every case");
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < python.size(); i++) {
            String got;
            try {
                got = Ops.repr(adder.get(i).get());
            } catch (PyBaseException e) {
                got = e.typeName() + ": " + Ops.str(e);
            }
            if (!got.equals(expected.get(i))) {
                failures.add(python.get(i).replace('\n', ';') + "\n   python3: " + expected.get(i) + "\n   adder:   " + got);
            }
        }
        assertEquals("", String.join("\n", failures));
    }

    // ---- helpers building values and calls through the object protocol ----

    static Object m(Object self, String name, Object... args) {
        return Ops.call(Ops.getattr(self, name), args, null);
    }

    static Object mk(Object self, String name, Object[] args, String... kwnames) {
        return Ops.call(Ops.getattr(self, name), args, kwnames);
    }

    static PyList l(Object... xs) {
        return PyList.of(xs);
    }

    static PyTuple t(Object... xs) {
        return PyTuple.of(xs);
    }

    static Object set(Object... xs) {
        return Ops.call(PySet.TYPE, PyList.of(xs));
    }

    static PyDict d(Object... kv) {
        PyDict d = new PyDict();
        for (int i = 0; i < kv.length; i += 2) {
            Ops.setitem(d, kv[i], kv[i + 1]);
        }
        return d;
    }

    static Object range(int... a) {
        Object[] args = new Object[a.length];
        for (int i = 0; i < a.length; i++) {
            args[i] = a[i];
        }
        return Ops.call(PyRange.TYPE, args);
    }

    static PySlice sl(Object a, Object b, Object c) {
        return new PySlice(a, b, c);
    }

    static final Object N = PyNone.NONE;

    // ---- cases ----

    @Test
    void setsIterateInCPythonOrder() {
        check("{3, 1, 2}", () -> set(3, 1, 2));
        check("{10, 100, 1000}", () -> set(10, 100, 1000));
        check("set([-1, -2, 5, 7, 1 << 40, 8, 16, 24])", () -> set(-1, -2, 5, 7, 1L << 40, 8, 16, 24));
        // A set display's constant is built twice by CPython's compiler (folding, then merge_consts): this order.
        check("{-1, -2, 5, 7, 1 << 40, 8, 16, 24}", () -> Ops.call(PySet.TYPE, Ops.call(PyFrozenSet.TYPE,
                Ops.call(PyTuple.TYPE, Ops.call(PyFrozenSet.TYPE, l(-1, -2, 5, 7, 1L << 40, 8, 16, 24))))));
        check("set(range(0, 1000, 37))", () -> Ops.call(PySet.TYPE, range(0, 1000, 37)));
        check("s = set(range(20))\nfor i in range(0, 20, 3): s.discard(i)\nfor i in range(100, 140, 7): s.add(i)\ns", () -> {
            Object s = Ops.call(PySet.TYPE, range(20));
            for (int i = 0; i < 20; i += 3) {
                m(s, "discard", i);
            }
            for (int i = 100; i < 140; i += 7) {
                m(s, "add", i);
            }
            return s;
        });
        check("{1, 2, 3} | {40, 9, 17}", () -> Arith.binaryOp(Arith.OR, set(1, 2, 3), set(40, 9, 17)));
        check("{1, 2, 3, 4, 5} & {5, 3, 99}", () -> Arith.binaryOp(Arith.AND, set(1, 2, 3, 4, 5), set(5, 3, 99)));
        check("{1, 2, 3, 4, 5} - {5, 3, 99}", () -> Arith.binaryOp(Arith.SUBTRACT, set(1, 2, 3, 4, 5), set(5, 3, 99)));
        check("{1, 2, 3, 4, 5} ^ {5, 3, 99, 17}", () -> Arith.binaryOp(Arith.XOR, set(1, 2, 3, 4, 5), set(5, 3, 99, 17)));
        check("frozenset({1, 2}) | {3}", () -> Arith.binaryOp(Arith.OR, Ops.call(PyFrozenSet.TYPE, set(1, 2)), set(3)));
        check("set({1: 2, 9: 3, 17: 4})", () -> Ops.call(PySet.TYPE, d(1, 2, 9, 3, 17, 4)));
        check("s = {1, 2, 3}\ns.pop(), s.pop(), s", () -> {
            Object s = set(1, 2, 3);
            return t(m(s, "pop"), m(s, "pop"), s);
        });
        check("{1, 2}.union([3], (4, 5), {6})", () -> m(set(1, 2), "union", l(3), t(4, 5), set(6)));
        check("{1, 2, 3}.intersection([3, 2, 9])", () -> m(set(1, 2, 3), "intersection", l(3, 2, 9)));
        check("{1, 2, 3}.difference([3], [1])", () -> m(set(1, 2, 3), "difference", l(3), l(1)));
        check("{1, 2, 3}.symmetric_difference([3, 4])", () -> m(set(1, 2, 3), "symmetric_difference", l(3, 4)));
        check("{1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2} == frozenset([2, 1]), {1} >= {1}",
                () -> t(Compare.richCompare(set(1, 2), set(1, 2, 3), Compare.LE),
                        Compare.richCompare(set(1, 2), set(1, 2), Compare.LT),
                        Compare.richCompare(set(1, 2), Ops.call(PyFrozenSet.TYPE, l(2, 1)), Compare.EQ),
                        Compare.richCompare(set(1), set(1), Compare.GE)));
        check("{1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset([1]), {1}.isdisjoint([2])",
                () -> t(m(set(1, 2), "issubset", l(1, 2, 3)), m(set(1, 2), "issuperset", l(1)), m(set(1), "isdisjoint", l(2))));
        check("set(), frozenset(), {frozenset({1})}", () -> t(set(), Ops.call(PyFrozenSet.TYPE), set(Ops.call(PyFrozenSet.TYPE, l(1)))));
        check("hash(frozenset({1, 2, 3})), hash(frozenset()), hash(frozenset({-1, 7}))",
                () -> t(Ops.hash(Ops.call(PyFrozenSet.TYPE, l(1, 2, 3))), Ops.hash(Ops.call(PyFrozenSet.TYPE)),
                        Ops.hash(Ops.call(PyFrozenSet.TYPE, l(-1, 7)))));
        check("set().pop()", () -> m(set(), "pop"));
        check("set().remove(5)", () -> m(set(), "remove", 5));
        check("{1} | [1]", () -> Arith.binaryOp(Arith.OR, set(1), l(1)));
        check("{1, 2} in {frozenset({1, 2})}", () -> Ops.contains(set(Ops.call(PyFrozenSet.TYPE, l(1, 2))), set(1, 2)));
        check("s = {1, 2}\ns |= {3}\ns &= {3, 1}\ns -= {9}\ns ^= {7}\ns", () -> {
            Object s = set(1, 2);
            s = Arith.binaryOp(Arith.OR + Arith.INPLACE_OFFSET, s, set(3));
            s = Arith.binaryOp(Arith.AND + Arith.INPLACE_OFFSET, s, set(3, 1));
            s = Arith.binaryOp(Arith.SUBTRACT + Arith.INPLACE_OFFSET, s, set(9));
            return Arith.binaryOp(Arith.XOR + Arith.INPLACE_OFFSET, s, set(7));
        });
        check("s = {1, 2}\nfor x in s: s.add(x + 10)\ns", () -> {
            Object s = set(1, 2);
            Object it = Ops.iter(s);
            for (Object x = Ops.next(it); x != null; x = Ops.next(it)) {
                m(s, "add", Arith.add(x, 10));
            }
            return s;
        });
        check("list[int], dict[str, list[int]], tuple[int, ...], set[()], list[int](range(2)), list[int].__origin__, list[int] == list[int]",
                () -> {
                    Object li = Ops.getitem(PyList.TYPE, IntMethods.TYPE);
                    return t(li, Ops.getitem(PyDict.TYPE, t(StrMethods.TYPE, li)),
                            Ops.getitem(PyTuple.TYPE, t(IntMethods.TYPE, dev.adder.runtime.PySingleton.ELLIPSIS)),
                            Ops.getitem(PySet.TYPE, t()), Ops.call(li, range(2)), Ops.getattr(li, "__origin__"),
                            Compare.richCompare(li, Ops.getitem(PyList.TYPE, IntMethods.TYPE), Compare.EQ));
                });
        check("set(1, 2)", () -> Ops.call(PySet.TYPE, 1, 2));
        check("{1, 2, 3}.add()", () -> m(set(1, 2, 3), "add"));
        run();
    }

    @Test
    void randomIntSetsMatchCPythonLayout() {
        Random rnd = new Random(42);
        for (int c = 0; c < 60; c++) {
            int n = rnd.nextInt(40);
            List<Object> xs = new ArrayList<>();
            StringBuilder py = new StringBuilder("s = set()\n");
            List<int[]> ops = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int v = rnd.nextInt(c % 3 == 0 ? 64 : 5000) - 100;
                boolean add = rnd.nextInt(4) != 0;
                ops.add(new int[] {add ? 1 : 0, v});
                py.append(add ? "s.add(" : "s.discard(").append(v).append(")\n");
                xs.add(v);
            }
            py.append("s");
            check(py.toString(), () -> {
                Object s = set();
                for (int[] op : ops) {
                    m(s, op[0] == 1 ? "add" : "discard", op[1]);
                }
                return s;
            });
            check("set(" + xs + ")", () -> Ops.call(PySet.TYPE, new PyList(xs)));
        }
        run();
    }

    private static dev.adder.runtime.PyType subclass(String name, dev.adder.runtime.PyType base) {
        return new dev.adder.runtime.PyType(name, "__main__", new dev.adder.runtime.PyType[] {base}, null, true, null);
    }

    @Test
    void subclassesOfContainers() {
        check("class L(list): pass\nx = L([1, 2])\nx.append(3)\nx, len(x), x[0], type(x).__name__, x + [4]", () -> {
            dev.adder.runtime.PyType lt = subclass("L", PyList.TYPE);
            Object x = Ops.call(lt, l(1, 2));
            m(x, "append", 3);
            return t(x, Ops.len(x), Ops.getitem(x, 0), Ops.type(x).name(), Arith.binaryOp(Arith.ADD, x, l(4)));
        });
        check("class D(dict):\n    def __missing__(self, k): return k * 2\nD(a=1)['zz'], D(a=1), D(a=1).get('q')", () -> {
            dev.adder.runtime.PyType dt = subclass("D", PyDict.TYPE);
            dt.setAttribute("__missing__", new PyBuiltinFunction("__missing__", null,
                    (a, k) -> Arith.binaryOp(Arith.MULTIPLY, a[1], 2)));
            Object x = Ops.call(dt, new Object[] {1}, new String[] {"a"});
            return t(Ops.getitem(x, "zz"), x, m(x, "get", "q"));
        });
        check("class S(set): pass\nS([3, 1]), S([1]) | {2}, S()", () -> {
            dev.adder.runtime.PyType st = subclass("S", PySet.TYPE);
            return t(Ops.call(st, l(3, 1)), Arith.binaryOp(Arith.OR, Ops.call(st, l(1)), set(2)), Ops.call(st));
        });
        check("class F(frozenset): pass\nF([1]), F([1]) == frozenset([1])", () -> {
            dev.adder.runtime.PyType ft = subclass("F", PyFrozenSet.TYPE);
            return t(Ops.call(ft, l(1)), Compare.richCompare(Ops.call(ft, l(1)), Ops.call(PyFrozenSet.TYPE, l(1)), Compare.EQ));
        });
        check("class T(tuple): pass\nT([1, 2]), T([1, 2])[0:1], type(T([1])).__name__", () -> {
            dev.adder.runtime.PyType tt = subclass("T", PyTuple.TYPE);
            return t(Ops.call(tt, l(1, 2)), Ops.getitem(Ops.call(tt, l(1, 2)), sl(0, 1, N)), Ops.type(Ops.call(tt, l(1))).name());
        });
        check("x = [1]\nx.append((x, {2: x}))\nx, ({1: 2}, {3})", () -> {
            PyList x = l(1);
            m(x, "append", t(x, d(2, x)));
            return t(x, t(d(1, 2), set(3)));
        });
        run();
    }

    @Test
    void dicts() {
        check("{1: 'a', 'b': 2, 1.0: 'c', True: 'd'}", () -> d(1, "a", "b", 2, 1.0, "c", true, "d"));
        check("d = {1: 2, 3: 4, 5: 6}\ndel d[3]\nd[3] = 7\nd[1] = 0\nd", () -> {
            PyDict x = d(1, 2, 3, 4, 5, 6);
            Ops.delitem(x, 3);
            Ops.setitem(x, 3, 7);
            Ops.setitem(x, 1, 0);
            return x;
        });
        check("{}['x']", () -> Ops.getitem(d(), "x"));
        check("{}[(1, 2)]", () -> Ops.getitem(d(), t(1, 2)));
        check("d = {}\nd[1] = d\nd", () -> {
            PyDict x = d();
            Ops.setitem(x, 1, x);
            return x;
        });
        check("d = {1: 2, 3: 4}\nd.popitem(), d.popitem(), d", () -> {
            PyDict x = d(1, 2, 3, 4);
            return t(m(x, "popitem"), m(x, "popitem"), x);
        });
        check("{}.popitem()", () -> m(d(), "popitem"));
        check("d = {1: 2}\nd.get(1), d.get(5), d.get(5, 'x'), d.setdefault(7, []), d.setdefault(1), d",
                () -> {
                    PyDict x = d(1, 2);
                    return t(m(x, "get", 1), m(x, "get", 5), m(x, "get", 5, "x"), m(x, "setdefault", 7, l()),
                            m(x, "setdefault", 1), x);
                });
        check("d = {1: 2}\nd.pop(1), d.pop(5, 'z'), d", () -> {
            PyDict x = d(1, 2);
            return t(m(x, "pop", 1), m(x, "pop", 5, "z"), x);
        });
        check("{}.pop('k')", () -> m(d(), "pop", "k"));
        check("d = {1: 2}\nd.update([(3, 4)], x=5)\nd.update({6: 7})\nd", () -> {
            PyDict x = d(1, 2);
            mk(x, "update", new Object[] {l(t(3, 4)), 5}, "x");
            m(x, "update", d(6, 7));
            return x;
        });
        check("dict([(1, 2), [3, 4]], a=1)", () -> Ops.call(PyDict.TYPE, new Object[] {l(t(1, 2), l(3, 4)), 1}, new String[] {"a"}));
        check("dict([1])", () -> Ops.call(PyDict.TYPE, l(1)));
        check("dict([(1, 2, 3)])", () -> Ops.call(PyDict.TYPE, l(t(1, 2, 3))));
        check("dict(1, 2)", () -> Ops.call(PyDict.TYPE, 1, 2));
        check("dict.fromkeys([1, 2], 0), {}.fromkeys('ab')",
                () -> t(m(PyDict.TYPE, "fromkeys", l(1, 2), 0), m(d(), "fromkeys", "ab")));
        check("d = {1: 2, 3: 4}\nlist(d.keys()), list(d.values()), list(d.items()), list(reversed(d))",
                () -> {
                    PyDict x = d(1, 2, 3, 4);
                    return t(Iteration.toList(m(x, "keys")), Iteration.toList(m(x, "values")),
                            Iteration.toList(m(x, "items")), Iteration.toList(Ops.call(BuiltinIterators.REVERSED, x)));
                });
        check("d = {1: 2, 3: 4}\nd.keys(), d.values(), d.items()",
                () -> {
                    PyDict x = d(1, 2, 3, 4);
                    return t(m(x, "keys"), m(x, "values"), m(x, "items"));
                });
        check("d = {1: 2, 3: 4}\nd.keys() & {3, 9}, d.keys() | [7], d.keys() - {1}, d.items() ^ {(1, 2)}, {3} - d.keys()",
                () -> {
                    PyDict x = d(1, 2, 3, 4);
                    return t(Arith.binaryOp(Arith.AND, m(x, "keys"), set(3, 9)),
                            Arith.binaryOp(Arith.OR, m(x, "keys"), l(7)),
                            Arith.binaryOp(Arith.SUBTRACT, m(x, "keys"), set(1)),
                            Arith.binaryOp(Arith.XOR, m(x, "items"), set(t(1, 2))),
                            Arith.binaryOp(Arith.SUBTRACT, set(3), m(x, "keys")));
                });
        check("d = {1: 2, 3: 4}\nd.keys() == {1, 3}, (1, 2) in d.items(), (1, 3) in d.items(), d.keys().isdisjoint([5])",
                () -> {
                    PyDict x = d(1, 2, 3, 4);
                    return t(Compare.richCompare(m(x, "keys"), set(1, 3), Compare.EQ),
                            Ops.contains(m(x, "items"), t(1, 2)), Ops.contains(m(x, "items"), t(1, 3)),
                            m(m(x, "keys"), "isdisjoint", l(5)));
                });
        check("d = {1: 2}\nfor k in d: d[k + 1] = 0\nd", () -> {
            PyDict x = d(1, 2);
            Object it = Ops.iter(x);
            for (Object k = Ops.next(it); k != null; k = Ops.next(it)) {
                Ops.setitem(x, Arith.add(k, 1), 0);
            }
            return N;
        });
        check("{1: 2} == {1: 2.0}, {1: 2} != {1: 3}, {1: 2} | {3: 4}, {1: [1]} == {1: [1]}",
                () -> t(Compare.richCompare(d(1, 2), d(1, 2.0), Compare.EQ), Compare.richCompare(d(1, 2), d(1, 3), Compare.NE),
                        Arith.binaryOp(Arith.OR, d(1, 2), d(3, 4)), Compare.richCompare(d(1, l(1)), d(1, l(1)), Compare.EQ)));
        check("d = {1: 2}\nd |= [(5, 6)]\nd", () -> Arith.binaryOp(Arith.OR + Arith.INPLACE_OFFSET, d(1, 2), l(t(5, 6))));
        check("d = {}\nfor i in range(10000):\n    d[i] = i\n    d[-i] = i\n    d.popitem()\n    del d[i]\nd[5] = 1\nd", () -> {
            PyDict x = d();
            for (int i = 0; i < 10000; i++) {
                Ops.setitem(x, i, i);
                Ops.setitem(x, -i, i);
                m(x, "popitem");
                Ops.delitem(x, i);
            }
            Ops.setitem(x, 5, 1);
            return x;
        });
        check("s = {''}\nfor i in range(5000):\n    s.add(str(i))\n    s.discard(str(i - 1))\nlen(s)", () -> {
            Object x = set("");
            for (int i = 0; i < 5000; i++) {
                m(x, "add", String.valueOf(i));
                m(x, "discard", String.valueOf(i - 1));
            }
            return Ops.len(x);
        });
        check("{[]: 1}", () -> d(l(), 1));
        check("d = dict.fromkeys(range(100))\nfor i in range(0, 100, 2): del d[i]\nd[0] = 1\nlist(d)[:5], len(d)", () -> {
            Object x = m(PyDict.TYPE, "fromkeys", range(100));
            for (int i = 0; i < 100; i += 2) {
                Ops.delitem(x, i);
            }
            Ops.setitem(x, 0, 1);
            return t(Ops.getitem(Iteration.toList(x), sl(N, 5, N)), Ops.len(x));
        });
        run();
    }

    @Test
    void lists() {
        check("[1, 'a', [2], (3,), None, 2.5]", () -> l(1, "a", l(2), t(3), N, 2.5));
        check("x = [1, 2]\nx.append(x)\nx", () -> {
            PyList x = l(1, 2);
            m(x, "append", x);
            return x;
        });
        check("x = [5, 1, 4]\nx.append(2); x.insert(0, 9); x.insert(-1, 8); x.insert(100, 7); x.extend((3, 3))\nx",
                () -> {
                    PyList x = l(5, 1, 4);
                    m(x, "append", 2);
                    m(x, "insert", 0, 9);
                    m(x, "insert", -1, 8);
                    m(x, "insert", 100, 7);
                    m(x, "extend", t(3, 3));
                    return x;
                });
        check("x = [1, 2, 3, 2]\nx.pop(), x.pop(0), x.index(2), x.count(2), x.remove(2), x",
                () -> {
                    PyList x = l(1, 2, 3, 2);
                    return t(m(x, "pop"), m(x, "pop", 0), m(x, "index", 2), m(x, "count", 2), m(x, "remove", 2), x);
                });
        check("[].pop()", () -> m(l(), "pop"));
        check("[1].pop(5)", () -> m(l(1), "pop", 5));
        check("[].remove(1)", () -> m(l(), "remove", 1));
        check("[1, 2].index(5)", () -> m(l(1, 2), "index", 5));
        check("[1, 2, 1].index(1, 1), [1, 2, 1].index(1, -1)", () -> t(m(l(1, 2, 1), "index", 1, 1), m(l(1, 2, 1), "index", 1, -1)));
        check("[].append()", () -> m(l(), "append"));
        check("[].pop(1, 2)", () -> m(l(), "pop", 1, 2));
        check("[].insert(1)", () -> m(l(), "insert", 1));
        check("[].copy(1)", () -> m(l(), "copy", 1));
        check("list.append(1, 2)", () -> Ops.call(Ops.getattr(PyList.TYPE, "append"), 1, 2));
        check("x = list(range(10))\nx[2:5], x[::3], x[::-2], x[-3:], x[8:2:-2], x[100:], x[5:1]", () -> {
            Object x = Ops.call(PyList.TYPE, range(10));
            return t(Ops.getitem(x, sl(2, 5, N)), Ops.getitem(x, sl(N, N, 3)), Ops.getitem(x, sl(N, N, -2)),
                    Ops.getitem(x, sl(-3, N, N)), Ops.getitem(x, sl(8, 2, -2)), Ops.getitem(x, sl(100, N, N)),
                    Ops.getitem(x, sl(5, 1, N)));
        });
        check("x = list(range(10))\nx[2:5] = 'ab'\nx[::3] = [0, 0, 0]\ndel x[1::4]\nx[-1:] = []\nx", () -> {
            Object x = Ops.call(PyList.TYPE, range(10));
            Ops.setitem(x, sl(2, 5, N), "ab");
            Ops.setitem(x, sl(N, N, 3), l(0, 0, 0));
            Ops.delitem(x, sl(1, N, 4));
            Ops.setitem(x, sl(-1, N, N), l());
            return x;
        });
        check("x = [1, 2, 3]\nx[::2] = [1]\nx", () -> {
            Ops.setitem(l(1, 2, 3), sl(N, N, 2), l(1));
            return N;
        });
        check("x = [1, 2, 3]\nx[::2] = 1\nx", () -> {
            Ops.setitem(l(1, 2, 3), sl(N, N, 2), 1);
            return N;
        });
        check("x = [1, 2, 3]\nx[1:2] = 1\nx", () -> {
            Ops.setitem(l(1, 2, 3), sl(1, 2, N), 1);
            return N;
        });
        check("x = [1, 2, 3]\nx[1:2] = x\nx", () -> {
            PyList x = l(1, 2, 3);
            Ops.setitem(x, sl(1, 2, N), x);
            return x;
        });
        check("x = [1, 2, 3, 4, 5]\ndel x[::-2]\nx", () -> {
            PyList x = l(1, 2, 3, 4, 5);
            Ops.delitem(x, sl(N, N, -2));
            return x;
        });
        check("[1, 2][5]", () -> Ops.getitem(l(1, 2), 5));
        check("[1, 2][-3]", () -> Ops.getitem(l(1, 2), -3));
        check("[1]['a']", () -> Ops.getitem(l(1), "a"));
        check("[1][1 << 70]", () -> Ops.getitem(l(1), java.math.BigInteger.ONE.shiftLeft(70)));
        check("x = [1]\nx[3] = 0\nx", () -> {
            Ops.setitem(l(1), 3, 0);
            return N;
        });
        check("[1][::0]", () -> Ops.getitem(l(1), sl(N, N, 0)));
        check("[1, 2] + [3], [1] * 3, 2 * [0], [1, 2] * -1, [1] * True", () -> t(Arith.binaryOp(Arith.ADD, l(1, 2), l(3)),
                Arith.binaryOp(Arith.MULTIPLY, l(1), 3), Arith.binaryOp(Arith.MULTIPLY, 2, l(0)),
                Arith.binaryOp(Arith.MULTIPLY, l(1, 2), -1), Arith.binaryOp(Arith.MULTIPLY, l(1), true)));
        check("x = [1]\nx += (2, 3)\nx *= 2\nx", () -> {
            Object x = l(1);
            x = Arith.binaryOp(Arith.ADD + Arith.INPLACE_OFFSET, x, t(2, 3));
            return Arith.binaryOp(Arith.MULTIPLY + Arith.INPLACE_OFFSET, x, 2);
        });
        check("[1, 2] < [1, 3], [1, 2] < [1, 2, 0], [1] == [1.0], [2] > [1, 5], [] <= [], [1, 2] != [1, 2]",
                () -> t(Compare.richCompare(l(1, 2), l(1, 3), Compare.LT), Compare.richCompare(l(1, 2), l(1, 2, 0), Compare.LT),
                        Compare.richCompare(l(1), l(1.0), Compare.EQ), Compare.richCompare(l(2), l(1, 5), Compare.GT),
                        Compare.richCompare(l(), l(), Compare.LE), Compare.richCompare(l(1, 2), l(1, 2), Compare.NE)));
        check("[1, 2] < [1, 'a']", () -> Compare.richCompare(l(1, 2), l(1, "a"), Compare.LT));
        check("x = [3, 1, 2]\nx.reverse()\ny = x.copy()\nx.clear()\nx, y", () -> {
            PyList x = l(3, 1, 2);
            m(x, "reverse");
            Object y = m(x, "copy");
            m(x, "clear");
            return t(x, y);
        });
        check("list('abc'), list((1, 2)), list({1: 2}), list(range(3, 0, -1)), list()", () -> t(
                Ops.call(PyList.TYPE, "abc"), Ops.call(PyList.TYPE, t(1, 2)), Ops.call(PyList.TYPE, d(1, 2)),
                Ops.call(PyList.TYPE, range(3, 0, -1)), Ops.call(PyList.TYPE)));
        check("list(1)", () -> Ops.call(PyList.TYPE, 1));
        check("x = [1, 2]\nfor v in x:\n    if v < 5: x.append(v + 2)\nx", () -> {
            PyList x = l(1, 2);
            Object it = Ops.iter(x);
            for (Object v = Ops.next(it); v != null; v = Ops.next(it)) {
                if ((Integer) v < 5) {
                    m(x, "append", (Integer) v + 2);
                }
            }
            return x;
        });
        run();
    }

    @Test
    void sorting() {
        PyBuiltinFunction first = new PyBuiltinFunction("first", null, (a, k) -> Ops.getitem(a[0], 0));
        PyBuiltinFunction str = new PyBuiltinFunction("str", null, (a, k) -> Ops.str(a[0]));
        Random rnd = new Random(7);
        for (int c = 0; c < 12; c++) {
            int n = rnd.nextInt(c < 6 ? 30 : 300);
            List<Object> pairs = new ArrayList<>();
            StringBuilder py = new StringBuilder("[");
            for (int i = 0; i < n; i++) {
                int k = rnd.nextInt(c % 2 == 0 ? 5 : 1000);
                pairs.add(t(k, i));
                py.append("(").append(k).append(", ").append(i).append("), ");
            }
            py.append("]");
            boolean reverse = c % 3 == 0;
            check("x = " + py + "\nx.sort(key=lambda t: t[0], reverse=" + (reverse ? "True" : "False") + ")\nx", () -> {
                PyList x = new PyList(pairs);
                mk(x, "sort", new Object[] {first, reverse}, "key", "reverse");
                return x;
            });
            check("x = " + py + "\nx.sort()\nx", () -> {
                PyList x = new PyList(pairs);
                m(x, "sort");
                return x;
            });
        }
        check("x = [(i * 7919) % 1009 - 500 for i in range(3000)]\nx.sort(reverse=True)\ny = [str(v) for v in x]\ny.sort()\nx[:5], x[-5:], y[:6]", () -> {
            List<Object> xs = new ArrayList<>();
            for (int i = 0; i < 3000; i++) {
                xs.add((i * 7919) % 1009 - 500);
            }
            PyList x = new PyList(xs);
            mk(x, "sort", new Object[] {true}, "reverse");
            List<Object> ys = new ArrayList<>();
            for (Object v : x) {
                ys.add(String.valueOf(v));
            }
            PyList y = new PyList(ys);
            m(y, "sort");
            return t(Ops.getitem(x, sl(N, 5, N)), Ops.getitem(x, sl(-5, N, N)), Ops.getitem(y, sl(N, 6, N)));
        });
        check("x = [10, 9, 100, 1, 'a']\nx.sort(key=str)\nx", () -> {
            PyList x = l(10, 9, 100, 1, "a");
            mk(x, "sort", new Object[] {str}, "key");
            return x;
        });
        check("x = [3, 'a', 1]\nx.sort()", () -> m(l(3, "a", 1), "sort"));
        check("x = [3, 1.5, True, -2]\nx.sort()\nx", () -> {
            PyList x = l(3, 1.5, true, -2);
            m(x, "sort");
            return x;
        });
        check("x = [3, 1, 2]\nx.sort(key=lambda v: x.append(v) or v)\nx", () -> {
            PyList x = l(3, 1, 2);
            PyBuiltinFunction key = new PyBuiltinFunction("k", null, (a, k) -> {
                x.add(a[0]);
                return a[0];
            });
            mk(x, "sort", new Object[] {key}, "key");
            return x;
        });
        check("x = [3, 1, 2]\ntry:\n    x.sort(key=lambda v: x.append(v) or v)\nexcept ValueError: pass\nx", () -> {
            PyList x = l(3, 1, 2);
            PyBuiltinFunction key = new PyBuiltinFunction("k", null, (a, k) -> {
                x.add(a[0]);
                return a[0];
            });
            try {
                mk(x, "sort", new Object[] {key}, "key");
            } catch (PyBaseException e) {
                // as the Python side
            }
            return x;
        });
        check("[].sort(1)", () -> m(l(), "sort", 1));
        check("[].sort(foo=1)", () -> mk(l(), "sort", new Object[] {1}, "foo"));
        check("[].sort(reverse=None)", () -> mk(l(), "sort", new Object[] {N}, "reverse"));
        run();
    }

    @Test
    void tuplesRangesSlices() {
        check("(), (1,), (1, 2), ((1,),)", () -> t(t(), t(1), t(1, 2), t(t(1))));
        check("hash((1, 2)), hash(()), hash((1, (2, 3), 'a' * 0, -1, 2.5))", () -> t(Ops.hash(t(1, 2)), Ops.hash(t()),
                Ops.hash(t(1, t(2, 3), "", -1, 2.5))));
        check("(1, 2, 3)[1:], (1, 2, 3)[::-1], (1, 2)[5:]", () -> t(Ops.getitem(t(1, 2, 3), sl(1, N, N)),
                Ops.getitem(t(1, 2, 3), sl(N, N, -1)), Ops.getitem(t(1, 2), sl(5, N, N))));
        check("(1,)[5]", () -> Ops.getitem(t(1), 5));
        check("(1, 2) + (3,), (1,) * 2, (1, 2).index(2), (1, 2, 1).count(1)", () -> t(Arith.binaryOp(Arith.ADD, t(1, 2), t(3)),
                Arith.binaryOp(Arith.MULTIPLY, t(1), 2), m(t(1, 2), "index", 2), m(t(1, 2, 1), "count", 1)));
        check("(1, 2).index(1, None)", () -> m(t(1, 2), "index", 1, N));
        check("[1].index(1, 1.5)", () -> m(l(1), "index", 1, 1.5));
        check("(1, 2).index(2, -1), [1, 2, 3].index(2, 0, 2)", () -> t(m(t(1, 2), "index", 2, -1), m(l(1, 2, 3), "index", 2, 0, 2)));
        check("[1, 2, 3].index(3, 0, 2)", () -> m(l(1, 2, 3), "index", 3, 0, 2));
        check("(1, 2).index(5)", () -> m(t(1, 2), "index", 5));
        check("(1, 2) < (1, 2, 3), (1, 2) == (1, 2), (2,) > (1, 9)", () -> t(Compare.richCompare(t(1, 2), t(1, 2, 3), Compare.LT),
                Compare.richCompare(t(1, 2), t(1, 2), Compare.EQ), Compare.richCompare(t(2), t(1, 9), Compare.GT)));
        check("tuple([1, 2]), tuple('ab'), tuple()", () -> t(Ops.call(PyTuple.TYPE, l(1, 2)), Ops.call(PyTuple.TYPE, "ab"),
                Ops.call(PyTuple.TYPE)));
        check("hash(([],))", () -> Ops.hash(t(l())));
        check("range(10), range(1, 5), range(0, 10, 3), range(5, 0, -1)", () -> t(range(10), range(1, 5), range(0, 10, 3),
                range(5, 0, -1)));
        check("r = range(0, 20, 3)\nlen(r), r[2], r[-1], r[1:5], r[::-1], 9 in r, 10 in r, r.index(9), r.count(3), list(r)",
                () -> {
                    Object r = range(0, 20, 3);
                    return t(Ops.len(r), Ops.getitem(r, 2), Ops.getitem(r, -1), Ops.getitem(r, sl(1, 5, N)),
                            Ops.getitem(r, sl(N, N, -1)), Ops.contains(r, 9), Ops.contains(r, 10), m(r, "index", 9),
                            m(r, "count", 3), Iteration.toList(r));
                });
        check("list(reversed(range(1, 10, 3))), list(range(5, -5, -3))", () -> t(
                Iteration.toList(Ops.call(BuiltinIterators.REVERSED, range(1, 10, 3))), Iteration.toList(range(5, -5, -3))));
        java.math.BigInteger e20 = java.math.BigInteger.TEN.pow(20);
        check("r = range(0, 10 ** 20, 3)\nr[10 ** 18], 3 * 10 ** 18 in r, 3 * 10 ** 18 + 1 in r, r[-1], r.index(3 * 10 ** 19), r, r[::10 ** 19], bool(r)",
                () -> {
                    Object r = Ops.call(PyRange.TYPE, 0, e20, 3);
                    Object e18 = java.math.BigInteger.TEN.pow(18).longValue();
                    return t(Ops.getitem(r, e18), Ops.contains(r, 3 * (long) e18), Ops.contains(r, 3 * (long) e18 + 1),
                            Ops.getitem(r, -1), m(r, "index", IntOps.normalize(e20.divide(java.math.BigInteger.TEN).multiply(java.math.BigInteger.valueOf(3)))),
                            r, Ops.getitem(r, sl(N, N, java.math.BigInteger.TEN.pow(19))), Ops.isTrue(r));
                });
        check("len(range(10 ** 20))", () -> m(Ops.call(PyRange.TYPE, e20), "__len__"));
        check("list(range(2 ** 63 - 2, 2 ** 63 + 2)), list(reversed(range(2 ** 63 - 2, 2 ** 63 + 2)))", () -> {
            Object a = IntOps.sub(java.math.BigInteger.TWO.pow(63), 2);
            Object b = IntOps.add(java.math.BigInteger.TWO.pow(63), 2);
            return t(Iteration.toList(Ops.call(PyRange.TYPE, a, b)),
                    Iteration.toList(Ops.call(BuiltinIterators.REVERSED, Ops.call(PyRange.TYPE, a, b))));
        });
        check("range(3)[5]", () -> Ops.getitem(range(3), 5));
        check("range(3).index(7)", () -> m(range(3), "index", 7));
        check("range(1, 2, 0)", () -> range(1, 2, 0));
        check("range()", () -> Ops.call(PyRange.TYPE));
        check("range(1.5)", () -> Ops.call(PyRange.TYPE, 1.5));
        check("range(0) == range(5, 1), range(3) == range(0, 3, 1), hash(range(0)) == hash(range(4, 1)), hash(range(1, 9, 2))",
                () -> t(Compare.richCompare(range(0), range(5, 1), Compare.EQ), Compare.richCompare(range(3), range(0, 3, 1), Compare.EQ),
                        Ops.hash(range(0)) == Ops.hash(range(4, 1)), Ops.hash(range(1, 9, 2))));
        check("slice(1), slice(1, 2), slice(1, None, 3)", () -> t(Ops.call(PySlice.TYPE, 1), Ops.call(PySlice.TYPE, 1, 2),
                Ops.call(PySlice.TYPE, 1, N, 3)));
        check("slice(None, None, -1).indices(10), slice(-100, 100, 2).indices(5), slice(3).start, slice(3).stop",
                () -> t(m(sl(N, N, -1), "indices", 10), m(sl(-100, 100, 2), "indices", 5), Ops.getattr(sl(N, 3, N), "start"),
                        Ops.getattr(sl(N, 3, N), "stop")));
        check("slice(1.5).indices(3)", () -> m(sl(N, 1.5, N), "indices", 3));
        check("slice()", () -> Ops.call(PySlice.TYPE));
        check("list(enumerate('ab', 5)), list(zip([1, 2], 'xyz')), list(map(abs, [-1, 2])), list(filter(None, [0, 1, '']))",
                () -> {
                    PyBuiltinFunction abs = new PyBuiltinFunction("abs", null, (a, k) -> IntOps.abs(a[0]));
                    return t(Iteration.toList(Ops.call(BuiltinIterators.ENUMERATE, "ab", 5)),
                            Iteration.toList(Ops.call(BuiltinIterators.ZIP, l(1, 2), "xyz")),
                            Iteration.toList(Ops.call(BuiltinIterators.MAP, abs, l(-1, 2))),
                            Iteration.toList(Ops.call(BuiltinIterators.FILTER, N, l(0, 1, ""))));
                });
        check("list(zip([1, 2], [1], [2], strict=True))", () -> Iteration.toList(Ops.call(BuiltinIterators.ZIP,
                new Object[] {l(1, 2), l(1), l(2), true}, new String[] {"strict"})));
        check("list(zip([1], [1, 2], strict=True))", () -> Iteration.toList(Ops.call(BuiltinIterators.ZIP,
                new Object[] {l(1), l(1, 2), true}, new String[] {"strict"})));
        check("enumerate()", () -> Ops.call(BuiltinIterators.ENUMERATE));
        check("map(abs)", () -> Ops.call(BuiltinIterators.MAP, 1));
        check("filter(None)", () -> Ops.call(BuiltinIterators.FILTER, N));
        check("reversed(1)", () -> Ops.call(BuiltinIterators.REVERSED, 1));
        check("list(reversed((1, 2, 3))), list(reversed([4, 5]))", () -> t(Iteration.toList(Ops.call(BuiltinIterators.REVERSED, t(1, 2, 3))),
                Iteration.toList(Ops.call(BuiltinIterators.REVERSED, l(4, 5)))));
        check("type(iter([])).__name__, type(iter(())).__name__, type(iter(range(2))).__name__, type(iter({})).__name__, "
                + "type(iter(set())).__name__, type(iter('a')).__name__, type(iter('\\xe9')).__name__",
                () -> t(Ops.type(Ops.iter(l())).name(), Ops.type(Ops.iter(t())).name(), Ops.type(Ops.iter(range(2))).name(),
                        Ops.type(Ops.iter(d())).name(), Ops.type(Ops.iter(set())).name(), Ops.type(Ops.iter("a")).name(),
                        Ops.type(Ops.iter("\u00e9")).name()));
        check("it = iter([1, 2, 3])\nnext(it)\nit.__length_hint__()", () -> {
            Object it = Ops.iter(l(1, 2, 3));
            Ops.next(it);
            return m(it, "__length_hint__");
        });
        run();
    }
}
