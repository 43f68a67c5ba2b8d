package dev.adder.jvm;

import java.util.Arrays;

/** A growable big-endian byte array: the output buffer of the class-file writer. */
final class Bytes {
    byte[] data;
    int length;

    Bytes(int capacity) {
        data = new byte[Math.max(capacity, 16)];
    }

    private void ensure(int extra) {
        if (length + extra > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, length + extra));
        }
    }

    void u1(int v) {
        ensure(1);
        data[length++] = (byte) v;
    }

    void u2(int v) {
        ensure(2);
        byte[] d = data;
        int n = length;
        d[n] = (byte) (v >>> 8);
        d[n + 1] = (byte) v;
        length = n + 2;
    }

    /** An opcode and a one-byte operand. */
    void u1u1(int a, int b) {
        ensure(2);
        data[length] = (byte) a;
        data[length + 1] = (byte) b;
        length += 2;
    }

    /** An opcode and a two-byte operand. */
    void u1u2(int a, int b) {
        ensure(3);
        byte[] d = data;
        int n = length;
        d[n] = (byte) a;
        d[n + 1] = (byte) (b >>> 8);
        d[n + 2] = (byte) b;
        length = n + 3;
    }

    void u4(int v) {
        ensure(4);
        byte[] d = data;
        int n = length;
        d[n] = (byte) (v >>> 24);
        d[n + 1] = (byte) (v >>> 16);
        d[n + 2] = (byte) (v >>> 8);
        d[n + 3] = (byte) v;
        length = n + 4;
    }

    void u8(long v) {
        u4((int) (v >>> 32));
        u4((int) v);
    }

    void bytes(byte[] src, int off, int len) {
        ensure(len);
        System.arraycopy(src, off, data, length, len);
        length += len;
    }

    void bytes(Bytes src) {
        bytes(src.data, 0, src.length);
    }

    /** Overwrites two bytes at {@code pos}. */
    void set2(int pos, int v) {
        data[pos] = (byte) (v >>> 8);
        data[pos + 1] = (byte) v;
    }

    /** Overwrites four bytes at {@code pos}. */
    void set4(int pos, int v) {
        data[pos] = (byte) (v >>> 24);
        data[pos + 1] = (byte) (v >>> 16);
        data[pos + 2] = (byte) (v >>> 8);
        data[pos + 3] = (byte) v;
    }

    /**
     * Appends {@code s} in the class file's modified UTF-8 (U+0000 as two bytes, supplementary
     * characters as two three-byte surrogates), preceded by its two-byte length.
     *
     * @throws IllegalStateException if the encoding is longer than 65,535 bytes
     */
    void utf8(String s) {
        int n = s.length();
        int lenPos = length;
        ensure(2 + n);
        length += 2;
        int i = 0;
        byte[] d = data;
        int p = length;
        for (; i < n; i++) { // ASCII fast path
            char c = s.charAt(i);
            if (c == 0 || c >= 0x80) {
                break;
            }
            d[p++] = (byte) c;
        }
        length = p;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c != 0 && c < 0x80) {
                u1(c);
            } else if (c < 0x800) {
                ensure(2);
                data[length++] = (byte) (0xC0 | (c >> 6));
                data[length++] = (byte) (0x80 | (c & 0x3F));
            } else {
                ensure(3);
                data[length++] = (byte) (0xE0 | (c >> 12));
                data[length++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                data[length++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        int encoded = length - lenPos - 2;
        if (encoded > 0xFFFF) {
            length = lenPos;
            throw new IllegalStateException("constant of " + encoded + " bytes exceeds the class file's 65,535");
        }
        set2(lenPos, encoded);
    }
}
