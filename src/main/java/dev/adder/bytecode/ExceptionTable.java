package dev.adder.bytecode;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * CPython 3.11's exception table ({@code co_exceptiontable}): which handler catches an exception
 * raised at a given instruction, replacing the old block stack. Offsets are in code units (words).
 *
 * <p>Encoding (CPython 3.11: Objects/exception_handling_notes.txt): per entry, four varints
 * start, length, target, depth&lt;&lt;1|lasti; a varint is big-endian 6-bit chunks, bit 6 set on all
 * chunks but the last, and bit 7 set on the first byte of each entry.
 */
public final class ExceptionTable {
    /**
     * One handler range: instructions {@code start <= i < end} jump to {@code target} with the
     * value stack cut to {@code depth}, pushing the raising offset first when {@code lasti}.
     */
    public record Entry(int start, int end, int target, int depth, boolean lasti) {
        /** Checks the range is not empty and every field is non-negative. */
        public Entry {
            if (start < 0 || end <= start || target < 0 || depth < 0) {
                throw new IllegalArgumentException("bad exception table entry " + start + " " + end
                        + " " + target + " " + depth);
            }
        }
    }

    private ExceptionTable() {
    }

    /** Encodes entries (in order, non-overlapping) into CPython 3.11's bytes. */
    public static byte[] encode(List<Entry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Entry e : entries) {
            writeVarint(out, e.start(), 0x80);
            writeVarint(out, e.end() - e.start(), 0);
            writeVarint(out, e.target(), 0);
            writeVarint(out, (e.depth() << 1) | (e.lasti() ? 1 : 0), 0);
        }
        return out.toByteArray();
    }

    /** Decodes CPython 3.11's bytes into entries; rejects truncated or malformed tables. */
    public static List<Entry> decode(byte[] table) {
        List<Entry> entries = new ArrayList<>();
        int[] pos = {0};
        while (pos[0] < table.length) {
            if ((table[pos[0]] & 0x80) == 0) {
                throw new IllegalArgumentException("exception table entry does not start at byte " + pos[0]);
            }
            int start = readVarint(table, pos);
            int length = readVarint(table, pos);
            int target = readVarint(table, pos);
            int dl = readVarint(table, pos);
            entries.add(new Entry(start, start + length, target, dl >> 1, (dl & 1) != 0));
        }
        return entries;
    }

    /** Returns the entry covering instruction {@code index}, or null when nothing handles it there. */
    public static Entry lookup(List<Entry> entries, int index) {
        int lo = 0;
        int hi = entries.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Entry e = entries.get(mid);
            if (index < e.start()) {
                hi = mid - 1;
            } else if (index >= e.end()) {
                lo = mid + 1;
            } else {
                return e;
            }
        }
        return null;
    }

    // CPython 3.11: Python/compile.c write_except_varint
    private static void writeVarint(ByteArrayOutputStream out, int value, int firstBit) {
        int shift = 0;
        while (shift < 30 && (value >>> (shift + 6)) != 0) {
            shift += 6;
        }
        int mark = firstBit;
        for (; shift > 0; shift -= 6) {
            out.write(((value >>> shift) & 0x3F) | 0x40 | mark);
            mark = 0;
        }
        out.write((value & 0x3F) | mark);
    }

    private static int readVarint(byte[] table, int[] pos) {
        if (pos[0] >= table.length) {
            throw new IllegalArgumentException("truncated exception table");
        }
        int b = table[pos[0]++] & 0xFF;
        int value = b & 0x3F;
        while ((b & 0x40) != 0) {
            if (pos[0] >= table.length) {
                throw new IllegalArgumentException("truncated exception table");
            }
            b = table[pos[0]++] & 0xFF;
            value = (value << 6) | (b & 0x3F);
        }
        return value;
    }
}
