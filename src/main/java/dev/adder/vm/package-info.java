/**
 * Runs code objects on frames: the cell-based VM ({@code localsplus} = locals | cells | frees | stack),
 * Python functions, cells, generators, calls that do not grow the Java stack, exception unwinding through the
 * exception table, tracebacks.
 *
 * <p>May import: {@code dev.adder.bytecode}, {@code dev.adder.runtime}, {@code dev.adder.objects},
 * {@code dev.adder.text}, {@code dev.adder.ast} and {@code dev.adder.syntax} (tracebacks
 * re-parse a source segment to place CPython 3.11's carets) and the JDK.
 */
package dev.adder.vm;
