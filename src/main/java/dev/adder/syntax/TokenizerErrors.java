package dev.adder.syntax;

/**
 * The tokenizer's errors, built from its state exactly as CPython 3.11 builds them: the
 * tokenizer's own ({@code Parser/tokenizer.c _syntaxerror_range}), the ones CPython's parser raises
 * for a tokenizer state ({@code Parser/pegen_errors.c _Pypegen_tokenizer_error} and
 * {@code _PyPegen_raise_error_known_location}), and the identifier check that raises them.
 */
final class TokenizerErrors {
    private TokenizerErrors() {}

    /** Four or more upper-case hex digits, as CPython's {@code "%04X"}. */
    static String hex4(int cp) {
        String h = Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT);
        return "0000".substring(Math.min(4, h.length())) + h;
    }

    /**
     * CPython 3.11: Parser/tokenizer.c _syntaxerror_range: offsets count characters up to the
     * cursor unless given (given ones are byte based, as CPython's are); text is the line without
     * its newline.
     */
    static PythonSyntaxError syntaxErrorRange(Tokenizer t, String msg, int colOffset, int endColOffset) {
        byte[] buf = t.buf;
        int lineStart = t.lineStart;
        int lineEnd = lineStart;
        while (lineEnd < t.end && buf[lineEnd] != '\n') {
            lineEnd++;
        }
        int upTo = Math.max(lineStart, Math.min(t.cur, t.end));
        if (colOffset == -1) {
            colOffset = SourceUtf8.countCodePoints(buf, lineStart, upTo);
        }
        if (endColOffset == -1) {
            endColOffset = colOffset;
        }
        String text = SourceUtf8.decodeReplace(buf, lineStart, Math.max(lineStart, lineEnd));
        return new PythonSyntaxError("SyntaxError", msg, t.source.filename(), t.lineno, colOffset, t.lineno,
                endColOffset, text);
    }

    /**
     * CPython's {@code _PyPegen_raise_error} at a token: a column of -1 (no token text) stands for
     * where the tokenizer is ({@code tok->cur - tok->line_start}, 0 at the buffer's start).
     */
    static PythonSyntaxError pegenErrorAtToken(Tokenizer t, String type, String msg, Token token) {
        int col = token.col_offset == -1 ? (t.cur == t.bufStart ? 0 : t.cur - t.lineStart) : token.col_offset + 1;
        int endCol = token.end_col_offset != -1 ? token.end_col_offset + 1 : -1;
        return pegenErrorKnownLocation(t, type, msg, token.lineno, col, token.end_lineno, endCol);
    }

    /**
     * CPython 3.11: Parser/pegen_errors.c _PyPegen_raise_error_known_location, for the errors the
     * parser raises from tokenizer states; columns are 1-based bytes as CPython passes them, turned
     * into characters only when the source has an encoding.
     */
    static PythonSyntaxError pegenErrorKnownLocation(Tokenizer t, String type, String msg, int lineno,
                                                     int colOffset, int endLineno, int endColOffset) {
        if (t.fstringMode) {
            msg = "f-string: " + msg;
        }
        String text = t.errorLineText(lineno);
        if (t.fstringMode) {
            colOffset -= t.startingColOffset;
            endColOffset -= t.startingColOffset;
        }
        int col = colOffset;
        int endCol = endColOffset;
        if (t.source.hasEncoding()) {
            col = Source.byteOffsetToCharOffset(text, colOffset);
            if (endCol > 0) {
                endCol = Source.byteOffsetToCharOffset(text, endColOffset);
            }
        }
        return new PythonSyntaxError(type, msg, t.source.filename(), lineno, col, endLineno, endCol, text);
    }

    /** See {@link Tokenizer#asRawDecodeError}. */
    static PythonSyntaxError asRawDecodeError(PythonSyntaxError e) {
        String msg = e.msg();
        String prefix = "(unicode error) ";
        int at = msg.startsWith("f-string: ") ? 10 : 0;
        if (!msg.startsWith(prefix, at)) {
            return null;
        }
        return PythonSyntaxError.limit("UnicodeDecodeError", msg.substring(at + prefix.length()));
    }

    /**
     * Checks the non-ASCII name {@code [t.start, t.cur)}: valid UTF-8, then XID_Start and
     * XID_Continue (PEP 3131; no NFKC here, the parser normalizes).
     */
    // CPython 3.11: Parser/tokenizer.c verify_identifier (decodes the whole name first, then scans it)
    static void verifyIdentifier(Tokenizer t) {
        byte[] buf = t.buf;
        int i = t.start;
        int end = t.cur;
        boolean first = true;
        int[] range = {1, 0};
        while (i < end) {
            if (buf[i] < 0) {
                int n = SourceUtf8.step(buf, i, end);
                if (n < 0) {
                    throw decodeError(t);
                }
                int cp = SourceUtf8.codePoint(buf, i, n);
                if (cp < range[0] || cp > range[1]) {
                    if (!(first ? TokenizerUnicode.xidStartRange(cp, range)
                            : TokenizerUnicode.xidContinueRange(cp, range))) {
                        invalidCharacter(t, i, n, cp);
                    }
                }
                i += n;
            } else {
                i++; // ASCII letters, digits (never first here) and '_' are all valid
            }
            first = false;
        }
    }

    /** The name's first UTF-8 error, as CPython's raise_decode_error reports it (E_DECODE). */
    private static PythonSyntaxError decodeError(Tokenizer t) {
        SourceUtf8.Error bad = SourceUtf8.firstError(t.buf, t.start, t.cur);
        return t.pegenErrorAtErrorToken("SyntaxError", "(unicode error) " + bad.message(t.buf, t.start));
    }

    /** Reports the character at {@code i} ({@code n} bytes) of the name, unless the name is not UTF-8. */
    private static void invalidCharacter(Tokenizer t, int i, int n, int cp) {
        if (SourceUtf8.firstError(t.buf, i, t.cur) != null) {
            throw decodeError(t);
        }
        t.cur = i + n;
        if (TokenizerUnicode.isPrintable(cp)) {
            throw t.syntaxError("invalid character '" + new String(Character.toChars(cp)) + "' (U+" + hex4(cp) + ")");
        }
        throw t.syntaxError("invalid non-printable character U+" + hex4(cp));
    }
}
