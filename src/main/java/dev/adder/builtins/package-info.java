/**
 * The {@code builtins} module and the built-in modules written in Java ({@code sys}, {@code __future__},
 * {@code dis}), created fresh for each interpreter so that engines never share state. Hosts start
 * here: {@link dev.adder.builtins.PythonRuntime#create} makes an interpreter with all of them
 * installed over the host's streams.
 *
 * <p>May import: {@code dev.adder.bytecode}, {@code dev.adder.runtime}, {@code dev.adder.objects},
 * {@code dev.adder.vm}, {@code dev.adder.text} and the JDK.
 */
package dev.adder.builtins;
