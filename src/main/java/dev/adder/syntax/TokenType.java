package dev.adder.syntax;

/**
 * Token type numbers: CPython 3.11's {@code token} module numbers, plus one type per hard keyword.
 *
 * <p>The tokenizer gives every operator its exact type (as {@code tokenize}'s {@code exact_type}),
 * and a NAME that spells a hard keyword the keyword's own type, so the parser compares ints.
 */
public final class TokenType {
    private TokenType() {}

    public static final int ENDMARKER = 0;
    public static final int NAME = 1;
    public static final int NUMBER = 2;
    public static final int STRING = 3;
    public static final int NEWLINE = 4;
    public static final int INDENT = 5;
    public static final int DEDENT = 6;
    public static final int LPAR = 7;
    public static final int RPAR = 8;
    public static final int LSQB = 9;
    public static final int RSQB = 10;
    public static final int COLON = 11;
    public static final int COMMA = 12;
    public static final int SEMI = 13;
    public static final int PLUS = 14;
    public static final int MINUS = 15;
    public static final int STAR = 16;
    public static final int SLASH = 17;
    public static final int VBAR = 18;
    public static final int AMPER = 19;
    public static final int LESS = 20;
    public static final int GREATER = 21;
    public static final int EQUAL = 22;
    public static final int DOT = 23;
    public static final int PERCENT = 24;
    public static final int LBRACE = 25;
    public static final int RBRACE = 26;
    public static final int EQEQUAL = 27;
    public static final int NOTEQUAL = 28;
    public static final int LESSEQUAL = 29;
    public static final int GREATEREQUAL = 30;
    public static final int TILDE = 31;
    public static final int CIRCUMFLEX = 32;
    public static final int LEFTSHIFT = 33;
    public static final int RIGHTSHIFT = 34;
    public static final int DOUBLESTAR = 35;
    public static final int PLUSEQUAL = 36;
    public static final int MINEQUAL = 37;
    public static final int STAREQUAL = 38;
    public static final int SLASHEQUAL = 39;
    public static final int PERCENTEQUAL = 40;
    public static final int AMPEREQUAL = 41;
    public static final int VBAREQUAL = 42;
    public static final int CIRCUMFLEXEQUAL = 43;
    public static final int LEFTSHIFTEQUAL = 44;
    public static final int RIGHTSHIFTEQUAL = 45;
    public static final int DOUBLESTAREQUAL = 46;
    public static final int DOUBLESLASH = 47;
    public static final int DOUBLESLASHEQUAL = 48;
    public static final int AT = 49;
    public static final int ATEQUAL = 50;
    public static final int RARROW = 51;
    public static final int ELLIPSIS = 52;
    public static final int COLONEQUAL = 53;
    public static final int OP = 54;
    public static final int AWAIT = 55;
    public static final int ASYNC = 56;
    public static final int TYPE_IGNORE = 57;
    public static final int TYPE_COMMENT = 58;
    public static final int SOFT_KEYWORD = 59;
    public static final int ERRORTOKEN = 60;
    public static final int COMMENT = 61;
    public static final int NL = 62;
    public static final int ENCODING = 63;

    /** First keyword type; keyword {@code KEYWORDS[i]} has type {@code KEYWORD_BASE + i}. */
    public static final int KEYWORD_BASE = 100;
    public static final int KW_FALSE = 100;
    public static final int KW_NONE = 101;
    public static final int KW_TRUE = 102;
    public static final int KW_AND = 103;
    public static final int KW_AS = 104;
    public static final int KW_ASSERT = 105;
    public static final int KW_ASYNC = 106;
    public static final int KW_AWAIT = 107;
    public static final int KW_BREAK = 108;
    public static final int KW_CLASS = 109;
    public static final int KW_CONTINUE = 110;
    public static final int KW_DEF = 111;
    public static final int KW_DEL = 112;
    public static final int KW_ELIF = 113;
    public static final int KW_ELSE = 114;
    public static final int KW_EXCEPT = 115;
    public static final int KW_FINALLY = 116;
    public static final int KW_FOR = 117;
    public static final int KW_FROM = 118;
    public static final int KW_GLOBAL = 119;
    public static final int KW_IF = 120;
    public static final int KW_IMPORT = 121;
    public static final int KW_IN = 122;
    public static final int KW_IS = 123;
    public static final int KW_LAMBDA = 124;
    public static final int KW_NONLOCAL = 125;
    public static final int KW_NOT = 126;
    public static final int KW_OR = 127;
    public static final int KW_PASS = 128;
    public static final int KW_RAISE = 129;
    public static final int KW_RETURN = 130;
    public static final int KW_TRY = 131;
    public static final int KW_WHILE = 132;
    public static final int KW_WITH = 133;
    public static final int KW_YIELD = 134;

    /** Hard keywords in CPython's {@code keyword.kwlist} order. */
    static final String[] KEYWORDS = {"False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"};

    private static final String[] NAMES = {
        "ENDMARKER",
        "NAME",
        "NUMBER",
        "STRING",
        "NEWLINE",
        "INDENT",
        "DEDENT",
        "LPAR",
        "RPAR",
        "LSQB",
        "RSQB",
        "COLON",
        "COMMA",
        "SEMI",
        "PLUS",
        "MINUS",
        "STAR",
        "SLASH",
        "VBAR",
        "AMPER",
        "LESS",
        "GREATER",
        "EQUAL",
        "DOT",
        "PERCENT",
        "LBRACE",
        "RBRACE",
        "EQEQUAL",
        "NOTEQUAL",
        "LESSEQUAL",
        "GREATEREQUAL",
        "TILDE",
        "CIRCUMFLEX",
        "LEFTSHIFT",
        "RIGHTSHIFT",
        "DOUBLESTAR",
        "PLUSEQUAL",
        "MINEQUAL",
        "STAREQUAL",
        "SLASHEQUAL",
        "PERCENTEQUAL",
        "AMPEREQUAL",
        "VBAREQUAL",
        "CIRCUMFLEXEQUAL",
        "LEFTSHIFTEQUAL",
        "RIGHTSHIFTEQUAL",
        "DOUBLESTAREQUAL",
        "DOUBLESLASH",
        "DOUBLESLASHEQUAL",
        "AT",
        "ATEQUAL",
        "RARROW",
        "ELLIPSIS",
        "COLONEQUAL",
        "OP",
        "AWAIT",
        "ASYNC",
        "TYPE_IGNORE",
        "TYPE_COMMENT",
        "SOFT_KEYWORD",
        "ERRORTOKEN",
        "COMMENT",
        "NL",
        "ENCODING"
    };

    private static final String[] OPERATORS = {
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "(",
        ")",
        "[",
        "]",
        ":",
        ",",
        ";",
        "+",
        "-",
        "*",
        "/",
        "|",
        "&",
        "<",
        ">",
        "=",
        ".",
        "%",
        "{",
        "}",
        "==",
        "!=",
        "<=",
        ">=",
        "~",
        "^",
        "<<",
        ">>",
        "**",
        "+=",
        "-=",
        "*=",
        "/=",
        "%=",
        "&=",
        "|=",
        "^=",
        "<<=",
        ">>=",
        "**=",
        "//",
        "//=",
        "@",
        "@=",
        "->",
        "...",
        ":=",
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null
    };

    /** The token module's name of a type ({@code NAME} for keywords, as {@code tokenize} reports them). */
    public static String name(int type) {
        if (type >= KEYWORD_BASE) {
            return "NAME";
        }
        return type >= 0 && type < NAMES.length && NAMES[type] != null ? NAMES[type] : "UNKNOWN(" + type + ")";
    }

    /** The keyword type of an identifier, or {@link #NAME} when it is not a hard keyword. */
    public static int keywordOrName(String identifier) {
        for (int i = 0; i < KEYWORDS.length; i++) {
            if (KEYWORDS[i].equals(identifier)) {
                return KEYWORD_BASE + i;
            }
        }
        return NAME;
    }

    /** The text of an operator type ({@code "+="} for PLUSEQUAL), of a keyword type, or null. */
    public static String text(int type) {
        if (type >= KEYWORD_BASE && type < KEYWORD_BASE + KEYWORDS.length) {
            return KEYWORDS[type - KEYWORD_BASE];
        }
        return type >= 0 && type < OPERATORS.length ? OPERATORS[type] : null;
    }

    /** Whether the type is an operator or delimiter (tokenize's OP). */
    public static boolean isOperator(int type) {
        return type >= LPAR && type <= COLONEQUAL;
    }
}
