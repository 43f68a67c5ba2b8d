package dev.adder.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.adder.TestThreads;
import dev.adder.builtins.PythonRuntime;
import dev.adder.objects.PyDict;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The per-type attribute cache ({@code PyType.entry}) and the fast instance paths against CPython:
 * every read below first warms the cache, then a class, a base, a metaclass, a descriptor's class
 * or the instance changes, and the next read must see the change.
 */
class AttributeCacheTest {
    private static void sameAsCPython(String source) {
        ObjectModelTest.sameAsCPython(source);
    }

    @Test
    void classAttributeChangedAfterCaching() {
        sameAsCPython("""
                class A:
                    x = 1
                    def m(self): return 'A.m'
                a = A()
                for _ in range(3): print(a.x, a.m(), A.x, getattr(a, 'y', 'no y'))
                A.x = 2
                A.y = 'y now'
                A.m = lambda self: 'new m'
                for _ in range(3): print(a.x, a.m(), A.x, a.y)
                del A.y
                print(getattr(a, 'y', 'gone'), hasattr(A, 'y'))
                del A.m
                try:
                    a.m()
                except AttributeError as e:
                    print('AttributeError', e)
                """);
    }

    @Test
    void baseClassChangedAfterCaching() {
        sameAsCPython("""
                class A:
                    def who(self): return 'A'
                class B(A): pass
                class C(A):
                    def who(self): return 'C'
                class D(B, C): pass
                d = D()
                for _ in range(3): print(d.who(), D.who(d), getattr(d, 'extra', None))
                B.who = lambda self: 'B'
                A.extra = 'from A'
                for _ in range(3): print(d.who(), D.who(d), d.extra, D.extra)
                del B.who
                C.extra = 'from C'
                for _ in range(3): print(d.who(), d.extra)
                del C.who
                print(d.who())
                object_attr = getattr(d, 'not_anywhere', 'missing')
                print(object_attr)
                """);
    }

    @Test
    void classAssignmentSwitchesLookups() {
        sameAsCPython("""
                class A:
                    kind = 'A'
                    def f(self): return 'A.f'
                class B:
                    kind = 'B'
                    def f(self): return 'B.f'
                    @property
                    def p(self): return 'B.p'
                o = A()
                o.p = 'instance p'
                for _ in range(3): print(o.kind, o.f(), o.p)
                o.__class__ = B
                for _ in range(3): print(o.kind, o.f(), o.p, o.__dict__)
                o.__class__ = A
                print(o.kind, o.f(), o.p)
                """);
    }

    @Test
    void methodReplacedByDataDescriptor() {
        sameAsCPython("""
                class A:
                    def value(self): return 'method'
                a = A()
                a.__dict__['value'] = 'shadow'
                for _ in range(3): print(a.value)
                del a.__dict__['value']
                for _ in range(3): print(a.value())
                A.value = property(lambda self: 'property', lambda self, v: print('set', v))
                for _ in range(3): print(a.value)
                a.value = 5
                a.__dict__['value'] = 'ignored'
                print(a.value, a.__dict__)
                class Data:
                    def __get__(self, i, o): return 'Data.get'
                    def __set__(self, i, v): print('Data.set', v)
                A.value = Data()
                print(a.value)
                a.value = 6
                del A.value
                print(a.value)
                a.value = 7
                print(a.value, a.__dict__)
                """);
    }

    @Test
    void descriptorClassChangedAfterCaching() {
        sameAsCPython("""
                class D:
                    pass
                class A:
                    d = D()
                a = A()
                for _ in range(3): print(type(a.d).__name__)
                D.__get__ = lambda self, i, o: 'got'
                a.__dict__['d'] = 'instance'
                for _ in range(3): print(a.d)
                D.__set__ = lambda self, i, v: print('D.set', v)
                for _ in range(3): print(a.d)
                a.d = 1
                del D.__set__
                a.d = 2
                print(a.d, a.__dict__)
                del D.__get__
                print(type(A.__dict__['d']).__name__, a.d)
                """);
    }

    @Test
    void instanceDictShadowingMethod() {
        sameAsCPython("""
                class A:
                    def m(self): return 'method'
                    def n(self, x): return ('n', x)
                a = A()
                for _ in range(3): print(a.m(), a.n(1))
                a.m = lambda: 'instance function'
                a.__dict__['n'] = lambda x: ('instance n', x)
                for _ in range(3): print(a.m(), a.n(2))
                del a.m
                del a.__dict__['n']
                for _ in range(3): print(a.m(), a.n(3))
                vars(a)['m'] = 'not callable'
                try:
                    a.m()
                except TypeError as e:
                    print('TypeError', e)
                """);
    }

    @Test
    void hooksAddedAfterCachingTakeOver() {
        sameAsCPython("""
                class A:
                    x = 1
                class B(A): pass
                b = B()
                b.y = 2
                for _ in range(3): print(b.x, b.y, getattr(b, 'z', None))
                A.__getattr__ = lambda self, n: 'hook ' + n
                for _ in range(3): print(b.x, b.y, b.z)
                log = []
                A.__setattr__ = lambda self, n, v: log.append(n)
                b.y = 3
                b.w = 4
                print(log, b.y, b.w)
                del A.__setattr__
                del A.__getattr__
                b.w = 5
                print(b.w, getattr(b, 'z', None))
                B.__getattribute__ = lambda self, n: 'all ' + n
                print(b.x, b.anything)
                del B.__getattribute__
                print(b.x)
                """);
    }

    @Test
    void metaclassAndClassLevelReads() {
        sameAsCPython("""
                class Meta(type):
                    tag = 'meta tag'
                    def hello(cls): return 'hello from ' + cls.__name__
                class A(metaclass=Meta):
                    pass
                class B(A): pass
                for _ in range(3): print(A.tag, B.hello(), B.__name__)
                A.tag = 'class tag'
                for _ in range(3): print(A.tag, B.tag)
                Meta.tag = property(lambda cls: 'meta property')
                for _ in range(3): print(A.tag, B.tag)
                del Meta.tag
                print(A.tag, B.tag)
                del A.tag
                print(getattr(B, 'tag', 'none'))
                Meta.hello = lambda cls: 'changed ' + cls.__name__
                print(B.hello())
                class Counter:
                    n = 0
                for i in range(5):
                    Counter.n += 1
                print(Counter.n, Counter().n)
                """);
    }

    @Test
    void subclassesOfBuiltinTypesAndSlots() {
        sameAsCPython("""
                class L(list):
                    def first(self): return self[0]
                class I(int):
                    pass
                class S:
                    __slots__ = ('a', 'b')
                l = L([3, 1, 2])
                l.sort()
                print(l.first(), l.count(1), I(5).bit_length(), I(5) + 1)
                s = S()
                s.a = 1
                for _ in range(3): print(s.a, getattr(s, 'b', 'unset'))
                try:
                    s.c = 1
                except AttributeError as e:
                    print('AttributeError', e)
                L.count = lambda self, x: 'overridden'
                print(l.count(1))
                del L.count
                print(l.count(1))
                """);
    }

    @Test
    void instanceAttributesBeforeAndAfterTheDictIsAskedFor() {
        sameAsCPython("""
                class P:
                    def __init__(self, a, b):
                        self.a = a
                        self.b = b
                p, q = P(1, 2), P(3, 4)
                q.c = 5
                q.a = 30
                print(p.a, p.b, q.a, q.b, q.c, getattr(p, 'c', None))
                print(vars(q), p.__dict__)
                q.d = 6
                del q.b
                print(vars(q), hasattr(q, 'b'))
                p.__dict__['z'] = 26
                p.y = 25
                print(p.z, p.y, list(p.__dict__))
                r = P(7, 8)
                del r.a
                r.a = 9
                print(list(vars(r).items()))
                s = P(1, 1)
                s.__dict__ = {'x': 1, 'a': 2}
                print(s.x, s.a, vars(s), hasattr(s, 'b'))
                big = P(0, 0)
                for i in range(100):
                    setattr(big, 'f%d' % i, i)
                print(big.f0, big.f99, len(vars(big)), big.a)
                many = []
                for i in range(700):
                    o = P(i, i)
                    setattr(o, 'k%d' % i, i)
                    many.append(o)
                print(sum(getattr(o, 'k%d' % i) + o.a for i, o in enumerate(many)))
                print(vars(many[650]))
                class Q(P): pass
                t = P(1, 2)
                t.__class__ = Q
                t.e = 3
                print(type(t).__name__, t.a, t.b, t.e, vars(t))
                u = P(1, 2)
                setattr(u, 'not an identifier', 1)
                print(getattr(u, 'not an identifier'), 'a' in vars(u))
                """);
    }

    @Test
    void attributesAddedOnManyThreadsAreAllKept() throws Exception {
        InterpreterState interp = PythonRuntime.create(new String[] {"ac"}, new StringWriter(), new StringWriter(), null);
        PyDict g = PythonRuntime.mainModule(interp, "<ac>").globals();
        Interpreter.runModule(interp, AdderCode.compile("""
                class O: pass
                objs = [O() for _ in range(200)]
                def add(t):
                    for o in objs:
                        setattr(o, 't%d' % t, t)
                        o.shared = t
                def check(n):
                    return all(getattr(o, 't%d' % t) == t for o in objs for t in range(n)) \
                        and all(len(vars(o)) == n + 1 for o in objs)
                """, "<ac>"), g);
        PyFunction add = (PyFunction) g.get("add");
        int n = 8;
        List<Throwable> errors = TestThreads.run(n, t -> add.call(new Object[] {t}, null));
        assertEquals(List.of(), errors);
        assertEquals(Boolean.TRUE, ((PyFunction) g.get("check")).call(new Object[] {n}, null));
    }

    @Test
    void readersOnOtherThreadsSeeEveryClassChangeInOrder() throws Exception {
        InterpreterState interp = PythonRuntime.create(new String[] {"ac"}, new StringWriter(), new StringWriter(), null);
        PyDict g = PythonRuntime.mainModule(interp, "<ac>").globals();
        Interpreter.runModule(interp, AdderCode.compile("""
                class A:
                    x = 0
                    def m(self): return 0
                class B(A): pass
                b = B()
                def read(): return b.x + b.m() * 0
                def write(i):
                    A.x = i
                    A.m = lambda self: i
                """, "<ac>"), g);
        PyFunction read = (PyFunction) g.get("read");
        PyFunction write = (PyFunction) g.get("write");
        int last = 3000;
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        List<Throwable> errors = TestThreads.run(3, t -> {
            if (t == 0) {
                for (int i = 1; i <= last; i++) {
                    write.call(new Object[] {i}, null);
                }
                stop.set(true);
                return;
            }
            int seen = 0;
            while (!stop.get()) {
                int v = (Integer) read.call(new Object[0], null);
                if (v < seen) {
                    throw new AssertionError("went back from " + seen + " to " + v);
                }
                seen = v;
            }
            assertEquals(last, read.call(new Object[0], null));
        });
        assertEquals(List.of(), errors);
    }
}
