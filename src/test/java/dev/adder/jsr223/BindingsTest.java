package dev.adder.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import javax.script.Bindings;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptException;
import javax.script.SimpleBindings;
import javax.script.SimpleScriptContext;
import org.junit.jupiter.api.Test;

/** ENGINE_SCOPE bindings are the script's globals, live both ways; GLOBAL_SCOPE comes next. */
class BindingsTest {
    private final ScriptEngine engine = Engines.python();

    @Test
    void evalReturnsTheLastExpressionElseNull() throws Exception {
        assertEquals(3, engine.eval("1 + 2"));
        assertEquals("ab", engine.eval("x = 'a'\nx + 'b'"));
        assertNull(engine.eval("y = 5"));
        assertNull(engine.eval("None"));
        assertNull(engine.eval(""));
        assertEquals(List.of(1, 2), engine.eval("[1, 2]"));
    }

    @Test
    void javaPutAfterDefinitionIsSeenByTheFunction() throws Exception {
        engine.eval("def f():\n    return limit * 2");
        engine.put("limit", 21);
        assertEquals(42, engine.eval("f()"));
        engine.put("limit", 50);
        assertEquals(100, invocable().invokeFunction("f"));
    }

    private javax.script.Invocable invocable() {
        return (javax.script.Invocable) engine;
    }

    @Test
    void scriptAssignmentsAndDeletionsAreSeenByJava() throws Exception {
        engine.eval("answer = 6 * 7\nname = 'adder'\nnothing = None");
        assertEquals(42, engine.get("answer"));
        assertEquals("adder", engine.get("name"));
        Bindings b = Engines.globals(engine);
        assertTrue(b.containsKey("nothing"));
        assertNull(b.get("nothing"));
        engine.eval("del answer");
        assertFalse(b.containsKey("answer"));
        assertTrue(b.keySet().containsAll(List.of("name", "nothing")));
    }

    @Test
    void javaValuesCrossAsPythonValues() throws Exception {
        engine.put("n", 7L);
        engine.put("big", new BigInteger("123456789012345678901234567890"));
        engine.put("f", 1.5f);
        engine.put("nil", null);
        assertEquals("7 <class 'int'> True", engine.eval("f'{n} {type(n)} {n == 7}'"));
        assertEquals(true, engine.eval("{7: 'x'}[n] == 'x' and hash(n) == hash(7)"));
        assertEquals(8, engine.eval("n + 1"));
        assertEquals(new BigInteger("123456789012345678901234567891"), engine.eval("big + 1"));
        assertEquals(1.5, engine.eval("f"));
        assertEquals(true, engine.eval("nil is None"));
        // a Long the script did not change comes back as the same Long
        assertInstanceOf(Long.class, engine.get("n"));
        assertInstanceOf(Integer.class, engine.eval("n - 0"));
        assertInstanceOf(Long.class, engine.eval("2 ** 40"));
    }

    @Test
    void globalScopeIsSearchedAfterEngineScopeAndBeforeBuiltins() throws Exception {
        Bindings global = new SimpleBindings();
        engine.setBindings(global, ScriptContext.GLOBAL_SCOPE);
        global.put("shared", "global");
        global.put("len", "shadowed");
        assertEquals("global", engine.eval("shared"));
        assertEquals("shadowed", engine.eval("len"));
        engine.put("shared", "engine");
        assertEquals("engine", engine.eval("shared"));
        engine.eval("only_global = 1");
        global.put("g2", 10);
        engine.eval("g2 = g2 + 1");
        assertEquals(11, engine.get("g2"));
        assertEquals(10, global.get("g2"));
    }

    @Test
    void managerGlobalsAreTheGlobalScope() throws Exception {
        javax.script.ScriptEngineManager m = new javax.script.ScriptEngineManager();
        m.put("fromManager", "hello");
        ScriptEngine e = m.getEngineByName("python");
        assertEquals("hello!", e.eval("fromManager + '!'"));
    }

    @Test
    void anyBindingsReceiveTheScriptsAssignments() throws Exception {
        SimpleBindings b = new SimpleBindings();
        b.put("x", 2);
        assertEquals(4, engine.eval("y = x * 2\ndef g():\n    return x + y\ny", b));
        assertEquals(4, b.get("y"));
        assertFalse(b.containsKey("__name__"));
        b.put("x", 100);
        assertEquals(104, engine.eval("g()", b));
        engine.eval("del y", b);
        assertFalse(b.containsKey("y"));
        assertNull(engine.get("y"), "the engine's own globals are untouched");
    }

    @Test
    void anyScriptContextWorks() throws Exception {
        ScriptContext ctx = new SimpleScriptContext();
        Bindings b = new SimpleBindings();
        ctx.setBindings(b, ScriptContext.ENGINE_SCOPE);
        java.io.StringWriter out = new java.io.StringWriter();
        ctx.setWriter(out);
        engine.eval("z = 3\nprint('in context', z)", ctx);
        assertEquals("in context 3\n", out.toString());
        assertEquals(3, b.get("z"));
    }

    @Test
    void createBindingsGivesIsolatedGlobals() throws Exception {
        Bindings a = engine.createBindings();
        Bindings b = engine.createBindings();
        engine.eval("v = 'a'", a);
        engine.eval("v = 'b'", b);
        assertEquals("a", a.get("v"));
        assertEquals("b", b.get("v"));
        assertEquals("a", engine.eval("v", a));
        ScriptException e = assertThrows(ScriptException.class, () -> engine.eval("v"));
        assertTrue(e.getMessage().startsWith("NameError: name 'v' is not defined"), e.getMessage());
    }

    @Test
    void twoEnginesShareNoModuleState() throws Exception {
        ScriptEngine other = Engines.python();
        engine.eval("import sys\nsys.modules['mine'] = sys\nimport builtins\nbuiltins.extra = 1");
        assertEquals(true, engine.eval("'mine' in sys.modules and extra == 1"));
        assertEquals(false, other.eval("import sys\n'mine' in sys.modules"));
        assertThrows(ScriptException.class, () -> other.eval("extra"));
    }

    @Test
    void bindingsFollowTheMapContract() {
        Bindings b = engine.createBindings();
        assertThrows(NullPointerException.class, () -> b.put(null, 1));
        assertThrows(IllegalArgumentException.class, () -> b.put("", 1));
        assertThrows(ClassCastException.class, () -> b.get(1));
        b.putAll(Map.of("p", 1, "q", 2));
        assertEquals(2, b.get("q"));
        b.entrySet().removeIf(en -> en.getKey().equals("p"));
        assertFalse(b.containsKey("p"));
    }
}
