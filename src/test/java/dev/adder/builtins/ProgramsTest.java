package dev.adder.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.adder.ast.Mod;
import dev.adder.ast.Python3;
import dev.adder.compiler.Compiler;
import dev.adder.objects.Ops;
import dev.adder.objects.PyDict;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyBaseException;
import dev.adder.syntax.Parser;
import dev.adder.syntax.PythonSyntaxError;
import dev.adder.syntax.Source;
import dev.adder.vm.Interpreter;
import dev.adder.vm.InterpreterState;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Small programs through the whole pipeline (parser, compiler, VM, these builtins), their output
 * compared with python3's.
 */
class ProgramsTest {
    /** The host-side compiler hook, as the command line gives it. */
    static final SourceCompiler COMPILER = (source, filename, mode) -> {
        try {
            if (mode.equals("eval")) {
                return Compiler.compileExpression((Mod.Expression) Parser.parseExpression(
                        Source.fromString(source, filename)), filename);
            }
            return Compiler.compileModule((Mod.Module) Parser.parseFile(Source.fromString(source, filename)),
                    filename);
        } catch (PythonSyntaxError e) {
            throw Errors.of("SyntaxError", e.msg());
        }
    };

    /** Runs {@code source} as {@code __main__}; returns stdout, then "!! exc" if it raised. */
    static String run(String source, String stdin) {
        StringWriter out = new StringWriter();
        InterpreterState interp = PythonRuntime.create(new String[] {"prog.py"}, out, out,
                new StringReader(stdin), COMPILER, false);
        PyDict globals = PythonRuntime.mainModule(interp, "prog.py").globals();
        String tail = "";
        try {
            Interpreter.runModule(interp, COMPILER.compile(source, "prog.py", "exec"), globals);
        } catch (PyBaseException e) {
            tail = "!! " + e.typeName() + ": " + Ops.str(e) + "\n";
        }
        PythonRuntime.flush(interp);
        return out + tail;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "print('hello', 1, 2.5, None, True, sep=', ')\nprint(len('abc'), abs(-3), max(3, 9, 2), min([4, 1]))",
        "print(sorted([3, 1, 2], reverse=True), sum(range(10)), list(map(abs, [-1, 2])))",
        "for i, c in enumerate('ab', 1):\n    print(i, c)\nprint(list(zip('ab', [1, 2])))",
        "print(isinstance(1, (str, int)), issubclass(bool, int), callable(print), hex(255), oct(8), bin(5))",
        "print(round(2.5), round(2.675, 2), divmod(7, -2), pow(2, 10, 1000), chr(65), ord('a'))",
        "import sys\nprint(sys.version_info >= (3, 8), sys.version_info[:2], sys.maxsize, sys.argv)",
        "import sys\nsys.stdout.write('direct\\n')\nprint('x', file=sys.stderr)\nprint(sys.implementation.name in ('adder', 'cpython'))",
        "from __future__ import annotations\nimport __future__\nprint(__future__.annotations)",
        "x = eval('1 + 2')\nexec('y = x * 10')\nprint(x, y)\nprint(eval('x + y', {'x': 1, 'y': 2}))",
        "g = {}\nexec('def f(n): return n * 2', g)\nprint(g['f'](21), sorted([k for k in g if k != '__builtins__']))",
        "print(any([x > 2 for x in [1, 3]]), all([]), next(iter([]), 'empty'), getattr(1, 'nope', 'd'))",
        "name = input('who? ')\nprint('hi', name)\nprint(input())",
        "class A:\n    pass\na = A()\nsetattr(a, 'v', 5)\nprint(hasattr(a, 'v'), getattr(a, 'v'), vars(a))",
        "print(format(3.14159, '.2f'), repr('x'), ascii('caf\\u00e9'), hash(1) == hash(1.0))",
        "import sys\nsys.exit(3)",
        "class D:\n    @property\n    def x(self):\n        'the x'\n        return self._x * 2\n    @x.setter\n"
                + "    def x(self, v):\n        self._x = v\n    @staticmethod\n    def s(a):\n        return a + 1\n"
                + "    @classmethod\n    def c(cls, a):\n        return cls.__name__, a\n"
                + "d = D()\nd.x = 5\nprint(d.x, D.s(1), d.s(2), D.c(3), d.c(4), D.x.__doc__)\n"
                + "print(type(D.__dict__['s']).__name__, isinstance(D.__dict__['x'], property))\ndel d.x\n",
        "class B:\n    def __init__(self, x):\n        self.x = x\n    def who(self):\n        return 'B'\n"
                + "    @classmethod\n    def make(cls):\n        return cls.__name__\n"
                + "class C(B):\n    def __init__(self, x):\n        super(C, self).__init__(x * 2)\n"
                + "    def who(self):\n        return 'C' + super(C, self).who()\n"
                + "    @classmethod\n    def make(cls):\n        return 'C>' + super(C, cls).make()\n"
                + "c = C(1)\nprint(c.x, c.who(), C.make(), c.make(), super(C, c).__self__ is c)\nsuper(1, c)\n",
        "class K:\n    a = 1\n    print(sorted(locals()), sorted(vars()))\n"
                + "import sys\nprint(globals() is vars(sys.modules['__main__']))\n"
                + "print(max(3, 1, 2), min('b', 'a', key=str), max(1, 'a'))\n",
        "class P:\n    def __init__(self, v):\n        self.v = v\n    def show(self):\n        return 'P%d' % self.v\n"
                + "class Q(P):\n    def __init__(self, v):\n        super().__init__(v + 1)\n"
                + "    def show(self):\n        return 'Q' + super().show()\n"
                + "print(Q(1).show(), Q(5).v)\nsuper()\n",
        "import sys\ntry:\n    1 / 0\nexcept ZeroDivisionError:\n    t, v, tb = sys.exc_info()\n"
                + "    print(t, v, tb is not None, sys.exception() is v)\nprint(sys.exc_info(), sys.exception())\n",
        "import sys\nclass W:\n    def __init__(self):\n        self.parts = []\n    def write(self, s):\n"
                + "        self.parts.append(s)\n    def flush(self):\n        self.parts.append('F')\n"
                + "w = W()\nold = sys.stdout\nsys.stdout = w\nprint('a', 1, flush=True)\nsys.stdout = old\nprint(w.parts)\n"
                + "print('to w', file=w, end='')\nprint(w.parts[-1])\n",
        "class E:\n    @property\n    def v(self):\n        return 1\nE().v = 2\n",
        "print(type(staticmethod(len)).__name__, staticmethod(len).__func__ is len, property(doc='hi').__doc__)\nstaticmethod()\n",
        "print(max([]))",
    })
    void programMatchesCPython(String source) {
        Python3.assumeAvailable();
        String future = source.startsWith("from __future__") ? source.substring(0, source.indexOf('\n') + 1) : "";
        String body = source.substring(future.length());
        List<String> expected = Python3.run(future + "import io, sys\nsys.stderr = sys.stdout\nsys.argv = ['prog.py']\n"
                + "sys.stdin = io.StringIO('Ada\\nlast line\\n')\n"
                + "try:\n" + body.indent(4)
                + "except BaseException as e:\n    print('!! ' + type(e).__name__ + ': ' + str(e))\n");
        String adder = run(source, "Ada\nlast line\n");
        assertEquals(String.join("\n", expected) + "\n", adder);
    }

    /** Programs run exactly as written by both (line numbers matter: dis). */
    @ParameterizedTest
    @ValueSource(strings = {
        "import dis\ndef f(a, b=2):\n    return a + b * 3\ndis.dis(f)\n",
        "import dis\ndis.dis('x = 1\\nprint(x)')\n",
        "import dis\ndef g(n):\n    total = 0\n    for i in range(n):\n        if i % 2:\n            total += i\n"
                + "    return total\ndis.dis(g.__code__)\nprint(dis.opname[100], dis.opmap['LOAD_CONST'])\n",
        "import dis\nclass C:\n    def m(self):\n        return 1\n    y = 1\ndis.dis(C)\n",
        "def f():\n    x = 1\n    return sorted(vars().keys()) if False else dir()\nprint(dir(), f is not None)\n"
                + "import sys\nprint(sorted(vars(sys.modules['__main__']))[:5], __name__, __doc__, __spec__)\n",
    })
    void exactProgramMatchesCPython(String source) {
        Python3.assumeAvailable();
        List<String> expected = Python3.run(source);
        assertEquals(String.join("\n", expected) + "\n", run(source, ""));
    }
}
