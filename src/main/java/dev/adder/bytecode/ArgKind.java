package dev.adder.bytecode;

/** What an instruction's argument means, so that compiler, disassembler and VM agree on it. */
public enum ArgKind {
    /** No argument (opcode below {@link Opcode#HAVE_ARGUMENT}); the word's argument bits are ignored. */
    NONE,
    /** Index into co_consts. */
    CONST,
    /** Index into co_names. */
    NAME,
    /** LOAD_GLOBAL: (index into co_names) << 1, low bit set when a NULL is pushed first. */
    GLOBAL_NAME,
    /** Index into localsplus of a plain local (co_varnames). */
    LOCAL,
    /** Index into localsplus of a cell or free variable (3.11: not an index into co_cellvars). */
    FREE,
    /** Relative jump forward: target = next instruction + arg code units. */
    JUMP_FORWARD,
    /** Relative jump backward: target = next instruction - arg code units. */
    JUMP_BACKWARD,
    /** Index into the comparison operators ({@code <, <=, ==, !=, >, >=}). */
    COMPARE,
    /** BINARY_OP's operator number (NB_ADD ...). */
    BINARY_OP,
    /** FORMAT_VALUE's conversion (low 2 bits) and has-format-spec flag (bit 2). */
    FORMAT_VALUE,
    /** MAKE_FUNCTION's flags: defaults, kwdefaults, annotations, closure. */
    MAKE_FUNCTION,
    /** A plain number: a count, a depth, a flag. */
    NUMBER
}
