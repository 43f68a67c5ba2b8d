package dev.adder.syntax;

import java.nio.charset.StandardCharsets;

import static dev.adder.syntax.TokenType.*;

/**
 * CPython 3.11's tokenizer ({@code Parser/tokenizer.c}, not {@code Lib/tokenize.py}) over the bytes
 * of a {@link Source}: the tokens the PEG parser sees, with CPython's positions and errors.
 *
 * <p>Positions are what CPython's parser stores in its tokens ({@code Parser/pegen.c
 * initialize_token}): 1-based lines, 0-based UTF-8 byte columns. Where CPython has no token text
 * (INDENT, DEDENT, ENDMARKER, ERRORTOKEN) the columns are -1, which CPython's error placement
 * relies on ({@link #errorColumn()}). A NEWLINE token is zero-width at the {@code \n}, or starts at
 * a comment before it and then holds the comment's text, as in CPython. STRING tokens keep prefix,
 * quotes and escapes as written.
 *
 * <p>Errors: tokenizer errors are thrown as {@link PythonSyntaxError} with CPython's exact type,
 * message, position and text. One case is left to the parser, as CPython leaves it: end of file
 * inside brackets returns an ERRORTOKEN, {@link #atEof()} is then true, and the bracket stack
 * ({@link #level()}, {@link #parenChar(int)}, ...) says which bracket "was never closed".
 */
public final class Tokenizer {
    // CPython 3.11: Parser/tokenizer.h
    static final int MAXINDENT = 100;
    static final int MAXLEVEL = 200;
    private static final int TABSIZE = 8;
    static final int EOF = -1;
    private static final String[] DIGITS = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};

    final Source source;
    final byte[] buf;
    final int end;
    /** An f-string replacement field's tokenizer: errors get CPython's "f-string: " treatment. */
    final boolean fstringMode;
    /** CPython's {@code p->starting_lineno}, {@code p->starting_col_offset}. */
    private final int startingLineno;
    final int startingColOffset;

    // The cursor: tok->cur, tok->inp (end of the current line), tok->line_start, tok->lineno.
    int cur;
    int inp;
    /**
     * tok->buf: the start of the current line, or of an earlier one while a token (a string, a
     * backslash continuation) spans lines; CPython's error texts and some columns start here.
     */
    int bufStart;
    int lineStart;
    int lineno;
    /** tok->done == E_EOF. */
    private boolean eof;
    /** tok->start: where the current token starts, -1 for none. */
    int start = -1;
    /** tok->first_lineno and tok->multi_line_start: where the current string started. */
    private int firstLineno;
    private int multiLineStart;

    // Indentation.
    private final int[] indstack = new int[MAXINDENT];
    private final int[] altindstack = new int[MAXINDENT];
    private int indent;
    private int pendin;
    private boolean atbol = true;
    private boolean blankline;

    // Brackets.
    private final byte[] parenstack = new byte[MAXLEVEL];
    private final int[] parenlinenostack = new int[MAXLEVEL];
    private final int[] parencolstack = new int[MAXLEVEL];
    private int level;

    /** The error already thrown: asking again throws it again. */
    private PythonSyntaxError error;

    /** A tokenizer for a whole source. */
    public Tokenizer(Source source) {
        this(source, 0, 0, false);
    }

    /**
     * A tokenizer for an f-string replacement field's text, set up as CPython 3.11's
     * {@code fstring_compile_expr} sets up its tokenizer and sub-parser: line numbers count from
     * {@code lineOffset + 1} (CPython's {@code tok->lineno = t->lineno + lines - 1}), and tokens
     * the tokenizer ends on that first line get {@code colOffset} added to their columns
     * ({@code p2->starting_col_offset}). Errors the tokenizer reports through the parser (as
     * CPython's {@code _Pypegen_tokenizer_error} does) get CPython's "f-string: " prefix.
     */
    public Tokenizer(Source source, int lineOffset, int colOffset) {
        this(source, lineOffset, colOffset, true);
    }

    private Tokenizer(Source source, int lineOffset, int colOffset, boolean fstringMode) {
        this.source = source;
        this.buf = source.bytes();
        this.end = buf.length;
        this.lineno = lineOffset;
        this.startingLineno = fstringMode ? lineOffset + 1 : 0;
        this.startingColOffset = colOffset;
        this.fstringMode = fstringMode;
    }

    public Source source() {
        return source;
    }

    /** The number of brackets open now. */
    public int level() {
        return level;
    }

    /** The i-th open bracket ({@code 0 <= i < level()}): '(', '[' or '{'. */
    public char parenChar(int i) {
        return (char) parenstack[i];
    }

    /** The line of the i-th open bracket. */
    public int parenLineno(int i) {
        return parenlinenostack[i];
    }

    /** The 0-based byte column of the i-th open bracket in its line (CPython's parencolstack). */
    public int parenCol(int i) {
        return parencolstack[i];
    }

    /** Whether the tokenizer reached the end of the input (CPython's {@code tok->done == E_EOF}). */
    public boolean atEof() {
        return eof;
    }

    /** The tokenizer's current line number (CPython's {@code tok->lineno}). */
    public int lineno() {
        return lineno;
    }

    /**
     * The byte column CPython's {@code _PyPegen_raise_error} uses for a token whose column is -1:
     * {@code tok->cur - tok->line_start}, the position the tokenizer has reached in its line.
     */
    public int errorColumn() {
        return Math.max(0, cur - lineStart);
    }

    /**
     * The text CPython puts in {@code SyntaxError.text} for an error the parser raises on line
     * {@code lineno} ({@code Parser/pegen_errors.c _PyPegen_raise_error_known_location}): when
     * {@code lineno} is at or past the tokenizer's line, CPython's {@code tok->buf..tok->inp}, the
     * current line with its {@code \n} (several lines when a string or a backslash continuation
     * led there); else the line from the source, without {@code \n}.
     */
    public String errorLineText(int lineno) {
        if (this.lineno <= lineno && inp > bufStart) {
            return SourceUtf8.decodeReplace(buf, bufStart, inp);
        }
        return source.lineText(lineno - (startingLineno == 0 ? 0 : startingLineno - 1));
    }

    // ---- the cursor ---------------------------------------------------------------------------

    /** The next byte, or EOF; reads the next line when the current one is used up. */
    // CPython 3.11: Parser/tokenizer.c tok_nextc and tok_underflow_string
    int nextc() {
        if (cur < inp) {
            return buf[cur++] & 0xFF;
        }
        if (eof) {
            return EOF;
        }
        if (inp >= end) {
            eof = true;
            cur = inp;
            return EOF;
        }
        int e = inp;
        while (e < end && buf[e] != '\n') {
            e++;
        }
        lineno++;
        if (start == -1) {
            bufStart = cur;
        }
        lineStart = cur;
        inp = e < end ? e + 1 : end;
        return buf[cur++] & 0xFF;
    }

    /** CPython's tok_backup: un-reads {@code c} (nothing for EOF). */
    void backup(int c) {
        if (c != EOF && cur > lineStart) {
            cur--;
        }
    }

    // ---- tokens -------------------------------------------------------------------------------

    /**
     * The next token. Throws {@link PythonSyntaxError} for a tokenizer error (and again on later
     * calls); after ENDMARKER returns ENDMARKER again.
     */
    public Token next() {
        if (error != null) {
            throw error;
        }
        try {
            return tokGet();
        } catch (PythonSyntaxError e) {
            error = e;
            throw e;
        } catch (RuntimeException e) {
            // Never let a Java exception out on any input; this is a tokenizer bug if reached.
            error = new PythonSyntaxError("SystemError", "tokenizer failure: " + e, source.filename(),
                    lineno, 0, lineno, 0, null);
            throw error;
        }
    }

    /** A token from byte positions, as CPython 3.11's Parser/pegen.c initialize_token places it. */
    private Token make(int type, String text, int pStart, int pEnd) {
        int ls = type == STRING ? multiLineStart : lineStart;
        int ln = type == STRING ? firstLineno : lineno;
        int col = pStart >= 0 && pStart >= ls ? pStart - ls : -1;
        int endCol = pEnd >= 0 && pEnd >= lineStart ? pEnd - lineStart : -1;
        if (lineno == startingLineno) {
            col += startingColOffset;
            endCol += startingColOffset;
        }
        return new Token(type, text, ln, col, lineno, endCol);
    }

    Token noText(int type) {
        return make(type, "", -1, -1);
    }

    String text(int from, int to, boolean ascii) {
        return new String(buf, from, to - from, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    // CPython 3.11: Parser/tokenizer.c tok_get
    private Token tokGet() {
        while (true) {
            start = -1;
            blankline = false;
            if (atbol) {
                Token t = readIndentation();
                if (t != null) {
                    return t;
                }
            }
            start = cur;
            if (pendin != 0) {
                if (pendin < 0) {
                    pendin++;
                    return noText(DEDENT);
                }
                pendin--;
                return noText(INDENT);
            }
            Token t = again();
            if (t != null) {
                return t;
            }
        }
    }

    /** Measures the indentation of a new line and queues INDENT/DEDENT; returns an ERRORTOKEN or null. */
    private Token readIndentation() {
        int col = 0;
        int altcol = 0;
        int contLineCol = 0;
        atbol = false;
        int c;
        while (true) {
            c = nextc();
            if (c == ' ') {
                col++;
                altcol++;
            } else if (c == '\t') {
                col = (col / TABSIZE + 1) * TABSIZE;
                altcol++;
            } else if (c == '\f') {
                col = altcol = 0;
            } else if (c == '\\') {
                // Indentation cannot be split by backslashes: the first one fixes the level.
                contLineCol = contLineCol != 0 ? contLineCol : col;
                if (continuationLine() == EOF) {
                    return eofAfterContinuation();
                }
            } else {
                break;
            }
        }
        backup(c);
        if (c == '#' || c == '\n') {
            blankline = true;
        }
        if (!blankline && level == 0) {
            col = contLineCol != 0 ? contLineCol : col;
            altcol = contLineCol != 0 ? contLineCol : altcol;
            if (col == indstack[indent]) {
                if (altcol != altindstack[indent]) {
                    throw indentError("TabError", "inconsistent use of tabs and spaces in indentation");
                }
            } else if (col > indstack[indent]) {
                if (indent + 1 >= MAXINDENT) {
                    throw indentError("IndentationError", "too many levels of indentation");
                }
                if (altcol <= altindstack[indent]) {
                    throw indentError("TabError", "inconsistent use of tabs and spaces in indentation");
                }
                pendin++;
                indstack[++indent] = col;
                altindstack[indent] = altcol;
            } else {
                while (indent > 0 && col < indstack[indent]) {
                    pendin--;
                    indent--;
                }
                if (col != indstack[indent]) {
                    cur = inp;
                    throw pegenErrorAtErrorToken("IndentationError",
                            "unindent does not match any outer indentation level");
                }
                if (altcol != altindstack[indent]) {
                    throw indentError("TabError", "inconsistent use of tabs and spaces in indentation");
                }
            }
        }
        return null;
    }

    /** The part of tok_get after indentation ("again:"); null means "go to nextline". */
    private Token again() {
        while (true) {
            start = -1;
            int c;
            do {
                c = nextc();
            } while (c == ' ' || c == '\t' || c == '\f');
            start = cur - 1;
            if (c == '#') {
                while (c != EOF && c != '\n') {
                    c = nextc();
                }
            }
            if (c == EOF) {
                return noText(level > 0 || !eof ? ERRORTOKEN : ENDMARKER);
            }
            if (isPotentialIdentifierStart(c)) {
                return identifierOrString(c);
            }
            if (c == '\n') {
                atbol = true;
                if (blankline || level > 0) {
                    return null;
                }
                return make(NEWLINE, start == cur - 1 ? "" : text(start, cur - 1, false), start, cur - 1);
            }
            if (c == '.') {
                c = nextc();
                if (c >= '0' && c <= '9') {
                    TokenizerNumbers.fraction(this, c);
                    return make(NUMBER, text(start, cur, true), start, cur);
                } else if (c == '.') {
                    c = nextc();
                    if (c == '.') {
                        return make(ELLIPSIS, "...", start, cur);
                    }
                    backup(c);
                    backup('.');
                } else {
                    backup(c);
                }
                return make(DOT, ".", start, cur);
            }
            if (c >= '0' && c <= '9') {
                TokenizerNumbers.number(this, c);
                String s = cur - start == 1 ? DIGITS[c - '0'] : text(start, cur, true);
                return make(NUMBER, s, start, cur);
            }
            if (c == '\'' || c == '"') {
                return string(c);
            }
            if (c == '\\') {
                if (continuationLine() == EOF) {
                    return eofAfterContinuation();
                }
                continue;
            }
            return operator(c);
        }
    }

    private Token operator(int c) {
        int c2 = nextc();
        int type = TokenizerOps.twoChars(c, c2);
        if (type != OP) {
            int c3 = nextc();
            int type3 = TokenizerOps.threeChars(c, c2, c3);
            if (type3 != OP) {
                type = type3;
            } else {
                backup(c3);
            }
            String s = type == NOTEQUAL && c == '<' ? "<>" : TokenType.text(type);
            return make(type, s, start, cur);
        }
        backup(c2);
        switch (c) {
            case '(', '[', '{' -> {
                if (level >= MAXLEVEL) {
                    throw syntaxError("too many nested parentheses");
                }
                parenstack[level] = (byte) c;
                parenlinenostack[level] = lineno;
                parencolstack[level] = start - lineStart;
                level++;
            }
            case ')', ']', '}' -> {
                if (level == 0) {
                    throw syntaxError("unmatched '" + (char) c + "'");
                }
                level--;
                int opening = parenstack[level];
                if (!(opening == '(' && c == ')' || opening == '[' && c == ']' || opening == '{' && c == '}')) {
                    String msg = "closing parenthesis '" + (char) c + "' does not match opening parenthesis '"
                            + (char) opening + "'";
                    if (parenlinenostack[level] != lineno) {
                        msg += " on line " + parenlinenostack[level];
                    }
                    throw syntaxError(msg);
                }
            }
            default -> {
            }
        }
        if (c < ' ' || c >= 0x7F) {
            throw syntaxError("invalid non-printable character U+" + TokenizerErrors.hex4(c));
        }
        int one = TokenizerOps.oneChar(c);
        return make(one, one == OP ? String.valueOf((char) c) : TokenType.text(one), start, cur);
    }

    /** CPython's tok_continuation_line: after a backslash; EOF when the input ends after it. */
    private int continuationLine() {
        int c = nextc();
        if (c != '\n') {
            // CPython 3.11: E_LINECONT, reported by Parser/pegen_errors.c _Pypegen_tokenizer_error
            int col = cur - bufStart - 1;
            throw TokenizerErrors.pegenErrorKnownLocation(this, "SyntaxError",
                    "unexpected character after line continuation character", lineno, col + 1, lineno, 0);
        }
        c = nextc();
        if (c == EOF) {
            cur = inp;
            return EOF;
        }
        backup(c);
        return c;
    }

    /** E_EOF after a backslash: "'(' was never closed" is the parser's, else this error. */
    private Token eofAfterContinuation() {
        eof = true;
        if (level > 0) {
            return noText(ERRORTOKEN);
        }
        throw pegenErrorAtErrorToken("SyntaxError", "unexpected EOF while parsing");
    }

    // ---- identifiers and strings ----------------------------------------------------------------

    private static boolean isPotentialIdentifierStart(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 128;
    }

    static boolean isPotentialIdentifierChar(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c >= 128;
    }

    private Token identifierOrString(int c) {
        // String prefixes: any case, b/r/u/f in the combinations Python allows.
        boolean sawB = false;
        boolean sawR = false;
        boolean sawU = false;
        boolean sawF = false;
        while (true) {
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                sawB = true;
            } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                sawU = true;
            } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                sawR = true;
            } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                sawF = true;
            } else {
                break;
            }
            c = nextc();
            if (c == '"' || c == '\'') {
                return string(c);
            }
        }
        boolean nonascii = false;
        while (isPotentialIdentifierChar(c)) {
            if (c >= 128) {
                nonascii = true;
            }
            c = nextc();
        }
        backup(c);
        if (nonascii) {
            TokenizerErrors.verifyIdentifier(this);
            return make(NAME, text(start, cur, false), start, cur);
        }
        int kw = TokenizerOps.keyword(buf, start, cur);
        if (kw >= 0) {
            return make(kw, TokenType.text(kw), start, cur);
        }
        return make(NAME, text(start, cur, true), start, cur);
    }

    /**
     * For a name that is not UTF-8 ({@code next()} throws "(unicode error) ..."): the bare
     * UnicodeDecodeError CPython lets out instead when it meets that name while re-reading the
     * rest of the file after a parser error ({@code _PyPegen_tokenize_full_source_to_check_for_errors}
     * does not convert it). Null for any other error.
     */
    public static PythonSyntaxError asRawDecodeError(PythonSyntaxError e) {
        return TokenizerErrors.asRawDecodeError(e);
    }

    /** A string literal from its opening quote; {@link #start} is at its prefix. */
    private Token string(int quote) {
        int quoteSize = 1;
        int endQuoteSize = 0;
        firstLineno = lineno;
        multiLineStart = lineStart;
        int c = nextc();
        if (c == quote) {
            c = nextc();
            if (c == quote) {
                quoteSize = 3;
            } else {
                endQuoteSize = 1;
            }
        }
        if (c != quote) {
            backup(c);
        }
        while (endQuoteSize != quoteSize) {
            c = nextc();
            if (c == EOF || quoteSize == 1 && c == '\n') {
                // Report from the opening quote's line, as CPython moves its cursor there.
                cur = start + 1;
                lineStart = multiLineStart;
                int detected = lineno;
                lineno = firstLineno;
                throw syntaxError((quoteSize == 3 ? "unterminated triple-quoted string literal"
                        : "unterminated string literal") + " (detected at line " + detected + ")");
            }
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') {
                    nextc();
                }
            }
        }
        return make(STRING, text(start, cur, false), start, cur);
    }

    // ---- errors (built by TokenizerErrors) -----------------------------------------------------

    /** A tokenizer error at the cursor. CPython 3.11: Parser/tokenizer.c syntaxerror */
    PythonSyntaxError syntaxError(String msg) {
        return TokenizerErrors.syntaxErrorRange(this, msg, -1, -1);
    }

    /** A tokenizer error with given (byte based) offsets. */
    PythonSyntaxError syntaxErrorRange(String msg, int colOffset, int endColOffset) {
        return TokenizerErrors.syntaxErrorRange(this, msg, colOffset, endColOffset);
    }

    /** E_TABSPACE and E_TOODEEP: reported at column 1 of the line, no end. */
    private PythonSyntaxError indentError(String type, String msg) {
        cur = inp;
        return TokenizerErrors.pegenErrorKnownLocation(this, type, msg, lineno, 1, lineno, 0);
    }

    /** CPython's {@code _PyPegen_raise_error} at the ERRORTOKEN the tokenizer just produced. */
    PythonSyntaxError pegenErrorAtErrorToken(String type, String msg) {
        return TokenizerErrors.pegenErrorAtToken(this, type, msg, noText(ERRORTOKEN));
    }
}
