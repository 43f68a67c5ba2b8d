/**
 * The command line: {@code adder FILE}, and the dump tools ({@code --dump-tokens}, {@code --dump-ast}).
 *
 * <p>May import: every other Adder package; nothing imports it.
 */
package dev.adder.cli;
