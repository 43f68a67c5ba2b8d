package dev.adder.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.adder.interop.hosts.Calculator;
import dev.adder.interop.hosts.Lambdas;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Host objects from Python: methods, overloads, conversions, fields and bean properties. */
class HostObjectsTest {
    private final Calculator calc = new Calculator(3);
    private final PyHarness py = new PyHarness().put("c", calc);

    @Test
    void overloadsByType() {
        assertEquals("int", py.eval("c.kind(5)"));
        assertEquals("long", py.eval("c.kind(2**40)"));
        assertEquals("BigInteger", py.eval("c.kind(2**70)"));
        assertEquals("double", py.eval("c.kind(1.5)"));
        assertEquals("String", py.eval("c.kind('x')"));
        assertEquals("boolean", py.eval("c.kind(True)"));
        assertEquals("Object", py.eval("c.kind([1])"));
        assertEquals("String", py.eval("c.kind(None)")); // most specific reference type
    }

    @Test
    void overloadsByCountAndBoxing() {
        assertEquals("one", py.eval("c.arity(1)"));
        assertEquals("two", py.eval("c.arity(1, 2)"));
        assertEquals("int", py.eval("c.boxed(1)"));
        assertEquals("Integer:null", py.eval("c.boxed(None)"));
        assertEquals("TypeError: Calculator.arity() takes 1 or 2 arguments (3 given)", py.error("c.arity(1, 2, 3)"));
        assertEquals("TypeError: Calculator.asInt() takes exactly 1 argument (0 given)", py.error("c.asInt()"));
        assertEquals("TypeError: Calculator.asInt() takes no keyword arguments", py.error("c.asInt(x=1)"));
        assertEquals("TypeError: Calculator.asInt() argument 1 must be int, not str", py.error("c.asInt('1')"));
        assertEquals("TypeError: Calculator.arity() argument 1 must be int, not str", py.error("c.arity('x')"));
        assertEquals("TypeError: no overload of Calculator.apply() takes (int); overloads: apply(BiFunction), "
                + "apply(Function)", py.error("c.apply(5)"));
    }

    @Test
    void varargs() {
        assertEquals(0, py.eval("c.sum()"));
        assertEquals(6, py.eval("c.sum(1, 2, 3)"));
        assertEquals(3, py.eval("c.sum([1, 2])"));
        assertEquals("a-1-None", py.eval("c.join('-', 'a', 1, None)").toString().replace("null", "None"));
        assertEquals("", py.eval("c.join('-')"));
        assertEquals("null", py.eval("c.join('-', None)"));
        assertEquals("TypeError: Calculator.join() takes at least 1 argument (0 given)", py.error("c.join()"));
    }

    @Test
    void rangeCheckedConversions() {
        assertEquals(127, py.eval("c.asByte(127)"));
        assertEquals("OverflowError: Python int too large to convert to Java byte", py.error("c.asByte(128)"));
        assertEquals("OverflowError: Python int too small to convert to Java short", py.error("c.asShort(-40000)"));
        assertEquals("OverflowError: Python int too large to convert to Java int", py.error("c.asInt(2**31)"));
        assertEquals(Long.MIN_VALUE, ((Number) py.eval("c.asLong(-2**63)")).longValue());
        assertEquals("OverflowError: Python int too large to convert to Java long", py.error("c.asLong(2**63)"));
        assertEquals("TypeError: Calculator.asInt() argument 1 must be int, not float", py.error("c.asInt(1.0)"));
        assertEquals(3.0, py.eval("c.asDouble(3)"));
        assertEquals(1.5, py.eval("c.asFloat(1.5)"));
        assertEquals(new BigInteger("1180591620717411303424"), py.eval("c.asBig(2**70)"));
        assertEquals("'z'", py.eval("c.asChar('z')").toString().equals("z") ? "'z'" : "?");
        assertEquals("TypeError: Calculator.asChar() argument 1 must be str of length 1, not str",
                py.error("c.asChar('zz')"));
        assertEquals("'hi'", py.eval("c.text('hi')"));
        assertEquals(3, py.eval("c.byteCount(b'abc')"));
        assertEquals("olleh", py.eval("c.reversed('hello')"));
        assertEquals("null", py.eval("c.text(None)"));
        assertEquals("TypeError: Calculator.asInt() argument 1 must be int, not NoneType", py.error("c.asInt(None)"));
    }

    @Test
    void resultsConvertToPythonValues() {
        assertEquals("1.5", py.repr("c.smallFloat()"));
        assertEquals("'q'", py.repr("c.letter()"));
        assertEquals("(7, 'int')", py.repr("(c.shortValue(), type(c.shortValue()).__name__)"));
        assertEquals("None", py.repr("c.nothing()"));
        assertEquals("float", py.eval("type(c.smallFloat()).__name__"));
    }

    @Test
    void fieldsAndBeanProperties() {
        assertEquals(3, py.eval("c.count"));
        py.exec("c.count = 7");
        assertEquals(7, calc.count);
        assertEquals("OverflowError: Python int too large to convert to Java int", py.error("c.count = 2**40"));
        assertEquals("calc", py.eval("c.name"));
        assertEquals("AttributeError: attribute 'name' of 'Calculator' objects is not writable",
                py.error("c.name = 'x'"));
        assertEquals("none", py.eval("c.label"));
        py.exec("c.label = 'new'");
        assertEquals("new", calc.getLabel());
        assertEquals(false, py.eval("c.enabled"));
        py.exec("c.enabled = True");
        assertEquals(true, calc.isEnabled());
        assertEquals(42, py.eval("c.size"));
        assertEquals("AttributeError: attribute 'size' of 'Calculator' objects is not writable",
                py.error("c.size = 1"));
        assertEquals("AttributeError: 'Calculator' object has no attribute 'nope'", py.error("c.nope"));
        assertEquals("AttributeError: 'Calculator' object has no attribute 'nope'", py.error("c.nope = 1"));
    }

    @Test
    void objectProtocols() {
        assertEquals("Calculator(3)", py.eval("repr(c)"));
        assertEquals("Calculator(3)", py.eval("str(c)"));
        assertEquals("Calculator(3)", py.exec("print(c)").strip());
        py.put("d", new Calculator(3)).put("e", new Calculator(4));
        assertEquals(true, py.eval("c == d"));
        assertEquals(false, py.eval("c != d"));
        assertEquals(true, py.eval("c != e"));
        assertEquals(3, py.eval("hash(c)"));
        assertEquals(2, py.eval("len({c, d, e})"));
        assertEquals("Calculator", py.eval("type(c).__name__"));
        assertEquals("dev.adder.interop.hosts", py.eval("type(c).__module__"));
        assertSame(py.eval("type(c)"), py.eval("type(d)"));
        assertEquals("TypeError: cannot create 'dev.adder.interop.hosts.Calculator' instances",
                py.error("type(c)()"));
        assertEquals("builtin_function_or_method", py.eval("type(c.kind).__name__"));
        assertEquals("int", py.eval("type(c).kind(c, 1)"));
        assertEquals("TypeError: descriptor 'kind' for 'Calculator' objects doesn't apply to a 'int' object",
                py.error("type(c).kind(1, 1)"));
    }

    @Test
    void javaLambdasAreCallableAndComparablesCompare() {
        py.put("twice", Lambdas.twice()).put("pair", Lambdas.pair()).put("sup", Lambdas.nothing());
        assertEquals(8, py.eval("twice(4)"));
        assertEquals(8, py.eval("twice.apply(4)"));
        assertEquals("1/None", py.eval("pair(1, None)").toString().replace("null", "None"));
        assertEquals("None", py.repr("sup()"));
        assertEquals("TypeError: " + py.eval("type(twice).__name__") + ".apply() takes exactly 1 argument (2 given)",
                py.error("twice(1, 2)"));
        py.put("a", new java.math.BigDecimal("1.5")).put("b", new java.math.BigDecimal("2.25"));
        assertEquals(true, py.eval("a < b and b > a and a <= a and not a >= b"));
        assertEquals("[1.5, 2.25]", py.repr("[str(x) for x in sorted([b, a])]").replace("'", ""));
        assertEquals("TypeError: '<' not supported between instances of 'BigDecimal' and 'int'",
                py.error("a < 1"));
    }

    @Test
    void hiddenMembers() {
        for (String name : new String[] {"getClass", "wait", "notify", "notifyAll", "type", "thread"}) {
            assertEquals("AttributeError: 'Calculator' object has no attribute '" + name + "'",
                    py.error("c." + name), name);
        }
        assertEquals(false, py.eval("hasattr(c, 'class')"));
        assertEquals("TypeError: a Java value of type 'java.lang.Class' is not accessible from Python",
                py.error("c.classObject()"));
        assertEquals("AttributeError: 'Calculator' object has no attribute 'twice'", py.error("c.twice(1)"));
        assertEquals("AttributeError: 'Calculator' object has no attribute 'LIMIT'", py.error("c.LIMIT"));
    }

    @Test
    void deniedObjectsAreOpaque() {
        py.put("t", Thread.currentThread());
        assertEquals("AttributeError: 'Thread' object has no attribute 'getName'", py.error("t.getName()"));
        assertEquals("AttributeError: 'Thread' object has no attribute 'interrupt'", py.error("t.interrupt()"));
    }
}
