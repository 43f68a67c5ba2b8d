/**
 * Python and Java objects meeting: host objects (Java objects used from Python, {@link
 * dev.adder.interop.HostTypes}), Java exceptions as Python exceptions, Python callables as Java
 * functional interfaces ({@link dev.adder.interop.FunctionalInterfaces}), and the deny-by-default
 * access policy with its import hook ({@link dev.adder.interop.HostAccess},
 * {@link dev.adder.interop.JavaImports}).
 *
 * <p>May import: {@code dev.adder.runtime}, {@code dev.adder.objects}, {@code dev.adder.text},
 * {@code dev.adder.vm}, {@code dev.adder.builtins}, the root package {@code dev.adder} and the JDK.
 */
package dev.adder.interop;
