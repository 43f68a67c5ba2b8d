package dev.adder.syntax;

import java.nio.charset.StandardCharsets;

/**
 * UTF-8 decoding of source bytes with CPython's error rules: which bytes form one error, its
 * reason text, and one U+FFFD per error under the {@code "replace"} handler.
 *
 * <p>CPython 3.11 does not validate source bytes up front; it decodes them when it needs text
 * (identifiers, error lines, string literals), so the tokenizer and {@link Source} decode here.
 */
final class SourceUtf8 {
    private SourceUtf8() {}

    /** Reason codes of {@link #step}; the texts are CPython's. */
    static final String[] REASONS = {"invalid start byte", "invalid continuation byte", "unexpected end of data"};

    /** The first decoding error in a byte range: bytes {@code [start, end)} and the reason index. */
    record Error(int start, int end, int reason) {
        /** CPython's {@code str(UnicodeDecodeError)}, positions relative to {@code base}. */
        String message(byte[] b, int base) {
            int s = start - base;
            if (end - start == 1) {
                return "'utf-8' codec can't decode byte 0x" + hex2(b[start] & 0xFF) + " in position " + s
                        + ": " + REASONS[reason];
            }
            return "'utf-8' codec can't decode bytes in position " + s + "-" + (end - base - 1) + ": "
                    + REASONS[reason];
        }
    }

    static String hex2(int v) {
        String h = Integer.toHexString(v);
        return h.length() == 1 ? "0" + h : h;
    }

    private static boolean cont(int b) {
        return (b & 0xC0) == 0x80;
    }

    /**
     * The sequence at {@code i} (with {@code i < to}): its length (1-4) if valid, else
     * {@code -(errorLength * 4 + reason)}.
     */
    // CPython 3.11: Objects/stringlib/codecs.h utf8_decode and unicode_decode_utf8
    static int step(byte[] b, int i, int to) {
        int ch = b[i] & 0xFF;
        if (ch < 0x80) {
            return 1;
        }
        if (ch < 0xC2) {
            return -(4 + 0);
        }
        int avail = to - i;
        if (ch < 0xE0) {
            if (avail < 2) {
                return -(avail * 4 + 2);
            }
            return cont(b[i + 1]) ? 2 : -(4 + 1);
        }
        if (ch < 0xF0) {
            if (avail >= 2) {
                int ch2 = b[i + 1] & 0xFF;
                if (!cont(ch2) || (ch2 < 0xA0 ? ch == 0xE0 : ch == 0xED)) {
                    return -(4 + 1);
                }
            }
            if (avail < 3) {
                return -(avail * 4 + 2);
            }
            return cont(b[i + 2]) ? 3 : -(2 * 4 + 1);
        }
        if (ch < 0xF5) {
            if (avail >= 2) {
                int ch2 = b[i + 1] & 0xFF;
                if (!cont(ch2) || (ch2 < 0x90 ? ch == 0xF0 : ch == 0xF4)) {
                    return -(4 + 1);
                }
            }
            if (avail >= 3 && !cont(b[i + 2])) {
                return -(2 * 4 + 1);
            }
            if (avail < 4) {
                return -(avail * 4 + 2);
            }
            return cont(b[i + 3]) ? 4 : -(3 * 4 + 1);
        }
        return -(4 + 0);
    }

    /** The code point of a valid sequence of length {@code n} at {@code i}. */
    static int codePoint(byte[] b, int i, int n) {
        int ch = b[i] & 0xFF;
        switch (n) {
            case 1:
                return ch;
            case 2:
                return ((ch & 0x1F) << 6) | (b[i + 1] & 0x3F);
            case 3:
                return ((ch & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F);
            default:
                return ((ch & 0x07) << 18) | ((b[i + 1] & 0x3F) << 12) | ((b[i + 2] & 0x3F) << 6)
                        | (b[i + 3] & 0x3F);
        }
    }

    /** The first error in {@code [from, to)}, or null when the range is valid UTF-8. */
    static Error firstError(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            if (b[i] >= 0) {
                i++;
                continue;
            }
            int n = step(b, i, to);
            if (n < 0) {
                return new Error(i, i + (-n >> 2), -n & 3);
            }
            i += n;
        }
        return null;
    }

    /** Decodes {@code [from, to)}, each error becoming one U+FFFD (Python's "replace"). */
    static String decodeReplace(byte[] b, int from, int to) {
        if (firstError(b, from, to) == null) {
            return new String(b, from, to - from, StandardCharsets.UTF_8);
        }
        StringBuilder sb = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            int n = step(b, i, to);
            if (n < 0) {
                sb.append('\uFFFD');
                i += -n >> 2;
            } else {
                sb.appendCodePoint(codePoint(b, i, n));
                i += n;
            }
        }
        return sb.toString();
    }

    /** The number of code points {@link #decodeReplace} gives for {@code [from, to)}. */
    static int countCodePoints(byte[] b, int from, int to) {
        int count = 0;
        int i = from;
        while (i < to) {
            if (b[i] >= 0) {
                i++;
            } else {
                int n = step(b, i, to);
                i += n < 0 ? -n >> 2 : n;
            }
            count++;
        }
        return count;
    }
}
