package dev.adder.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.objects.Ops;
import dev.adder.objects.PyDict;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyNone;
import org.junit.jupiter.api.Test;

/**
 * Coroutines, async generators and generators driven from Java through their Python methods (what a
 * host event loop would do), and the bookkeeping of {@link GenCore} (states, delegates, PEP 479).
 */
class CoroutineTest {
    private static PyDict run(String source) {
        StringBuilder out = new StringBuilder();
        InterpreterState interp = VmHarness.newInterpreter(out);
        PyDict globals = new PyDict();
        globals.put("__name__", "__main__");
        Interpreter.runModule(interp, AdderCode.compile(source, "<test>"), globals);
        return globals;
    }

    private static Object send(Object coro, Object value) {
        return Ops.call(Ops.getattr(coro, "send"), value);
    }

    @Test
    void coroutineDrivenFromJavaYieldsThenReturnsThroughStopIteration() {
        PyDict g = run("""
                class Pause:
                    def __await__(self):
                        return (yield "pause")
                async def add(a):
                    b = await Pause()
                    return a + b
                c = add(40)
                """);
        Object c = g.get("c");
        assertInstanceOf(PyCoroutine.class, c);
        assertEquals("pause", send(c, PyNone.NONE));
        assertTrue((Boolean) Ops.getattr(c, "cr_suspended"));
        PyBaseException stop = assertThrows(PyBaseException.class, () -> send(c, 2));
        assertTrue(stop.isInstance(ExceptionTypes.STOP_ITERATION));
        assertEquals(42, stop.args()[0]);
        PyBaseException reuse = assertThrows(PyBaseException.class, () -> send(c, PyNone.NONE));
        assertEquals("cannot reuse already awaited coroutine", Ops.str(reuse));
        assertSame(PyNone.NONE, Ops.getattr(c, "cr_frame"));
    }

    @Test
    void throwIsDelegatedToTheInnermostGeneratorAndCloseClosesEveryLevel() {
        PyDict g = run("""
                log = []
                def inner():
                    try:
                        yield 1
                        yield 2
                    except KeyError:
                        yield "inner handled"
                    finally:
                        log.append("inner")
                def outer():
                    try:
                        yield from inner()
                    finally:
                        log.append("outer")
                it = outer()
                first = it.__next__()
                handled = it.throw(KeyError)
                it.close()
                """);
        assertEquals(1, g.get("first"));
        assertEquals("inner handled", g.get("handled"));
        assertEquals("['inner', 'outer']", Ops.repr(g.get("log")));
        PyGenerator it = (PyGenerator) g.get("it");
        assertEquals(GenCore.COMPLETED, it.core.state);
        assertNull(it.core.yf());
    }

    @Test
    void yieldFromRemembersItsDelegateOnlyWhileSuspendedInIt() {
        PyDict g = run("""
                def sub():
                    yield 1
                def outer():
                    yield 0
                    yield from sub()
                    yield 2
                it = outer()
                a = it.gi_yieldfrom
                it.__next__()
                b = it.gi_yieldfrom
                it.__next__()
                c = it.gi_yieldfrom
                it.__next__()
                d = it.gi_yieldfrom
                """);
        assertSame(PyNone.NONE, g.get("a"));
        assertSame(PyNone.NONE, g.get("b"));
        assertInstanceOf(PyGenerator.class, g.get("c"));
        assertSame(PyNone.NONE, g.get("d"));
    }

    @Test
    void asyncGeneratorAwaitablesEndTheAwaitWithTheYieldedValue() {
        PyDict g = run("""
                class Pause:
                    def __await__(self):
                        yield "io"
                async def agen():
                    await Pause()
                    yield "value"
                ag = agen()
                aw = ag.__anext__()
                """);
        Object aw = g.get("aw");
        assertEquals("io", send(aw, PyNone.NONE));
        PyBaseException end = assertThrows(PyBaseException.class, () -> send(aw, PyNone.NONE));
        assertTrue(end.isInstance(ExceptionTypes.STOP_ITERATION));
        assertEquals("value", end.args()[0]);
        Object next = Ops.call(Ops.getattr(g.get("ag"), "__anext__"));
        PyBaseException stop = assertThrows(PyBaseException.class, () -> send(next, PyNone.NONE));
        assertTrue(stop.isInstance(ExceptionTypes.STOP_ASYNC_ITERATION));
    }

    @Test
    void stopIterationLeavingAGeneratorBecomesRuntimeErrorWithCause() {
        PyDict g = run("""
                def bad():
                    yield 1
                    raise StopIteration("x")
                it = bad()
                it.__next__()
                """);
        PyBaseException e = assertThrows(PyBaseException.class, () -> Ops.next(g.get("it")));
        assertEquals("generator raised StopIteration", Ops.str(e));
        assertTrue(e.cause().isInstance(ExceptionTypes.STOP_ITERATION));
    }
}
