package dev.adder.syntax;

import dev.adder.ast.Expr;

/**
 * Splits the body of one f-string token into literal text and replacement fields, as CPython 3.11
 * does: the whole f-string is one STRING token, each field's expression is parsed by a nested
 * parser ({@link ParserBase#parseFStringExpression}), and format specs are f-strings in turn.
 *
 * <p>Positions follow CPython 3.11.7 exactly, quirks included: FormattedValue nodes and the
 * Constant parts take the location of the whole run of string tokens, a format spec's JoinedStr
 * (and its last Constant) the location of the token it is in, and an expression's nodes are
 * shifted to where its '{' stands in the token. CPython 3.11: Parser/string_parser.c
 */
final class FStrings {
    /** CPython 3.11 Parser/tokenizer.h MAXLEVEL: the deepest bracket nesting in a field. */
    private static final int MAXLEVEL = 200;

    private final ParserBase parser;
    /** The token's source text; the body is {@code text[pos, end)}, so quotes follow {@code end}. */
    private final String text;
    private final int end;
    private final boolean raw;
    private final Token first;
    private final Token t;
    private final Token last;
    private int pos;
    /** The decoded literal {@link #findLiteral} found, or null. */
    private String literal;
    /** The text the {@code =} field {@link #findExpr} parsed adds, or null. */
    private String exprText;

    private FStrings(ParserBase parser, Token t, int from, int to, boolean raw, Token first, Token last) {
        this.parser = parser;
        this.text = t.string;
        this.pos = from;
        this.end = to;
        this.raw = raw;
        this.first = first;
        this.t = t;
        this.last = last;
    }

    /**
     * Adds the f-string token {@code t}, whose body is {@code t.string[from, to)}, to {@code state}.
     * {@code first} and {@code last} are the first and last tokens of the whole run of strings.
     * CPython 3.11: Parser/string_parser.c _PyPegen_FstringParser_ConcatFstring
     */
    static void concat(ParserBase parser, JoinedParts state, Token t, int from, int to, boolean raw,
                       Token first, Token last) {
        new FStrings(parser, t, from, to, raw, first, last).concatFstring(state, 0);
    }

    private void concatFstring(JoinedParts state, int recurseLvl) {
        state.fmode = true;
        while (true) {
            literal = null;
            int result = findLiteral(recurseLvl);
            String lit = literal;
            Expr expression = null;
            String debugText = null;
            if (result == 0 && pos < end && text.charAt(pos) != '}') {
                exprText = null;
                expression = findExpr(recurseLvl);
                debugText = exprText;
            }
            if (lit != null) {
                state.add(lit);
            }
            if (debugText != null) {
                state.add(debugText);
            }
            if (result == 1) {
                continue;
            }
            if (expression == null) {
                break;
            }
            state.flushConstant(first, last);
            state.values.add(expression);
        }
        if (recurseLvl == 0 && pos < end - 1) {
            throw parser.raiseSyntaxError("f-string: unexpected end of string");
        }
        if (recurseLvl != 0 && (pos >= end || text.charAt(pos) != '}')) {
            throw parser.raiseSyntaxError("f-string: expecting '}'");
        }
    }

    /**
     * Scans literal text up to a '{' or '}' (or the end) and decodes it into {@link #literal}.
     * Returns 1 when it stopped at a doubled brace (the caller scans on), else 0.
     * CPython 3.11: Parser/string_parser.c fstring_find_literal
     */
    private int findLiteral(int recurseLvl) {
        int s = pos;
        int start = s;
        int result = 0;
        boolean done = false;
        while (s < end) {
            char ch = text.charAt(s++);
            if (!raw && ch == '\\' && s < end) {
                ch = text.charAt(s++);
                if (ch == 'N') {
                    if (s < end && text.charAt(s++) == '{') {
                        while (s < end && text.charAt(s++) != '}') {
                            // skip the character name: its braces are not fields
                        }
                        continue;
                    }
                    break;
                }
            }
            if (ch == '{' || ch == '}') {
                if (recurseLvl == 0) {
                    if (s < end && text.charAt(s) == ch) {
                        pos = s + 1;
                        result = 1;
                        done = true;
                        break;
                    }
                    if (ch == '}') {
                        throw parser.raiseSyntaxError("f-string: single '}' is not allowed");
                    }
                }
                s--;
                break;
            }
        }
        if (!done) {
            pos = s;
        }
        if (start != s) {
            int bad = text.indexOf('\uFFFD', start);
            if (bad >= 0 && bad < s) {
                String msg = LiteralUtf8.error(parser.source(), t, start, s, !raw);
                if (msg != null) {
                    throw parser.raiseSyntaxError(msg);
                }
            }
            literal = raw ? text.substring(start, s) : StringLiterals.decodeStr(text, start, s);
        }
        return result;
    }

    /**
     * Parses the replacement field whose '{' is at {@link #pos} into a FormattedValue.
     * CPython 3.11: Parser/string_parser.c fstring_find_expr
     */
    private Expr findExpr(int recurseLvl) {
        if (recurseLvl >= 2) {
            throw parser.raiseSyntaxError("f-string: expressions nested too deeply");
        }
        pos++;
        int exprStart = pos;
        scanExpression();
        Expr simple = compileExpr(exprStart, pos);
        String debugText = null;
        if (text.charAt(pos) == '=') {
            pos++;
            while (isSpace(text.charAt(pos))) {
                pos++;
            }
            debugText = text.substring(exprStart, pos);
        }
        int conversion = -1;
        if (text.charAt(pos) == '!') {
            pos++;
            if (pos >= end) {
                throw expectingBrace();
            }
            conversion = text.charAt(pos++);
            if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                throw parser.raiseSyntaxError("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }
        if (pos >= end) {
            throw expectingBrace();
        }
        Expr formatSpec = null;
        if (text.charAt(pos) == ':') {
            pos++;
            if (pos >= end) {
                throw expectingBrace();
            }
            JoinedParts spec = new JoinedParts();
            concatFstring(spec, recurseLvl + 1);
            formatSpec = spec.finish(t, t);
        }
        if (pos >= end || text.charAt(pos) != '}') {
            throw expectingBrace();
        }
        pos++;
        if (debugText != null && formatSpec == null && conversion == -1) {
            conversion = 'r';
        }
        exprText = debugText;
        return new Expr.FormattedValue(simple, conversion, formatSpec, first.lineno, first.col_offset,
                last.end_lineno, last.end_col_offset);
    }

    private PythonSyntaxError expectingBrace() {
        return parser.raiseSyntaxError("f-string: expecting '}'");
    }

    /** Python's {@code Py_ISSPACE}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b';
    }

    /**
     * Moves {@link #pos} to the end of a field's expression: the first '!', ':', '=' or '}' outside
     * brackets and strings that is not part of '!=', '==', '<=', '>='. Checks what CPython checks.
     */
    private void scanExpression() {
        char quoteChar = 0;
        int stringType = 0;
        int depth = 0;
        char[] parens = null;
        for (; pos < end; pos++) {
            char ch = text.charAt(pos);
            if (ch == '\\') {
                throw parser.raiseSyntaxError("f-string expression part cannot include a backslash");
            }
            if (quoteChar != 0) {
                if (ch == quoteChar) {
                    if (stringType == 3) {
                        if (pos + 2 < end && text.charAt(pos + 1) == ch && text.charAt(pos + 2) == ch) {
                            pos += 2;
                            stringType = 0;
                            quoteChar = 0;
                        }
                    } else {
                        stringType = 0;
                        quoteChar = 0;
                    }
                }
            } else if (ch == '\'' || ch == '"') {
                if (pos + 2 < end && text.charAt(pos + 1) == ch && text.charAt(pos + 2) == ch) {
                    stringType = 3;
                    pos += 2;
                } else {
                    stringType = 1;
                }
                quoteChar = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (depth >= MAXLEVEL) {
                    throw parser.raiseSyntaxError("f-string: too many nested parenthesis");
                }
                if (parens == null) {
                    parens = new char[MAXLEVEL];
                }
                parens[depth++] = ch;
            } else if (ch == '#') {
                throw parser.raiseSyntaxError("f-string expression part cannot include '#'");
            } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
                if (pos + 1 < end && text.charAt(pos + 1) == '='
                        && (ch == '!' || ch == '=' || ch == '<' || ch == '>')) {
                    pos++;
                    continue;
                }
                if (ch == '>' || ch == '<') {
                    continue;  // a comparison: does not end the expression, even last
                }
                break;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (depth == 0) {
                    throw parser.raiseSyntaxError("f-string: unmatched '" + ch + "'");
                }
                char opening = parens[--depth];
                if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']')
                        || (opening == '{' && ch == '}'))) {
                    throw parser.raiseSyntaxError("f-string: closing parenthesis '" + ch
                            + "' does not match opening parenthesis '" + opening + "'");
                }
            }
        }
        if (quoteChar != 0) {
            throw parser.raiseSyntaxError("f-string: unterminated string");
        }
        if (depth != 0) {
            throw parser.raiseSyntaxError("f-string: unmatched '" + parens[depth - 1] + "'");
        }
        if (pos >= end) {
            throw expectingBrace();
        }
    }

    /**
     * Parses {@code text[exprStart, exprEnd)} as an expression placed where it stands in the file.
     * CPython 3.11: Parser/string_parser.c fstring_compile_expr and fstring_find_expr_location
     */
    private Expr compileExpr(int exprStart, int exprEnd) {
        int s = exprStart;
        while (s < exprEnd) {
            char c = text.charAt(s);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\f') {
                break;
            }
            s++;
        }
        if (s == exprEnd) {
            char c = text.charAt(exprEnd);
            throw parser.raiseSyntaxError(c == '!' || c == ':' || c == '='
                    ? "f-string: expression required before '" + c + "'"
                    : "f-string: empty expression not allowed");
        }
        int brace = exprStart - 1;
        int lines = 0;
        for (int i = 0; i < brace; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        int cols = 0;
        if (!newlineAfterBrace(brace)) {
            int lineStart = text.lastIndexOf('\n', brace) + 1;
            cols = StringLiterals.utf8Length(text, lineStart, brace);
        }
        // on the token's first line the field is shifted by the token's column; on later lines
        // the column of '{' in its own line is all CPython 3.11.7 adds
        int startingColOffset = lines == 0 ? t.col_offset + cols : cols;
        String parenthesized = "(" + text.substring(exprStart, exprEnd) + ")";
        return parser.parseFStringExpression(parenthesized,
                new ParserBase.FStringField(t.lineno + lines - 1, startingColOffset));
    }

    /** Whether only blanks stand between the field's '{' and the next newline (or '}'). */
    private boolean newlineAfterBrace(int brace) {
        for (int i = brace + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '}' || c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\f') {
                return false;
            }
        }
        return true;
    }
}
