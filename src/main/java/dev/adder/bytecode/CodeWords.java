package dev.adder.bytecode;

/**
 * Packs and unpacks Adder's code words: one {@code int} per CPython code unit, the opcode in the low
 * 8 bits and the argument above it, so no EXTENDED_ARG is needed (arguments up to 2^24 - 1).
 * Inline CACHE units are kept as words of opcode 0, so word index i is CPython's byte offset 2*i and
 * exception and location tables apply unchanged.
 */
public final class CodeWords {
    /** The largest argument a word can hold. */
    public static final int MAX_ARG = (1 << 24) - 1;

    private CodeWords() {
    }

    /** The opcode number of {@code word}. */
    public static int op(int word) {
        return word & 0xFF;
    }

    /** The argument of {@code word} (never negative). */
    public static int arg(int word) {
        return word >>> 8;
    }

    /** Builds a word; rejects an opcode outside 0..255 or an argument outside 0..{@link #MAX_ARG}. */
    public static int word(int op, int arg) {
        if (op < 0 || op > 0xFF) {
            throw new IllegalArgumentException("opcode out of range: " + op);
        }
        if (arg < 0 || arg > MAX_ARG) {
            throw new IllegalArgumentException("argument out of range: " + arg);
        }
        return (arg << 8) | op;
    }

    /** Builds a word from an {@link Opcode}. */
    public static int word(Opcode op, int arg) {
        return word(op.number(), arg);
    }
}
