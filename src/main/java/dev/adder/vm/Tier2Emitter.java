package dev.adder.vm;

import static dev.adder.vm.OpNumbers.*;

import dev.adder.jvm.CodeWriter;
import dev.adder.jvm.Opcodes;

/**
 * The small emitting steps {@link Tier2Compiler} builds each instruction from: the descriptors and
 * local-variable slots of the generated {@code run(ThreadState ts, Frame f, int entry)}, pushing its
 * usual arguments (localsplus and the stack pointer, the frame, a name), and the calls of the
 * {@link Tier2Ops} methods with their usual shapes.
 */
abstract class Tier2Emitter {
    static final String OPS = "dev/adder/vm/Tier2Ops";
    static final String BUILD = "dev/adder/vm/BuildOps";
    static final String ARITH = "dev/adder/vm/Tier2Arith";
    static final String SUPER = "dev/adder/vm/CompiledCode";
    static final String LP = "[Ljava/lang/Object;";
    static final String TS = "Ldev/adder/vm/ThreadState;";
    static final String FR = "Ldev/adder/vm/Frame;";
    static final String STR = "Ljava/lang/String;";
    static final String EXC = "Ldev/adder/runtime/PyBaseException;";

    // local variable slots of run(ThreadState ts, Frame f, int entry)
    static final int THIS = 0;
    static final int TSV = 1;
    static final int FV = 2;
    static final int LPV = 3; // the entry argument's slot, reused once it is read
    static final int LASTI = 4;
    static final int RERAISE_FLAG = 5;
    static final int THROWN = 6;

    /** The method being written. */
    CodeWriter cw;

    void lp() {
        cw.varInsn(Opcodes.ALOAD, LPV);
    }

    void lpS(int s) {
        cw.varInsn(Opcodes.ALOAD, LPV);
        cw.pushInt(s);
    }

    void frame() {
        cw.varInsn(Opcodes.ALOAD, FV);
    }

    void name(int arg) {
        cw.varInsn(Opcodes.ALOAD, THIS);
        cw.fieldInsn(Opcodes.GETFIELD, SUPER, "names", "[Ljava/lang/String;");
        cw.pushInt(arg);
        cw.insn(Opcodes.AALOAD);
    }

    boolean call(String method, String descriptor) {
        cw.methodInsn(Opcodes.INVOKESTATIC, OPS, method, descriptor, false);
        return true;
    }

    /** {@code Tier2Ops.method(lp, s)}. */
    boolean ops(String method, int s) {
        lpS(s);
        return call(method, "(" + LP + "I)V");
    }

    /** {@code Tier2Ops.method(lp, s)} leaving a boolean for a jump. */
    void test(String method, int s) {
        lpS(s);
        call(method, "(" + LP + "I)Z");
    }

    /** {@code Tier2Ops.method(lp, s, arg)}. */
    boolean ops(String method, int s, int arg) {
        lpS(s);
        cw.pushInt(arg);
        return call(method, "(" + LP + "II)V");
    }

    boolean frameOps(String method, int s, int arg) {
        frame();
        lpS(s);
        cw.pushInt(arg);
        return call(method, "(" + FR + LP + "II)V");
    }

    boolean frameName(String method, int s, int arg) {
        frame();
        lpS(s);
        name(arg);
        return call(method, "(" + FR + LP + "I" + STR + ")V");
    }

    boolean nameOps(String method, int s, int arg) {
        lpS(s);
        name(arg);
        return call(method, "(" + LP + "I" + STR + ")V");
    }

    /** {@code BuildOps.method(lp, s, arg)}, whose returned stack pointer the compiler already knows. */
    boolean build(String method, int s, int arg) {
        lpS(s);
        cw.pushInt(arg);
        cw.methodInsn(Opcodes.INVOKESTATIC, BUILD, method, "(" + LP + "II)I", false);
        cw.insn(Opcodes.POP);
        return true;
    }

    /** {@code owner.method(lp, s)} returning the stack pointer (known here). */
    boolean stackHelper(String owner, String method, int s) {
        lpS(s);
        cw.methodInsn(Opcodes.INVOKESTATIC, owner, method, "(" + LP + "I)I", false);
        cw.insn(Opcodes.POP);
        return true;
    }

    /** Whether an instruction can raise (then its index is stored in the lasti slot before it). */
    static boolean mayRaise(int op) {
        switch (op) {
            case NOP:
            case RESUME:
            case POP_TOP:
            case PUSH_NULL:
            case COPY:
            case SWAP:
            case LOAD_CONST:
            case STORE_FAST:
            case LOAD_CLOSURE:
            case MAKE_CELL:
            case JUMP_FORWARD:
            case KW_NAMES:
            case IS_OP:
            case RETURN_VALUE:
            case POP_JUMP_FORWARD_IF_NONE:
            case POP_JUMP_FORWARD_IF_NOT_NONE:
            case LOAD_ASSERTION_ERROR:
                return false;
            default:
                return true;
        }
    }
}
