/**
 * The syntax tree, shaped exactly like CPython 3.11's {@code ast} module: node classes, field names
 * and field order are generated from CPython's own {@code ast} by {@code tools/gen_ast.py}.
 *
 * <p>May import: the JDK only. Everything else may import this package.
 */
package dev.adder.ast;
