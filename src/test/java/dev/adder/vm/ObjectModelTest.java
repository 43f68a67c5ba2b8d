package dev.adder.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.ast.Python3;
import dev.adder.builtins.PythonRuntime;
import dev.adder.objects.PyDict;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The object model against CPython: classes changed after creation (the cached special methods
 * of a class and its subclasses must follow), metaclasses, descriptors and __slots__ in one
 * interpreter, and two interpreters whose classes never meet.
 */
class ObjectModelTest {
    /** Runs {@code source} in a fresh interpreter; returns what it printed (shared with AttributeCacheTest). */
    static String run(String source) {
        StringWriter out = new StringWriter();
        InterpreterState interp = PythonRuntime.create(new String[] {"om"}, out, new StringWriter(), null);
        PyDict g = PythonRuntime.mainModule(interp, "<om>").globals();
        Interpreter.runModule(interp, AdderCode.compile(source, "<om>"), g);
        PythonRuntime.flush(interp);
        return out.toString();
    }

    /** Runs {@code source} under python3 and Adder and wants the same output. */
    static void sameAsCPython(String source) {
        Python3.assumeAvailable();
        List<String> expected = Python3.run(source);
        List<String> actual = Arrays.asList(run(source).split("\n", -1));
        assertEquals(String.join("\n", expected), String.join("\n", actual).stripTrailing());
    }

    @Test
    void specialMethodsAddedLaterReachSubclassInstances() {
        sameAsCPython("""
                class A: pass
                class B(A): pass
                class C(B): pass
                c = C()
                print(hasattr(c, 'x'))
                A.__getattr__ = lambda self, n: 'late ' + n
                print(c.x, B().y)
                B.__getattribute__ = lambda self, n: 'B sees ' + n
                print(c.x, A().z)
                del B.__getattribute__
                print(c.x)
                log = []
                A.__setattr__ = lambda self, n, v: log.append((n, v))
                c.q = 1
                print(log, hasattr(c, 'q') and c.q)
                del A.__setattr__
                c.q = 2
                print(c.q)
                A.__call__ = lambda self, *a: ('called', a)
                print(c(1, 2))
                A.__init__ = lambda self, v=0: setattr(self, 'v', v)
                print(C(5).v)
                class D:
                    def __get__(self, i, o): return 'desc'
                A.attr = D()
                print(c.attr)
                D.__set__ = lambda self, i, v: print('set', v)
                c.__dict__['attr'] = 'shadow'
                print(c.attr)
                c.attr = 3
                """);
    }

    @Test
    void metaclassesSlotsAndDescriptorsTogether() {
        sameAsCPython("""
                class Field:
                    def __set_name__(self, owner, name): self.name = '_' + name
                    def __get__(self, inst, owner): return self if inst is None else getattr(inst, self.name)
                    def __set__(self, inst, v): setattr(inst, self.name, v * 2)
                class Meta(type):
                    def __new__(m, name, bases, ns, **kw):
                        ns['__slots__'] = tuple('_' + k for k, v in ns.items() if isinstance(v, Field))
                        return super().__new__(m, name, bases, ns)
                    def __call__(cls, *a):
                        obj = super().__call__(*a)
                        obj.__class__ = cls
                        return obj
                class Rec(metaclass=Meta):
                    a = Field()
                    b = Field()
                    def __init__(self, a, b): self.a, self.b = a, b
                r = Rec(1, 2)
                print(r.a, r.b, Rec.__slots__, hasattr(r, '__dict__'), type(Rec).__name__)
                try:
                    r.c = 1
                except AttributeError as e:
                    print(e)
                """);
    }

    @Test
    void classesOfTwoInterpretersStayApart() {
        String src = """
                class Base:
                    def __init_subclass__(cls, **kw): Base.seen = cls.__name__
                class Sub(Base): pass
                print(Base.seen, [c.__name__ for c in Base.__subclasses__()], object.__subclasses__() == [])
                """;
        String first = run(src);
        String second = run(src);
        assertEquals(first, second);
        assertTrue(first.startsWith("Sub ['Sub']"), first);
    }
}
