package dev.adder.syntax;

/**
 * Finds invalid UTF-8 in the source bytes behind a string literal, which CPython 3.11 reports when
 * it decodes the literal ("(unicode error) 'utf-8' codec can't decode byte 0xff in position 0:
 * invalid start byte"); the tokenizer has replaced such bytes with U+FFFD in the token's text.
 *
 * <p>Only called for text that contains U+FFFD, so valid sources never pay for it.
 */
final class LiteralUtf8 {
    private LiteralUtf8() {}

    /**
     * CPython's message for the first invalid UTF-8 behind chars {@code [from, to)} of the token's
     * text, or null if those bytes are valid. With {@code escapes} the positions count from the
     * start of the run of non-ASCII bytes holding the error, as CPython decodes those runs one by
     * one; without, from {@code from}.
     * CPython 3.11: Parser/string_parser.c decode_unicode_with_escapes, decode_utf8
     */
    static String error(Source source, Token t, int from, int to, boolean escapes) {
        byte[] b = source.bytes();
        int tokenStart = source.lineStart(t.lineno) + t.col_offset;
        int tokenEnd = source.lineStart(t.end_lineno) + t.end_col_offset;
        if (tokenStart < 0 || tokenEnd > b.length || tokenStart > tokenEnd) {
            return null;
        }
        // where the text is ASCII up to an end (the prefix and quotes), chars are bytes
        String text = t.string;
        int start = isAscii(text, 0, from) ? tokenStart + from : byteIndex(b, tokenStart, tokenEnd, text, from);
        int end = isAscii(text, to, text.length()) ? tokenEnd - (text.length() - to)
                : byteIndex(b, tokenStart, tokenEnd, text, to);
        if (start < 0 || end < 0) {
            return null;
        }
        return message(b, start, end, escapes);
    }

    private static String message(byte[] b, int start, int end, boolean escapes) {
        if (!escapes) {
            SourceUtf8.Error e = SourceUtf8.firstError(b, start, end);
            return e == null ? null : "(unicode error) " + e.message(b, start);
        }
        int i = start;
        while (i < end) {
            if (b[i] >= 0) {
                i++;
                continue;
            }
            int run = i;
            while (i < end && b[i] < 0) {
                i++;
            }
            SourceUtf8.Error e = SourceUtf8.firstError(b, run, i);
            if (e != null) {
                return "(unicode error) " + e.message(b, run);
            }
        }
        return null;
    }

    private static boolean isAscii(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * The source byte index of char {@code charIndex} of {@code text}, the token's text whose
     * bytes are {@code b[from, to)}, each invalid sequence having become one U+FFFD; -1 if the
     * two do not line up.
     */
    private static int byteIndex(byte[] b, int from, int to, String text, int charIndex) {
        int i = from;
        int chars = 0;
        while (chars < charIndex) {
            if (i >= to) {
                return -1;
            }
            int n = SourceUtf8.step(b, i, to);
            if (n < 0) {
                i += -n >> 2;
                chars++;
            } else {
                i += n;
                chars += n == 4 ? 2 : 1;
            }
        }
        return chars == charIndex ? i : -1;
    }
}
