package dev.adder.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.adder.interop.hosts.Calculator;
import dev.adder.interop.hosts.HostFailure;
import dev.adder.runtime.PyBaseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Java exceptions in Python, and Python exceptions coming back through Java. */
class HostExceptionsTest {
    private final PyHarness py = new PyHarness().put("c", new Calculator());

    @Test
    void javaExceptionsAreCatchableInPython() {
        assertEquals("caught IllegalStateException boom ('boom',)\n", py.exec(
                "try:\n    c.fail('boom')\nexcept Exception as e:\n    print('caught', type(e).__name__, e, e.args)\n"));
        assertEquals("java.lang True True True\n", py.exec(
                "try:\n    c.fail('x')\nexcept BaseException as e:\n"
                + "    t = type(e)\n"
                + "    print(t.__module__, issubclass(t, Exception), [k.__name__ for k in t.__mro__][:5] == "
                + "['IllegalStateException', 'RuntimeException', 'Exception', 'Throwable', 'Exception'],"
                + " t.__mro__[-2] is BaseException)\n"));
        assertEquals("failure 7 7 failure 7\n", py.exec(
                "try:\n    c.failCustom(7)\nexcept Exception as e:\n    print(e, e.code, e.getMessage())\n"));
    }

    @Test
    void uncaughtJavaExceptionKeepsTheJavaObject() {
        PyBaseException e = assertThrows(PyBaseException.class, () -> py.exec("c.failCustom(3)"));
        assertEquals("HostFailure", e.type().name());
        assertEquals("dev.adder.interop.hosts.HostFailure", e.type().qualifiedName());
        Throwable java = HostExceptions.javaException(e);
        assertInstanceOf(HostFailure.class, java);
        assertEquals(3, ((HostFailure) java).getCode());
        assertSame(HostTypes.exceptionType(HostFailure.class), e.type());
    }

    @Test
    void tracebackNamesTheJavaType() {
        PyBaseException e = assertThrows(PyBaseException.class, () -> py.exec("def f():\n    c.fail('deep')\nf()\n"));
        String tb = py.interp.formatTraceback(e);
        assertEquals(true, tb.endsWith("java.lang.IllegalStateException: deep\n"), tb);
        assertEquals(true, tb.contains("line 2, in f"), tb);
    }

    @Test
    void pythonExceptionThroughJavaIsUnwrapped() {
        // Python -> Java (Supplier.get) -> Python raises -> back in Python: the very same exception.
        assertEquals("same True ValueError inner\n", py.exec(
                "err = ValueError('inner')\n"
                + "def boom():\n    raise err\n"
                + "try:\n    c.call(boom)\nexcept ValueError as e:\n    print('same', e is err, type(e).__name__, e)\n"));
        assertEquals(42, py.eval("c.call(lambda: 42)"));
    }

    @Test
    @Timeout(20)
    void interruptsSurviveTheConversion() {
        Throwable t = assertThrows(Throwable.class, () -> py.exec(
                "try:\n    c.sleepInterrupted()\nexcept Exception as e:\n    pass\nwhile True:\n    pass\n"));
        // Either the VM stopped the script, or at least the thread is still marked interrupted.
        boolean flagged = Thread.interrupted();
        assertEquals(true, flagged || t instanceof dev.adder.runtime.ScriptTermination, t.toString());
    }

    @Test
    void javaExceptionRaisedAndCaughtAcrossACallback() {
        assertEquals("IllegalStateException from java\n", py.exec(
                "def cb():\n    c.fail('from java')\n"
                + "try:\n    c.call(cb)\nexcept Exception as e:\n    print(type(e).__name__, e)\n"));
    }
}
