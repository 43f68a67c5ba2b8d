/**
 * Runs code objects on frames: the cell-based VM ({@code localsplus} = locals | cells | frees | stack),
 * Python functions, cells, calls that do not grow the Java stack, exception unwinding through the
 * exception table, tracebacks.
 *
 * <p>May import: {@code dev.adder.bytecode}, {@code dev.adder.runtime}, {@code dev.adder.objects},
 * {@code dev.adder.text} and the JDK.
 */
package dev.adder.vm;
