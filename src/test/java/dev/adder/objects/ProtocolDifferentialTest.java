package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBuiltinFunction;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PySingleton;
import dev.adder.runtime.PyType;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The generic paths of the object protocol with classes "written in Python": reflected operands,
 * subclass priority, NotImplemented, == falling back to identity, __bool__/__len__, __index__,
 * __format__, __getattr__, in-place operators, __hash__ = None. The same classes are defined in
 * python3 and built here as heap types whose methods are Java functions.
 */
class ProtocolDifferentialTest {
    private static final String PRELUDE = """
            class A:
                def __add__(self, o): return 'A.add'
                def __radd__(self, o): return 'A.radd'
                def __repr__(self): return 'A()'
            class B(A):
                def __radd__(self, o): return 'B.radd'
                def __repr__(self): return 'B()'
            class N:
                def __add__(self, o): return NotImplemented
                def __radd__(self, o): return NotImplemented
                def __repr__(self): return 'N()'
            class C:
                def __eq__(self, o): return 'C.eq'
                def __lt__(self, o): return 'C.lt'
            class D:
                def __index__(self): return 7
                def __bool__(self): return False
                def __len__(self): return 3
                def __format__(self, spec): return 'D:' + spec
                def __str__(self): return 'D.str'
            class E:
                def __len__(self): return 0
                def __getattr__(self, name): return 'E.' + name
            class F:
                def __iadd__(self, o): return 'F.iadd'
                def __add__(self, o): return 'F.add'
            class H:
                def __hash__(self): return 2**70
            class G:
                __hash__ = None
            class I:
                def __index__(self): return 'x'
            class R:
                def __repr__(self): return 5
            class S(Exception): pass
            """;

    private static PyBuiltinFunction f(String name, Function<Object[], Object> body) {
        return new PyBuiltinFunction(name, null, (args, kw) -> body.apply(args));
    }

    private static PyType cls(String name, PyType base, Object... kv) {
        PyType t = new PyType(name, "__main__", new PyType[] {base}, null, true, null);
        for (int i = 0; i < kv.length; i += 2) {
            t.setAttribute((String) kv[i], kv[i + 1]);
        }
        return t;
    }

    private static Map<String, Object> classes() {
        Map<String, Object> m = new HashMap<>();
        PyType o = CoreTypes.OBJECT;
        PyType a = cls("A", o, "__add__", f("__add__", x -> "A.add"), "__radd__", f("__radd__", x -> "A.radd"),
                "__repr__", f("__repr__", x -> "A()"));
        m.put("A", a);
        m.put("B", cls("B", a, "__radd__", f("__radd__", x -> "B.radd"), "__repr__", f("__repr__", x -> "B()")));
        m.put("N", cls("N", o, "__add__", f("__add__", x -> PySingleton.NOT_IMPLEMENTED),
                "__radd__", f("__radd__", x -> PySingleton.NOT_IMPLEMENTED), "__repr__", f("__repr__", x -> "N()")));
        m.put("C", cls("C", o, "__eq__", f("__eq__", x -> "C.eq"), "__lt__", f("__lt__", x -> "C.lt")));
        m.put("D", cls("D", o, "__index__", f("__index__", x -> 7), "__bool__", f("__bool__", x -> false),
                "__len__", f("__len__", x -> 3), "__format__", f("__format__", x -> "D:" + x[1]),
                "__str__", f("__str__", x -> "D.str")));
        m.put("E", cls("E", o, "__len__", f("__len__", x -> 0), "__getattr__", f("__getattr__", x -> "E." + x[1])));
        m.put("F", cls("F", o, "__iadd__", f("__iadd__", x -> "F.iadd"), "__add__", f("__add__", x -> "F.add")));
        m.put("H", cls("H", o, "__hash__", f("__hash__", x -> BigInteger.ONE.shiftLeft(70))));
        m.put("G", cls("G", o, "__hash__", PyNone.NONE));
        m.put("I", cls("I", o, "__index__", f("__index__", x -> "x")));
        m.put("R", cls("R", o, "__repr__", f("__repr__", x -> 5)));
        m.put("S", cls("S", ExceptionTypes.EXCEPTION));
        return m;
    }

    @Test
    void userClasses() {
        List<String> exprs = List.of("A() + 1", "1 + A()", "A() + B()", "B() + A()", "B() + B()", "N() + 1",
                "1 + N()", "N() + N()", "'a' + A()", "'a' + N()", "1.5 + N()", "N() - 1", "N() ** 2", "2 ** N()",
                "C() == 1", "1 == C()", "C() < 1", "1 > C()", "C() != C()", "C() != 1", "N() == N()", "N() != N()",
                "N() < N()", "N() <= 1", "1 >= N()", "truth(D())", "truth(E())", "truth(N())", "len(D())",
                "len(N())", "index(D())", "'abcdefghij'[D()]", "'ab' * D()", "D() * 'ab'", "b'ab' * D()",
                "format(D(), 'xy')", "str(D())", "'{:>3}'.format(D())", "format(N(), 'x')", "format(N())",
                "E().foo", "N().foo", "iadd(F(), 1)", "F() + 1", "iadd(A(), 1)", "iadd(N(), 1)",
                "hash(H())", "hash(G())", "index(I())", "index(N())", "repr(R())", "S('x')", "repr(S('x', 1))",
                "str(S())", "S.__mro__", "S('a').args", "int(D())", "float(D())", "complex(D())", "bytes(D())",
                "pow(D(), 2)", "divmod(N(), 1)", "N()()", "-N()", "abs(N())", "~N()", "repr(A)", "A.__name__",
                "A.__qualname__", "A.__module__", "A.__bases__", "B.__mro__", "A.zzz", "A().zzz",
                "'%d' % D()", "str(1 == A())");
        ExprDifferential.check(exprs, classes(), PRELUDE);
    }
}
