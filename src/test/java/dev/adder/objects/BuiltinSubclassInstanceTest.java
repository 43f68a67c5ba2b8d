package dev.adder.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.runtime.HasDict;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyType;
import org.junit.jupiter.api.Test;

/**
 * Instances of subclasses of the immutable built-in types at the Java level: they are distinct
 * objects of their own type, and the object protocol unwraps them to plain values where CPython
 * treats them as their base value.
 */
class BuiltinSubclassInstanceTest {
    private static PyType subclass(String name, PyType base) {
        return new PyType(name, "__main__", new PyType[] {base}, null, true, null);
    }

    private static Object make(PyType t, Object... args) {
        return t.call(args, null);
    }

    @Test
    void intSubclassInstanceIsDistinctAndTyped() {
        PyType myInt = subclass("MyInt", IntMethods.TYPE);
        Object a = make(myInt, 3);
        assertInstanceOf(BuiltinSubclassInstance.class, a);
        assertInstanceOf(HasDict.class, a);
        assertSame(myInt, Ops.type(a));
        assertEquals(3, ((BuiltinValue) a).value());
        assertTrue(Ops.isInstance(a, IntMethods.TYPE));
    }

    @Test
    void arithmeticGivesPlainInts() {
        Object a = make(subclass("MyInt", IntMethods.TYPE), 3);
        assertEquals(4, Arith.add(a, 1));
        assertEquals(4, Arith.add(1, a));
        assertEquals(6, Arith.add(a, a));
        assertEquals(Integer.class, Arith.multiply(a, 2).getClass());
        assertEquals(-3, Arith.negative(a));
        assertEquals(1.5, Arith.binaryOp(Arith.TRUE_DIVIDE, a, 2));
        assertEquals(2, Arith.pow(a, 2, make(subclass("M", IntMethods.TYPE), 7)));
    }

    @Test
    void comparisonAndHashingMatchTheValue() {
        Object s = make(subclass("S", StrMethods.TYPE), "ab");
        assertTrue(Ops.eq(s, "ab"));
        assertTrue(Ops.eq("ab", s));
        assertEquals(Ops.hash("ab"), Ops.hash(s));
        assertTrue(HashKeys.eq("ab", s));
        assertTrue(HashKeys.eq(s, "ab"));
        PyDict d = new PyDict();
        d.put("ab", 1);
        assertEquals(1, d.get(s));
        Object f = make(subclass("F", FloatMethods.TYPE), 2.5);
        assertEquals(Boolean.TRUE, Compare.richCompare(f, 3, Compare.LT));
        assertEquals(Boolean.TRUE, Compare.richCompare(3, f, Compare.GT));
    }

    @Test
    void conversionsGiveExactBaseValues() {
        Object a = make(subclass("MyInt", IntMethods.TYPE), 7);
        assertSame(Integer.class, Ops.index(a).getClass());
        assertEquals("7", Ops.str(a));
        assertEquals("7", Ops.repr(a));
        assertEquals(7, IntConstructor.toInt(a));
        assertEquals(7.0, FloatMethods.toFloat(a));
        Object s = make(subclass("S", StrMethods.TYPE), "x");
        assertSame(String.class, Ops.str(s).getClass());
        assertEquals("'x'", Ops.repr(s));
        assertFalse(Ops.isTrue(make(subclass("Z", IntMethods.TYPE), 0)));
        Object b = make(subclass("B", PyBytes.TYPE), PyBytes.wrap(new byte[] {65}));
        assertEquals(1, Ops.len(b));
        assertEquals("b'A'", Ops.repr(b));
    }

    @Test
    void builtInMethodsSeeThePlainValue() {
        Object s = make(subclass("S", StrMethods.TYPE), "ab");
        Object upper = Ops.call(Ops.getattr(s, "upper"));
        assertSame(String.class, upper.getClass());
        assertEquals("AB", upper);
        Object c = make(subclass("C", PyComplex.TYPE), 1, 2);
        assertEquals(1.0, Ops.getattr(c, "real"));
        Object a = make(subclass("MyInt", IntMethods.TYPE), 12);
        assertEquals(4, Ops.call(Ops.getattr(a, "bit_length")));
        assertEquals(12, Ops.getattr(a, "real"));
        assertSame(Ops.type(a), Ops.getattr(a, "__class__"));
    }

    @Test
    void subclassInstancesWorkAsIndexes() {
        Object i = make(subclass("MyInt", IntMethods.TYPE), 1);
        assertEquals("b", Ops.getitem("abc", i));
        assertEquals(20, Ops.getitem(PyList.of(10, 20), i));
    }

    @Test
    void boolAndRangeAreNotAcceptableBases() {
        PyBaseException e = assertThrows(PyBaseException.class, () -> FinalTypes.checkAcceptableBase(IntMethods.BOOL_TYPE));
        assertEquals("type 'bool' is not an acceptable base type", Ops.str(e));
        assertThrows(PyBaseException.class, () -> FinalTypes.checkAcceptableBase(PyRange.TYPE));
        FinalTypes.checkAcceptableBase(IntMethods.TYPE);
        assertThrows(PyBaseException.class, () -> FinalTypes.checkLayout(new PyType[] {IntMethods.TYPE, StrMethods.TYPE}));
    }
}
