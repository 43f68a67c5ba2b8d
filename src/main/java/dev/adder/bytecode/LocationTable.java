package dev.adder.bytecode;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * CPython 3.11's location table ({@code co_linetable}): the source span of every code unit, as
 * {@code co_positions()} reports it and tracebacks print it.
 *
 * <p>Encoding (CPython 3.11: Objects/locations.md): entries of one header byte (bit 7 set, bits 3-6
 * the form code, bits 0-2 length-1 in code units) and form-specific bytes: codes 0-9 short form
 * (same line, column group), 10-12 one-line form (line delta 0..2, start and end column bytes),
 * 13 no columns (signed varint line delta), 14 long form (signed line delta, end line delta,
 * column+1, end column+1 as varints), 15 no location. Varints here are little-endian 6-bit chunks.
 */
public final class LocationTable {
    private static final int NO_COLUMNS = 13;
    private static final int LONG = 14;
    private static final int NONE = 15;

    /** A source span; -1 in a field means None (no information), as in CPython. */
    public record Position(int line, int endLine, int col, int endCol) {
        /** The position of code with no location at all. */
        public static final Position NO_LOCATION = new Position(-1, -1, -1, -1);
    }

    /** One table entry: {@code length} code units (at least 1) share {@code position}. */
    public record Entry(int length, Position position) {
        /** Checks the length is positive. */
        public Entry {
            if (length < 1) {
                throw new IllegalArgumentException("location entry length " + length);
            }
        }
    }

    private LocationTable() {
    }

    /** Decodes CPython 3.11's bytes; {@code firstLineno} is co_firstlineno, the base of line deltas. */
    public static List<Entry> decode(byte[] table, int firstLineno) {
        List<Entry> entries = new ArrayList<>();
        int[] pos = {0};
        int line = firstLineno;
        while (pos[0] < table.length) {
            int header = table[pos[0]++] & 0xFF;
            if ((header & 0x80) == 0) {
                throw new IllegalArgumentException("location entry does not start at byte " + (pos[0] - 1));
            }
            int code = (header >> 3) & 0xF;
            int length = (header & 7) + 1;
            Position p;
            if (code < 10) {
                int b = next(table, pos);
                int col = code * 8 + ((b >> 4) & 7);
                p = new Position(line, line, col, col + (b & 15));
            } else if (code < NO_COLUMNS) {
                line += code - 10;
                int col = next(table, pos);
                p = new Position(line, line, col, next(table, pos));
            } else if (code == NO_COLUMNS) {
                line += readSvarint(table, pos);
                p = new Position(line, line, -1, -1);
            } else if (code == LONG) {
                line += readSvarint(table, pos);
                int endLine = line + readVarint(table, pos);
                int col = readVarint(table, pos) - 1;
                p = new Position(line, endLine, col, readVarint(table, pos) - 1);
            } else {
                p = Position.NO_LOCATION;
            }
            entries.add(new Entry(length, p));
        }
        return entries;
    }

    /**
     * Encodes entries into CPython 3.11's bytes, choosing the form CPython's assembler would
     * (CPython 3.11: Python/compile.c write_location_info_entry); entries longer than 8 code units
     * are split as CPython splits long instructions.
     */
    public static byte[] encode(List<Entry> entries, int firstLineno) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int prevLine = firstLineno;
        for (Entry e : entries) {
            int left = e.length();
            while (left > 0) {
                int n = Math.min(left, 8);
                prevLine = writeEntry(out, n, e.position(), prevLine);
                left -= n;
            }
        }
        return out.toByteArray();
    }

    /** Expands entries into one position per code unit (what {@code co_positions()} walks). */
    public static Position[] positions(List<Entry> entries) {
        int total = 0;
        for (Entry e : entries) {
            total += e.length();
        }
        Position[] result = new Position[total];
        int i = 0;
        for (Entry e : entries) {
            Arrays.fill(result, i, i + e.length(), e.position());
            i += e.length();
        }
        return result;
    }

    /**
     * The code units where a new source line starts, as {@code dis.findlinestarts}: returns an
     * array parallel to the code holding the line number there, or -1 where no line starts.
     */
    public static int[] lineStarts(List<Entry> entries) {
        Position[] ps = positions(entries);
        int[] starts = new int[ps.length];
        int last = -1;
        for (int i = 0; i < ps.length; i++) {
            int line = ps[i].line();
            starts[i] = -1;
            if (line >= 0 && line != last) {
                starts[i] = line;
                last = line;
            }
        }
        return starts;
    }

    /** Writes one entry of at most 8 code units; returns the line the next delta is relative to. */
    private static int writeEntry(ByteArrayOutputStream out, int length, Position p, int prevLine) {
        int size = length - 1;
        if (p.line() < 0) {
            out.write(0x80 | (NONE << 3) | size);
            return prevLine;
        }
        int lineDelta = p.line() - prevLine;
        int col = p.col();
        int endCol = p.endCol();
        if (col < 0 || endCol < 0) {
            if (p.endLine() == p.line() || p.endLine() < 0) {
                out.write(0x80 | (NO_COLUMNS << 3) | size);
                writeSvarint(out, lineDelta);
                return p.line();
            }
        } else if (p.endLine() == p.line()) {
            if (lineDelta == 0 && col < 80 && endCol - col < 16 && endCol >= col) {
                out.write(0x80 | ((col >> 3) << 3) | size);
                out.write(((col & 7) << 4) | (endCol - col));
                return p.line();
            }
            if (lineDelta >= 0 && lineDelta < 3 && col < 128 && endCol < 128) {
                out.write(0x80 | ((10 + lineDelta) << 3) | size);
                out.write(col);
                out.write(endCol);
                return p.line();
            }
        }
        out.write(0x80 | (LONG << 3) | size);
        writeSvarint(out, lineDelta);
        writeVarint(out, p.endLine() - p.line());
        writeVarint(out, col + 1);
        writeVarint(out, endCol + 1);
        return p.line();
    }

    private static void writeVarint(ByteArrayOutputStream out, int value) {
        int v = value;
        while ((v & ~0x3F) != 0) {
            out.write((v & 0x3F) | 0x40);
            v >>>= 6;
        }
        out.write(v);
    }

    private static void writeSvarint(ByteArrayOutputStream out, int value) {
        writeVarint(out, value < 0 ? ((-value) << 1) | 1 : value << 1);
    }

    private static int next(byte[] table, int[] pos) {
        if (pos[0] >= table.length) {
            throw new IllegalArgumentException("truncated location table");
        }
        return table[pos[0]++] & 0xFF;
    }

    private static int readVarint(byte[] table, int[] pos) {
        int b = next(table, pos);
        int value = b & 0x3F;
        int shift = 0;
        while ((b & 0x40) != 0) {
            b = next(table, pos);
            shift += 6;
            value |= (b & 0x3F) << shift;
        }
        return value;
    }

    private static int readSvarint(byte[] table, int[] pos) {
        int u = readVarint(table, pos);
        return (u & 1) != 0 ? -(u >>> 1) : u >>> 1;
    }
}
