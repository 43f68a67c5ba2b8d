package dev.adder.vm;

import dev.adder.ast.Expr;
import dev.adder.ast.Mod;
import dev.adder.ast.Stmt;
import dev.adder.syntax.Parser;
import dev.adder.syntax.Source;
import java.nio.charset.StandardCharsets;

/**
 * Where a traceback's caret line switches between {@code ~} and {@code ^}: the operator of a binary
 * operation, the brackets of a subscript. CPython 3.11: Python/traceback.c extract_anchors_from_line
 * (re-parses the failing segment of the line).
 */
final class CaretAnchors {
    /** Offsets in characters from the segment's start: {@code ~} before left, {@code ^} up to right. */
    record Anchors(int leftEnd, int rightStart) {
    }

    private CaretAnchors() {
    }

    /** The anchors of {@code segment}, or null when it is not a binary operation or subscript. */
    static Anchors of(String segment) {
        Mod mod;
        try {
            mod = Parser.parseFile(Source.fromString(segment, "<traceback>"));
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
        if (!(mod instanceof Mod.Module m) || m.body().size() != 1 || !(m.body().get(0) instanceof Stmt.Expr st)) {
            return null;
        }
        byte[] s = segment.getBytes(StandardCharsets.UTF_8);
        int left;
        int right;
        if (st.value() instanceof Expr.BinOp b) {
            left = -1;
            right = -1;
            int end = b.right().col_offset();
            for (int i = b.left().end_col_offset(); i < end; i++) {
                if (isSpace(s[i])) {
                    continue;
                }
                left = i;
                right = i + 1;
                if (i + 1 < end && !isSpace(s[i + 1])) {
                    right++;
                }
                if (i + 1 < end && s[i] == ')') {
                    continue;
                }
                break;
            }
            if (left < 0) {
                return null;
            }
        } else if (st.value() instanceof Expr.Subscript sub) {
            left = sub.value().end_col_offset();
            right = sub.slice().end_col_offset() + 1;
            while (left < s.length && s[left] != '[') {
                left++;
            }
            while (right < s.length && s[right] != ']') {
                right++;
            }
            if (right < s.length) {
                right++;
            }
        } else {
            return null;
        }
        return new Anchors(chars(s, left), chars(s, right));
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\f' || b == '\n' || b == '\r' || b == 0x0b;
    }

    /** A UTF-8 byte offset of {@code s} as a character (code point) offset. */
    static int chars(byte[] s, int byteOffset) {
        String prefix = new String(s, 0, Math.min(byteOffset, s.length), StandardCharsets.UTF_8);
        return prefix.codePointCount(0, prefix.length());
    }
}
