/**
 * The code object and its tools: the {@link dev.adder.bytecode.Opcode} table (CPython 3.11's names,
 * numbers, argument kinds, caches and stack effects), code words, CPython 3.11's exception and
 * location tables, the immutable {@link dev.adder.bytecode.PyCode} with its localsplus layout, and
 * the {@link dev.adder.bytecode.Disassembler} that prints what {@code dis.dis} prints.
 *
 * <p>May import only {@code dev.adder.text} and the JDK: the compiler writes PyCode, the VM reads it.
 */
package dev.adder.bytecode;
