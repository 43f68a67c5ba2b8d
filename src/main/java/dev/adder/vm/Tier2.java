package dev.adder.vm;

import dev.adder.bytecode.PyCode;
import java.lang.invoke.MethodHandles;

/**
 * When code runs in its compiled form ({@link Tier2Compiler}) and how it gets there. A code object
 * is compiled once it is hot (calls, and loop iterations counted at the execution limits' checks);
 * calls then run it as a Java call, and a frame already looping in the dispatch loop moves to it at a
 * loop head (on-stack replacement). Compiled calls use the Java stack, so only {@link
 * #MAX_JAVA_DEPTH} of them nest on a thread; deeper calls run in the dispatch loop, which does not
 * grow the Java stack, so deep Python recursion still works.
 */
final class Tier2 {
    private Tier2() {
    }

    /** Compiled frames that may nest on one thread's Java stack. */
    static final int MAX_JAVA_DEPTH = 120;
    /** Hotness a loop adds each time the execution limits check (every 256 or more iterations). */
    static final int LOOP_WEIGHT = 50;
    private static final int DEFAULT_THRESHOLD = 100;
    /** Marks a code object that cannot be compiled (too big, or an instruction not compiled). */
    private static final Object NOT_COMPILABLE = new Object();
    /** Thrown inside the dispatch loop to move the current frame to its compiled form. */
    static final RuntimeException OSR = new OsrSignal();

    /** The threshold new interpreters start with: system property {@code adder.tier2}. */
    static int defaultThreshold() {
        String p = System.getProperty("adder.tier2", "");
        switch (p) {
            case "":
                return DEFAULT_THRESHOLD;
            case "off":
                return -1;
            case "eager":
                return 0;
            default:
                try {
                    return Integer.parseInt(p);
                } catch (NumberFormatException e) {
                    return DEFAULT_THRESHOLD;
                }
        }
    }

    /**
     * The compiled form to run a frame of {@code code} in, entered by a call: counts the call, compiles
     * once hot; null when the frame must run in the dispatch loop.
     */
    static CompiledCode forCall(ThreadState ts, PyCode code) {
        Object t = code.tier2();
        if (t instanceof CompiledCode c) {
            return ts.javaDepth < MAX_JAVA_DEPTH ? c : null;
        }
        if (t != null || ts.javaDepth >= MAX_JAVA_DEPTH) {
            return null;
        }
        return hot(ts, code, 1);
    }

    /**
     * At a loop's backward jump in the dispatch loop, when the execution limits checked: counts the
     * loop, and throws {@link #OSR} when frame {@code f} should continue compiled from {@code ip} (the
     * loop head) with stack pointer {@code sp}, both saved in the frame.
     */
    static void loopCheck(ThreadState ts, Frame f, int ip, int sp) {
        Object t = f.code.tier2();
        if (ts.javaDepth >= MAX_JAVA_DEPTH || t == NOT_COMPILABLE) {
            return;
        }
        if (t instanceof CompiledCode || hot(ts, f.code, LOOP_WEIGHT) != null) {
            f.ip = ip;
            f.sp = sp;
            throw OSR;
        }
    }

    private static CompiledCode hot(ThreadState ts, PyCode code, int weight) {
        int threshold = ts.interp().tier2Threshold();
        if (threshold < 0 || code.addHotness(weight) < threshold) {
            return null;
        }
        return compile(code);
    }

    /** Runs frame {@code f} (pushed, its depth counted) in its compiled form from its ip. */
    static Object run(ThreadState ts, CompiledCode c, Frame f) {
        ts.javaDepth++;
        try {
            return c.run(ts, f, f.ip);
        } finally {
            ts.javaDepth--;
        }
    }

    /**
     * Calls frame {@code nf} (entered: its depth counted) from {@code caller} in its compiled form:
     * pushes it, runs it, pops it.
     */
    static Object runPushed(ThreadState ts, Frame caller, Frame nf, CompiledCode c) {
        nf.back = caller;
        ts.current = nf;
        ts.javaDepth++;
        try {
            return c.run(ts, nf, nf.ip);
        } finally {
            ts.javaDepth--;
            ts.current = caller;
            ts.depth--;
        }
    }

    /** After {@link #OSR}: runs the dispatch loop's frame {@code f} on, compiled, from its ip. */
    static Object runFromLoop(ThreadState ts, Frame f) {
        return run(ts, (CompiledCode) f.code.tier2(), f);
    }

    /** Compiles {@code code} (once: a code that cannot be compiled is marked and left alone). */
    private static CompiledCode compile(PyCode code) {
        Object t = code.tier2();
        if (t != null) {
            return t instanceof CompiledCode c ? c : null;
        }
        CompiledCode c = null;
        try {
            Tier2Compiler.Result r = Tier2Compiler.compile(code);
            if (r != null) {
                dump(code, r.classFile());
                MethodHandles.Lookup lookup = MethodHandles.lookup().defineHiddenClass(r.classFile(), true);
                // reflection, not a method handle: invoking one spins LambdaForm classes (tens of ms once)
                c = (CompiledCode) lookup.lookupClass().getDeclaredConstructor(PyCode.class, Object[].class)
                        .newInstance(code, r.aux());
            }
        } catch (StackOverflowError e) {
            return null; // compiling deep in a recursion: try again another time
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            c = null; // a bug in the translation: the dispatch loop runs the code
            if (DUMP_DIR != null) {
                System.err.println("tier2: " + code.co_qualname() + " not compiled: " + e);
            }
        }
        code.setTier2(c != null ? c : NOT_COMPILABLE);
        return c;
    }

    /** {@code -Dadder.tier2.dump=DIR} writes each compiled class there (for javap) and says what it refused. */
    static final String DUMP_DIR = System.getProperty("adder.tier2.dump");

    private static void dump(PyCode code, byte[] classFile) {
        if (DUMP_DIR == null) {
            return;
        }
        try {
            java.nio.file.Path dir = java.nio.file.Path.of(DUMP_DIR);
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(dir.resolve(code.co_qualname().replaceAll("[^A-Za-z0-9_]", "_")
                    + "_" + code.co_firstlineno() + ".class"), classFile);
        } catch (java.io.IOException e) {
            System.err.println("tier2: cannot dump " + code.co_qualname() + ": " + e);
        }
    }

    /** The signal that moves a frame from the dispatch loop to its compiled form. */
    private static final class OsrSignal extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OsrSignal() {
            super("on-stack replacement", null, false, false);
        }
    }
}
