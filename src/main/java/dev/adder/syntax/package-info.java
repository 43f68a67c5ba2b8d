/**
 * Source text to syntax tree: decoding ({@code Source}), the tokenizer, the PEG parser (a rule-by-rule
 * port of CPython 3.11's {@code Grammar/python.gram}, layered {@code ParserBase} &lt;
 * {@code ExpressionRules} &lt; {@code PatternRules} &lt; statement layers &lt; {@code Parser}), string and
 * f-string literals, and CPython's syntax errors ({@code PythonSyntaxError}).
 *
 * <p>May import: {@code dev.adder.ast} and the JDK.
 */
package dev.adder.syntax;
