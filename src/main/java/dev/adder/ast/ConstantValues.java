package dev.adder.ast;

import java.util.Arrays;

/**
 * The values an {@code ast.Constant} holds that have no plain JDK type.
 *
 * <p>The others are plain objects: {@code null} is None, {@link Boolean}, {@link Integer} /
 * {@link Long} / {@link java.math.BigInteger} for int (the smallest that fits), {@link Double},
 * {@link String} for str.
 */
public final class ConstantValues {
    private ConstantValues() {}

    /** Python's {@code ...}. */
    public enum Ellipsis { INSTANCE }

    /** A bytes literal's value. */
    public record Bytes(byte[] value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes b && Arrays.equals(value, b.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "Bytes" + Arrays.toString(value);
        }
    }

    /** A complex value; an imaginary literal gives {@code real == 0.0}. */
    public record Complex(double real, double imag) {
    }
}
