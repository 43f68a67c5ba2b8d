package dev.adder.syntax;

import dev.adder.ast.Expr;
import dev.adder.ast.Located;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The machinery every grammar rule of the PEG parser stands on: the token buffer, marks,
 * memoization, recursion depth, positions, and CPython's ways of raising syntax errors.
 *
 * <p>Conventions for rule methods (the layers above: {@code ExpressionRules}, {@code PatternRules},
 * {@code StatementRules}): a rule method is named exactly as its rule in CPython 3.11's
 * {@code Grammar/python.gram} (snake_case on purpose: the grammar is the map), returns its node on
 * success and {@code null} on failure, and on failure leaves {@link #pos} where it found it. Every
 * rule method calls {@link #enter()} first and {@link #leave()} on every exit, as CPython counts
 * {@code p->level}. Alternatives that begin with {@code invalid_} run only when
 * {@link #callInvalidRules} is set (the second pass), and raise through the {@code raise*} methods.
 *
 * <p>The grammar to follow is CPython 3.11's, on this machine at
 * {@code /usr/src/python3.11/Grammar/python.gram} (the search tool's copy is a later CPython, with
 * type_params, lazy imports and 3.12's f-string tokens: none of that is 3.11).
 *
 * <p>The token buffer fills lazily, exactly as far as the rules look: the furthest token fetched
 * is where CPython reports a generic "invalid syntax", so never peek further than the grammar does.
 */
public abstract class ParserBase {
    /** CPython 3.11 Parser/parser.c MAXSTACK: deeper rule nesting is a MemoryError. */
    static final int MAXSTACK = 6000;

    protected final Source source;
    private final Tokenizer tokenizer;
    private Token[] tokens = new Token[256];
    private Memo[] memos = new Memo[256];
    /** Tokens fetched so far (CPython's {@code p->fill}). */
    protected int fill;
    /** Index of the next token to consume (CPython's {@code p->mark}). */
    protected int pos;
    /** Rule nesting depth (CPython's {@code p->level}). */
    protected int level;
    /** Set for the second pass, which tries the {@code invalid_*} alternatives. */
    protected boolean callInvalidRules;
    /** For an f-string's nested expression: where its text starts in the enclosing file. */
    private final int startingColOffset;
    private final boolean fstringMode;
    private final Map<String, String> identifiers = new HashMap<>();
    private boolean tokenizerFailed;

    private static final class Memo {
        final int rule;
        final Object node;
        final int end;
        final Memo next;

        Memo(int rule, Object node, int end, Memo next) {
            this.rule = rule;
            this.node = node;
            this.end = end;
            this.next = next;
        }
    }

    /**
     * Where an f-string replacement field's expression sits in its file, as CPython 3.11's
     * {@code fstring_compile_expr} sets up its sub-parser: the tokenizer's lines are numbered from
     * {@code lineDelta + 1} ({@code tok->lineno}), and tokens ending on that first line get
     * {@code colOffset} added to their columns ({@code p2->starting_col_offset}).
     */
    protected record FStringField(int lineDelta, int colOffset) {
    }

    /** A parser for a whole source ({@code field} null) or for an f-string field's expression. */
    protected ParserBase(Source source, FStringField field) {
        this.source = source;
        this.fstringMode = field != null;
        this.startingColOffset = fstringMode ? field.colOffset() : 0;
        this.tokenizer = fstringMode ? new Tokenizer(source, field.lineDelta(), field.colOffset()) : new Tokenizer(source);
    }

    /**
     * Parses the expression of an f-string replacement field: {@code parenthesized} is the field's
     * text wrapped in parentheses, parsed with the {@code fstring} start rule
     * ({@code star_expressions}) by a parser placed as {@link FStringField} describes.
     */
    protected abstract Expr parseFStringExpression(String parenthesized, FStringField field);

    /** The source being parsed. */
    public final Source source() {
        return source;
    }

    /** Whether the tokenizer raised (CPython: {@code tok->done} is not E_OK/E_DONE). */
    protected final boolean tokenizerFailed() {
        return tokenizerFailed;
    }

    /** The tokenizer (its bracket stack tells which bracket was never closed). */
    protected final Tokenizer tokenizer() {
        return tokenizer;
    }

    // ---- tokens ------------------------------------------------------------------------------

    /** The token at {@link #pos}, fetching it if needed. */
    protected final Token peek() {
        if (pos == fill) {
            fillToken();
        }
        return tokens[pos];
    }

    /** The type of the token at {@link #pos}. */
    protected final int peekType() {
        if (pos == fill) {
            fillToken();
        }
        return tokens[pos].type;
    }

    /** Consumes and returns the current token if it has {@code type}, else null. */
    protected final Token expect(int type) {
        Token t = peek();
        if (t.type == type) {
            pos++;
            return t;
        }
        return null;
    }

    /** Consumes the current token if it has {@code type}; CPython's {@code _PyPegen_expect_token}. */
    protected final boolean accept(int type) {
        if (peekType() == type) {
            pos++;
            return true;
        }
        return false;
    }

    /** {@code &type}: whether the current token has {@code type}, consuming nothing. */
    protected final boolean lookahead(int type) {
        return peekType() == type;
    }

    /** A soft keyword ({@code match}, {@code case}, {@code _}): a NAME token spelling it. */
    protected final Token expectSoftKeyword(String keyword) {
        Token t = peek();
        if (t.type == TokenType.NAME && t.string.equals(keyword)) {
            pos++;
            return t;
        }
        return null;
    }

    /** The token at index {@code i} (already fetched). */
    protected final Token tokenAt(int i) {
        return tokens[i];
    }

    /** The last token fetched: CPython's {@code p->tokens[p->fill - 1]}. */
    protected final Token lastFetchedToken() {
        return fill == 0 ? null : tokens[fill - 1];
    }

    /** The token consumed last ({@code p->tokens[p->mark - 1]}). */
    protected final Token previous() {
        return tokens[pos - 1];
    }

    /**
     * The last consumed token that is not NEWLINE, INDENT, DEDENT or ENDMARKER: where a node ends.
     * CPython 3.11: Parser/pegen.c _PyPegen_get_last_nonnwhitespace_token
     */
    protected final Token lastNonWhitespaceToken() {
        Token token = null;
        for (int m = pos - 1; m >= 0; m--) {
            token = tokens[m];
            if (token.type != TokenType.ENDMARKER
                    && (token.type < TokenType.NEWLINE || token.type > TokenType.DEDENT)) {
                break;
            }
        }
        return token;
    }

    private void fillToken() {
        if (fill == tokens.length) {
            tokens = java.util.Arrays.copyOf(tokens, fill * 2);
            memos = java.util.Arrays.copyOf(memos, fill * 2);
        }
        Token t;
        try {
            t = tokenizer.next();
        } catch (PythonSyntaxError e) {
            tokenizerFailed = true;
            throw e;
        }
        if (t.type == TokenType.ERRORTOKEN && tokenizer.atEof()) {
            // CPython 3.11 Parser/pegen_errors.c _Pypegen_tokenizer_error: E_EOF raises at once
            tokenizerFailed = true;
            tokens[fill++] = t;
            throw tokenizer.level() > 0 ? unclosedBracketError() : raiseSyntaxError("unexpected EOF while parsing");
        }
        tokens[fill++] = t;
    }

    /** CPython's {@code &&':'}-style forced token: raises "expected 'x'" at once when absent. */
    protected final Token expectForced(int type) {
        Token t = peek();
        if (t.type != type) {
            throw raiseSyntaxErrorKnownLocation(t, "expected '" + TokenType.text(type) + "'");
        }
        pos++;
        return t;
    }

    /** {@code ','.elem+}: one or more elements separated by commas; null when there is none. */
    protected final <T> List<T> gather(Supplier<T> elem) {
        T first = elem.get();
        return first == null ? null : gatherAfter(first, elem);
    }

    /** {@code elem*}: as many as parse, in order; pegen's {@code _loop0} is a rule level of its own. */
    protected final <T> List<T> repeat(Supplier<T> elem) {
        enter();
        try {
            List<T> out = new ArrayList<>();
            T next;
            while ((next = elem.get()) != null) {
                out.add(next);
            }
            return out;
        } finally {
            leave();
        }
    }

    /** {@code first (',' elem)*}: stops before a comma that no element follows. */
    protected final <T> List<T> gatherAfter(T first, Supplier<T> elem) {
        List<T> list = new ArrayList<>();
        list.add(first);
        while (true) {
            int m = pos;
            T next = accept(TokenType.COMMA) ? elem.get() : null;
            if (next == null) {
                pos = m;
                return list;
            }
            list.add(next);
        }
    }

    // ---- marks and memo -----------------------------------------------------------------------

    protected final int mark() {
        return pos;
    }

    protected final void reset(int mark) {
        pos = mark;
    }

    /**
     * Looks up a memoized result of {@code rule} at the current position; on a hit moves
     * {@link #pos} past it and returns true (the node is then {@link #memoNode()}).
     */
    protected final boolean memoHit(int rule) {
        if (pos == fill) {
            fillToken();
        }
        for (Memo m = memos[pos]; m != null; m = m.next) {
            if (m.rule == rule) {
                lastMemoNode = m.node;
                pos = m.end;
                return true;
            }
        }
        return false;
    }

    private Object lastMemoNode;

    /** The node of the last {@link #memoHit} (null for a memoized failure). */
    @SuppressWarnings("unchecked")
    protected final <T> T memoNode() {
        return (T) lastMemoNode;
    }

    /** Records that {@code rule} started at {@code start} gave {@code node} and ended at {@link #pos}. */
    protected final <T> T memoize(int rule, int start, T node) {
        memos[start] = new Memo(rule, node, node == null ? start : pos, memos[start]);
        return node;
    }

    /** Forgets every memoized result: the second pass starts afresh. */
    protected final void clearMemo() {
        java.util.Arrays.fill(memos, 0, fill, null);
    }

    // ---- depth --------------------------------------------------------------------------------

    /** Counts one rule level; CPython raises a bare MemoryError past MAXSTACK. */
    protected final void enter() {
        if (++level > MAXSTACK) {
            level = 0;
            throw PythonSyntaxError.limit("MemoryError", "");
        }
    }

    protected final void leave() {
        level--;
    }

    /**
     * Left-deep chains ({@code a+b+...}, {@code a.b.c...}, {@code f()()...}) are built by loops, not
     * recursion, so MAXSTACK never sees them. CPython can neither turn a chain this deep into
     * Python objects (ast.parse stops near 3,000 levels) nor compile it, so it ends the parse at once
     * with the RecursionError CPython reaches for it, instead of building millions of nodes first.
     */
    static final int MAX_CHAIN = 10_000;

    /** Counts one more link of a left-deep chain; {@code links} is the count so far. */
    protected final int chainLink(int links) {
        if (links >= MAX_CHAIN) {
            throw PythonSyntaxError.limit("RecursionError", "maximum recursion depth exceeded during ast construction");
        }
        return links + 1;
    }

    // ---- leaves -------------------------------------------------------------------------------

    /** An identifier as CPython stores it: NFKC-normalized when not ASCII, and shared. */
    protected final String identifier(Token t) {
        String s = t.string;
        String known = identifiers.get(s);
        if (known != null) {
            return known;
        }
        String id = s;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                id = Normalizer.normalize(s, Normalizer.Form.NFKC);
                break;
            }
        }
        identifiers.put(s, id);
        return id;
    }

    /** {@code NAME} leaf: a Name expression in the given context. */
    protected final Expr.Name nameExpr(Token t, dev.adder.ast.ExprContext ctx) {
        return new Expr.Name(identifier(t), ctx, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
    }

    /** {@code NUMBER} leaf. CPython 3.11: Parser/pegen.c _PyPegen_number_token */
    protected final Expr.Constant numberConstant(Token t) {
        Object value;
        try {
            value = NumberLiterals.parse(t.string);
        } catch (IllegalArgumentException e) {
            String msg = e.getMessage();
            if (!msg.contains("Consider hexadecimal")) {
                msg += " - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.";
            }
            // CPython omits the columns here on purpose (no wall of carets)
            throw raiseKnownLocation("SyntaxError", t.lineno, 0, t.end_lineno, 0, msg);
        }
        return new Expr.Constant(value, null, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset);
    }

    // ---- errors -------------------------------------------------------------------------------

    /**
     * CPython's {@code RAISE_SYNTAX_ERROR(msg)}: located at the last token fetched
     * ({@code p->tokens[p->fill-1]}). Returns the exception for {@code throw raise...(...)}.
     */
    protected final PythonSyntaxError raiseSyntaxError(String msg) {
        return raiseAtToken("SyntaxError", false, msg);
    }

    /** CPython's {@code RAISE_INDENTATION_ERROR(msg)}. */
    protected final PythonSyntaxError raiseIndentationError(String msg) {
        return raiseAtToken("IndentationError", false, msg);
    }

    /** CPython's {@code RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN(msg)}: located at the token at {@link #pos}. */
    protected final PythonSyntaxError raiseSyntaxErrorOnNextToken(String msg) {
        return raiseAtToken("SyntaxError", true, msg);
    }

    /** CPython's {@code RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg)}. */
    protected final PythonSyntaxError raiseSyntaxErrorKnownLocation(Located a, String msg) {
        return raiseKnownLocation("SyntaxError", a.lineno(), a.col_offset() + 1, a.end_lineno(),
                a.end_col_offset() + 1, msg);
    }

    /** CPython's {@code RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg)}. */
    protected final PythonSyntaxError raiseSyntaxErrorKnownRange(Located a, Located b, String msg) {
        return raiseKnownLocation("SyntaxError", a.lineno(), a.col_offset() + 1, b.end_lineno(),
                b.end_col_offset() + 1, msg);
    }

    /** CPython's {@code CURRENT_POS}: the end is where the tokenizer has got to. */
    protected static final int CURRENT_POS = -5;

    /** CPython's {@code RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg)}: ends at the tokenizer's position. */
    protected final PythonSyntaxError raiseSyntaxErrorStartingFrom(Located a, String msg) {
        return raiseKnownLocation("SyntaxError", a.lineno(), a.col_offset() + 1, CURRENT_POS, CURRENT_POS, msg);
    }

    /** CPython's {@code RAISE_INDENTATION_ERROR} at a known node. */
    protected final PythonSyntaxError raiseIndentationErrorKnownLocation(Located a, String msg) {
        return raiseKnownLocation("IndentationError", a.lineno(), a.col_offset() + 1, a.end_lineno(),
                a.end_col_offset() + 1, msg);
    }

    /** "'(' was never closed", at the innermost open bracket. CPython 3.11: raise_unclosed_parentheses_error */
    protected final PythonSyntaxError unclosedBracketError() {
        int i = tokenizer.level() - 1;
        int line = tokenizer.parenLineno(i);
        return raiseKnownLocation("SyntaxError", line, tokenizer.parenCol(i) + 1, line, 0,
                "'" + tokenizer.parenChar(i) + "' was never closed");
    }

    /** CPython 3.11: Parser/pegen_errors.c _PyPegen_raise_error */
    private PythonSyntaxError raiseAtToken(String type, boolean useMark, String msg) {
        if (fill == 0) {
            return raiseKnownLocation(type, 0, 0, 0, -1, msg);
        }
        if (useMark && pos == fill) {
            fillToken();
        }
        Token t = tokens[useMark ? pos : fill - 1];
        // INDENT, DEDENT and ENDMARKER have no column: CPython takes the tokenizer's position
        int col = t.col_offset == -1 ? tokenizer.errorColumn() : t.col_offset + 1;
        int endCol = t.end_col_offset == -1 ? -1 : t.end_col_offset + 1;
        return raiseKnownLocation(type, t.lineno, col, t.end_lineno, endCol, msg);
    }

    /**
     * Builds the error from 1-based byte columns (0 or less: none), converting them to character
     * columns in the line as CPython does. CPython 3.11: Parser/pegen_errors.c
     * _PyPegen_raise_error_known_location
     */
    protected final PythonSyntaxError raiseKnownLocation(String type, int lineno, int colOffset,
                                                         int endLineno, int endColOffset, String msg) {
        if (endLineno == CURRENT_POS) {
            endLineno = tokenizer.lineno();
        }
        if (endColOffset == CURRENT_POS) {
            endColOffset = tokenizer.errorColumn();
        }
        String text = lineno > 0 ? tokenizer.errorLineText(lineno) : null;
        if (fstringMode) {
            msg = "f-string: " + msg;
            colOffset -= startingColOffset;
            endColOffset -= startingColOffset;
        }
        // CPython converts to characters only when its tokenizer has an encoding: str input or a
        // coding cookie; bytes and files without a cookie, and f-string fields, keep byte columns
        boolean convert = text != null && !fstringMode && source.hasEncoding();
        int col = convert && colOffset >= 0 ? byteToCharOffset(text, colOffset) : colOffset;
        int endCol = convert && endColOffset > 0 ? byteToCharOffset(text, endColOffset) : endColOffset;
        return new PythonSyntaxError(type, msg, source.filename(), lineno, col, endLineno, endCol, text);
    }

    /**
     * The number of characters in the first {@code byteOffset} UTF-8 bytes of {@code text}, a
     * partial character counting as one; past the end, one more than the text's length.
     * CPython 3.11: Parser/pegen.c _PyPegen_byte_offset_to_character_offset
     */
    static int byteToCharOffset(String text, int byteOffset) {
        int bytes = 0;
        int chars = 0;
        for (int i = 0; i < text.length() && bytes < byteOffset; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            chars++;
        }
        return bytes < byteOffset ? chars + 1 : chars;
    }
}
