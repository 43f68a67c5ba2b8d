package dev.adder.ast;

/**
 * Any node of the syntax tree: the tree is shaped exactly like CPython 3.11's {@code ast} module.
 *
 * <p>Record components carry CPython's field names (snake_case included) in CPython's order, so
 * {@link AstDump} and differential tests against {@code ast.dump} are mechanical. Analysis results
 * never live in the tree: keep them in identity-keyed side tables.
 */
public interface Node {
}
