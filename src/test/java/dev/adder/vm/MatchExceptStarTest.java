package dev.adder.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.ast.Python3;
import dev.adder.objects.IntMethods;
import dev.adder.objects.PyBytes;
import dev.adder.objects.PyDict;
import dev.adder.objects.PyList;
import dev.adder.objects.PyRange;
import dev.adder.objects.PySet;
import dev.adder.objects.PyTuple;
import dev.adder.objects.StrMethods;
import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The match and except* opcodes (MatchOps, ExceptStarOps) on CPython 3.11's own code objects, apart
 * from Adder's compiler, and the exception-group boxes of TracebackFormatter.
 */
class MatchExceptStarTest {
    @TempDir
    Path dir;

    private static final String MATCH_PROGRAM = """
            class P:
                __match_args__ = ("x", "y")
                def __init__(self, x, y):
                    self.x = x
                    self.y = y
            class Bad:
                __match_args__ = ("x", 1)
                x = 0
            class K:
                A = "k"
                B = "k"
            def f(v):
                match v:
                    case P(0, y=0):
                        return "origin"
                    case P(x, y) if x == y:
                        return "diagonal " + repr(x)
                    case [1, *rest]:
                        return "list " + repr(rest)
                    case {"a": a, **kw}:
                        return "map " + repr(a) + " " + repr(kw)
                    case int(n) | str(n):
                        return "self " + repr(n)
                    case _:
                        return "other"
            for v in [P(0, 0), P(2, 2), P(1, 2), [1, 2, 3], (1,), {"a": 1, "b": 2}, 5, "s", range(1, 3), b"x"]:
                print(f(v))
            def err(subject, which):
                try:
                    match subject:
                        case P(a, b, c) if which == 0:
                            pass
                        case Bad(a, b) if which == 1:
                            pass
                        case P(a, x=b) if which == 2:
                            pass
                        case int(a, b) if which == 3:
                            pass
                        case {K.A: 1, K.B: 2} if which == 4:
                            pass
                except (TypeError, ValueError) as e:
                    print(type(e).__name__, e)
            err(P(1, 2), 0)
            err(Bad(), 1)
            err(P(1, 2), 2)
            err(7, 3)
            err({"k": 1, "z": 2}, 4)
            """;

    @Test
    void matchOpcodesRunCPythonsCode() throws IOException {
        assertSameAsCPython(MATCH_PROGRAM);
    }

    private static final String EXCEPT_STAR_PROGRAM = """
            try:
                raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3)])])
            except* ValueError as e:
                print("values", repr(e))
            except* TypeError as e:
                print("types", repr(e))
            try:
                raise KeyError("naked")
            except* KeyError as e:
                print("naked", repr(e))
            try:
                try:
                    raise ExceptionGroup("keep", [ValueError(1), TypeError(2), OSError(3)])
                except* ValueError:
                    raise
                except* TypeError:
                    raise RuntimeError("new")
            except ExceptionGroup as g:
                print("combined", repr(g))
            try:
                raise ExceptionGroup("left", [ValueError("v"), OSError("o")])
            except* OSError:
                pass
            """;

    @Test
    void exceptStarOpcodesRunCPythonsCode() throws IOException {
        assertSameAsCPython(EXCEPT_STAR_PROGRAM);
    }

    private void assertSameAsCPython(String program) throws IOException {
        Python3.assumeAvailable();
        Path file = dir.resolve("program.py");
        Files.writeString(file, program);
        CPythonCode.Compiled c = CPythonCode.compile(List.of(file)).get(0);
        StringBuilder out = new StringBuilder();
        InterpreterState interp = VmHarness.newInterpreter(out);
        PyDict b = interp.builtins();
        for (String name : List.of("ExceptionGroup", "BaseExceptionGroup", "OSError")) {
            b.put(name, ExceptionTypes.byName(name));
        }
        b.put("list", PyList.TYPE);
        VmHarness.Result r = VmHarness.run(interp, c.code(), out);
        assertEquals(c.stdout(), r.stdout());
        assertEquals(c.stderr(), r.stderr());
    }

    @Test
    void sequenceAndMappingFollowCPythonsTypeFlags() {
        for (PyType t : new PyType[] {PyList.TYPE, PyTuple.TYPE, PyRange.TYPE}) {
            assertTrue(MatchOps.isSequence(t), t.name());
            assertFalse(MatchOps.isMapping(t), t.name());
        }
        for (PyType t : new PyType[] {StrMethods.TYPE, PyBytes.TYPE, PyDict.TYPE, PySet.TYPE, IntMethods.TYPE,
            CoreTypes.OBJECT}) {
            assertFalse(MatchOps.isSequence(t), t.name());
        }
        assertTrue(MatchOps.isMapping(PyDict.TYPE));
        PyType sub = new PyType("L", "__main__", new PyType[] {PyList.TYPE}, null, true, CoreTypes.TYPE);
        assertTrue(MatchOps.isSequence(sub));
    }

    @Test
    void prepReraiseStarWithNothingRaisedIsNone() {
        PyBaseException orig = new PyBaseException(ExceptionTypes.VALUE_ERROR, new Object[0]);
        assertSame(PyNone.NONE, ExceptStarOps.prepReraiseStar(orig, new PyList()));
        PyList one = new PyList();
        one.add(orig);
        assertSame(orig, ExceptStarOps.prepReraiseStar(orig, one));
    }
}
