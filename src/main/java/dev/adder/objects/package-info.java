/**
 * The built-in types other than the core protocol: for now the numeric core ({@code IntOps},
 * {@code IntDivision}, {@code IntPow}, {@code IntBits}, {@code IntText}, {@code FloatOps},
 * {@code FloatParse}, {@code Rounding}, {@code NumericHash}), pure functions with CPython 3.11's
 * semantics on Adder's value representation (int = Integer/Long/BigInteger, float = Double,
 * bool = Boolean).
 *
 * <p>May import: {@code dev.adder.runtime} and {@code dev.adder.text}.
 */
package dev.adder.objects;
