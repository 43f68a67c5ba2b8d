package dev.adder.compiler;

import dev.adder.bytecode.Opcode;

/**
 * One instruction of the control-flow graph before assembly: CPython 3.11's {@code struct instr}.
 * The opcode is a real {@link Opcode} number or one of the {@link Pseudo} opcodes (negative); a
 * jump or block push names its target block, and the location is copied from the compiler's
 * current location when the instruction is emitted (line -1 = artificial).
 */
final class Instr {
    int op;
    int arg;
    Block target;
    /** The handler block (set by the exception-table pass); null when none. */
    Block except;
    /** For the *_DEREF, LOAD_CLOSURE and MAKE_CELL opcodes: the arg indexes cellvars + freevars until assembly. */
    boolean derefArg;
    int lineno;
    int colOffset;
    int endLineno;
    int endColOffset;

    Instr(int op, int arg, Block target, int lineno, int colOffset, int endLineno, int endColOffset) {
        this.op = op;
        this.arg = arg;
        this.target = target;
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
    }

    Instr copy() {
        Instr i = new Instr(op, arg, target, lineno, colOffset, endLineno, endColOffset);
        i.derefArg = derefArg;
        i.except = except;
        return i;
    }

    /** CPython's COPY_INSTR_LOC: takes {@code from}'s location. */
    void copyLocation(Instr from) {
        lineno = from.lineno;
        colOffset = from.colOffset;
        endLineno = from.endLineno;
        endColOffset = from.endColOffset;
    }

    boolean isJump() {
        return Pseudo.isJump(op);
    }

    boolean isBlockPush() {
        return op == Pseudo.SETUP_FINALLY || op == Pseudo.SETUP_CLEANUP || op == Pseudo.SETUP_WITH;
    }

    /** Whether control never falls through this instruction. */
    boolean isTerminator() {
        return op == Pseudo.JUMP || op == Pseudo.JUMP_NO_INTERRUPT || isScopeExit();
    }

    boolean isScopeExit() {
        return op == Opcode.RETURN_VALUE.number() || op == Opcode.RAISE_VARARGS.number()
                || op == Opcode.RERAISE.number();
    }

    @Override
    public String toString() {
        return Pseudo.name(op) + " " + arg + (target != null ? " -> b" + target.id : "") + " @" + lineno;
    }
}
