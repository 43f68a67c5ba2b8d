package dev.adder.syntax;

/**
 * The number part of the tokenizer: scans a NUMBER token from its first character and raises
 * CPython's numeric literal errors ("invalid decimal literal", "invalid digit '8' in octal
 * literal", leading zeros, ...). Each method leaves the cursor just after the literal.
 */
// CPython 3.11: Parser/tokenizer.c tok_get (the "Number" part), tok_decimal_tail,
// verify_end_of_number, lookahead
final class TokenizerNumbers {
    private TokenizerNumbers() {}

    private static final int EOF = Tokenizer.EOF;

    private static boolean isdigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isxdigit(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** A number whose first character {@code c} (a digit) has been read. */
    static void number(Tokenizer t, int c) {
        if (c == '0') {
            c = t.nextc();
            if (c == 'x' || c == 'X') {
                c = t.nextc();
                do {
                    if (c == '_') {
                        c = t.nextc();
                    }
                    if (!isxdigit(c)) {
                        t.backup(c);
                        throw t.syntaxError("invalid hexadecimal literal");
                    }
                    do {
                        c = t.nextc();
                    } while (isxdigit(c));
                } while (c == '_');
                verifyEndOfNumber(t, c, "hexadecimal");
            } else if (c == 'o' || c == 'O') {
                c = radixDigits(t, '8', "octal");
                verifyEndOfNumber(t, c, "octal");
            } else if (c == 'b' || c == 'B') {
                c = radixDigits(t, '2', "binary");
                verifyEndOfNumber(t, c, "binary");
            } else {
                boolean nonzero = false;
                // An old-style octal maybe; "0", "00", "0_0" are fine.
                while (true) {
                    if (c == '_') {
                        c = t.nextc();
                        if (!isdigit(c)) {
                            t.backup(c);
                            throw t.syntaxError("invalid decimal literal");
                        }
                    }
                    if (c != '0') {
                        break;
                    }
                    c = t.nextc();
                }
                int zerosEnd = t.cur;
                if (isdigit(c)) {
                    nonzero = true;
                    c = decimalTail(t);
                }
                if (c == '.') {
                    fraction(t, t.nextc());
                    return;
                } else if (c == 'e' || c == 'E') {
                    exponent(t, c);
                    return;
                } else if (c == 'j' || c == 'J') {
                    imaginary(t);
                    return;
                } else if (nonzero) {
                    t.backup(c);
                    throw t.syntaxErrorRange("leading zeros in decimal integer literals are not permitted; "
                            + "use an 0o prefix for octal integers", t.start + 1 - t.lineStart, zerosEnd - t.lineStart);
                }
                verifyEndOfNumber(t, c, "decimal");
            }
        } else {
            c = decimalTail(t);
            if (c == '.') {
                fraction(t, t.nextc());
                return;
            }
            afterFraction(t, c);
            return;
        }
        t.backup(c);
    }

    /** Octal or binary digits after the prefix; {@code limit} is the first digit not allowed. */
    private static int radixDigits(Tokenizer t, char limit, String kind) {
        int c = t.nextc();
        do {
            if (c == '_') {
                c = t.nextc();
            }
            if (c < '0' || c >= limit) {
                if (isdigit(c)) {
                    throw t.syntaxError("invalid digit '" + (char) c + "' in " + kind + " literal");
                }
                t.backup(c);
                throw t.syntaxError("invalid " + kind + " literal");
            }
            do {
                c = t.nextc();
            } while (c >= '0' && c < limit);
        } while (c == '_');
        if (isdigit(c)) {
            throw t.syntaxError("invalid digit '" + (char) c + "' in " + kind + " literal");
        }
        return c;
    }

    /** After the '.': {@code c} is the character following it ("fraction:" in CPython). */
    static void fraction(Tokenizer t, int c) {
        if (isdigit(c)) {
            c = decimalTail(t);
        }
        afterFraction(t, c);
    }

    private static void afterFraction(Tokenizer t, int c) {
        if (c == 'e' || c == 'E') {
            exponent(t, c);
            return;
        }
        imaginaryOrEnd(t, c);
    }

    /** {@code e} is the 'e' or 'E' just read. */
    private static void exponent(Tokenizer t, int e) {
        int c = t.nextc();
        if (c == '+' || c == '-') {
            c = t.nextc();
            if (!isdigit(c)) {
                t.backup(c);
                throw t.syntaxError("invalid decimal literal");
            }
        } else if (!isdigit(c)) {
            // "1e" followed by a keyword such as "else": the number ends before the 'e'.
            t.backup(c);
            verifyEndOfNumber(t, e, "decimal");
            t.backup(e);
            return;
        }
        c = decimalTail(t);
        imaginaryOrEnd(t, c);
    }

    private static void imaginaryOrEnd(Tokenizer t, int c) {
        if (c == 'j' || c == 'J') {
            imaginary(t);
            return;
        }
        verifyEndOfNumber(t, c, "decimal");
        t.backup(c);
    }

    /** The 'j' has been read. */
    private static void imaginary(Tokenizer t) {
        int c = t.nextc();
        verifyEndOfNumber(t, c, "imaginary");
        t.backup(c);
    }

    /** Digits with single underscores between them; returns the character after them. */
    static int decimalTail(Tokenizer t) {
        int c;
        while (true) {
            do {
                c = t.nextc();
            } while (isdigit(c));
            if (c != '_') {
                break;
            }
            c = t.nextc();
            if (!isdigit(c)) {
                t.backup(c);
                throw t.syntaxError("invalid decimal literal");
            }
        }
        return c;
    }

    /**
     * A number directly followed by an ASCII name character is an error ("invalid decimal
     * literal"), except before
     * the keywords that may follow a number in valid code ({@code and else for if in is not or}),
     * where CPython only warns (the warning is not reported here).
     */
    private static void verifyEndOfNumber(Tokenizer t, int c, String kind) {
        boolean r = false;
        if (c == 'a') {
            r = lookahead(t, "nd");
        } else if (c == 'e') {
            r = lookahead(t, "lse");
        } else if (c == 'f') {
            r = lookahead(t, "or");
        } else if (c == 'i') {
            int c2 = t.nextc();
            if (c2 == 'f' || c2 == 'n' || c2 == 's') {
                r = true;
            }
            t.backup(c2);
        } else if (c == 'o') {
            r = lookahead(t, "r");
        } else if (c == 'n') {
            r = lookahead(t, "ot");
        }
        if (r) {
            // CPython warns "invalid <kind> literal" (SyntaxWarning) here.
            return;
        }
        // Only ASCII: a number followed by a non-ASCII character ends there (CPython 3.11.4+).
        if (c != EOF && c < 128 && Tokenizer.isPotentialIdentifierChar(c)) {
            t.backup(c);
            throw t.syntaxError("invalid " + kind + " literal");
        }
    }

    private static boolean lookahead(Tokenizer t, String test) {
        int s = 0;
        while (true) {
            int c = t.nextc();
            boolean res = false;
            if (s == test.length()) {
                res = c == EOF || !Tokenizer.isPotentialIdentifierChar(c);
            } else if (c == test.charAt(s)) {
                s++;
                continue;
            }
            t.backup(c);
            while (s > 0) {
                t.backup(test.charAt(--s));
            }
            return res;
        }
    }
}
