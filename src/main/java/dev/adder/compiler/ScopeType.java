package dev.adder.compiler;

/** What kind of code a compiler unit produces: CPython 3.11's {@code COMPILER_SCOPE_*}. */
enum ScopeType {
    MODULE,
    CLASS,
    FUNCTION,
    ASYNC_FUNCTION,
    LAMBDA,
    COMPREHENSION
}
