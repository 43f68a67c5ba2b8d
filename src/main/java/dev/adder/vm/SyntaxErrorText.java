package dev.adder.vm;

import dev.adder.objects.Ops;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyNone;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Prints a SyntaxError as CPython 3.11's {@code print_exception} does: {@code File "x.py", line N},
 * the stripped source line, the caret line, {@code SyntaxError: msg}. Offsets are treated as UTF-8
 * byte offsets into the text, as CPython's {@code print_error_text} does, so carets line up (or not)
 * exactly as CPython's.
 */
public final class SyntaxErrorText {
    private SyntaxErrorText() {}

    /**
     * The display of a syntax error (CPython 3.11: Python/pythonrun.c print_exception, the
     * print_file_and_line part, and print_error_text).
     *
     * @param filename null for {@code <string>}
     * @param text the offending line, or null (then {@code fallbackLine} is shown, if not null)
     */
    public static String format(String typeName, String msg, String filename, int lineno, int offset, String text,
                                int endLineno, int endOffset, String fallbackLine) {
        StringBuilder sb = new StringBuilder();
        if (lineno > 0 || text != null) {
            sb.append("  File \"").append(filename == null ? "<string>" : filename).append("\", line ")
                    .append(lineno).append('\n');
        }
        if (text == null) {
            text = fallbackLine;
        }
        if (text != null) {
            byte[] line = text.getBytes(StandardCharsets.UTF_8);
            if (endLineno > lineno) {
                endOffset = line.length;
            }
            if (endOffset > line.length + 1) {
                endOffset = line.length + 1;
            }
            errorText(sb, offset, endOffset, line);
        }
        sb.append(typeName);
        if (msg != null && !msg.isEmpty()) {
            sb.append(": ").append(msg);
        }
        return sb.append('\n').toString();
    }

    /** The display of a SyntaxError instance from its attributes (msg, filename, lineno, offset, text...). */
    public static String format(PyBaseException e, String typeName, Map<String, Object> attrs) {
        Object msg = attrs.get("msg");
        Object file = attrs.get("filename");
        int lineno = intOr(attrs.get("lineno"), 0);
        int offset = intOr(attrs.get("offset"), -1);
        Object text = attrs.get("text");
        String shownMsg = msg == null || msg == PyNone.NONE ? Ops.str(e) : Ops.str(msg);
        return format(typeName, shownMsg, file instanceof String f ? f : null, lineno, offset,
                text instanceof String t ? t : null, intOr(attrs.get("end_lineno"), lineno),
                intOr(attrs.get("end_offset"), offset), null);
    }

    private static int intOr(Object v, int dflt) {
        return v instanceof Integer i ? i : v instanceof Boolean b ? (b ? 1 : 0) : dflt;
    }

    private static void errorText(StringBuilder sb, int offset, int endOffset, byte[] text) {
        int carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
        offset--;
        int start = 0;
        while (start < text.length && (text[start] == ' ' || text[start] == '\t' || text[start] == '\f')) {
            start++;
            offset--;
        }
        int len = text.length - start;
        if (len > 0 && text[text.length - 1] == '\n') {
            len--;
        }
        if (offset > len) {
            offset = len;
        }
        // A multi-line text: keep the line holding the offset.
        while (true) {
            int nl = indexOf(text, start, (byte) '\n');
            if (nl < 0 || nl - start >= offset) {
                break;
            }
            int inl = nl - start + 1;
            start += inl;
            len -= inl;
            offset -= inl;
        }
        String shown = new String(text, start, text.length - start, StandardCharsets.UTF_8);
        sb.append("    ").append(shown);
        if (!shown.endsWith("\n")) {
            sb.append('\n');
        }
        if (offset < 0) {
            return;
        }
        sb.append("    ").append(" ".repeat(offset)).append("^".repeat(carets)).append('\n');
    }

    private static int indexOf(byte[] b, int from, byte v) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == v) {
                return i;
            }
        }
        return -1;
    }
}
