package dev.adder.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.adder.runtime.PyBaseException;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * The representation rules: every int result is in its smallest type (Integer, then Long, then
 * BigInteger), bools act as 0 and 1, and no BigInteger appears for a value that fits 64 bits.
 * (The differential tests also flag any result that is not normalized.)
 */
class IntRepresentationTest {
    private static final BigInteger TWO_63 = BigInteger.ONE.shiftLeft(63);

    private static void assertInt(Class<?> type, String value, Object actual) {
        assertEquals(type, actual.getClass(), "type of " + actual);
        assertEquals(value, actual.toString());
    }

    @Test
    void resultsGrowOnlyWhenTheyMust() {
        assertInt(Integer.class, "3", IntOps.add(1, 2));
        assertInt(Long.class, "2147483648", IntOps.add(Integer.MAX_VALUE, 1));
        assertInt(Long.class, "-2147483649", IntOps.sub(Integer.MIN_VALUE, 1));
        assertInt(BigInteger.class, "9223372036854775808", IntOps.add(Long.MAX_VALUE, 1));
        assertInt(BigInteger.class, "-9223372036854775809", IntOps.sub(Long.MIN_VALUE, 1));
        assertInt(Long.class, "4611686014132420609", IntOps.mul(Integer.MAX_VALUE, Integer.MAX_VALUE));
        assertInt(BigInteger.class, "85070591730234615847396907784232501249", IntOps.mul(Long.MAX_VALUE, Long.MAX_VALUE));
        assertInt(Long.class, "2147483648", IntOps.neg(Integer.MIN_VALUE));
        assertInt(BigInteger.class, "9223372036854775808", IntOps.neg(Long.MIN_VALUE));
        assertInt(BigInteger.class, "9223372036854775808", IntOps.abs(Long.MIN_VALUE));
        assertInt(BigInteger.class, "9223372036854775808", IntDivision.floordiv(Long.MIN_VALUE, -1));
        assertInt(Long.class, "4294967296", IntBits.lshift(1, 32));
        assertInt(BigInteger.class, "9223372036854775808", IntBits.lshift(1, 63));
        assertInt(Long.class, "-9223372036854775808", IntBits.lshift(-1, 63));
    }

    @Test
    void resultsShrinkBackToTheSmallestType() {
        BigInteger big = TWO_63;
        assertInt(Long.class, "9223372036854775807", IntOps.sub(big, 1));
        assertInt(Integer.class, "0", IntOps.sub(big, big));
        assertInt(Integer.class, "1", IntDivision.floordiv(big, big));
        assertInt(Integer.class, "1", IntBits.rshift(big, 63));
        assertInt(Long.class, "-9223372036854775808", IntOps.neg(big));
        assertInt(Integer.class, "7", IntOps.index(7L));
        assertInt(Integer.class, "1", IntOps.index(true));
        assertInt(Integer.class, "5", IntOps.normalize(BigInteger.valueOf(5)));
        assertInt(Long.class, "5000000000", IntOps.normalize(BigInteger.valueOf(5_000_000_000L)));
        assertInt(Integer.class, "12", IntText.parse("12"));
        assertInt(Long.class, "123456789012345678", IntText.parse("123456789012345678"));
        assertInt(Long.class, "9223372036854775807", IntText.parse("9223372036854775807"));
        assertInt(Integer.class, "0", IntOps.fromDouble(-0.0));
        assertInt(Long.class, "-9223372036854775808", IntOps.fromDouble(-9.223372036854775808E18));
        assertInt(BigInteger.class, "9223372036854775808", IntOps.fromDouble(9.223372036854775808E18));
    }

    @Test
    void boolsAreInts() {
        assertInt(Integer.class, "2", IntOps.add(true, 1));
        assertInt(Integer.class, "2", IntOps.add(true, true));
        assertInt(Integer.class, "-1", IntOps.neg(true));
        assertInt(Integer.class, "1", IntOps.pos(true));
        assertInt(Integer.class, "-2", IntOps.invert(true));
        assertSame(Boolean.TRUE, IntBits.and(true, true));
        assertSame(Boolean.FALSE, IntBits.xor(true, true));
        assertInt(Integer.class, "1", IntBits.and(true, 3));
        assertEquals(NumericHash.hashInt(1), NumericHash.hashInt(true));
        assertEquals(NumericHash.hashInt(1), NumericHash.hashDouble(1.0));
        assertEquals(NumericHash.hashInt(TWO_63), NumericHash.hashDouble(9.223372036854775808E18));
        assertEquals("True", IntText.repr(true));
    }

    @Test
    void hugeResultsAreRefusedBeforeTheyAreComputed() {
        PyBaseException e = assertThrows(PyBaseException.class, () -> IntBits.lshift(1, 1L << 40));
        assertEquals("MemoryError", e.typeName());
        e = assertThrows(PyBaseException.class, () -> IntPow.pow(3, 1L << 40));
        assertEquals("MemoryError", e.typeName());
        e = assertThrows(PyBaseException.class, () -> IntPow.pow(BigInteger.ONE.shiftLeft(100), 1L << 30));
        assertEquals("MemoryError", e.typeName());
    }
}
