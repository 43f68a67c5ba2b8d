package dev.adder.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.ast.Python3;
import dev.adder.bytecode.PyCode;
import dev.adder.objects.PyDict;
import dev.adder.runtime.PyBuiltinFunction;
import dev.adder.runtime.PyNone;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** VM behaviours beyond the differential programs: recursion limits, Java faults, Java calls, reprs. */
class VmBehaviourTest {
    /** CPython's code object and outputs for {@code source}. */
    private static CPythonCode.Compiled cpython(String source) {
        try {
            Path file = Files.createTempFile("vmtest", ".py");
            try {
                Files.writeString(file, source);
                return CPythonCode.compile(List.of(file)).get(0);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static VmHarness.Result runOnThread(PyCode code, long stackSize) throws InterruptedException {
        AtomicReference<VmHarness.Result> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(VmHarness.run(code));
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "vm-test", stackSize);
        t.start();
        t.join();
        if (failure.get() != null) {
            throw new AssertionError("Java exception escaped the VM", failure.get());
        }
        return result.get();
    }

    @Test
    void deepPythonRecursionDoesNotUseTheJavaStack() throws InterruptedException {
        Python3.assumeAvailable();
        CPythonCode.Compiled c = cpython("import sys\nsys.setrecursionlimit(100000)\n"
                + "def r(n):\n    return 0 if n == 0 else 1 + r(n - 1)\nprint(r(50000))\n");
        // 256 KiB: far less than 50,000 Java frames would need
        VmHarness.Result r = runOnThread(c.code(), 256 * 1024);
        assertEquals("", r.stderr());
        assertEquals("50000\n", r.stdout());
    }

    @Test
    void recursionLimitMatchesCPython() throws InterruptedException {
        Python3.assumeAvailable();
        CPythonCode.Compiled c = cpython("import sys\nsys.setrecursionlimit(200)\n"
                + "def count(n):\n    try:\n        return count(n + 1)\n    except RecursionError as e:\n"
                + "        return n\nprint(count(0))\n");
        VmHarness.Result r = runOnThread(c.code(), 0);
        assertEquals(c.stdout(), r.stdout());
    }

    @Test
    void javaStackOverflowBecomesRecursionError() throws InterruptedException {
        Python3.assumeAvailable();
        // recursion through a Java builtin (map) grows the Java stack; the limit is out of reach
        CPythonCode.Compiled c = cpython("import sys\nsys.setrecursionlimit(10000000)\n"
                + "def f(x):\n    return list(map(f, [x]))\n"
                + "try:\n    f(1)\nexcept RecursionError as e:\n    print('RecursionError', e)\n");
        VmHarness.Result r = runOnThread(c.code(), 512 * 1024);
        assertEquals("", r.stderr());
        assertEquals("RecursionError maximum recursion depth exceeded while calling a Python object\n", r.stdout());
    }

    @Test
    void javaFaultBecomesSystemError() {
        Python3.assumeAvailable();
        CPythonCode.Compiled c = cpython("try:\n    boom()\nexcept SystemError as e:\n    print('caught')\n"
                + "boom()\n");
        StringBuilder out = new StringBuilder();
        InterpreterState interp = VmHarness.newInterpreter(out);
        interp.builtins().put("boom", new PyBuiltinFunction("boom", null, (a, k) -> {
            throw new IllegalStateException("bug");
        }));
        VmHarness.Result r = VmHarness.run(interp, c.code(), out);
        assertEquals("caught\n", r.stdout());
        assertTrue(r.stderr().startsWith("Traceback (most recent call last):\n"), r.stderr());
        assertTrue(r.stderr().contains("\nSystemError: "), r.stderr());
    }

    @Test
    void javaCallsPythonFunctionsWithKeywords() {
        Python3.assumeAvailable();
        CPythonCode.Compiled c = cpython("def f(a, b=2, *, c=3):\n    return a * 100 + b * 10 + c\n");
        StringBuilder out = new StringBuilder();
        InterpreterState interp = VmHarness.newInterpreter(out);
        PyDict globals = new PyDict();
        globals.put("__name__", "__main__");
        Interpreter.runModule(interp, c.code(), globals);
        PyFunction f = (PyFunction) globals.get("f");
        assertEquals(123, f.call(new Object[] {1}, null));
        assertEquals(159, f.call(new Object[] {1, 9, 5}, new String[] {"c", "b"}).equals(159) ? 159 : -1);
        assertEquals("<function f at ", f.repr().substring(0, 15));
    }

    @Test
    void cellAndFunctionReprsHaveCPythonsShape() {
        Python3.assumeAvailable();
        CPythonCode.Compiled c = cpython("def outer():\n    x = 1\n    def inner():\n        return x\n"
                + "    return inner\nf = outer()\nr1 = repr(f)\nr2 = repr(f.__closure__[0])\n"
                + "def empty():\n    def g():\n        return y\n    c = g.__closure__[0]\n    y = 1\n    del y\n    return c\n"
                + "r3 = repr(empty())\n"
                + "try:\n    empty().cell_contents\nexcept ValueError as e:\n    r4 = str(e)\n");
        StringBuilder out = new StringBuilder();
        InterpreterState interp = VmHarness.newInterpreter(out);
        PyDict globals = new PyDict();
        globals.put("__name__", "__main__");
        Interpreter.runModule(interp, c.code(), globals);
        assertTrue(((String) globals.get("r1")).matches("<function outer\\.<locals>\\.inner at 0x[0-9a-f]+>"),
                (String) globals.get("r1"));
        assertTrue(((String) globals.get("r2")).matches("<cell at 0x[0-9a-f]+: int object at 0x[0-9a-f]+>"),
                (String) globals.get("r2"));
        assertTrue(((String) globals.get("r3")).matches("<cell at 0x[0-9a-f]+: empty>"), (String) globals.get("r3"));
        assertEquals("Cell is empty", globals.get("r4"));
    }

    @Test
    void codeObjectAttributesMatchCPython() {
        Python3.assumeAvailable();
        String src = "def outer(a, b=1, /, *args, k, **kw):\n    c = a\n    def inner():\n        return a + c\n"
                + "    return inner\n"
                + "co = outer.__code__\n"
                + "print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)\n"
                + "print(co.co_nlocals, co.co_varnames, co.co_cellvars, co.co_freevars, co.co_flags)\n"
                + "ic = outer(1, k=2).__code__\n"
                + "print(ic.co_qualname, ic.co_freevars, ic.co_names, ic.co_stacksize, ic.co_firstlineno)\n"
                + "print(outer.__defaults__, outer.__kwdefaults__, outer.__module__, outer.__doc__)\n"
                + "print(len(co.co_code) == len(outer.__code__.co_code), type(co.co_consts))\n";
        CPythonCode.Compiled c = cpython(src);
        VmHarness.Result r = VmHarness.run(c.code());
        assertEquals(c.stderr(), r.stderr());
        assertEquals(c.stdout(), r.stdout());
    }

    @Test
    void classStatementBuildsHeapTypes() {
        Python3.assumeAvailable();
        String src = "class Base:\n    '''doc'''\n    kind = 'base'\n    def who(self):\n        return self.kind\n"
                + "class Derived(Base):\n    kind = 'derived'\n    def cls(self):\n        return __class__\n"
                + "d = Derived()\nprint(d.who(), Base().who(), Derived.__qualname__, Base.__doc__, Derived.__doc__)\n"
                + "print(d.cls() is Derived, Derived.__module__, isinstance(d, Base))\n"
                + "class MyError(ValueError):\n    def describe(self):\n        return 'my ' + str(self)\n"
                + "try:\n    raise MyError('x')\nexcept ValueError as e:\n    print(e.describe(), type(e))\n"
                + "def make():\n    class Local:\n        pass\n    return Local\nprint(make().__qualname__)\n";
        CPythonCode.Compiled c = cpython(src);
        VmHarness.Result r = VmHarness.run(c.code());
        assertEquals(c.stderr(), r.stderr());
        assertEquals(c.stdout(), r.stdout());
    }

    @Test
    void excInfoFollowsHandlers() {
        Python3.assumeAvailable();
        String src = "import sys\ndef f():\n    try:\n        raise KeyError('a')\n    except KeyError:\n"
                + "        try:\n            raise ValueError('b')\n        except ValueError:\n"
                + "            print(sys.exc_info()[0])\n        print(sys.exc_info()[0])\n    print(sys.exc_info())\n"
                + "f()\nprint(sys.exc_info())\n";
        CPythonCode.Compiled c = cpython(src);
        VmHarness.Result r = VmHarness.run(c.code());
        assertEquals(c.stderr(), r.stderr());
        assertEquals(c.stdout(), r.stdout());
    }

    @Test
    void noneResultOfModule() {
        Python3.assumeAvailable();
        CPythonCode.Compiled c = cpython("x = 1\n");
        StringBuilder out = new StringBuilder();
        InterpreterState interp = VmHarness.newInterpreter(out);
        PyDict globals = new PyDict();
        assertEquals(PyNone.NONE, Interpreter.runModule(interp, c.code(), globals));
        assertEquals(1, globals.get("x"));
    }

    @Test
    void framesGiveZeroArgumentSuperItsArguments() {
        Python3.assumeAvailable();
        CPythonCode.Compiled c = cpython("class A:\n    def m(self):\n        __class__\n        return probe()\n"
                + "    def n(self):\n        return probe()\n"
                + "a = A()\nr = a.m()\ntry:\n    a.n()\nexcept RuntimeError as e:\n    err = str(e)\n");
        StringBuilder out = new StringBuilder();
        InterpreterState interp = VmHarness.newInterpreter(out);
        interp.builtins().put("probe", new PyBuiltinFunction("probe", null,
                (x, k) -> dev.adder.objects.PyTuple.of(interp.threadState().currentFrame().superArguments())));
        PyDict globals = new PyDict();
        globals.put("__name__", "__main__");
        Interpreter.runModule(interp, c.code(), globals);
        dev.adder.objects.PyTuple r = (dev.adder.objects.PyTuple) globals.get("r");
        assertEquals(globals.get("A"), r.get(0));
        assertEquals(globals.get("a"), r.get(1));
        assertEquals("super(): __class__ cell not found", globals.get("err"));
    }

    @Test
    void evaluatesExpressionCodeWithLocals() {
        PyCode code = dev.adder.compiler.Compiler.compileExpression((dev.adder.ast.Mod.Expression)
                dev.adder.syntax.Parser.parseExpression(dev.adder.syntax.Source.fromString("x * 10 + y", "<eval>")),
                "<eval>");
        InterpreterState interp = VmHarness.newInterpreter(new StringBuilder());
        PyDict globals = new PyDict();
        globals.put("x", 4);
        PyDict locals = new PyDict();
        locals.put("y", 2);
        assertEquals(42, Interpreter.eval(interp, code, globals, locals));
    }
}
