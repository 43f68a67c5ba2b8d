package dev.adder.syntax;

import dev.adder.ast.ConstantValues;
import dev.adder.ast.Expr;

import java.util.Arrays;
import java.util.List;

/**
 * The {@code strings: STRING+} action: turns a run of adjacent string literal tokens into one
 * Constant (str or bytes) or JoinedStr, with CPython 3.11's values, positions and errors.
 */
public final class Strings {
    private Strings() {}

    /**
     * Decodes and concatenates adjacent string literal tokens into a Constant (str or bytes) or a
     * JoinedStr. Errors are raised through {@code parser}, located as CPython locates them (mostly
     * at the last token the parser fetched).
     * CPython 3.11: Parser/action_helpers.c _PyPegen_concatenate_strings
     */
    public static Expr concatenate(ParserBase parser, List<Token> tokens) {
        Token first = tokens.get(0);
        Token last = tokens.get(tokens.size() - 1);
        try {
            if (tokens.size() == 1) {
                String text = first.string;
                int prefix = StringLiterals.prefix(text);
                if ((prefix & (StringLiterals.FSTRING | StringLiterals.BYTES)) == 0) {
                    // the common case: one plain str literal
                    checkUtf8(parser, first, prefix);
                    return JoinedParts.constant(strValue(text, prefix), first, last);
                }
            }
            return concatenateAll(parser, tokens, first, last);
        } catch (StringLiterals.DecodeError e) {
            throw parser.raiseSyntaxError(e.getMessage());
        }
    }

    private static Expr concatenateAll(ParserBase parser, List<Token> tokens, Token first, Token last) {
        boolean bytesMode = false;
        byte[] bytes = null;
        int nBytes = 0;
        JoinedParts parts = new JoinedParts();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String text = t.string;
            int prefix = StringLiterals.prefix(text);
            boolean thisBytes = (prefix & StringLiterals.BYTES) != 0;
            boolean fmode = (prefix & StringLiterals.FSTRING) != 0;
            boolean raw = (prefix & StringLiterals.RAW) != 0;
            String str = null;
            byte[] b = null;
            if (thisBytes) {
                b = bytesValue(parser, t, prefix);
            } else if (!fmode) {
                checkUtf8(parser, t, prefix);
                str = strValue(text, prefix);
            }
            if (i != 0 && bytesMode != thisBytes) {
                throw parser.raiseSyntaxError("cannot mix bytes and nonbytes literals");
            }
            bytesMode = thisBytes;
            if (fmode) {
                int p = StringLiterals.prefixLength(prefix);
                int q = StringLiterals.quoteLength(text, p);
                FStrings.concat(parser, parts, t, p + q, text.length() - q, raw, first, last);
            } else if (thisBytes) {
                if (bytes == null) {
                    bytes = b;
                    nBytes = b.length;
                } else {
                    if (nBytes + b.length > bytes.length) {
                        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, nBytes + b.length));
                    }
                    System.arraycopy(b, 0, bytes, nBytes, b.length);
                    nBytes += b.length;
                }
            } else {
                parts.add(str);
            }
        }
        if (bytesMode) {
            byte[] value = nBytes == bytes.length ? bytes : Arrays.copyOf(bytes, nBytes);
            return new Expr.Constant(new ConstantValues.Bytes(value), null, first.lineno, first.col_offset,
                    last.end_lineno, last.end_col_offset);
        }
        return parts.finish(first, last);
    }

    /** The value of a str (not f-string) literal. CPython 3.11: Parser/string_parser.c _PyPegen_parsestr */
    static String strValue(String text, int prefix) {
        int p = StringLiterals.prefixLength(prefix);
        int q = StringLiterals.quoteLength(text, p);
        int from = p + q;
        int to = text.length() - q;
        if ((prefix & StringLiterals.RAW) != 0) {
            return text.substring(from, to);
        }
        return StringLiterals.decodeStr(text, from, to);
    }

    /**
     * Raises CPython's error for invalid UTF-8 behind a str literal (its text then holds U+FFFD,
     * which costs nothing to look for in an ASCII or Latin-1 string).
     */
    private static void checkUtf8(ParserBase parser, Token t, int prefix) {
        String text = t.string;
        if (text.indexOf('\uFFFD') < 0) {
            return;
        }
        int p = StringLiterals.prefixLength(prefix);
        int q = StringLiterals.quoteLength(text, p);
        int from = p + q;
        int to = text.length() - q;
        int bs = text.indexOf('\\', from);
        boolean escapes = (prefix & StringLiterals.RAW) == 0 && bs >= 0 && bs < to;
        String msg = LiteralUtf8.error(parser.source(), t, from, to, escapes);
        if (msg != null) {
            throw parser.raiseSyntaxError(msg);
        }
    }

    /** The value of a bytes literal. CPython 3.11: Parser/string_parser.c _PyPegen_parsestr */
    private static byte[] bytesValue(ParserBase parser, Token t, int prefix) {
        String text = t.string;
        int p = StringLiterals.prefixLength(prefix);
        int q = StringLiterals.quoteLength(text, p);
        int from = p + q;
        int to = text.length() - q;
        if (!StringLiterals.isAscii(text, from, to)) {
            throw parser.raiseSyntaxErrorKnownLocation(t, "bytes can only contain ASCII literal characters");
        }
        if ((prefix & StringLiterals.RAW) != 0 || text.indexOf('\\', from) < 0) {
            return StringLiterals.rawBytes(text, from, to);
        }
        return StringLiterals.decodeBytes(text, from, to);
    }
}
