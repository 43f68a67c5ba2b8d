package dev.adder.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.adder.runtime.PyBaseException;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Results longer than a Java String can hold (2**31 - 9 chars; CPython's limit is 2**63 code
 * points, so python3 cannot be the oracle here) raise MemoryError before anything is allocated,
 * quickly: a test that allocated would run out of heap instead.
 */
class StrLimitsTest {
    private static void memoryError(Supplier<Object> op) {
        PyBaseException e = assertThrows(PyBaseException.class, op::get);
        assertEquals("MemoryError", e.typeName());
    }

    @Test
    void tooLongResultsAreMemoryErrorsBeforeAllocation() {
        memoryError(() -> StrOps.repeat("abc", 1 << 30));
        memoryError(() -> StrOps.repeat("😀", Integer.MAX_VALUE));
        memoryError(() -> StrPad.center("a", 1L << 40, null));
        memoryError(() -> StrPad.ljust("a", 1L << 40, "😀"));
        memoryError(() -> StrPad.zfill("-1", 1L << 40));
        memoryError(() -> StrPad.expandtabs("\t\t\t", 1 << 30));
        memoryError(() -> StrSearch.replace("a".repeat(1024), "a", "x".repeat(1 << 22), null));
        memoryError(() -> StrSearch.replace("a".repeat(1024), "", "x".repeat(1 << 22), null));
    }

    @Test
    void codePointsNotCharsCountAgainstCPythonsLimit() {
        // CPython checks len * n against 2**63 in code points: 2**62 copies of "😀" overflow there.
        PyBaseException e = assertThrows(PyBaseException.class, () -> StrOps.repeat("😀😀", 1L << 62));
        assertEquals("OverflowError: repeated string is too long", e.toString());
    }
}
