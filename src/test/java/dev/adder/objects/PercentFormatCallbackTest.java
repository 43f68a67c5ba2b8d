package dev.adder.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.adder.runtime.PyBaseException;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Checks that %s, %r and %a of objects Adder does not know go through the caller's str()/repr(). */
class PercentFormatCallbackTest {
    private record Thing(String name) {}

    private static final Function<Object, String> STR = o -> "str:" + ((Thing) o).name();
    private static final Function<Object, String> REPR = o -> "<Thing " + ((Thing) o).name() + ">";

    @Test
    void strReprAsciiUseTheCallbacks() {
        Thing t = new Thing("é😀");
        assertEquals("str:é😀|<Thing é😀>|<Thing \\xe9\\U0001f600>",
                PercentFormat.format("%s|%r|%a", new Object[] {t, t, t}, STR, REPR));
        assertEquals("   str:é😀", PercentFormat.format("%9s", t, STR, REPR));
        assertEquals("<Th", PercentFormat.format("%.3r", t, STR, REPR));
    }

    @Test
    void numericConversionsNameTheType() {
        PyBaseException e = assertThrows(PyBaseException.class,
                () -> PercentFormat.format("%d", new Object[] {new Thing("x")}, STR, REPR));
        assertEquals("TypeError: %d format: a real number is required, not Thing", e.toString());
    }

    @Test
    void aListArgumentIsAMappingToTheFinalCheck() {
        // CPython: 'abc' % [] == 'abc' (a list has __getitem__, so it counts as a mapping).
        assertEquals("abc", PercentFormat.format("abc", List.of(), STR, REPR));
    }
}
