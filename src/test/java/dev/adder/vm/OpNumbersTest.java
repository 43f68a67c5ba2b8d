package dev.adder.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.adder.bytecode.Opcode;
import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

/** The loop's opcode constants agree with the one opcode table, {@link Opcode}. */
class OpNumbersTest {
    @Test
    void everyConstantMatchesTheOpcodeTable() throws IllegalAccessException {
        int checked = 0;
        for (Field f : OpNumbers.class.getDeclaredFields()) {
            if (f.getType() == int.class) {
                f.setAccessible(true);
                assertEquals(Opcode.valueOf(f.getName()).number(), f.getInt(null), f.getName());
                checked++;
            }
        }
        assertEquals(Opcode.values().length, checked);
    }
}
