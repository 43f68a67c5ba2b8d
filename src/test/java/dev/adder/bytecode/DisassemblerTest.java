package dev.adder.bytecode;

import dev.adder.ast.Python3;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Compares Disassembler with python3's dis.dis text for CPython-compiled code (no Adder compiler). */
class DisassemblerTest {
    /** Code object addresses differ between processes; everything else must match exactly. */
    private static String normalize(String s) {
        return s.replaceAll(" at 0x[0-9a-f]+,", " at 0xADDR,");
    }

    private static int compareAll(List<Map<String, Object>> entries) {
        List<String> failures = new ArrayList<>();
        for (Map<String, Object> e : entries) {
            @SuppressWarnings("unchecked")
            Map<String, Object> code = (Map<String, Object>) e.get("code");
            String expected = normalize((String) e.get("dis"));
            String actual = normalize(new Disassembler().dis(CodeJson.code(code)));
            if (!expected.equals(actual)) {
                failures.add(code.get("co_name") + ":\n--- python3\n" + expected + "--- adder\n" + actual);
            }
        }
        assertEquals("", String.join("\n", failures));
        return entries.size();
    }

    @Test
    void samplesDisassembleAsPython() {
        Python3.assumeAvailable();
        int n = compareAll(Samples.samples());
        assertTrue(n > 30, "at least 30 sample functions, got " + n);
    }

    @Test
    void wideLineNumbersAndOffsets() {
        Python3.assumeAvailable();
        List<Map<String, Object>> entries = Samples.extremes();
        assertTrue(((String) entries.get(0).get("dis")).contains("10000 "), "big offsets exercised");
        assertTrue(((String) entries.get(0).get("dis")).contains("EXTENDED_ARG"), "EXTENDED_ARG exercised");
        assertTrue(((String) entries.get(1).get("dis")).contains("\n1305 "), "wide line numbers exercised");
        compareAll(entries);
    }

    @Test
    void defaultReprOfSimpleConstants() {
        assertEquals("None", Disassembler.defaultRepr(null));
        assertEquals("(1, 'a', (2.5,), ())",
                Disassembler.defaultRepr(List.of(1, "a", List.of(2.5), List.of())));
        assertEquals("b'\\x00A'", Disassembler.defaultRepr(new byte[] {0, 65}));
    }
}
