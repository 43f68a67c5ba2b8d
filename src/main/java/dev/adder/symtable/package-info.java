/**
 * Scopes: which names a block binds, and whether each is LOCAL, CELL, FREE, GLOBAL_IMPLICIT or
 * GLOBAL_EXPLICIT, computed as CPython 3.11's {@code Python/symtable.c} does in two passes
 * ({@code SymbolTableBuilder} collects facts, {@code ScopeAnalyzer} resolves them), plus the
 * {@code from __future__} statements that change the analysis ({@code FutureFeatures}).
 *
 * <p>Results live in side tables keyed by node identity ({@code SymbolTable}), never in the tree.
 *
 * <p>May import: {@code dev.adder.ast}, {@code dev.adder.syntax} and the JDK.
 */
package dev.adder.symtable;
