package dev.adder.cli;

import dev.adder.syntax.PythonSyntaxError;
import dev.adder.syntax.Source;
import java.nio.charset.StandardCharsets;

/**
 * Prints a SyntaxError that stopped a program before it ran, as CPython 3.11's {@code print_exception}
 * does: {@code File "x.py", line N}, the stripped source line, the caret line, {@code SyntaxError: msg}.
 * Offsets are CPython's (UTF-8 bytes for files, as the front end reports them), so the caret lines up
 * the way CPython's does, byte for byte.
 */
final class SyntaxErrorDisplay {
    private SyntaxErrorDisplay() {}

    // CPython 3.11: Python/pythonrun.c print_exception (the print_file_and_line part) and print_error_text
    static String format(PythonSyntaxError e, Source source) {
        StringBuilder sb = new StringBuilder();
        String filename = e.filename() == null ? "<string>" : e.filename();
        if (e.lineno() > 0 || e.text() != null) {
            sb.append("  File \"").append(filename).append("\", line ").append(e.lineno()).append('\n');
        }
        String text = e.text();
        if (text == null && source != null && e.lineno() >= 1 && e.lineno() <= source.lineCount()) {
            // CPython reads the line from the file when the error has none (symtable/compiler errors).
            text = source.lineText(e.lineno());
        }
        if (text != null) {
            byte[] line = text.getBytes(StandardCharsets.UTF_8);
            int endOffset = e.endOffset();
            if (e.endLineno() > e.lineno()) {
                endOffset = line.length;
            }
            if (endOffset > line.length + 1) {
                endOffset = line.length + 1;
            }
            errorText(sb, e.offset(), endOffset, line);
        }
        sb.append(e.pythonType());
        String msg = e.msg();
        if (msg != null && !msg.isEmpty()) {
            sb.append(": ").append(msg);
        }
        return sb.append('\n').toString();
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
