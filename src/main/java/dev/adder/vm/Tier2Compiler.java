package dev.adder.vm;

import static dev.adder.vm.OpNumbers.*;

import dev.adder.bytecode.Opcode;
import dev.adder.bytecode.PyCode;
import dev.adder.jvm.ClassWriter;
import dev.adder.jvm.CodeWriter;
import dev.adder.jvm.Label;
import dev.adder.jvm.Opcodes;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates a code object into a class extending {@link CompiledCode}: its {@code run} method has one
 * stretch of JVM bytecode per Python instruction, mostly a call of the {@link Tier2Ops} method for
 * that opcode with the stack pointer and argument as constants, and Python's jumps as JVM jumps. The
 * dispatch (decoding each word, switching on it) is gone, and C2 compiles each Python function on its
 * own, with the constants folded into the inlined operations.
 *
 * <p>Generators and coroutines are compiled too: a yield stores the frame's ip and returns, and
 * {@code run} is entered again at the instruction after it. Code it cannot translate (methods too big
 * for C2 to compile, stack depths that disagree) gets null and stays in the dispatch loop.
 */
final class Tier2Compiler {
    private Tier2Compiler() {
    }

    /** A compiled class file and the values its constructor {@code (PyCode, Object[] aux)} takes. */
    record Result(byte[] classFile, Object[] aux) {
    }

    /** HotSpot does not JIT-compile methods over 8,000 bytes: such code is better left to the loop. */
    private static final int MAX_METHOD_BYTES = 7_900;
    private static final int GENERATOR_FLAGS = PyCode.CO_GENERATOR | PyCode.CO_COROUTINE
            | PyCode.CO_ASYNC_GENERATOR | PyCode.CO_ITERABLE_COROUTINE;

    /** Compiles {@code code}, or returns null when it must stay in the dispatch loop. */
    static Result compile(PyCode code) {
        Tier2Flow flow = Tier2Flow.of(code);
        if (flow == null) {
            if (Tier2.DUMP_DIR != null) {
                System.err.println("tier2: " + code.co_qualname() + ": stack depths disagree");
            }
            return null;
        }
        try {
            return new Unit(code, flow).emit();
        } catch (IllegalStateException | IllegalArgumentException e) {
            return null; // the class writer's limits (constant pool, branch offsets, code size)
        }
    }

    /** One translation. */
    private static final class Unit extends Tier2Emitter {
        final PyCode code;
        final Tier2Flow flow;
        final int[] words;
        final int base;
        final Label[] labels;
        final List<Object> aux = new ArrayList<>();
        int kwIndex = -1;

        Unit(PyCode code, Tier2Flow flow) {
            this.code = code;
            this.flow = flow;
            this.words = code.wordsShared();
            this.base = code.localsPlusSize();
            this.labels = new Label[words.length];
        }

        private Result refuse(String why) {
            if (Tier2.DUMP_DIR != null) {
                System.err.println("tier2: " + code.co_qualname() + ": " + why);
            }
            return null;
        }

        Result emit() {
            ClassWriter classWriter = new ClassWriter(Opcodes.ACC_FINAL | Opcodes.ACC_SUPER,
                    "dev/adder/vm/Tier2Code", SUPER);
            constructor(classWriter);
            cw = classWriter.method(Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL, "run", "(" + TS + FR + "I)Ljava/lang/Object;");
            for (int i = 0; i < words.length; i++) {
                if (flow.depth[i] >= 0) {
                    labels[i] = cw.newLabel();
                }
            }
            Label bad = cw.newLabel();
            Label start = cw.newLabel();
            prologue(start, bad);
            for (int i = 0; i < words.length; i++) {
                if (flow.depth[i] < 0) {
                    continue;
                }
                cw.mark(labels[i]);
                if (!instruction(i)) {
                    return refuse("instruction " + Opcode.of(words[i] & 0xFF).name());
                }
                if (cw.size() > MAX_METHOD_BYTES) {
                    return refuse("too big");
                }
            }
            Label end = cw.newLabel();
            cw.mark(end);
            Label handler = cw.newLabel();
            cw.mark(handler);
            handler(bad);
            cw.tryCatch(start, end, handler, null);
            if (cw.size() > MAX_METHOD_BYTES) {
                return refuse("too big");
            }
            cw.finish();
            return new Result(classWriter.toByteArray(), aux.toArray());
        }

        /** Locals set up, a generator's pending throw() raised, then a jump to the entry asked for. */
        private void prologue(Label start, Label bad) {
            // the entry into lasti's slot, localsplus into the entry's slot
            cw.varInsn(Opcodes.ILOAD, LPV);
            cw.varInsn(Opcodes.ISTORE, LASTI);
            frame();
            cw.fieldInsn(Opcodes.GETFIELD, "dev/adder/vm/Frame", "localsplus", LP);
            cw.varInsn(Opcodes.ASTORE, LPV);
            cw.pushInt(0);
            cw.varInsn(Opcodes.ISTORE, RERAISE_FLAG);
            cw.mark(start);
            if ((code.co_flags() & GENERATOR_FLAGS) != 0) {
                // generator.throw(): raise the exception at the instruction the frame stopped at
                Label none = cw.newLabel();
                frame();
                cw.fieldInsn(Opcodes.GETFIELD, "dev/adder/vm/Frame", "pending", EXC);
                cw.jump(Opcodes.IFNULL, none);
                frame();
                cw.fieldInsn(Opcodes.GETFIELD, "dev/adder/vm/Frame", "lasti", "I");
                cw.varInsn(Opcodes.ISTORE, LASTI);
                frame();
                call("takePending", "(" + FR + ")" + EXC);
                cw.insn(Opcodes.ATHROW);
                cw.mark(none);
            }
            cw.varInsn(Opcodes.ILOAD, LASTI);
            switchTo(flow.entries, bad);
        }

        /** The catch-all: Tier2Ops.handle finds the Python handler, then a switch jumps to it. */
        private void handler(Label bad) {
            cw.varInsn(Opcodes.ASTORE, THROWN);
            cw.varInsn(Opcodes.ALOAD, TSV);
            frame();
            cw.varInsn(Opcodes.ALOAD, THROWN);
            cw.varInsn(Opcodes.ILOAD, LASTI);
            cw.varInsn(Opcodes.ILOAD, RERAISE_FLAG);
            call("handle", "(" + TS + FR + "Ljava/lang/Throwable;IZ)I");
            cw.pushInt(0);
            cw.varInsn(Opcodes.ISTORE, RERAISE_FLAG);
            switchTo(flow.handlers, bad);
            cw.mark(bad);
            cw.varInsn(Opcodes.ILOAD, LASTI);
            call("badEntry", "(I)" + EXC);
            cw.insn(Opcodes.ATHROW);
        }

        private void constructor(ClassWriter classWriter) {
            CodeWriter c = classWriter.method(0, "<init>", "(Ldev/adder/bytecode/PyCode;" + LP + ")V");
            c.varInsn(Opcodes.ALOAD, 0);
            c.varInsn(Opcodes.ALOAD, 1);
            c.varInsn(Opcodes.ALOAD, 2);
            c.methodInsn(Opcodes.INVOKESPECIAL, SUPER, "<init>", "(Ldev/adder/bytecode/PyCode;" + LP + ")V", false);
            c.insn(Opcodes.RETURN);
            c.finish();
        }

        /** A lookupswitch on the int on the stack to the labels of {@code targets}; else to {@code dflt}. */
        private void switchTo(java.util.Set<Integer> targets, Label dflt) {
            int[] keys = new int[targets.size()];
            Label[] to = new Label[keys.length];
            int k = 0;
            for (int t : targets) {
                if (labels[t] != null) {
                    keys[k] = t;
                    to[k++] = labels[t];
                }
            }
            cw.lookupSwitch(dflt, java.util.Arrays.copyOf(keys, k), java.util.Arrays.copyOf(to, k));
        }

        /** Emits instruction {@code i}; false when it cannot be compiled. */
        private boolean instruction(int i) {
            int w = words[i];
            int op = w & 0xFF;
            int arg = w >>> 8;
            int s = base + flow.depth[i];
            Opcode o = Opcode.of(op);
            int next = i + 1 + o.caches();
            if (mayRaise(op)) {
                cw.pushInt(i);
                cw.varInsn(Opcodes.ISTORE, LASTI);
            }
            switch (op) {
                case NOP:
                case RESUME:
                    return true;
                case POP_TOP:
                    return ops("popTop", s);
                case PUSH_NULL:
                    return ops("pushNull", s);
                case COPY:
                    return ops("copy", s, arg);
                case SWAP:
                    return ops("swap", s, arg);
                case LOAD_CONST:
                    lpS(s);
                    cw.varInsn(Opcodes.ALOAD, THIS);
                    cw.fieldInsn(Opcodes.GETFIELD, SUPER, "consts", LP);
                    cw.pushInt(arg);
                    return call("loadConst", "(" + LP + "I" + LP + "I)V");
                case LOAD_FAST:
                    frame();
                    lpS(s);
                    cw.pushInt(arg);
                    return call("loadFast", "(" + FR + LP + "II)V");
                case STORE_FAST:
                    return ops("storeFast", s, arg);
                case DELETE_FAST:
                    frame();
                    lp();
                    cw.pushInt(arg);
                    return call("deleteFast", "(" + FR + LP + "I)V");
                case MAKE_CELL:
                    lp();
                    cw.pushInt(arg);
                    return call("makeCell", "(" + LP + "I)V");
                case COPY_FREE_VARS:
                    frame();
                    cw.pushInt(arg);
                    cw.methodInsn(Opcodes.INVOKESTATIC, "dev/adder/vm/CallOps", "copyFreeVars", "(" + FR + "I)V", false);
                    return true;
                case LOAD_CLOSURE:
                    return ops("loadClosure", s, arg);
                case LOAD_DEREF:
                    return frameOps("loadDeref", s, arg);
                case STORE_DEREF:
                    return ops("storeDeref", s, arg);
                case DELETE_DEREF:
                    frame();
                    lp();
                    cw.pushInt(arg);
                    return call("deleteDeref", "(" + FR + LP + "I)V");
                case LOAD_CLASSDEREF:
                    return frameOps("loadClassDeref", s, arg);
                case LOAD_GLOBAL:
                    frame();
                    lpS(s);
                    cw.pushInt(arg);
                    cw.pushInt(i);
                    return call("loadGlobal", "(" + FR + LP + "III)V");
                case STORE_GLOBAL:
                    return frameName("storeGlobal", s, arg);
                case DELETE_GLOBAL:
                    frame();
                    name(arg);
                    cw.methodInsn(Opcodes.INVOKESTATIC, "dev/adder/vm/NameOps", "deleteGlobal", "(" + FR + STR + ")V", false);
                    return true;
                case LOAD_NAME:
                    return frameName("loadName", s, arg);
                case STORE_NAME:
                    return frameName("storeName", s, arg);
                case DELETE_NAME:
                    frame();
                    name(arg);
                    cw.methodInsn(Opcodes.INVOKESTATIC, "dev/adder/vm/NameOps", "deleteName", "(" + FR + STR + ")V", false);
                    return true;
                case LOAD_ATTR:
                    return nameOps("loadAttr", s, arg);
                case STORE_ATTR:
                    return nameOps("storeAttr", s, arg);
                case DELETE_ATTR:
                    return nameOps("deleteAttr", s, arg);
                case LOAD_METHOD:
                    lpS(s);
                    name(arg);
                    cw.methodInsn(Opcodes.INVOKESTATIC, "dev/adder/vm/CallOps", "loadMethod", "(" + LP + "I" + STR + ")I", false);
                    cw.insn(Opcodes.POP);
                    return true;
                case PRECALL:
                    lpS(s);
                    cw.pushInt(arg);
                    cw.methodInsn(Opcodes.INVOKESTATIC, "dev/adder/vm/CallOps", "precall", "(" + LP + "II)V", false);
                    return true;
                case KW_NAMES:
                    aux.add(CallOps.kwnames(code.constAt(arg)));
                    kwIndex = aux.size() - 1;
                    return true;
                case CALL:
                    cw.varInsn(Opcodes.ALOAD, TSV);
                    frame();
                    lpS(s);
                    cw.pushInt(arg);
                    if (kwIndex >= 0) {
                        cw.varInsn(Opcodes.ALOAD, THIS);
                        cw.fieldInsn(Opcodes.GETFIELD, SUPER, "aux", LP);
                        cw.pushInt(kwIndex);
                        cw.insn(Opcodes.AALOAD);
                        cw.typeInsn(Opcodes.CHECKCAST, "[Ljava/lang/String;");
                        kwIndex = -1;
                    } else {
                        cw.insn(Opcodes.ACONST_NULL);
                    }
                    cw.pushInt(i);
                    return call("call", "(" + TS + FR + LP + "II[Ljava/lang/String;I)V");
                case CALL_FUNCTION_EX:
                    frame();
                    lpS(s);
                    cw.pushInt(arg);
                    cw.pushInt(i);
                    return call("callEx", "(" + FR + LP + "III)V");
                case MAKE_FUNCTION:
                    cw.varInsn(Opcodes.ALOAD, TSV);
                    frame();
                    lpS(s);
                    cw.pushInt(arg);
                    cw.methodInsn(Opcodes.INVOKESTATIC, "dev/adder/vm/CallOps", "makeFunction", "(" + TS + FR + LP + "II)I", false);
                    cw.insn(Opcodes.POP);
                    return true;
                case RETURN_VALUE:
                    lp();
                    cw.pushInt(s - 1);
                    cw.insn(Opcodes.AALOAD);
                    cw.insn(Opcodes.ARETURN);
                    return true;
                case BINARY_OP: {
                    String m = Tier2Arith.methodFor(arg);
                    if (m == null) {
                        return ops("binaryOp", s, arg);
                    }
                    lpS(s);
                    cw.pushInt(arg);
                    cw.methodInsn(Opcodes.INVOKESTATIC, ARITH, m, "(" + LP + "II)V", false);
                    return true;
                }
                case COMPARE_OP:
                    lpS(s);
                    cw.methodInsn(Opcodes.INVOKESTATIC, ARITH, Tier2Arith.compareMethodFor(arg), "(" + LP + "I)V", false);
                    return true;
                case IS_OP:
                    return ops("isOp", s, arg);
                case CONTAINS_OP:
                    return ops("containsOp", s, arg);
                case UNARY_POSITIVE:
                    return ops("unaryPositive", s);
                case UNARY_NEGATIVE:
                    return ops("unaryNegative", s);
                case UNARY_INVERT:
                    return ops("unaryInvert", s);
                case UNARY_NOT:
                    return ops("unaryNot", s);
                case BINARY_SUBSCR:
                    return ops("binarySubscr", s);
                case STORE_SUBSCR:
                    return ops("storeSubscr", s);
                case DELETE_SUBSCR:
                    return ops("deleteSubscr", s);
                case GET_ITER:
                    return ops("getIter", s);
                case FOR_ITER:
                    lpS(s);
                    call("forIter", "(" + LP + "I)Z");
                    cw.jump(Opcodes.IFNE, labels[next + arg]);
                    return true;
                case JUMP_FORWARD:
                    cw.jump(Opcodes.GOTO, labels[next + arg]);
                    return true;
                case JUMP_BACKWARD:
                case JUMP_BACKWARD_NO_INTERRUPT:
                    backward(labels[next - arg]);
                    return true;
                case POP_JUMP_FORWARD_IF_FALSE:
                case POP_JUMP_FORWARD_IF_TRUE:
                case POP_JUMP_BACKWARD_IF_FALSE:
                case POP_JUMP_BACKWARD_IF_TRUE:
                    test("popTruth", s);
                    branch(op, next, arg, op == POP_JUMP_FORWARD_IF_TRUE || op == POP_JUMP_BACKWARD_IF_TRUE);
                    return true;
                case POP_JUMP_FORWARD_IF_NONE:
                case POP_JUMP_FORWARD_IF_NOT_NONE:
                case POP_JUMP_BACKWARD_IF_NONE:
                case POP_JUMP_BACKWARD_IF_NOT_NONE:
                    test("popIsNone", s);
                    branch(op, next, arg, op == POP_JUMP_FORWARD_IF_NONE || op == POP_JUMP_BACKWARD_IF_NONE);
                    return true;
                case JUMP_IF_FALSE_OR_POP:
                case JUMP_IF_TRUE_OR_POP:
                    lpS(s);
                    cw.pushInt(op == JUMP_IF_TRUE_OR_POP ? 1 : 0);
                    call("jumpOrPop", "(" + LP + "IZ)Z");
                    cw.jump(Opcodes.IFNE, labels[next + arg]);
                    return true;
                case BUILD_TUPLE:
                    return build("buildTuple", s, arg);
                case BUILD_LIST:
                    return build("buildList", s, arg);
                case BUILD_SET:
                    return build("buildSet", s, arg);
                case BUILD_MAP:
                    return build("buildMap", s, arg);
                case BUILD_CONST_KEY_MAP:
                    return build("buildConstKeyMap", s, arg);
                case BUILD_STRING:
                    return build("buildString", s, arg);
                case BUILD_SLICE:
                    return build("buildSlice", s, arg);
                case UNPACK_SEQUENCE:
                    return build("unpackSequence", s, arg);
                case UNPACK_EX:
                    return build("unpackEx", s, arg);
                case FORMAT_VALUE:
                    return build("formatValue", s, arg);
                case LIST_APPEND:
                    return ops("listAppend", s, arg);
                case SET_ADD:
                    return ops("setAdd", s, arg);
                case MAP_ADD:
                    return ops("mapAdd", s, arg);
                case LIST_EXTEND:
                    return ops("listExtend", s, arg);
                case SET_UPDATE:
                    return ops("setUpdate", s, arg);
                case DICT_UPDATE:
                    return ops("dictUpdate", s, arg);
                case DICT_MERGE:
                    return ops("dictMerge", s, arg);
                case LIST_TO_TUPLE:
                    return ops("listToTuple", s);
                case GET_LEN:
                    return ops("getLen", s);
                case LOAD_BUILD_CLASS:
                    frame();
                    lpS(s);
                    return call("loadBuildClass", "(" + FR + LP + "I)V");
                case LOAD_ASSERTION_ERROR:
                    return ops("loadAssertionError", s);
                case SETUP_ANNOTATIONS:
                    frame();
                    cw.methodInsn(Opcodes.INVOKESTATIC, "dev/adder/vm/NameOps", "setupAnnotations", "(" + FR + ")V", false);
                    return true;
                case IMPORT_NAME:
                    cw.varInsn(Opcodes.ALOAD, TSV);
                    frame();
                    lpS(s);
                    name(arg);
                    return call("importName", "(" + TS + FR + LP + "I" + STR + ")V");
                case IMPORT_FROM:
                    cw.varInsn(Opcodes.ALOAD, TSV);
                    lpS(s);
                    name(arg);
                    return call("importFrom", "(" + TS + LP + "I" + STR + ")V");
                case IMPORT_STAR:
                    frame();
                    lpS(s);
                    return call("importStar", "(" + FR + LP + "I)V");
                case PRINT_EXPR:
                    cw.varInsn(Opcodes.ALOAD, TSV);
                    lpS(s);
                    return call("printExpr", "(" + TS + LP + "I)V");
                case RAISE_VARARGS:
                    if (arg == 0) {
                        cw.varInsn(Opcodes.ALOAD, TSV);
                        call("bareRaiseIsReraise", "(" + TS + ")Z");
                        cw.varInsn(Opcodes.ISTORE, RERAISE_FLAG);
                        cw.varInsn(Opcodes.ALOAD, TSV);
                        call("bareRaise", "(" + TS + ")" + EXC);
                    } else {
                        cw.varInsn(Opcodes.ALOAD, TSV);
                        lpS(s);
                        cw.pushInt(arg);
                        call("raise", "(" + TS + LP + "II)" + EXC);
                    }
                    cw.insn(Opcodes.ATHROW);
                    return true;
                case RERAISE:
                    cw.pushInt(1);
                    cw.varInsn(Opcodes.ISTORE, RERAISE_FLAG);
                    lpS(s);
                    call("reraise", "(" + LP + "I)" + EXC);
                    cw.insn(Opcodes.ATHROW);
                    return true;
                case PUSH_EXC_INFO:
                    cw.varInsn(Opcodes.ALOAD, TSV);
                    lpS(s);
                    cw.methodInsn(Opcodes.INVOKESTATIC, "dev/adder/vm/ExceptionOps", "pushExcInfo", "(" + TS + LP + "I)I", false);
                    cw.insn(Opcodes.POP);
                    return true;
                case POP_EXCEPT:
                    cw.varInsn(Opcodes.ALOAD, TSV);
                    lpS(s);
                    return call("popExcept", "(" + TS + LP + "I)V");
                case CHECK_EXC_MATCH:
                    return ops("checkExcMatch", s);
                case CHECK_EG_MATCH:
                    cw.varInsn(Opcodes.ALOAD, TSV);
                    lpS(s);
                    cw.methodInsn(Opcodes.INVOKESTATIC, "dev/adder/vm/ExceptStarOps", "checkEgMatch", "(" + TS + LP + "I)I", false);
                    cw.insn(Opcodes.POP);
                    return true;
                case PREP_RERAISE_STAR:
                    return stackHelper("dev/adder/vm/ExceptStarOps", "prepReraiseStar", s);
                case MATCH_CLASS:
                    lpS(s);
                    cw.pushInt(arg);
                    cw.methodInsn(Opcodes.INVOKESTATIC, "dev/adder/vm/MatchOps", "matchClass", "(" + LP + "II)I", false);
                    cw.insn(Opcodes.POP);
                    return true;
                case MATCH_MAPPING:
                    return stackHelper("dev/adder/vm/MatchOps", "matchMapping", s);
                case MATCH_SEQUENCE:
                    return stackHelper("dev/adder/vm/MatchOps", "matchSequence", s);
                case MATCH_KEYS:
                    return stackHelper("dev/adder/vm/MatchOps", "matchKeys", s);
                case BEFORE_WITH:
                    return stackHelper("dev/adder/vm/ExceptionOps", "beforeWith", s);
                case WITH_EXCEPT_START:
                    return ops("withExceptStart", s);
                case RETURN_GENERATOR:
                    cw.varInsn(Opcodes.ALOAD, TSV);
                    frame();
                    cw.pushInt(s);
                    cw.pushInt(next);
                    cw.pushInt(i);
                    call("returnGenerator", "(" + TS + FR + "III)Ljava/lang/Object;");
                    cw.insn(Opcodes.ARETURN);
                    return true;
                case YIELD_VALUE:
                    frame();
                    lpS(s);
                    cw.pushInt(next);
                    cw.pushInt(i);
                    call("yieldValue", "(" + FR + LP + "III)Ljava/lang/Object;");
                    cw.insn(Opcodes.ARETURN);
                    return true;
                case SEND:
                    test("send", s);
                    cw.jump(Opcodes.IFNE, labels[next + arg]);
                    return true;
                case GET_YIELD_FROM_ITER:
                    frame();
                    lpS(s);
                    return call("getYieldFromIter", "(" + FR + LP + "I)V");
                case GET_AWAITABLE:
                    return ops("getAwaitable", s, arg);
                case GET_AITER:
                    return ops("getAiter", s);
                case GET_ANEXT:
                    return ops("getAnext", s);
                case ASYNC_GEN_WRAP:
                    return ops("asyncGenWrap", s);
                case BEFORE_ASYNC_WITH:
                    return stackHelper("dev/adder/vm/AsyncOps", "beforeAsyncWith", s);
                case END_ASYNC_FOR: {
                    Label done = cw.newLabel();
                    lpS(s);
                    call("endAsyncFor", "(" + LP + "I)" + EXC);
                    cw.insn(Opcodes.DUP);
                    cw.jump(Opcodes.IFNULL, done);
                    cw.pushInt(1);
                    cw.varInsn(Opcodes.ISTORE, RERAISE_FLAG);
                    cw.insn(Opcodes.ATHROW);
                    cw.mark(done);
                    cw.insn(Opcodes.POP);
                    return true;
                }
                default:
                    return false; // anything new
            }
        }

        /** Jumps when the boolean on the JVM stack equals {@code when}; backward jumps count a step. */
        private void branch(int op, int next, int arg, boolean when) {
            boolean back = Opcode.of(op).argKind() == dev.adder.bytecode.ArgKind.JUMP_BACKWARD;
            if (!back) {
                cw.jump(when ? Opcodes.IFNE : Opcodes.IFEQ, labels[next + arg]);
                return;
            }
            Label skip = cw.newLabel();
            cw.jump(when ? Opcodes.IFEQ : Opcodes.IFNE, skip);
            backward(labels[next - arg]);
            cw.mark(skip);
        }

        /** A backward jump: one step for the execution limits, then the jump. */
        private void backward(Label to) {
            cw.varInsn(Opcodes.ALOAD, TSV);
            cw.methodInsn(Opcodes.INVOKESTATIC, "dev/adder/vm/ExecutionLimits", "tick", "(" + TS + ")Z", false);
            cw.insn(Opcodes.POP);
            cw.jump(Opcodes.GOTO, to);
        }
    }
}
