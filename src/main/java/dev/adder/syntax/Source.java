package dev.adder.syntax;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Source text ready for the tokenizer: UTF-8 bytes with newlines translated, plus the filename
 * and a line index for error messages.
 *
 * <p>Built as CPython 3.11 builds its string tokenizer ({@code Parser/tokenizer.c decode_str}):
 * {@code \r\n} and {@code \r} become {@code \n} first, then a UTF-8 BOM is dropped, then a PEP 263
 * coding cookie on line 1 or 2 re-encodes the rest to UTF-8. As in CPython, the bytes are not
 * validated as UTF-8 up front: invalid bytes are reported where text is needed (identifiers,
 * string literals), and are harmless in comments. Exec input gets a final {@code \n} when it has
 * none, as CPython's does; every column CPython reports is a byte column into these bytes.
 */
public final class Source {
    private final byte[] bytes;
    private final String filename;
    private final boolean hasEncoding;
    /** Byte offset of each line's start; computed on first use. */
    private volatile int[] lineStarts;

    private Source(byte[] bytes, String filename, boolean hasEncoding) {
        this.bytes = bytes;
        this.filename = filename;
        this.hasEncoding = hasEncoding;
    }

    /** Source from bytes, as {@code compile(bytes, filename, "exec")} reads them. */
    public static Source fromBytes(byte[] raw, String filename) {
        return fromBytes(raw, filename, true);
    }

    /**
     * Source from bytes, as {@code compile(bytes, ...)} reads them: BOM, coding cookie, NUL check.
     * {@code execInput} is true for mode "exec" (a final newline is added), false for "eval" and
     * "single".
     */
    // CPython 3.11: Python/bltinmodule.c compile -> _Py_SourceAsString; Parser/tokenizer.c decode_str
    public static Source fromBytes(byte[] raw, String filename, boolean execInput) {
        for (byte b : raw) {
            if (b == 0) {
                throw nullBytes();
            }
        }
        byte[] t = translateNewlines(raw, execInput);
        int off = 0;
        String encoding = null;
        if (t.length >= 3 && (t[0] & 0xFF) == 0xEF && (t[1] & 0xFF) == 0xBB && (t[2] & 0xFF) == 0xBF) {
            off = 3;
            encoding = "utf-8";
        }
        String cookie = null;
        int nl1 = indexOf(t, (byte) '\n', off);
        if (nl1 >= 0) {
            cookie = SourceEncoding.codingSpec(t, off, nl1 - off);
            if (cookie == null && SourceEncoding.onlyCommentOrBlank(t, off, nl1 - off)) {
                int nl2 = indexOf(t, (byte) '\n', nl1 + 1);
                if (nl2 >= 0) {
                    cookie = SourceEncoding.codingSpec(t, nl1 + 1, nl2 - nl1);
                }
            }
        }
        String recode = null;
        if (cookie != null) {
            if (encoding == null) {
                encoding = cookie;
                if (!cookie.equals("utf-8")) {
                    recode = cookie;
                }
            } else if (!encoding.equals(cookie)) {
                throw SourceEncoding.initError("encoding problem: " + cookie + " with BOM", filename);
            }
        }
        byte[] out;
        if (recode != null) {
            out = SourceEncoding.toUtf8(t, off, t.length, recode, filename);
        } else {
            out = off == 0 ? t : Arrays.copyOfRange(t, off, t.length);
        }
        return new Source(out, filename, encoding != null);
    }

    /** Source from text, as {@code compile(str, filename, "exec")} reads it (cookie ignored). */
    public static Source fromString(String text, String filename) {
        return fromString(text, filename, true);
    }

    /** Source from text, as {@code compile(str, ...)}: the coding cookie and BOM are not looked at. */
    // CPython 3.11: Python/pythonrun.c _Py_SourceAsString; Parser/tokenizer.c _PyTokenizer_FromUTF8
    public static Source fromString(String text, String filename, boolean execInput) {
        int cpIndex = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    throw PythonSyntaxError.limit("UnicodeEncodeError",
                            "'utf-8' codec can't encode character '\\u" + Integer.toHexString(c)
                                    + "' in position " + cpIndex + ": surrogates not allowed");
                }
            } else if (c == 0) {
                throw nullBytes();
            }
            cpIndex++;
        }
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        return new Source(translateNewlines(raw, execInput), filename, true);
    }

    private static PythonSyntaxError nullBytes() {
        return PythonSyntaxError.limit("SyntaxError", "source code string cannot contain null bytes");
    }

    // CPython 3.11: Parser/tokenizer.c translate_newlines
    private static byte[] translateNewlines(byte[] s, boolean execInput) {
        int n = s.length;
        boolean hasCr = indexOf(s, (byte) '\r', 0) >= 0;
        boolean addNl = execInput && (n == 0 || s[n - 1] != '\n' && s[n - 1] != '\r');
        if (!hasCr) {
            byte[] out = Arrays.copyOf(s, n + (addNl ? 1 : 0));
            if (addNl) {
                out[n] = '\n';
            }
            return out;
        }
        byte[] out = new byte[n + 1];
        int j = 0;
        for (int i = 0; i < n; i++) {
            byte c = s[i];
            if (c == '\r') {
                out[j++] = '\n';
                if (i + 1 < n && s[i + 1] == '\n') {
                    i++;
                }
            } else {
                out[j++] = c;
            }
        }
        if (execInput && (j == 0 || out[j - 1] != '\n')) {
            out[j++] = '\n';
        }
        return Arrays.copyOf(out, j);
    }

    private static int indexOf(byte[] b, byte v, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == v) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The bytes the tokenizer reads: UTF-8 (unless the source held invalid bytes), newlines
     * translated. The array is shared: do not modify it.
     */
    public byte[] bytes() {
        return bytes;
    }

    public String filename() {
        return filename;
    }

    /**
     * Whether CPython's tokenizer has an encoding ({@code tok->encoding != NULL}): true for text
     * sources and for bytes with a BOM or a coding cookie. Only then does CPython turn the byte
     * columns of parser errors into character offsets; from plain bytes it reports byte offsets.
     */
    public boolean hasEncoding() {
        return hasEncoding;
    }

    private int[] lineStarts() {
        int[] ls = lineStarts;
        if (ls == null) {
            int count = 1;
            for (byte b : bytes) {
                if (b == '\n') {
                    count++;
                }
            }
            ls = new int[count];
            int k = 1;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    ls[k++] = i + 1;
                }
            }
            lineStarts = ls;
        }
        return ls;
    }

    /** The number of lines (a final {@code \n} ends the last line; it does not start another). */
    public int lineCount() {
        int[] ls = lineStarts();
        return ls[ls.length - 1] == bytes.length && ls.length > 1 ? ls.length - 1 : ls.length;
    }

    /** Byte offset in {@link #bytes()} where a line starts; lines outside the source are clamped. */
    public int lineStart(int lineno) {
        int[] ls = lineStarts();
        int i = Math.max(1, Math.min(lineno, lineCount()));
        return ls[i - 1];
    }

    /** Byte offset of a line's end (its {@code \n}, or the end of the source). */
    public int lineEnd(int lineno) {
        int s = lineStart(lineno);
        int e = s;
        while (e < bytes.length && bytes[e] != '\n') {
            e++;
        }
        return e;
    }

    /**
     * A line's text without its {@code \n}, invalid UTF-8 replaced by U+FFFD: what CPython puts in
     * {@code SyntaxError.text} for a line other than the tokenizer's current one (tokenizer
     * errors and lines the tokenizer has passed). For the current line CPython keeps the
     * {@code \n}: see {@link Tokenizer#errorLineText(int)}. Lines outside the source are clamped.
     */
    public String lineText(int lineno) {
        return SourceUtf8.decodeReplace(bytes, lineStart(lineno), lineEnd(lineno));
    }

    /**
     * The 0-based code point column of a byte column in a line (invalid UTF-8 counting as CPython's
     * replacement characters); columns past the line's end count one per byte.
     */
    public int charOffset(int lineno, int byteCol) {
        int s = lineStart(lineno);
        int e = lineEnd(lineno);
        if (byteCol <= 0) {
            return 0;
        }
        if (s + byteCol <= e) {
            return SourceUtf8.countCodePoints(bytes, s, s + byteCol);
        }
        return SourceUtf8.countCodePoints(bytes, s, e) + (s + byteCol - e);
    }

    /**
     * CPython's conversion of a 1-based byte offset into the 1-based character offset it reports,
     * quirks included ({@code Parser/pegen.c _PyPegen_byte_offset_to_character_offset}): the line
     * is re-encoded, the offset clamped to its length + 1, and the bytes before it decoded with
     * replacement.
     */
    public static int byteOffsetToCharOffset(String line, int colOffset) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        int col = Math.max(0, Math.min(colOffset, b.length + 1));
        if (col == b.length + 1) {
            return SourceUtf8.countCodePoints(b, 0, b.length) + 1;
        }
        return SourceUtf8.countCodePoints(b, 0, col);
    }
}
