/**
 * Pure text algorithms shared by the front end and the runtime: the repr of str, bytes, float and
 * complex exactly as CPython 3.11 writes them.
 *
 * <p>May import: the JDK only (no other Adder package). {@code ast} and {@code objects} import it.
 */
package dev.adder.text;
