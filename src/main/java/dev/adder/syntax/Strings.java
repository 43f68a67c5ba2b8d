package dev.adder.syntax;

import dev.adder.ast.Expr;

import java.util.List;

/** STUB by the lead: helper "str" owns this file and replaces it. */
public final class Strings {
    private Strings() {}

    /**
     * The {@code strings: STRING+} action: decodes and concatenates adjacent string literal tokens
     * into a Constant (str or bytes) or a JoinedStr, as CPython 3.11's _PyPegen_concatenate_strings.
     */
    public static Expr concatenate(ParserBase parser, List<Token> tokens) {
        throw new UnsupportedOperationException("stub");
    }
}
