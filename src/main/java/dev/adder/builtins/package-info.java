/**
 * The {@code builtins} module and the built-in modules written in Java ({@code sys}, ...), created
 * fresh for each interpreter so that engines never share state.
 *
 * <p>May import: {@code dev.adder.bytecode}, {@code dev.adder.runtime}, {@code dev.adder.objects},
 * {@code dev.adder.vm}, {@code dev.adder.text} and the JDK.
 */
package dev.adder.builtins;
