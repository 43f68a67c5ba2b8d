package dev.adder.bytecode;

import dev.adder.ast.Python3;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exception and location tables: round trips, and decoding CPython's real bytes compared with what
 * python3's dis and co_positions() report; also the localsplus layout against _varname_from_oparg.
 */
class CodeTablesTest {
    private static List<Map<String, Object>> codes;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void dump() {
        if (!Python3.available()) {
            return;
        }
        codes = new ArrayList<>();
        List<Map<String, Object>> entries = new ArrayList<>(Samples.samples());
        entries.addAll(Samples.extremes());
        for (Map<String, Object> e : entries) {
            collect((Map<String, Object>) e.get("code"));
        }
    }

    @SuppressWarnings("unchecked")
    private static void collect(Map<String, Object> code) {
        codes.add(code);
        for (Object c : (List<Object>) code.get("co_consts")) {
            List<Object> tagged = (List<Object>) c;
            if (tagged.get(0).equals("code")) {
                collect((Map<String, Object>) tagged.get(1));
            }
        }
    }

    private static int orMinus1(Object o) {
        return o == null ? -1 : ((Number) o).intValue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void exceptionTablesOfCPython() {
        Python3.assumeAvailable();
        int withHandlers = 0;
        for (Map<String, Object> code : codes) {
            byte[] bytes = CodeJson.hex(code.get("exceptiontable"));
            List<ExceptionTable.Entry> entries = ExceptionTable.decode(bytes);
            List<String> expected = new ArrayList<>();
            for (List<Object> e : (List<List<Object>>) code.get("exceptions")) {
                expected.add(e.toString());
            }
            List<String> actual = new ArrayList<>();
            for (ExceptionTable.Entry e : entries) {
                actual.add(List.of(2L * e.start(), 2L * e.end(), 2L * e.target(), (long) e.depth(), e.lasti()).toString());
            }
            assertEquals(expected, actual, (String) code.get("co_qualname"));
            assertArrayEquals(bytes, ExceptionTable.encode(entries), (String) code.get("co_qualname"));
            withHandlers += entries.isEmpty() ? 0 : 1;
        }
        assertTrue(withHandlers >= 8, "exception tables exercised: " + withHandlers);
    }

    @Test
    @SuppressWarnings("unchecked")
    void locationTablesOfCPython() {
        Python3.assumeAvailable();
        for (Map<String, Object> code : codes) {
            String name = (String) code.get("co_qualname");
            byte[] bytes = CodeJson.hex(code.get("linetable"));
            int first = CodeJson.toInt(code.get("co_firstlineno"));
            List<LocationTable.Entry> entries = LocationTable.decode(bytes, first);
            LocationTable.Position[] ps = LocationTable.positions(entries);
            List<List<Object>> expected = (List<List<Object>>) code.get("positions");
            assertEquals(expected.size(), ps.length, name);
            for (int i = 0; i < ps.length; i++) {
                List<Object> e = expected.get(i);
                LocationTable.Position want = new LocationTable.Position(orMinus1(e.get(0)), orMinus1(e.get(1)),
                        orMinus1(e.get(2)), orMinus1(e.get(3)));
                assertEquals(want, ps[i], name + " unit " + i);
            }
            int[] starts = LocationTable.lineStarts(entries);
            List<String> want = new ArrayList<>();
            for (List<Object> s : (List<List<Object>>) code.get("linestarts")) {
                want.add(s.get(0) + ":" + s.get(1));
            }
            List<String> got = new ArrayList<>();
            for (int i = 0; i < starts.length; i++) {
                if (starts[i] >= 0) {
                    got.add(2 * i + ":" + starts[i]);
                }
            }
            assertEquals(want, got, name);
            assertArrayEquals(bytes, LocationTable.encode(entries, first), name);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void localsPlusLayoutOfCPython() {
        Python3.assumeAvailable();
        for (Map<String, Object> m : codes) {
            PyCode code = CodeJson.code(m);
            String name = (String) m.get("co_qualname");
            List<String> lp = (List<String>) m.get("localsplus");
            assertEquals(lp.size(), code.localsPlusSize(), name);
            for (int i = 0; i < lp.size(); i++) {
                assertEquals(lp.get(i), code.localsPlusName(i), name);
            }
            assertEquals(m.get("co_cellvars"), Arrays.asList(code.co_cellvars()), name);
            assertEquals(CodeJson.toInt(m.get("co_nlocals")), code.co_nlocals(), name);
            assertEquals(m.get("repr").toString().replaceAll(" at 0x[0-9a-f]+", ""),
                    code.toString().replaceAll(" at 0x[0-9a-f]+", ""));
            for (String c : code.co_cellvars()) {
                int k = code.cellIndex(c);
                assertTrue((code.localsPlusKind(k) & PyCode.FAST_CELL) != 0);
                assertEquals(c, code.localsPlusName(k));
            }
            List<List<Object>> pos = (List<List<Object>>) m.get("positions");
            for (int i = 0; i < pos.size(); i++) {
                assertEquals(orMinus1(pos.get(i).get(0)), code.lineAt(i), name);
            }
            for (List<Object> e : (List<List<Object>>) m.get("exceptions")) {
                int start = CodeJson.toInt(e.get(0)) / 2;
                int end = CodeJson.toInt(e.get(1)) / 2;
                assertEquals(CodeJson.toInt(e.get(2)) / 2, code.handlerAt(start).target(), name);
                assertEquals(CodeJson.toInt(e.get(2)) / 2, code.handlerAt(end - 1).target(), name);
            }
            for (String f : code.co_freevars()) {
                assertTrue(code.freeIndex(f) >= code.firstFreeIndex());
            }
        }
    }

    @Test
    void argumentCellKeepsItsSlot() {
        PyCode code = PyCode.builder().name("f").variables(new String[] {"x", "y", "get"},
                new String[] {"z", "x"}, new String[] {"w"}).build();
        assertEquals(List.of("x", "y", "get", "z", "w"), names(code));
        assertEquals(List.of("x", "z"), Arrays.asList(code.co_cellvars()));
        assertEquals(0, code.cellIndex("x"));
        assertEquals(0, code.localIndex("x"));
        assertEquals(PyCode.FAST_LOCAL | PyCode.FAST_CELL, code.localsPlusKind(0));
        assertEquals(3, code.cellIndex("z"));
        assertEquals(-1, code.localIndex("z"));
        assertEquals(4, code.freeIndex("w"));
        assertEquals(4, code.firstFreeIndex());
        assertEquals(3, code.co_nlocals());
    }

    private static List<String> names(PyCode code) {
        List<String> n = new ArrayList<>();
        for (int i = 0; i < code.localsPlusSize(); i++) {
            n.add(code.localsPlusName(i));
        }
        return n;
    }

    @Test
    void exceptionTableRoundTrips() {
        Random r = new Random(11);
        for (int round = 0; round < 500; round++) {
            List<ExceptionTable.Entry> entries = new ArrayList<>();
            int at = r.nextInt(5);
            for (int k = r.nextInt(6); k > 0; k--) {
                int len = 1 + r.nextInt(r.nextBoolean() ? 60 : 300000);
                entries.add(new ExceptionTable.Entry(at, at + len, r.nextInt(1 << 20), r.nextInt(5000), r.nextBoolean()));
                at += len + r.nextInt(3);
            }
            assertEquals(entries, ExceptionTable.decode(ExceptionTable.encode(entries)));
            for (ExceptionTable.Entry e : entries) {
                assertEquals(e, ExceptionTable.lookup(entries, e.start()));
                assertEquals(e, ExceptionTable.lookup(entries, e.end() - 1));
            }
        }
        assertNull(ExceptionTable.lookup(List.of(new ExceptionTable.Entry(2, 4, 9, 0, false)), 4));
        assertThrows(IllegalArgumentException.class, () -> ExceptionTable.decode(new byte[] {(byte) 0x81, 0x41}));
    }

    @Test
    void locationTableRoundTrips() {
        Random r = new Random(7);
        for (int round = 0; round < 500; round++) {
            int first = 1 + r.nextInt(2000);
            List<LocationTable.Entry> entries = new ArrayList<>();
            int line = first;
            for (int k = r.nextInt(12); k > 0; k--) {
                line = Math.max(1, line + r.nextInt(9) - 3 + (r.nextInt(20) == 0 ? 500 : 0));
                LocationTable.Position p;
                switch (r.nextInt(4)) {
                    case 0:
                        p = LocationTable.Position.NO_LOCATION;
                        break;
                    case 1:
                        p = new LocationTable.Position(line, line, -1, -1);
                        break;
                    default:
                        int col = r.nextInt(r.nextBoolean() ? 90 : 5000);
                        int endLine = line + (r.nextInt(3) == 0 ? r.nextInt(70) : 0);
                        int endCol = endLine == line ? col + r.nextInt(20) : r.nextInt(200);
                        p = new LocationTable.Position(line, endLine, col, endCol);
                }
                entries.add(new LocationTable.Entry(1 + r.nextInt(8), p));
            }
            assertEquals(entries, LocationTable.decode(LocationTable.encode(entries, first), first));
        }
        List<LocationTable.Entry> longOne = List.of(new LocationTable.Entry(19, new LocationTable.Position(5, 6, 1, 2)));
        List<LocationTable.Entry> split = LocationTable.decode(LocationTable.encode(longOne, 3), 3);
        assertEquals(3, split.size());
        assertArrayEquals(LocationTable.positions(longOne), LocationTable.positions(split));
    }
}
