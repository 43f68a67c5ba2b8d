package dev.adder.vm;

import static dev.adder.vm.OpNumbers.*;
import static dev.adder.vm.Quickening.*;

import dev.adder.bytecode.Opcode;
import dev.adder.bytecode.PyCode;
import dev.adder.objects.Arith;
import dev.adder.objects.Ops;
import dev.adder.objects.PyDict;
import dev.adder.objects.PyList;
import dev.adder.objects.PySet;
import dev.adder.runtime.Errors;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.ScriptTermination;
import java.util.Arrays;

/**
 * The dispatch loop: runs CPython 3.11 bytecode on {@link Frame}s (CPython 3.11: Python/ceval.c
 * {@code _PyEval_EvalFrameDefault}). Python-to-Python calls push a frame in the same loop, so deep
 * Python recursion does not grow the Java stack; a Java caller of a {@link PyFunction} starts a new
 * loop that ends when its entry frame returns.
 *
 * <p>The switch in {@link #loop} must stay under HotSpot's 8,000-byte limit for JIT compilation
 * ({@code DispatchSizeTest} checks it): its cases are a few lines calling helpers. The file is
 * over 600 lines because that one switch is: one case per opcode (and per fused pair of opcodes,
 * {@link Quickening}), in one method, is what lets C2 compile the loop as a whole; the opcodes' work
 * lives in the *Ops classes. The catch at its end also moves a hot loop's frame to its compiled form
 * ({@link Tier2#OSR}); that frame's return repeats RETURN_VALUE's frame pop, as both must reassign
 * the loop's own locals.
 */
public final class Interpreter {
    private Interpreter() {
    }

    /** Runs a module's code with {@code globals} as its namespace; returns what the code returns. */
    public static Object runModule(InterpreterState interp, PyCode code, PyDict globals) {
        return eval(interp, code, globals, globals);
    }

    /**
     * Runs {@code code} (a module, expression or class body) with the given globals and locals
     * mapping; returns the code's value (an {@code eval}-mode code object returns its expression).
     */
    public static Object eval(InterpreterState interp, PyCode code, PyDict globals, Object locals) {
        ThreadState ts = interp.threadState();
        CallOps.enter(ts);
        return runEntered(ts, new Frame(code, globals, interp.builtins(), locals, null));
    }

    /** Calls a Python function from Java: binds the arguments, then runs a loop until it returns. */
    static Object callFunction(ThreadState ts, PyFunction fn, Object[] args, String[] kwnames) {
        return runEntered(ts, CallOps.newFrame(ts, fn, args, 0, args.length, kwnames));
    }

    /** Runs a class body (a function's code) with {@code namespace} as its locals (LOAD_NAME/STORE_NAME). */
    static Object runClassBody(ThreadState ts, PyFunction body, Object namespace) {
        CallOps.enter(ts);
        return runEntered(ts, new Frame(body.code, body.globals, body.builtins, namespace, body));
    }

    /** Resumes a suspended generator frame as the entry of a new loop. */
    static Object resume(ThreadState ts, Frame f) {
        CallOps.enter(ts);
        return runEntered(ts, f);
    }

    /**
     * Runs frame {@code f} (entered: its depth counted) until it returns: in its compiled form when it
     * has one ({@link Tier2}), else in a dispatch loop of its own.
     */
    static Object runEntered(ThreadState ts, Frame f) {
        int depth = ts.depth;
        Frame saved = ts.current;
        PyBaseException handled = ts.handled;
        f.back = saved;
        ts.current = f;
        try {
            CompiledCode c = Tier2.forCall(ts, f.code);
            if (c != null) {
                return Tier2.run(ts, c, f);
            }
            return loop(ts, f);
        } catch (ScriptTermination e) {
            // no except/finally block ran: put back what they would have restored
            ts.handled = handled;
            throw e;
        } catch (StackOverflowError e) {
            // the loop's own handler overflowed too: never let a Java error reach the host raw
            throw ExceptionOps.convert(e);
        } finally {
            ts.current = saved;
            ts.depth = depth - 1;
        }
    }

    private static Object loop(ThreadState ts, Frame entry) {
        Frame f = entry;
        int[] words = f.words;
        Object[] lp = f.localsplus;
        int ip = f.ip;
        int sp = f.sp;
        int lasti = ip;
        String[] kwnames = null;
        boolean reraise = false;
        for (;;) {
            try {
                if (f.pending != null) {
                    PyBaseException thrown = f.pending;
                    f.pending = null;
                    lasti = f.lasti;
                    throw thrown;
                }
                for (;;) {
                    lasti = ip;
                    int w = words[ip++];
                    int arg = w >>> 8;
                    switch (w & 0xFF) {
                        case NOP:
                        case RESUME:
                            break;
                        case POP_TOP:
                            lp[--sp] = null;
                            break;
                        case PUSH_NULL:
                            lp[sp++] = null;
                            break;
                        case COPY:
                            lp[sp] = lp[sp - arg];
                            sp++;
                            break;
                        case SWAP: {
                            Object t = lp[sp - 1];
                            lp[sp - 1] = lp[sp - arg];
                            lp[sp - arg] = t;
                            break;
                        }
                        case COPY__COPY:
                            lp[sp] = lp[sp - arg];
                            sp++;
                            arg = words[ip++] >>> 8;
                            lp[sp] = lp[sp - arg];
                            sp++;
                            break;
                        case SWAP__SWAP: {
                            Object t = lp[sp - 1];
                            lp[sp - 1] = lp[sp - arg];
                            lp[sp - arg] = t;
                            arg = words[ip++] >>> 8;
                            t = lp[sp - 1];
                            lp[sp - 1] = lp[sp - arg];
                            lp[sp - arg] = t;
                            break;
                        }
                        case LOAD_CONST:
                            lp[sp++] = f.code.constAt(arg);
                            break;
                        case LOAD_FAST: {
                            lp[sp++] = NameOps.loadFast(f, lp, arg);
                            break;
                        }
                        case STORE_FAST:
                            lp[arg] = lp[--sp];
                            lp[sp] = null;
                            break;
                        // fused pairs (Quickening): the second word keeps its own argument
                        case LOAD_FAST__LOAD_FAST: {
                            lp[sp++] = NameOps.loadFast(f, lp, arg);
                            lasti = ip;
                            arg = words[ip++] >>> 8;
                            lp[sp++] = NameOps.loadFast(f, lp, arg);
                            break;
                        }
                        case LOAD_FAST__LOAD_CONST: {
                            lp[sp++] = NameOps.loadFast(f, lp, arg);
                            lp[sp++] = f.code.constAt(words[ip++] >>> 8);
                            break;
                        }
                        case LOAD_CONST__LOAD_FAST: {
                            lp[sp++] = f.code.constAt(arg);
                            lasti = ip;
                            arg = words[ip++] >>> 8;
                            lp[sp++] = NameOps.loadFast(f, lp, arg);
                            break;
                        }
                        case STORE_FAST__LOAD_FAST: {
                            lp[arg] = lp[--sp];
                            lp[sp] = null;
                            lasti = ip;
                            arg = words[ip++] >>> 8;
                            lp[sp++] = NameOps.loadFast(f, lp, arg);
                            break;
                        }
                        case STORE_FAST__STORE_FAST:
                            lp[arg] = lp[--sp];
                            lp[sp] = null;
                            lp[words[ip++] >>> 8] = lp[--sp];
                            lp[sp] = null;
                            break;
                        case COMPARE_OP__POP_JUMP_FORWARD_IF_FALSE:
                        case COMPARE_OP__POP_JUMP_FORWARD_IF_TRUE:
                        case COMPARE_OP__POP_JUMP_BACKWARD_IF_FALSE:
                        case COMPARE_OP__POP_JUMP_BACKWARD_IF_TRUE: {
                            Object r = FastOps.compare(arg, lp[sp - 2], lp[sp - 1]);
                            lp[--sp] = null;
                            lp[--sp] = null;
                            ip += 2;
                            lasti = ip;
                            int jump = words[ip++] >>> 8;
                            int op = w & 0xFF;
                            if (FastOps.truth(r) == (op == COMPARE_OP__POP_JUMP_FORWARD_IF_TRUE
                                    || op == COMPARE_OP__POP_JUMP_BACKWARD_IF_TRUE)) {
                                if (op == COMPARE_OP__POP_JUMP_FORWARD_IF_FALSE || op == COMPARE_OP__POP_JUMP_FORWARD_IF_TRUE) {
                                    ip += jump;
                                } else {
                                    ip -= jump;
                                    if (ExecutionLimits.tick(ts)) {
                                        Tier2.loopCheck(ts, f, ip, sp);
                                    }
                                }
                            }
                            break;
                        }
                        case DELETE_FAST:
                            if (lp[arg] == null) {
                                throw NameOps.unboundFast(f, arg);
                            }
                            lp[arg] = null;
                            break;
                        case MAKE_CELL:
                            lp[arg] = new PyCell(lp[arg]);
                            break;
                        case COPY_FREE_VARS:
                            CallOps.copyFreeVars(f, arg);
                            break;
                        case LOAD_CLOSURE:
                            lp[sp++] = lp[arg];
                            break;
                        case LOAD_DEREF: {
                            Object v = ((PyCell) lp[arg]).get();
                            if (v == null) {
                                throw NameOps.unboundDeref(f, arg);
                            }
                            lp[sp++] = v;
                            break;
                        }
                        case STORE_DEREF:
                            ((PyCell) lp[arg]).set(lp[--sp]);
                            lp[sp] = null;
                            break;
                        case DELETE_DEREF:
                            if (((PyCell) lp[arg]).get() == null) {
                                throw NameOps.unboundDeref(f, arg);
                            }
                            ((PyCell) lp[arg]).set(null);
                            break;
                        case LOAD_CLASSDEREF:
                            lp[sp++] = NameOps.loadClassDeref(f, arg);
                            break;
                        case LOAD_GLOBAL:
                            if ((arg & 1) != 0) {
                                lp[sp++] = null;
                            }
                            lp[sp++] = NameOps.loadGlobal(f, arg >> 1, lasti);
                            ip += 5;
                            break;
                        case STORE_GLOBAL:
                            f.globals.put(f.code.nameAt(arg), lp[--sp]);
                            lp[sp] = null;
                            break;
                        case DELETE_GLOBAL:
                            NameOps.deleteGlobal(f, f.code.nameAt(arg));
                            break;
                        case LOAD_NAME:
                            lp[sp++] = NameOps.loadName(f, f.code.nameAt(arg));
                            break;
                        case STORE_NAME:
                            NameOps.storeName(f, f.code.nameAt(arg), lp[--sp]);
                            lp[sp] = null;
                            break;
                        case DELETE_NAME:
                            NameOps.deleteName(f, f.code.nameAt(arg));
                            break;
                        case LOAD_ATTR:
                            lp[sp - 1] = Ops.getattr(lp[sp - 1], f.code.nameAt(arg));
                            ip += 4;
                            break;
                        case STORE_ATTR:
                            Ops.setattr(lp[sp - 1], f.code.nameAt(arg), lp[sp - 2]);
                            lp[--sp] = null;
                            lp[--sp] = null;
                            ip += 4;
                            break;
                        case DELETE_ATTR:
                            Ops.delattr(lp[--sp], f.code.nameAt(arg));
                            lp[sp] = null;
                            break;
                        case LOAD_METHOD:
                            sp = CallOps.loadMethod(lp, sp, f.code.nameAt(arg));
                            ip += 10;
                            break;
                        case PRECALL:
                            CallOps.precall(lp, sp, arg);
                            ip += 1;
                            break;
                        case KW_NAMES:
                            kwnames = CallOps.kwnames(f.code.constAt(arg));
                            break;
                        case PRECALL__CALL:
                            CallOps.precall(lp, sp, arg);
                            ip += 1;
                            lasti = ip;
                            w = words[ip++];
                            arg = w >>> 8;
                            // falls through: the CALL
                        case CALL: {
                            int base = sp - arg - 2;
                            Object callable = lp[base];
                            int start = base + 1;
                            int nargs = arg + 1;
                            if (callable == null) {
                                callable = lp[start++];
                                nargs--;
                            }
                            String[] kw = kwnames;
                            kwnames = null;
                            ip += 4;
                            if (callable instanceof PyFunction fn) {
                                Frame nf = CallOps.newFrame(ts, fn, lp, start, nargs, kw);
                                Arrays.fill(lp, base, sp, null);
                                f.lasti = lasti;
                                f.ip = ip;
                                f.sp = base;
                                CompiledCode c = Tier2.forCall(ts, nf.code);
                                if (c != null) {
                                    // a Java call: the compiled frame returns here (or throws to the catch below)
                                    Object r = Tier2.runPushed(ts, f, nf, c);
                                    sp = base;
                                    lp[sp++] = r;
                                    break;
                                }
                                nf.back = f;
                                ts.current = nf;
                                f = nf;
                                words = f.words;
                                lp = f.localsplus;
                                ip = f.ip;
                                sp = f.sp;
                                break;
                            }
                            Object r = CallOps.callObject(f, callable, lp, start, nargs, kw);
                            Arrays.fill(lp, base, sp, null);
                            sp = base;
                            lp[sp++] = r;
                            break;
                        }
                        case CALL_FUNCTION_EX:
                            sp = CallOps.callEx(lp, sp, arg);
                            break;
                        case MAKE_FUNCTION:
                            sp = CallOps.makeFunction(ts, f, lp, sp, arg);
                            break;
                        case RETURN_GENERATOR:
                            f.ip = ip;
                            f.sp = sp;
                            f.lasti = lasti;
                            lp[sp++] = GenOps.create(ts.interp(), f);
                            // falls through: the call returns the generator
                        case RETURN_VALUE: {
                            Object r = lp[--sp];
                            lp[sp] = null;
                            if (f == entry) {
                                return r;
                            }
                            ts.depth--;
                            f = f.back;
                            ts.current = f;
                            words = f.words;
                            lp = f.localsplus;
                            ip = f.ip;
                            sp = f.sp;
                            lp[sp++] = r;
                            break;
                        }
                        case YIELD_VALUE: {
                            Object v = lp[--sp];
                            lp[sp] = null;
                            f.ip = ip;
                            f.sp = sp;
                            f.lasti = lasti;
                            f.yielded = true;
                            return v;
                        }
                        case GET_YIELD_FROM_ITER:
                            lp[sp - 1] = GenOps.yieldFromIter(f, lp[sp - 1]);
                            break;
                        case GET_AWAITABLE:
                            lp[sp - 1] = AsyncOps.getAwaitable(lp[sp - 1], arg);
                            break;
                        case GET_AITER:
                            lp[sp - 1] = AsyncOps.getAiter(lp[sp - 1]);
                            break;
                        case GET_ANEXT:
                            lp[sp] = AsyncOps.getAnext(lp[sp - 1]);
                            sp++;
                            break;
                        case END_ASYNC_FOR:
                            if (!AsyncOps.endsAsyncFor(lp[sp - 1])) {
                                reraise = true;
                                throw (PyBaseException) lp[--sp];
                            }
                            lp[--sp] = null;
                            lp[--sp] = null;
                            break;
                        case BEFORE_ASYNC_WITH:
                            sp = AsyncOps.beforeAsyncWith(lp, sp);
                            break;
                        case ASYNC_GEN_WRAP:
                            lp[sp - 1] = AsyncOps.wrap(lp[sp - 1]);
                            break;
                        case SEND:
                            sp = GenOps.send(lp, sp);
                            if (sp < 0) {
                                sp = -sp;
                                ip += arg;
                            }
                            break;
                        case LOAD_CONST__BINARY_OP:
                            lp[sp++] = f.code.constAt(arg);
                            lasti = ip;
                            w = words[ip++];
                            arg = w >>> 8;
                            // falls through: the BINARY_OP
                        case BINARY_OP:
                            lp[sp - 2] = FastOps.binaryOp(arg, lp[sp - 2], lp[sp - 1]);
                            lp[--sp] = null;
                            ip += 1;
                            break;
                        case COMPARE_OP:
                            lp[sp - 2] = FastOps.compare(arg, lp[sp - 2], lp[sp - 1]);
                            lp[--sp] = null;
                            ip += 2;
                            break;
                        case IS_OP:
                            lp[sp - 2] = (lp[sp - 2] == lp[sp - 1]) != (arg == 1);
                            lp[--sp] = null;
                            break;
                        case CONTAINS_OP:
                            lp[sp - 2] = Ops.contains(lp[sp - 1], lp[sp - 2]) != (arg == 1);
                            lp[--sp] = null;
                            break;
                        case UNARY_POSITIVE:
                            lp[sp - 1] = Arith.positive(lp[sp - 1]);
                            break;
                        case UNARY_NEGATIVE:
                            lp[sp - 1] = Arith.negative(lp[sp - 1]);
                            break;
                        case UNARY_INVERT:
                            lp[sp - 1] = Arith.invert(lp[sp - 1]);
                            break;
                        case UNARY_NOT:
                            lp[sp - 1] = !FastOps.truth(lp[sp - 1]);
                            break;
                        case BINARY_SUBSCR:
                            lp[sp - 2] = FastOps.getitem(lp[sp - 2], lp[sp - 1]);
                            lp[--sp] = null;
                            ip += 4;
                            break;
                        case STORE_SUBSCR:
                            FastOps.setitem(lp[sp - 2], lp[sp - 1], lp[sp - 3]);
                            lp[sp - 1] = null;
                            lp[sp - 2] = null;
                            lp[sp - 3] = null;
                            sp -= 3;
                            ip += 1;
                            break;
                        case DELETE_SUBSCR:
                            Ops.delitem(lp[sp - 2], lp[sp - 1]);
                            lp[--sp] = null;
                            lp[--sp] = null;
                            break;
                        case GET_ITER:
                            lp[sp - 1] = Ops.iter(lp[sp - 1]);
                            break;
                        case JUMP_BACKWARD__FOR_ITER:
                            ip -= arg;
                            if (ExecutionLimits.tick(ts)) {
                                Tier2.loopCheck(ts, f, ip, sp);
                            }
                            lasti = ip;
                            w = words[ip++];
                            arg = w >>> 8;
                            // falls through: the FOR_ITER (or FOR_ITER__STORE_FAST) jumped to
                        case FOR_ITER:
                        case FOR_ITER__STORE_FAST: {
                            Object v = Ops.next(lp[sp - 1]);
                            if (v == null) {
                                lp[--sp] = null;
                                ip += arg;
                            } else if ((w & 0xFF) == FOR_ITER__STORE_FAST) {
                                lp[words[ip++] >>> 8] = v;
                            } else {
                                lp[sp++] = v;
                            }
                            break;
                        }
                        case JUMP_FORWARD:
                            ip += arg;
                            break;
                        case JUMP_BACKWARD:
                        case JUMP_BACKWARD_NO_INTERRUPT:
                            ip -= arg;
                            if (ExecutionLimits.tick(ts)) {
                                Tier2.loopCheck(ts, f, ip, sp);
                            }
                            break;
                        case POP_JUMP_FORWARD_IF_FALSE:
                            if (!FastOps.truth(lp[--sp])) {
                                ip += arg;
                            }
                            lp[sp] = null;
                            break;
                        case POP_JUMP_FORWARD_IF_TRUE:
                            if (FastOps.truth(lp[--sp])) {
                                ip += arg;
                            }
                            lp[sp] = null;
                            break;
                        case POP_JUMP_BACKWARD_IF_FALSE:
                            if (!FastOps.truth(lp[--sp])) {
                                ip -= arg;
                                if (ExecutionLimits.tick(ts)) {
                                    Tier2.loopCheck(ts, f, ip, sp);
                                }
                            }
                            lp[sp] = null;
                            break;
                        case POP_JUMP_BACKWARD_IF_TRUE:
                            if (FastOps.truth(lp[--sp])) {
                                ip -= arg;
                                if (ExecutionLimits.tick(ts)) {
                                    Tier2.loopCheck(ts, f, ip, sp);
                                }
                            }
                            lp[sp] = null;
                            break;
                        case POP_JUMP_FORWARD_IF_NONE:
                            if (lp[--sp] == PyNone.NONE) {
                                ip += arg;
                            }
                            lp[sp] = null;
                            break;
                        case POP_JUMP_FORWARD_IF_NOT_NONE:
                            if (lp[--sp] != PyNone.NONE) {
                                ip += arg;
                            }
                            lp[sp] = null;
                            break;
                        case POP_JUMP_BACKWARD_IF_NONE:
                            if (lp[--sp] == PyNone.NONE) {
                                ip -= arg;
                                if (ExecutionLimits.tick(ts)) {
                                    Tier2.loopCheck(ts, f, ip, sp);
                                }
                            }
                            lp[sp] = null;
                            break;
                        case POP_JUMP_BACKWARD_IF_NOT_NONE:
                            if (lp[--sp] != PyNone.NONE) {
                                ip -= arg;
                                if (ExecutionLimits.tick(ts)) {
                                    Tier2.loopCheck(ts, f, ip, sp);
                                }
                            }
                            lp[sp] = null;
                            break;
                        case JUMP_IF_FALSE_OR_POP:
                            if (!FastOps.truth(lp[sp - 1])) {
                                ip += arg;
                            } else {
                                lp[--sp] = null;
                            }
                            break;
                        case JUMP_IF_TRUE_OR_POP:
                            if (FastOps.truth(lp[sp - 1])) {
                                ip += arg;
                            } else {
                                lp[--sp] = null;
                            }
                            break;
                        case BUILD_TUPLE:
                            sp = BuildOps.buildTuple(lp, sp, arg);
                            break;
                        case BUILD_LIST:
                            sp = BuildOps.buildList(lp, sp, arg);
                            break;
                        case BUILD_SET:
                            sp = BuildOps.buildSet(lp, sp, arg);
                            break;
                        case BUILD_MAP:
                            sp = BuildOps.buildMap(lp, sp, arg);
                            break;
                        case BUILD_CONST_KEY_MAP:
                            sp = BuildOps.buildConstKeyMap(lp, sp, arg);
                            break;
                        case BUILD_STRING:
                            sp = BuildOps.buildString(lp, sp, arg);
                            break;
                        case BUILD_SLICE:
                            sp = BuildOps.buildSlice(lp, sp, arg);
                            break;
                        case LIST_APPEND:
                            ((PyList) lp[sp - 1 - arg]).add(lp[sp - 1]);
                            lp[--sp] = null;
                            break;
                        case SET_ADD:
                            ((PySet) lp[sp - 1 - arg]).addElement(lp[sp - 1]);
                            lp[--sp] = null;
                            break;
                        case MAP_ADD:
                            ((PyDict) lp[sp - 2 - arg]).put(lp[sp - 2], lp[sp - 1]);
                            lp[--sp] = null;
                            lp[--sp] = null;
                            break;
                        case LIST_EXTEND:
                            BuildOps.listExtend(lp[sp - 1 - arg], lp[sp - 1]);
                            lp[--sp] = null;
                            break;
                        case SET_UPDATE:
                            BuildOps.setUpdate(lp[sp - 1 - arg], lp[sp - 1]);
                            lp[--sp] = null;
                            break;
                        case DICT_UPDATE:
                            BuildOps.dictUpdate(lp[sp - 1 - arg], lp[sp - 1]);
                            lp[--sp] = null;
                            break;
                        case DICT_MERGE:
                            BuildOps.dictMerge(lp[sp - 3 - arg], lp[sp - 1 - arg], lp[sp - 1]);
                            lp[--sp] = null;
                            break;
                        case LIST_TO_TUPLE:
                            lp[sp - 1] = BuildOps.listToTuple(lp[sp - 1]);
                            break;
                        case UNPACK_SEQUENCE:
                            sp = BuildOps.unpackSequence(lp, sp, arg);
                            ip += 1;
                            break;
                        case UNPACK_EX:
                            sp = BuildOps.unpackEx(lp, sp, arg);
                            break;
                        case FORMAT_VALUE:
                            sp = BuildOps.formatValue(lp, sp, arg);
                            break;
                        case GET_LEN:
                            lp[sp] = Ops.len(lp[sp - 1]);
                            sp++;
                            break;
                        case LOAD_BUILD_CLASS:
                            lp[sp++] = NameOps.loadBuildClass(f);
                            break;
                        case LOAD_ASSERTION_ERROR:
                            lp[sp++] = ExceptionTypes.ASSERTION_ERROR;
                            break;
                        case SETUP_ANNOTATIONS:
                            NameOps.setupAnnotations(f);
                            break;
                        case IMPORT_NAME:
                            lp[sp - 2] = NameOps.importName(f, ts, f.code.nameAt(arg), lp[sp - 1], lp[sp - 2]);
                            lp[--sp] = null;
                            break;
                        case IMPORT_FROM:
                            lp[sp] = NameOps.importFrom(ts, lp[sp - 1], f.code.nameAt(arg));
                            sp++;
                            break;
                        case IMPORT_STAR:
                            NameOps.importStar(f, lp[--sp]);
                            lp[sp] = null;
                            break;
                        case PRINT_EXPR:
                            VmBuiltins.printExpr(ts, lp[--sp]);
                            lp[sp] = null;
                            break;
                        case RAISE_VARARGS:
                            if (arg == 0) {
                                reraise = ts.handled != null;
                                throw ExceptionOps.reraiseHandled(ts);
                            }
                            throw ExceptionOps.raise(ts, lp[sp - arg], arg == 2 ? lp[sp - 1] : null);
                        case RERAISE:
                            // CPython restores f_lasti from the stack here, but looks the handler up at
                            // this instruction; the traceback entry was made at the original raise.
                            reraise = true;
                            throw (PyBaseException) lp[--sp];
                        case PUSH_EXC_INFO:
                            sp = ExceptionOps.pushExcInfo(ts, lp, sp);
                            break;
                        case POP_EXCEPT:
                            ExceptionOps.popExcept(ts, lp[--sp]);
                            lp[sp] = null;
                            break;
                        case CHECK_EXC_MATCH:
                            lp[sp - 1] = ExceptionOps.matches(lp[sp - 2], lp[sp - 1]);
                            break;
                        case CHECK_EG_MATCH:
                            sp = ExceptStarOps.checkEgMatch(ts, lp, sp);
                            break;
                        case PREP_RERAISE_STAR:
                            sp = ExceptStarOps.prepReraiseStar(lp, sp);
                            break;
                        case MATCH_CLASS:
                            sp = MatchOps.matchClass(lp, sp, arg);
                            break;
                        case MATCH_MAPPING:
                            sp = MatchOps.matchMapping(lp, sp);
                            break;
                        case MATCH_SEQUENCE:
                            sp = MatchOps.matchSequence(lp, sp);
                            break;
                        case MATCH_KEYS:
                            sp = MatchOps.matchKeys(lp, sp);
                            break;
                        case BEFORE_WITH:
                            sp = ExceptionOps.beforeWith(lp, sp);
                            break;
                        case WITH_EXCEPT_START:
                            lp[sp] = ExceptionOps.withExceptStart(lp, sp);
                            sp++;
                            break;
                        default:
                            throw unsupported(w & 0xFF);
                    }
                }
            } catch (Throwable t) {
                if (t == Tier2.OSR) {
                    // a hot loop: frame f goes on in its compiled form from the loop head (f.ip, f.sp)
                    Object r = null;
                    try {
                        r = Tier2.runFromLoop(ts, f);
                    } catch (Throwable escaped) {
                        t = escaped;
                    }
                    if (r != null) {
                        if (f == entry) {
                            return r;
                        }
                        ts.depth--;
                        f = f.back;
                        ts.current = f;
                        words = f.words;
                        lp = f.localsplus;
                        ip = f.ip;
                        sp = f.sp;
                        lp[sp++] = r;
                        kwnames = null;
                        continue;
                    }
                    // the exception left f (its traceback entry made): unwind from the caller
                    PyBaseException e = ExceptionOps.convert(t);
                    if (f == entry) {
                        throw e;
                    }
                    ts.depth--;
                    f = f.back;
                    ts.current = f;
                    reraise = false;
                    lasti = f.lasti;
                    t = e;
                }
                PyBaseException e = ExceptionOps.convert(t);
                f.lasti = lasti;
                f = ExceptionOps.unwind(ts, f, entry, e, reraise);
                reraise = false;
                kwnames = null;
                words = f.words;
                lp = f.localsplus;
                ip = f.ip;
                sp = f.sp;
            }
        }
    }

    private static PyBaseException unsupported(int op) {
        Opcode o = Opcode.of(op);
        if (o == null || op == CACHE || op == EXTENDED_ARG) {
            return Errors.of("SystemError", "unknown opcode " + op);
        }
        return Errors.notImplemented("opcode " + o.name() + " is not supported yet");
    }
}
