package dev.adder.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.interop.hosts.Calculator;
import dev.adder.interop.hosts.EventSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptException;
import org.junit.jupiter.api.Test;

/** Python calling Java through the engine: host objects from Bindings, callbacks, the class policy. */
class HostObjectsEngineTest {
    private final ScriptEngine engine = Engines.python();

    @Test
    void hostObjectsFromBindings() throws Exception {
        engine.put("calc", new Calculator());
        assertEquals("int long String", engine.eval("f'{calc.kind(1)} {calc.kind(2**40)} {calc.kind(\"x\")}'"));
        assertEquals(6, engine.eval("calc.sum(1, 2, 3)"));
        assertEquals("calc", engine.eval("calc.name"));
        engine.eval("calc.label = 'set from Python'");
        assertEquals("set from Python", ((Calculator) engine.get("calc")).getLabel());
        ScriptException e = assertThrows(ScriptException.class, () -> engine.eval("calc.asByte(300)"));
        assertTrue(e.getMessage().startsWith("OverflowError: Python int too large to convert to Java byte"),
                e.getMessage());
        assertThrows(ScriptException.class, () -> engine.eval("calc.getClass()"));
    }

    @Test
    void javaCollectionsActAsPythonOnes() throws Exception {
        List<Object> list = new ArrayList<>(List.of(3, 1, 2));
        Map<String, Object> map = new HashMap<>(Map.of("a", 1));
        engine.put("jl", list);
        engine.put("jm", map);
        assertEquals("3 [1, 2, 3] True 2 1", engine.eval(
                "f'{len(jl)} {sorted(jl)} {2 in jl} {jl[-1]} {jm[\"a\"]}'"));
        engine.eval("jl.append(4)\njm['b'] = [k for k in jm]\nfor x in jl:\n    pass");
        assertEquals(List.of(3, 1, 2, 4), list);
        assertEquals(List.of("a"), map.get("b"));
        assertTrue(engine.eval("try:\n    jm['zz']\nexcept KeyError as e:\n    r = repr(e)\nr").equals("KeyError('zz')"));
    }

    @Test
    void javaExceptionsAreCatchableAndCallbacksConvert() throws Exception {
        engine.put("calc", new Calculator());
        assertEquals("caught boom", engine.eval(
                "try:\n    calc.fail('boom')\nexcept Exception as e:\n    msg = 'caught ' + str(e)\nmsg"));
        // a Python callable passed where Java wants Function / BiFunction: the arity picks the overload
        assertEquals(engine.eval("calc.apply(lambda x: x)"), new Calculator().apply(x -> x));
        assertEquals(engine.eval("calc.apply(lambda x, y: x)"), new Calculator().apply((x, y) -> x));
        EventSource source = new EventSource();
        engine.put("source", source);
        engine.eval("seen = []\nsource.addListener(lambda name, value: seen.append((name, value)))");
        source.fire("tick", 7);
        assertEquals("[('tick', 7)]", engine.eval("repr(seen)"));
    }

    @Test
    void javaClassesImportOnlyWhenAllowed() throws Exception {
        ScriptException denied = assertThrows(ScriptException.class,
                () -> engine.eval("from java.util import ArrayList"));
        assertTrue(denied.getMessage().startsWith("ModuleNotFoundError: No module named 'java.util.ArrayList'"),
                denied.getMessage());
        ((AdderScriptEngine) engine).setClassFilter(name -> name.startsWith("java.util."));
        assertInstanceOf(ArrayList.class, engine.eval("from java.util import ArrayList\nArrayList()"));
        ScriptException thread = assertThrows(ScriptException.class, () -> engine.eval("from java.lang import Thread"));
        assertTrue(thread.getMessage().startsWith("ModuleNotFoundError"), thread.getMessage());
        // the Bindings key overrides the engine's filter for that context
        ScriptEngine other = Engines.python();
        Predicate<String> onlyHashMap = "java.util.HashMap"::equals;
        other.getContext().setAttribute(AdderScriptEngine.CLASS_FILTER, onlyHashMap, ScriptContext.ENGINE_SCOPE);
        assertInstanceOf(HashMap.class, other.eval("from java.util import HashMap\nHashMap()"));
        assertThrows(ScriptException.class, () -> other.eval("from java.util import ArrayList"));
    }
}
