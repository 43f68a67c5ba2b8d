package dev.adder.syntax;

import static dev.adder.syntax.TokenType.*;

/**
 * Operator and keyword tables of the tokenizer: CPython's generated {@code Parser/token.c}
 * ({@code PyToken_OneChar/TwoChars/ThreeChars}) and a byte-level hard-keyword lookup.
 */
final class TokenizerOps {
    private TokenizerOps() {}

    /** CPython 3.11: Parser/token.c PyToken_OneChar; OP for any other character. */
    static int oneChar(int c) {
        switch (c) {
            case '%': return PERCENT;
            case '&': return AMPER;
            case '(': return LPAR;
            case ')': return RPAR;
            case '*': return STAR;
            case '+': return PLUS;
            case ',': return COMMA;
            case '-': return MINUS;
            case '.': return DOT;
            case '/': return SLASH;
            case ':': return COLON;
            case ';': return SEMI;
            case '<': return LESS;
            case '=': return EQUAL;
            case '>': return GREATER;
            case '@': return AT;
            case '[': return LSQB;
            case ']': return RSQB;
            case '^': return CIRCUMFLEX;
            case '{': return LBRACE;
            case '|': return VBAR;
            case '}': return RBRACE;
            case '~': return TILDE;
            default: return OP;
        }
    }

    /** CPython 3.11: Parser/token.c PyToken_TwoChars ({@code <>} is NOTEQUAL); OP for none. */
    static int twoChars(int c1, int c2) {
        switch (c1) {
            case '!': return c2 == '=' ? NOTEQUAL : OP;
            case '%': return c2 == '=' ? PERCENTEQUAL : OP;
            case '&': return c2 == '=' ? AMPEREQUAL : OP;
            case '*': return c2 == '*' ? DOUBLESTAR : c2 == '=' ? STAREQUAL : OP;
            case '+': return c2 == '=' ? PLUSEQUAL : OP;
            case '-': return c2 == '=' ? MINEQUAL : c2 == '>' ? RARROW : OP;
            case '/': return c2 == '/' ? DOUBLESLASH : c2 == '=' ? SLASHEQUAL : OP;
            case ':': return c2 == '=' ? COLONEQUAL : OP;
            case '<': return c2 == '<' ? LEFTSHIFT : c2 == '=' ? LESSEQUAL : c2 == '>' ? NOTEQUAL : OP;
            case '=': return c2 == '=' ? EQEQUAL : OP;
            case '>': return c2 == '=' ? GREATEREQUAL : c2 == '>' ? RIGHTSHIFT : OP;
            case '@': return c2 == '=' ? ATEQUAL : OP;
            case '^': return c2 == '=' ? CIRCUMFLEXEQUAL : OP;
            case '|': return c2 == '=' ? VBAREQUAL : OP;
            default: return OP;
        }
    }

    /** CPython 3.11: Parser/token.c PyToken_ThreeChars; OP for none. */
    static int threeChars(int c1, int c2, int c3) {
        if (c3 == '=') {
            if (c1 == '*' && c2 == '*') {
                return DOUBLESTAREQUAL;
            }
            if (c1 == '/' && c2 == '/') {
                return DOUBLESLASHEQUAL;
            }
            if (c1 == '<' && c2 == '<') {
                return LEFTSHIFTEQUAL;
            }
            if (c1 == '>' && c2 == '>') {
                return RIGHTSHIFTEQUAL;
            }
        } else if (c1 == '.' && c2 == '.' && c3 == '.') {
            return ELLIPSIS;
        }
        return OP;
    }

    /** Keyword indices by first letter: {@code BY_FIRST[c - 'A']}, keywords being ASCII letters. */
    private static final int[][] BY_FIRST = buildByFirst();
    private static final byte[][] KEYWORD_BYTES = buildKeywordBytes();

    private static byte[][] buildKeywordBytes() {
        byte[][] r = new byte[KEYWORDS.length][];
        for (int i = 0; i < KEYWORDS.length; i++) {
            r[i] = KEYWORDS[i].getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }
        return r;
    }

    private static int[][] buildByFirst() {
        int[][] r = new int['z' - 'A' + 1][];
        for (int c = 'A'; c <= 'z'; c++) {
            int n = 0;
            for (String k : KEYWORDS) {
                if (k.charAt(0) == c) {
                    n++;
                }
            }
            int[] idx = new int[n];
            n = 0;
            for (int i = 0; i < KEYWORDS.length; i++) {
                if (KEYWORDS[i].charAt(0) == c) {
                    idx[n++] = i;
                }
            }
            r[c - 'A'] = idx;
        }
        return r;
    }

    /** The keyword type of the ASCII name {@code b[from, to)}, or -1 when it is no hard keyword. */
    static int keyword(byte[] b, int from, int to) {
        int len = to - from;
        if (len < 2 || len > 8) {
            return -1;
        }
        int c = b[from];
        if (c < 'A' || c > 'z') {
            return -1;
        }
        for (int k : BY_FIRST[c - 'A']) {
            byte[] kw = KEYWORD_BYTES[k];
            if (kw.length != len) {
                continue;
            }
            int i = 1;
            while (i < len && kw[i] == b[from + i]) {
                i++;
            }
            if (i == len) {
                return KEYWORD_BASE + k;
            }
        }
        return -1;
    }
}
