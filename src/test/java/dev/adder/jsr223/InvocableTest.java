package dev.adder.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.script.Invocable;
import javax.script.ScriptEngine;
import javax.script.ScriptException;
import org.junit.jupiter.api.Test;

/** invokeFunction, invokeMethod and getInterface, with the exceptions the javax.script spec names. */
class InvocableTest {
    private final ScriptEngine engine = Engines.python();
    private final Invocable inv = (Invocable) engine;

    /** A host interface implemented by script functions. */
    public interface Greeter {
        String greet(String name);

        int count();
    }

    /** Implemented by a Python object's methods. */
    public interface Shape {
        double area();

        default String describe() {
            return "area " + area();
        }
    }

    @Test
    void invokeFunctionWithArgumentsAndKeywordDefaults() throws Exception {
        engine.eval("def add(a, b=10):\n    return a + b\ncalls = 0");
        assertEquals(3, inv.invokeFunction("add", 1, 2));
        assertEquals(11, inv.invokeFunction("add", 1));
        assertEquals("xy", inv.invokeFunction("add", "x", "y"));
        assertThrows(NoSuchMethodException.class, () -> inv.invokeFunction("missing"));
        assertThrows(NoSuchMethodException.class, () -> inv.invokeFunction("calls"));
        ScriptException e = assertThrows(ScriptException.class, () -> inv.invokeFunction("add"));
        assertTrue(e.getMessage().startsWith("TypeError: add() missing 1 required positional argument: 'a'"),
                e.getMessage());
        assertEquals(5, inv.invokeFunction("len", "hello"), "builtins are functions too");
    }

    @Test
    void invokeMethodOnPythonObjects() throws Exception {
        Object acct = engine.eval("class Account:\n    def __init__(self):\n        self.balance = 0\n"
                + "    def deposit(self, n):\n        self.balance += n\n        return self.balance\nAccount()");
        assertEquals(5, inv.invokeMethod(acct, "deposit", 5));
        assertEquals(12, inv.invokeMethod(acct, "deposit", 7));
        assertThrows(NoSuchMethodException.class, () -> inv.invokeMethod(acct, "withdraw", 1));
        assertThrows(IllegalArgumentException.class, () -> inv.invokeMethod(null, "deposit", 1));
        assertEquals("HELLO", inv.invokeMethod("hello", "upper"));
    }

    @Test
    void getInterfaceFromModuleFunctions() throws Exception {
        assertNull(inv.getInterface(Greeter.class), "functions missing: null");
        engine.eval("n = 0\ndef greet(name):\n    global n\n    n += 1\n    return 'hi ' + name\n"
                + "def count():\n    return n");
        Greeter g = inv.getInterface(Greeter.class);
        assertEquals("hi bob", g.greet("bob"));
        assertEquals("hi amy", g.greet("amy"));
        assertEquals(2, g.count());
        assertThrows(IllegalArgumentException.class, () -> inv.getInterface(String.class));
    }

    @Test
    void getInterfaceFromAnObject() throws Exception {
        Object sq = engine.eval("class Square:\n    def __init__(self, s):\n        self.s = s\n"
                + "    def area(self):\n        return self.s * self.s\nSquare(3)");
        Shape s = inv.getInterface(sq, Shape.class);
        assertEquals(9.0, s.area());
        assertEquals("area 9.0", s.describe());
        assertNull(inv.getInterface(engine.eval("object()"), Greeter.class));
        assertThrows(IllegalArgumentException.class, () -> inv.getInterface(null, Shape.class));
    }
}
