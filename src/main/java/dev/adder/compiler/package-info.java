/**
 * The bytecode compiler: AST and scopes to {@code dev.adder.bytecode.PyCode} with the instructions,
 * constants, names, exception table and location table CPython 3.11's Python/compile.c produces.
 * {@code LayoutCompiler} walks the tree in CPython's order ({@code StmtCodegen}, {@code ExprCodegen},
 * {@code UnitCodegen}, {@code PatternCodegen}, ...) emitting a control-flow graph per code object;
 * {@code Assembler} and {@code CfgOptimizer} turn it into code. {@code Compiler} is the entry point;
 * {@code CodeLayout} ({@code --dump-code}) is read off the assembled code.
 *
 * <p>May import: {@code dev.adder.ast}, {@code dev.adder.syntax}, {@code dev.adder.symtable},
 * {@code dev.adder.bytecode}, {@code dev.adder.objects}, {@code dev.adder.runtime},
 * {@code dev.adder.text} and the JDK.
 */
package dev.adder.compiler;
