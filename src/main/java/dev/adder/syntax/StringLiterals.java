package dev.adder.syntax;

/**
 * Decodes the text of one string or bytes literal: its prefix, its quotes, and its escape
 * sequences, with CPython 3.11's values and error messages.
 *
 * <p>Works on the token's exact source text ({@link Token#string}) by char index; the plain case
 * (no backslash, or a raw literal) is a single {@code substring}. Invalid escapes such as
 * {@code "\d"} are kept as written (CPython only warns). Errors are thrown as {@link DecodeError}
 * carrying CPython's SyntaxError message; {@link Strings} raises them at the parser's position.
 */
final class StringLiterals {
    private StringLiterals() {}

    /** Prefix flag: {@code b}/{@code B}. */
    static final int BYTES = 1;
    /** Prefix flag: {@code r}/{@code R}. */
    static final int RAW = 2;
    /** Prefix flag: {@code f}/{@code F}. */
    static final int FSTRING = 4;

    /**
     * A decoding failure; {@code getMessage()} is the SyntaxError message CPython shows, such as
     * {@code "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \xXX escape"}.
     */
    static final class DecodeError extends RuntimeException {
        DecodeError(String msg) {
            super(msg, null, false, false);
        }
    }

    /**
     * The prefix flags of a literal (BYTES, RAW, FSTRING) and, in bits 8 and up, the prefix
     * length. CPython 3.11: Parser/string_parser.c _PyPegen_parsestr
     */
    static int prefix(String text) {
        int flags = 0;
        int i = 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'b' || c == 'B') {
                flags |= BYTES;
            } else if (c == 'r' || c == 'R') {
                flags |= RAW;
            } else if (c == 'f' || c == 'F') {
                flags |= FSTRING;
            } else if (c != 'u' && c != 'U') {
                break;
            }
        }
        return flags | (i << 8);
    }

    /** The prefix length encoded in a {@link #prefix} result. */
    static int prefixLength(int prefix) {
        return prefix >>> 8;
    }

    /** The number of quote characters (1 or 3) of a literal whose prefix is {@code prefixLen} long. */
    static int quoteLength(String text, int prefixLen) {
        char q = text.charAt(prefixLen);
        // an empty single-quoted literal ('') is 2 long, so 6 or more with three equal quotes is triple
        return text.length() - prefixLen >= 6 && text.charAt(prefixLen + 1) == q
                && text.charAt(prefixLen + 2) == q ? 3 : 1;
    }

    // ---- str ------------------------------------------------------------------------------------

    /**
     * Decodes {@code s[from, to)} as the body of a non-raw str literal.
     * CPython 3.11: Parser/string_parser.c decode_unicode_with_escapes and
     * Objects/unicodeobject.c _PyUnicode_DecodeUnicodeEscapeInternal
     */
    static String decodeStr(String s, int from, int to) {
        int bs = s.indexOf('\\', from);
        if (bs < 0 || bs >= to) {
            return s.substring(from, to);
        }
        StringBuilder b = new StringBuilder(to - from);
        b.append(s, from, bs);
        int i = bs;
        while (i < to) {
            char c = s.charAt(i);
            if (c != '\\') {
                b.append(c);
                i++;
                continue;
            }
            i = decodeStrEscape(s, i, from, to, b);
        }
        return b.toString();
    }

    /** Decodes the escape whose backslash is at {@code bs}; returns the index after it. */
    private static int decodeStrEscape(String s, int bs, int from, int to, StringBuilder b) {
        int i = bs + 1;
        if (i >= to || s.charAt(i) >= 0x80) {
            // CPython rewrites a lone backslash (at the end or before non-ASCII) as \u005c
            b.append('\\');
            return i;
        }
        char c = s.charAt(i++);
        switch (c) {
            case '\n':
                return i;
            case '\\', '\'', '"':
                b.append(c);
                return i;
            case 'b':
                b.append('\b');
                return i;
            case 'f':
                b.append('\f');
                return i;
            case 't':
                b.append('\t');
                return i;
            case 'n':
                b.append('\n');
                return i;
            case 'r':
                b.append('\r');
                return i;
            case 'v':
                b.append('\u000b');
                return i;
            case 'a':
                b.append('\u0007');
                return i;
            case '0', '1', '2', '3', '4', '5', '6', '7': {
                int v = c - '0';
                for (int k = 0; k < 2 && i < to && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) {
                    v = (v << 3) + s.charAt(i++) - '0';
                }
                b.append((char) v);
                return i;
            }
            case 'x':
                return hexEscape(s, bs, i, 2, "truncated \\xXX escape", from, to, b);
            case 'u':
                return hexEscape(s, bs, i, 4, "truncated \\uXXXX escape", from, to, b);
            case 'U':
                return hexEscape(s, bs, i, 8, "truncated \\UXXXXXXXX escape", from, to, b);
            case 'N':
                return nameEscape(s, bs, i, from, to, b);
            default:
                b.append('\\').append(c);
                return i;
        }
    }

    private static int hexEscape(String s, int bs, int i, int count, String message, int from, int to,
                                 StringBuilder b) {
        int cp = 0;
        for (; count > 0; count--, i++) {
            if (i >= to) {
                throw unicodeError(s, from, to, bs, to, message);
            }
            int d = Character.digit(s.charAt(i), 16);
            if (d < 0 || s.charAt(i) >= 0x80) {
                throw unicodeError(s, from, to, bs, i, message);
            }
            cp = (cp << 4) + d;
        }
        if (cp < 0 || cp > Character.MAX_CODE_POINT) {
            throw unicodeError(s, from, to, bs, i, "illegal Unicode character");
        }
        b.appendCodePoint(cp);
        return i;
    }

    private static int nameEscape(String s, int bs, int i, int from, int to, StringBuilder b) {
        String malformed = "malformed \\N character escape";
        if (i >= to) {
            throw unicodeError(s, from, to, bs, to, malformed);
        }
        if (s.charAt(i) != '{') {
            throw unicodeError(s, from, to, bs, i, malformed);
        }
        int start = ++i;
        while (i < to && s.charAt(i) != '}') {
            i++;
        }
        if (i >= to) {
            throw unicodeError(s, from, to, bs, to, malformed);
        }
        if (i == start) {
            throw unicodeError(s, from, to, bs, i, malformed);
        }
        int cp = UnicodeNames.lookup(s, start, i);
        i++;
        if (cp < 0) {
            throw unicodeError(s, from, to, bs, i, "unknown Unicode character name");
        }
        b.appendCodePoint(cp);
        return i;
    }

    /**
     * The error of the 'unicodeescape' codec. Its positions count in the buffer CPython decodes,
     * where each non-ASCII code point was rewritten as {@code \UXXXXXXXX}.
     */
    private static DecodeError unicodeError(String s, int from, int to, int start, int end, String reason) {
        int tStart = escapedPosition(s, from, to, start);
        int tEnd = escapedPosition(s, from, to, end);
        String where = tEnd - tStart == 1
                ? "byte 0x5c in position " + tStart
                : "bytes in position " + tStart + "-" + (tEnd - 1);
        return new DecodeError("(unicode error) 'unicodeescape' codec can't decode " + where + ": " + reason);
    }

    /**
     * The index in CPython's rewritten buffer that corresponds to {@code s[index]}.
     * CPython 3.11: Parser/string_parser.c decode_unicode_with_escapes (its first loop)
     */
    static int escapedPosition(String s, int from, int to, int index) {
        int pos = 0;
        int i = from;
        while (i < index) {
            char c = s.charAt(i);
            if (c == '\\') {
                pos++;
                i++;
                if (i >= to || s.charAt(i) >= 0x80) {
                    pos += 5;
                }
                if (i >= index) {
                    break;
                }
                c = s.charAt(i);
            }
            if (c >= 0x80) {
                pos += 10;
                i += Character.charCount(s.codePointAt(i));
            } else {
                pos++;
                i++;
            }
        }
        return pos;
    }

    // ---- bytes ----------------------------------------------------------------------------------

    /** Whether {@code s[from, to)} is all ASCII, as a bytes literal must be. */
    static boolean isAscii(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The bytes of {@code s[from, to)} taken literally (ASCII only: checked by the caller). */
    static byte[] rawBytes(String s, int from, int to) {
        byte[] out = new byte[to - from];
        for (int i = from; i < to; i++) {
            out[i - from] = (byte) s.charAt(i);
        }
        return out;
    }

    /**
     * Decodes {@code s[from, to)} (ASCII only) as the body of a non-raw bytes literal.
     * CPython 3.11: Objects/bytesobject.c _PyBytes_DecodeEscape
     */
    static byte[] decodeBytes(String s, int from, int to) {
        byte[] out = new byte[to - from];
        int n = 0;
        int i = from;
        while (i < to) {
            char c = s.charAt(i++);
            if (c != '\\') {
                out[n++] = (byte) c;
                continue;
            }
            if (i >= to) {
                throw new DecodeError("(value error) Trailing \\ in string");
            }
            c = s.charAt(i++);
            switch (c) {
                case '\n' -> { }
                case '\\', '\'', '"' -> out[n++] = (byte) c;
                case 'b' -> out[n++] = '\b';
                case 'f' -> out[n++] = '\f';
                case 't' -> out[n++] = '\t';
                case 'n' -> out[n++] = '\n';
                case 'r' -> out[n++] = '\r';
                case 'v' -> out[n++] = 0x0b;
                case 'a' -> out[n++] = 0x07;
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = c - '0';
                    for (int k = 0; k < 2 && i < to && s.charAt(i) >= '0' && s.charAt(i) <= '7'; k++) {
                        v = (v << 3) + s.charAt(i++) - '0';
                    }
                    out[n++] = (byte) v;
                }
                case 'x' -> {
                    int d1 = i + 1 < to ? Character.digit(s.charAt(i), 16) : -1;
                    int d2 = i + 1 < to ? Character.digit(s.charAt(i + 1), 16) : -1;
                    if (d1 < 0 || d2 < 0) {
                        throw new DecodeError("(value error) invalid \\x escape at position " + (i - 2 - from));
                    }
                    out[n++] = (byte) ((d1 << 4) + d2);
                    i += 2;
                }
                default -> {
                    out[n++] = '\\';
                    i--;
                }
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** The number of UTF-8 bytes of {@code s[from, to)}: columns are byte offsets. */
    static int utf8Length(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
