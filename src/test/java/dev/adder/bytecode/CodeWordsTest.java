package dev.adder.bytecode;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Round trips of the word packing. */
class CodeWordsTest {
    @Test
    void packsAndUnpacks() {
        for (int op : new int[] {0, 1, 90, 144, 255}) {
            for (int arg : new int[] {0, 1, 255, 256, 65535, CodeWords.MAX_ARG}) {
                int w = CodeWords.word(op, arg);
                assertEquals(op, CodeWords.op(w));
                assertEquals(arg, CodeWords.arg(w));
            }
        }
        assertEquals(CodeWords.word(100, 3), CodeWords.word(Opcode.LOAD_CONST, 3));
    }

    @Test
    void rejectsOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> CodeWords.word(256, 0));
        assertThrows(IllegalArgumentException.class, () -> CodeWords.word(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> CodeWords.word(1, -1));
        assertThrows(IllegalArgumentException.class, () -> CodeWords.word(1, CodeWords.MAX_ARG + 1));
    }
}
