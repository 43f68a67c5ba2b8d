/**
 * The object protocol and type system: Python exceptions as Java throwables, the None singleton,
 * and (to come) {@code PyType}, {@code Ops} (CPython's abstract API), {@code PyDict}, {@code PyTuple}.
 *
 * <p>May import: the JDK only.
 */
package dev.adder.runtime;
