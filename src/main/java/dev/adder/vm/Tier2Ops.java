package dev.adder.vm;

import dev.adder.bytecode.ExceptionTable;
import dev.adder.objects.Arith;
import dev.adder.objects.Ops;
import dev.adder.objects.PyDict;
import dev.adder.objects.PyList;
import dev.adder.objects.PySet;
import dev.adder.runtime.Errors;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyNone;
import java.util.Arrays;

/**
 * The instructions as compiled code calls them ({@link Tier2Compiler}): each method does what the
 * dispatch loop's case for that opcode does, on {@code lp} (the frame's localsplus) with {@code s}
 * the stack pointer at that instruction, which the compiler knows. They are small so that C2 inlines
 * them, with the compiler's constant arguments folded in.
 */
final class Tier2Ops {
    private Tier2Ops() {
    }

    static void popTop(Object[] lp, int s) {
        lp[s - 1] = null;
    }

    static void pushNull(Object[] lp, int s) {
        lp[s] = null;
    }

    static void copy(Object[] lp, int s, int n) {
        lp[s] = lp[s - n];
    }

    static void swap(Object[] lp, int s, int n) {
        Object t = lp[s - 1];
        lp[s - 1] = lp[s - n];
        lp[s - n] = t;
    }

    static void loadConst(Object[] lp, int s, Object[] consts, int i) {
        lp[s] = consts[i];
    }

    static void loadFast(Frame f, Object[] lp, int s, int i) {
        lp[s] = NameOps.loadFast(f, lp, i);
    }

    static void storeFast(Object[] lp, int s, int i) {
        lp[i] = lp[s - 1];
        lp[s - 1] = null;
    }

    static void deleteFast(Frame f, Object[] lp, int i) {
        if (lp[i] == null) {
            throw NameOps.unboundFast(f, i);
        }
        lp[i] = null;
    }

    static void makeCell(Object[] lp, int i) {
        lp[i] = new PyCell(lp[i]);
    }

    static void loadClosure(Object[] lp, int s, int i) {
        lp[s] = lp[i];
    }

    static void loadDeref(Frame f, Object[] lp, int s, int i) {
        Object v = ((PyCell) lp[i]).get();
        if (v == null) {
            throw NameOps.unboundDeref(f, i);
        }
        lp[s] = v;
    }

    static void storeDeref(Object[] lp, int s, int i) {
        ((PyCell) lp[i]).set(lp[s - 1]);
        lp[s - 1] = null;
    }

    static void deleteDeref(Frame f, Object[] lp, int i) {
        if (((PyCell) lp[i]).get() == null) {
            throw NameOps.unboundDeref(f, i);
        }
        ((PyCell) lp[i]).set(null);
    }

    static void loadClassDeref(Frame f, Object[] lp, int s, int i) {
        lp[s] = NameOps.loadClassDeref(f, i);
    }

    static void loadGlobal(Frame f, Object[] lp, int s, int arg, int at) {
        if ((arg & 1) != 0) {
            lp[s++] = null;
        }
        lp[s] = NameOps.loadGlobal(f, arg >> 1, at);
    }

    static void storeGlobal(Frame f, Object[] lp, int s, String name) {
        f.globals.put(name, lp[s - 1]);
        lp[s - 1] = null;
    }

    static void loadName(Frame f, Object[] lp, int s, String name) {
        lp[s] = NameOps.loadName(f, name);
    }

    static void storeName(Frame f, Object[] lp, int s, String name) {
        NameOps.storeName(f, name, lp[s - 1]);
        lp[s - 1] = null;
    }

    static void loadAttr(Object[] lp, int s, String name) {
        lp[s - 1] = Ops.getattr(lp[s - 1], name);
    }

    static void storeAttr(Object[] lp, int s, String name) {
        Ops.setattr(lp[s - 1], name, lp[s - 2]);
        lp[s - 1] = null;
        lp[s - 2] = null;
    }

    static void deleteAttr(Object[] lp, int s, String name) {
        Ops.delattr(lp[s - 1], name);
        lp[s - 1] = null;
    }

    /**
     * CALL: calls what the stack holds and leaves the result in place of the callable. A Python
     * function runs in its compiled form when it has one and the Java stack allows (else in a loop of
     * its own); {@code lasti} is the CALL's index, recorded for tracebacks and {@code f_lineno}.
     */
    static void call(ThreadState ts, Frame f, Object[] lp, int s, int arg, String[] kw, int lasti) {
        int base = s - arg - 2;
        Object callable = lp[base];
        int start = base + 1;
        int nargs = arg + 1;
        if (callable == null) {
            callable = lp[start++];
            nargs--;
        }
        f.lasti = lasti;
        Object r;
        if (callable instanceof PyFunction fn) {
            Frame nf = CallOps.newFrame(ts, fn, lp, start, nargs, kw);
            if (fn.code.tier2() instanceof CompiledCode c && ts.javaDepth < Tier2.MAX_JAVA_DEPTH) {
                r = Tier2.runPushed(ts, f, nf, c);
            } else {
                r = Interpreter.runEntered(ts, nf);
            }
        } else {
            r = CallOps.callObject(f, callable, lp, start, nargs, kw);
        }
        for (int i = base + 1; i < s; i++) {
            lp[i] = null;
        }
        lp[base] = r;
    }

    static void callEx(Frame f, Object[] lp, int s, int flags, int lasti) {
        f.lasti = lasti;
        CallOps.callEx(lp, s, flags);
    }

    static void binaryOp(Object[] lp, int s, int op) {
        lp[s - 2] = FastOps.binaryOp(op, lp[s - 2], lp[s - 1]);
        lp[s - 1] = null;
    }

    static void isOp(Object[] lp, int s, int invert) {
        lp[s - 2] = (lp[s - 2] == lp[s - 1]) != (invert == 1);
        lp[s - 1] = null;
    }

    static void containsOp(Object[] lp, int s, int invert) {
        lp[s - 2] = Ops.contains(lp[s - 1], lp[s - 2]) != (invert == 1);
        lp[s - 1] = null;
    }

    static void unaryPositive(Object[] lp, int s) {
        lp[s - 1] = Arith.positive(lp[s - 1]);
    }

    static void unaryNegative(Object[] lp, int s) {
        lp[s - 1] = Arith.negative(lp[s - 1]);
    }

    static void unaryInvert(Object[] lp, int s) {
        lp[s - 1] = Arith.invert(lp[s - 1]);
    }

    static void unaryNot(Object[] lp, int s) {
        lp[s - 1] = !FastOps.truth(lp[s - 1]);
    }

    static void binarySubscr(Object[] lp, int s) {
        lp[s - 2] = FastOps.getitem(lp[s - 2], lp[s - 1]);
        lp[s - 1] = null;
    }

    static void storeSubscr(Object[] lp, int s) {
        FastOps.setitem(lp[s - 2], lp[s - 1], lp[s - 3]);
        lp[s - 1] = null;
        lp[s - 2] = null;
        lp[s - 3] = null;
    }

    static void deleteSubscr(Object[] lp, int s) {
        Ops.delitem(lp[s - 2], lp[s - 1]);
        lp[s - 1] = null;
        lp[s - 2] = null;
    }

    static void getIter(Object[] lp, int s) {
        lp[s - 1] = Ops.iter(lp[s - 1]);
    }

    /** FOR_ITER: pushes the next value and returns false, or pops the exhausted iterator and returns true. */
    static boolean forIter(Object[] lp, int s) {
        Object v = Ops.next(lp[s - 1]);
        if (v == null) {
            lp[s - 1] = null;
            return true;
        }
        lp[s] = v;
        return false;
    }

    /** Pops the top and returns its truth. */
    static boolean popTruth(Object[] lp, int s) {
        Object v = lp[s - 1];
        lp[s - 1] = null;
        return FastOps.truth(v);
    }

    /** Pops the top and returns whether it is None. */
    static boolean popIsNone(Object[] lp, int s) {
        Object v = lp[s - 1];
        lp[s - 1] = null;
        return v == PyNone.NONE;
    }

    /** JUMP_IF_{TRUE,FALSE}_OR_POP: true (keeping the top) when the top's truth is {@code when}, else pops. */
    static boolean jumpOrPop(Object[] lp, int s, boolean when) {
        if (FastOps.truth(lp[s - 1]) == when) {
            return true;
        }
        lp[s - 1] = null;
        return false;
    }

    static void listAppend(Object[] lp, int s, int n) {
        ((PyList) lp[s - 1 - n]).add(lp[s - 1]);
        lp[s - 1] = null;
    }

    static void setAdd(Object[] lp, int s, int n) {
        ((PySet) lp[s - 1 - n]).addElement(lp[s - 1]);
        lp[s - 1] = null;
    }

    static void mapAdd(Object[] lp, int s, int n) {
        ((PyDict) lp[s - 2 - n]).put(lp[s - 2], lp[s - 1]);
        lp[s - 1] = null;
        lp[s - 2] = null;
    }

    static void listExtend(Object[] lp, int s, int n) {
        BuildOps.listExtend(lp[s - 1 - n], lp[s - 1]);
        lp[s - 1] = null;
    }

    static void setUpdate(Object[] lp, int s, int n) {
        BuildOps.setUpdate(lp[s - 1 - n], lp[s - 1]);
        lp[s - 1] = null;
    }

    static void dictUpdate(Object[] lp, int s, int n) {
        BuildOps.dictUpdate(lp[s - 1 - n], lp[s - 1]);
        lp[s - 1] = null;
    }

    static void dictMerge(Object[] lp, int s, int n) {
        BuildOps.dictMerge(lp[s - 3 - n], lp[s - 1 - n], lp[s - 1]);
        lp[s - 1] = null;
    }

    static void listToTuple(Object[] lp, int s) {
        lp[s - 1] = BuildOps.listToTuple(lp[s - 1]);
    }

    static void getLen(Object[] lp, int s) {
        lp[s] = Ops.len(lp[s - 1]);
    }

    static void loadBuildClass(Frame f, Object[] lp, int s) {
        lp[s] = NameOps.loadBuildClass(f);
    }

    static void loadAssertionError(Object[] lp, int s) {
        lp[s] = ExceptionTypes.ASSERTION_ERROR;
    }

    static void importName(ThreadState ts, Frame f, Object[] lp, int s, String name) {
        lp[s - 2] = NameOps.importName(f, ts, name, lp[s - 1], lp[s - 2]);
        lp[s - 1] = null;
    }

    static void importFrom(ThreadState ts, Object[] lp, int s, String name) {
        lp[s] = NameOps.importFrom(ts, lp[s - 1], name);
    }

    static void importStar(Frame f, Object[] lp, int s) {
        NameOps.importStar(f, lp[s - 1]);
        lp[s - 1] = null;
    }

    static void printExpr(ThreadState ts, Object[] lp, int s) {
        VmBuiltins.printExpr(ts, lp[s - 1]);
        lp[s - 1] = null;
    }

    /** Bare {@code raise}: whether it re-raises the handled exception (no new traceback entry). */
    static boolean bareRaiseIsReraise(ThreadState ts) {
        return ts.handled != null;
    }

    static PyBaseException bareRaise(ThreadState ts) {
        return ExceptionOps.reraiseHandled(ts);
    }

    static PyBaseException raise(ThreadState ts, Object[] lp, int s, int n) {
        return ExceptionOps.raise(ts, lp[s - n], n == 2 ? lp[s - 1] : null);
    }

    static PyBaseException reraise(Object[] lp, int s) {
        return (PyBaseException) lp[s - 1];
    }

    static void popExcept(ThreadState ts, Object[] lp, int s) {
        ExceptionOps.popExcept(ts, lp[s - 1]);
        lp[s - 1] = null;
    }

    static void checkExcMatch(Object[] lp, int s) {
        lp[s - 1] = ExceptionOps.matches(lp[s - 2], lp[s - 1]);
    }

    static void withExceptStart(Object[] lp, int s) {
        lp[s] = ExceptionOps.withExceptStart(lp, s);
    }

    /** RETURN_GENERATOR: the frame stops here, to resume at {@code next}; the call returns its generator. */
    static Object returnGenerator(ThreadState ts, Frame f, int s, int next, int lasti) {
        f.ip = next;
        f.sp = s;
        f.lasti = lasti;
        return GenOps.create(ts.interp(), f);
    }

    /** YIELD_VALUE: suspends the frame (to resume at {@code next}) and returns the value yielded. */
    static Object yieldValue(Frame f, Object[] lp, int s, int next, int lasti) {
        Object v = lp[s - 1];
        lp[s - 1] = null;
        f.ip = next;
        f.sp = s - 1;
        f.lasti = lasti;
        f.yielded = true;
        return v;
    }

    /** The exception {@code throw()} asks a resumed generator to raise (then cleared). */
    static PyBaseException takePending(Frame f) {
        PyBaseException e = f.pending;
        f.pending = null;
        return e;
    }

    /** SEND: true when the delegate finished (its value replaces it) and the loop is left. */
    static boolean send(Object[] lp, int s) {
        return GenOps.send(lp, s) < 0;
    }

    static void getYieldFromIter(Frame f, Object[] lp, int s) {
        lp[s - 1] = GenOps.yieldFromIter(f, lp[s - 1]);
    }

    static void getAwaitable(Object[] lp, int s, int arg) {
        lp[s - 1] = AsyncOps.getAwaitable(lp[s - 1], arg);
    }

    static void getAiter(Object[] lp, int s) {
        lp[s - 1] = AsyncOps.getAiter(lp[s - 1]);
    }

    static void getAnext(Object[] lp, int s) {
        lp[s] = AsyncOps.getAnext(lp[s - 1]);
    }

    static void asyncGenWrap(Object[] lp, int s) {
        lp[s - 1] = AsyncOps.wrap(lp[s - 1]);
    }

    /** END_ASYNC_FOR: pops the loop's two values, or returns the exception to re-raise (not a StopAsyncIteration). */
    static PyBaseException endAsyncFor(Object[] lp, int s) {
        if (!AsyncOps.endsAsyncFor(lp[s - 1])) {
            return (PyBaseException) lp[s - 1];
        }
        lp[s - 1] = null;
        lp[s - 2] = null;
        return null;
    }

    /**
     * The compiled code's exception handler: what the loop's catch does for one frame. Records the
     * traceback entry (unless re-raising), then returns the handler's instruction with the stack set
     * as the exception table says; throws the exception when this frame has no handler for it.
     */
    static int handle(ThreadState ts, Frame f, Throwable t, int lasti, boolean reraise) {
        PyBaseException e = ExceptionOps.convert(t);
        f.lasti = lasti;
        if (!reraise) {
            ExceptionOps.recordRaise(ts, f, e);
        }
        ExceptionTable.Entry h = f.code.handlerAt(lasti);
        Object[] lp = f.localsplus;
        if (h == null) {
            Arrays.fill(lp, f.stackBase, lp.length, null);
            throw e;
        }
        ExceptionOps.enterHandler(f, h, e);
        return h.target();
    }

    /** A compiled method was entered at an instruction it has no entry for: a VM bug. */
    static PyBaseException badEntry(int entry) {
        return Errors.of("SystemError", "compiled code entered at " + entry);
    }
}
