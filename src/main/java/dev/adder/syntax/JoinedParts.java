package dev.adder.syntax;

import dev.adder.ast.Expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the parts of a str literal run or an f-string: adjacent literal text merges into one
 * Constant, fields become FormattedValue entries. CPython 3.11's {@code FstringParser}
 * (Parser/string_parser.c).
 */
final class JoinedParts {
    /** Literal text not yet turned into a Constant (never empty when non-null). */
    private String pending;
    private StringBuilder pendingBuilder;
    final List<Expr> values = new ArrayList<>(4);
    /** Whether an f-string was seen: the result is then a JoinedStr, even with no fields. */
    boolean fmode;

    /** Appends literal text; empty text is dropped. CPython: _PyPegen_FstringParser_ConcatAndDel */
    void add(String s) {
        if (s.isEmpty()) {
            return;
        }
        if (pending == null) {
            pending = s;
        } else {
            if (pendingBuilder == null) {
                pendingBuilder = new StringBuilder(pending.length() + s.length() + 16).append(pending);
            }
            pendingBuilder.append(s);
        }
    }

    private String takePending() {
        String s = pendingBuilder != null ? pendingBuilder.toString() : pending;
        pending = null;
        pendingBuilder = null;
        return s;
    }

    /** Turns pending literal text, if any, into a Constant at the end of {@link #values}. */
    void flushConstant(Token first, Token last) {
        if (pending != null) {
            values.add(constant(takePending(), first, last));
        }
    }

    /**
     * The finished node: a Constant when no f-string took part, else a JoinedStr.
     * CPython 3.11: Parser/string_parser.c _PyPegen_FstringParser_Finish
     */
    Expr finish(Token first, Token last) {
        if (!fmode) {
            return constant(pending == null ? "" : takePending(), first, last);
        }
        flushConstant(first, last);
        return new Expr.JoinedStr(values, first.lineno, first.col_offset, last.end_lineno, last.end_col_offset);
    }

    /** CPython 3.11: Parser/string_parser.c make_str_node_and_del (kind 'u' from a lower-case u). */
    static Expr.Constant constant(String value, Token first, Token last) {
        String kind = first.string.charAt(0) == 'u' ? "u" : null;
        return new Expr.Constant(value, kind, first.lineno, first.col_offset, last.end_lineno, last.end_col_offset);
    }
}
