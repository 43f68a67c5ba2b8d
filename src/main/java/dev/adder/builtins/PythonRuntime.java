package dev.adder.builtins;

import dev.adder.objects.IntOps;
import dev.adder.objects.Ops;
import dev.adder.objects.PyDict;
import dev.adder.objects.PyModule;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyNone;
import dev.adder.vm.InterpreterState;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The one entry point for hosts (the command line, the script engine): a new interpreter with
 * {@code builtins}, {@code sys}, {@code __future__} and {@code dis} installed, its standard
 * streams over the host's writers and reader.
 */
public final class PythonRuntime {
    private PythonRuntime() {}

    /**
     * A new interpreter: {@code sys.argv} is {@code argv}; {@code sys.stdout}/{@code stderr}/{@code stdin}
     * write to and read from the given host streams ({@code in} may be null: empty input).
     * {@code compiler} (may be null) serves {@code dis.dis(source)}; {@code tty} says whether the
     * streams are a terminal (then stdout is line buffered and {@code isatty()} is true).
     */
    public static InterpreterState create(String[] argv, Writer out, Writer err, Reader in,
                                          SourceCompiler compiler, boolean tty) {
        return install(new InterpreterState(), argv, out, err, in, compiler, tty);
    }

    /**
     * Fills a new, empty {@code interp} (a host may build it with its own builtins dictionary) with
     * the built-in modules, as {@link #create(String[], Writer, Writer, Reader, SourceCompiler, boolean)}
     * does, and returns it.
     */
    public static InterpreterState install(InterpreterState interp, String[] argv, Writer out, Writer err,
                                           Reader in, SourceCompiler compiler, boolean tty) {
        TextStream stdout = TextStream.writer("<stdout>", out, tty, tty);
        TextStream stderr = TextStream.writer("<stderr>", err, true, tty);
        TextStream stdin = TextStream.reader("<stdin>", in == null ? Reader.nullReader() : in, tty);
        PyModule sys = SysModule.create(interp, Arrays.asList(argv), stdout, stderr, stdin);
        BuiltinsModule.install(interp, sys.globals(), compiler);
        LazyBuiltinModules.register(interp, Thread.currentThread(), sys.globals(), compiler);
        ImportlibModule.finishInstall(interp, compiler);
        return interp;
    }

    /** {@link #create(String[], Writer, Writer, Reader, SourceCompiler, boolean)} without compiler, not a terminal. */
    public static InterpreterState create(String[] argv, Writer out, Writer err, Reader in) {
        return create(argv, out, err, in, null, false);
    }

    /**
     * An interpreter on this process's standard streams as UTF-8 ({@code System.out}/{@code err}/{@code in}
     * as they are now): the command line's. Call {@link #flush} before the process exits.
     */
    public static InterpreterState forConsole(String[] argv, SourceCompiler compiler) {
        boolean tty = System.console() != null;
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        Writer err = new OutputStreamWriter(System.err, StandardCharsets.UTF_8);
        Reader in = new InputStreamReader(System.in, StandardCharsets.UTF_8);
        return create(argv, out, err, in, compiler, tty);
    }

    /**
     * Creates the {@code __main__} module for running {@code filename} (null: no {@code __file__}),
     * with the names CPython's script runner gives it, and registers it in {@code sys.modules}.
     */
    public static PyModule mainModule(InterpreterState interp, String filename) {
        PyDict g = new PyDict();
        PyModule main = new PyModule("__main__", g);
        g.put("__doc__", PyNone.NONE);
        g.put("__package__", PyNone.NONE);
        g.put("__loader__", PyNone.NONE);
        g.put("__spec__", PyNone.NONE);
        g.put("__annotations__", new PyDict());
        PyModule builtins = interp.module("builtins");
        g.put("__builtins__", builtins != null ? builtins : interp.builtins());
        if (filename != null) {
            g.put("__file__", filename);
            g.put("__cached__", PyNone.NONE);
        }
        interp.modules().put("__main__", main);
        return main;
    }

    /** Flushes {@code sys.stdout} and {@code sys.stderr} (as CPython does at exit), ignoring their errors. */
    public static void flush(InterpreterState interp) {
        PyModule sys = interp.module("sys");
        if (sys == null) {
            return;
        }
        for (String name : new String[] {"stdout", "stderr", "__stdout__", "__stderr__"}) {
            Object s = sys.globals().get(name);
            try {
                if (s instanceof TextStream t) {
                    t.flush();
                } else if (s != null && s != PyNone.NONE) {
                    Object f = Ops.getattrOrNull(s, "flush");
                    if (f != null) {
                        Ops.call(f);
                    }
                }
            } catch (PyBaseException e) {
                // CPython ignores a failing flush at exit (it reports it only for stdout); so do we.
            }
        }
    }

    /**
     * The process exit status for an uncaught {@code SystemExit} (CPython's {@code handle_system_exit}):
     * no code or None → 0, an int → that int, anything else is printed to {@code sys.stderr} → 1.
     */
    public static int exitStatus(InterpreterState interp, PyBaseException e) {
        if (!e.isInstance(ExceptionTypes.SYSTEM_EXIT)) {
            throw new IllegalArgumentException("not a SystemExit: " + e);
        }
        Object[] args = e.args();
        Object code = args.length == 0 ? PyNone.NONE : args.length == 1 ? args[0]
                : dev.adder.objects.PyTuple.of(args);
        if (code == PyNone.NONE) {
            return 0;
        }
        if (IntOps.isInt(code)) {
            Object v = IntOps.index(code);
            return v instanceof BigInteger ? -1 : (int) ((Number) v).longValue();
        }
        PyModule sys = interp.module("sys");
        PyDict d = sys == null ? null : sys.globals();
        Object err = d == null ? null : d.get("stderr");
        if (err != null && err != PyNone.NONE) {
            IoFunctions.write(err, Ops.str(code) + "\n");
        }
        return 1;
    }
}
