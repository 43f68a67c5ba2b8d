package dev.adder.syntax;

/**
 * One token, as CPython's tokenizer hands it to the parser.
 *
 * <p>Lines are 1-based; columns are 0-based UTF-8 byte offsets into the line, exactly as
 * CPython's {@code ast} positions. {@code string} is the token's exact source text (a STRING
 * token keeps its prefix and quotes; INDENT/DEDENT/NEWLINE/ENDMARKER have their own text
 * as CPython's tokenize reports it, or "").
 */
public final class Token implements dev.adder.ast.Located {
    public final int type;
    public final String string;
    public final int lineno;
    public final int col_offset;
    public final int end_lineno;
    public final int end_col_offset;

    public Token(int type, String string, int lineno, int col_offset, int end_lineno, int end_col_offset) {
        this.type = type;
        this.string = string;
        this.lineno = lineno;
        this.col_offset = col_offset;
        this.end_lineno = end_lineno;
        this.end_col_offset = end_col_offset;
    }

    @Override
    public int lineno() { return lineno; }

    @Override
    public int col_offset() { return col_offset; }

    @Override
    public int end_lineno() { return end_lineno; }

    @Override
    public int end_col_offset() { return end_col_offset; }

    @Override
    public String toString() {
        return lineno + "," + col_offset + "-" + end_lineno + "," + end_col_offset + ":\t"
                + TokenType.name(type) + "\t" + quote(string);
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("'");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\\' -> b.append("\\\\");
                case '\'' -> b.append("\\'");
                default -> b.append(c);
            }
        }
        return b.append('\'').toString();
    }
}
