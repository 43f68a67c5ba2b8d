/**
 * AST and scopes to code objects. For now: {@code CodeLayout}, what the compiler allocates for each
 * code object (names, argument counts, {@code co_varnames} in CPython's emission order, cells, free
 * variables, flags), computed by walking the tree in CPython 3.11's compiler order
 * ({@code LayoutCompiler}), with the compiler's own SyntaxErrors.
 *
 * <p>May import: {@code dev.adder.ast}, {@code dev.adder.syntax}, {@code dev.adder.symtable} and the JDK.
 */
package dev.adder.compiler;
