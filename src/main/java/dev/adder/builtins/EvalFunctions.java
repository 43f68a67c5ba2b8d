package dev.adder.builtins;

import dev.adder.bytecode.PyCode;
import dev.adder.objects.Ops;
import dev.adder.objects.PyBytes;
import dev.adder.objects.PyDict;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyNone;
import dev.adder.vm.Frame;
import dev.adder.vm.Interpreter;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.PyCodeObject;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code compile}, {@code exec} and {@code eval} of one interpreter: source text goes through the
 * host's {@link SourceCompiler} (absent: NotImplementedError), code runs on the VM with the given
 * or the caller's namespaces.
 */
final class EvalFunctions {
    private static final Args.Signature COMPILE = new Args.Signature("compile", new String[] {"source", "filename",
        "mode", "flags", "dont_inherit", "optimize", "_feature_version"}, 0, 3, 6, 0);
    private static final Args.Signature EXEC = new Args.Signature("exec",
            new String[] {"source", "globals", "locals", "closure"}, 3, 1, 3, 0);

    private final InterpreterState interp;
    private final SourceCompiler compiler;

    EvalFunctions(InterpreterState interp, SourceCompiler compiler) {
        this.interp = interp;
        this.compiler = compiler;
    }

    /** {@code compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)}. */
    Object compile(Object[] args, String[] kw) {
        Object[] a = COMPILE.parse(args, kw);
        String source = sourceText(a[0], "compile() arg 1 must be a string, bytes or AST object");
        Object filename = a[1];
        if (!(filename instanceof String)) {
            throw Errors.typeError("expected str, bytes or os.PathLike object, not " + Errors.typeName(filename));
        }
        Object mode = a[2];
        if (!(mode instanceof String m)) {
            throw Errors.typeError("compile() argument 'mode' must be str, not " + Errors.typeName(mode));
        }
        if (!m.equals("exec") && !m.equals("eval") && !m.equals("single")) {
            throw Errors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
        }
        return PyCodeObject.of(compile(source, (String) filename, m));
    }

    /** {@code exec(source, globals=None, locals=None, /, *, closure=None)}. */
    // CPython 3.11: Python/bltinmodule.c builtin_exec_impl
    Object exec(Object[] args, String[] kw) {
        Object[] a = EXEC.parse(args, kw);
        Object[] ns = namespaces(orNone(a[1]), orNone(a[2]), true);
        PyCode code = codeOf(a[0], "exec", "exec");
        Interpreter.eval(interp, code, (PyDict) ns[0], ns[1]);
        return PyNone.NONE;
    }

    /** {@code eval(source, globals=None, locals=None, /)}. */
    Object eval(Object[] args, String[] kw) {
        int n = Args.fastcall("eval", args, kw, 1, 3);
        Object g = n > 1 ? args[1] : PyNone.NONE;
        Object l = n > 2 ? args[2] : PyNone.NONE;
        if (l != PyNone.NONE && !isMapping(l)) {
            throw Errors.typeError("locals must be a mapping");
        }
        if (g != PyNone.NONE && !(g instanceof PyDict)) {
            throw Errors.typeError(g instanceof Map ? "globals must be a real dict; try eval(expr, {}, mapping)"
                    : "globals must be a dict");
        }
        Object[] ns = namespaces(g, l, false);
        Object src = args[0];
        if (src instanceof String s) {
            src = stripLeading(s);
        } else if (src instanceof PyBytes b) {
            src = stripLeading(new String(b.value(), StandardCharsets.UTF_8));
        }
        PyCode code = codeOf(src, "eval", "eval");
        return Interpreter.eval(interp, code, (PyDict) ns[0], ns[1]);
    }

    /**
     * The globals and locals to run with: the caller's when none are given; {@code __builtins__}
     * added. {@code exec} and {@code eval} word their TypeErrors differently.
     */
    private Object[] namespaces(Object g, Object l, boolean exec) {
        Object globals = g;
        Object locals = l;
        if (globals == PyNone.NONE) {
            Frame f = interp.threadState().currentFrame();
            globals = f != null ? f.globals() : new PyDict();
            if (locals == PyNone.NONE) {
                locals = f != null && f.locals() != null ? f.locals() : globals;
            }
        } else if (locals == PyNone.NONE) {
            locals = globals;
        }
        if (!(globals instanceof PyDict gd)) {
            throw Errors.typeError(exec ? "exec() globals must be a dict, not " + Errors.typeName(globals)
                    : "globals must be a dict");
        }
        if (!isMapping(locals)) {
            throw Errors.typeError(exec ? "locals must be a mapping or None, not " + Errors.typeName(locals)
                    : "locals must be a mapping");
        }
        if (!gd.containsKey("__builtins__")) {
            gd.put("__builtins__", interp.builtins());
        }
        return new Object[] {gd, locals};
    }

    private static Object orNone(Object o) {
        return o == null ? PyNone.NONE : o;
    }

    private static boolean isMapping(Object o) {
        return o instanceof Map || Ops.type(o).lookup("__getitem__") != null;
    }

    private PyCode codeOf(Object src, String fname, String mode) {
        if (src instanceof PyCodeObject c) {
            return c.code();
        }
        String text = sourceText(src, fname + "() arg 1 must be a string, bytes or code object");
        return compile(text, "<string>", mode);
    }

    private static String sourceText(Object src, String error) {
        if (src instanceof String s) {
            return s;
        }
        if (src instanceof PyBytes b) {
            return new String(b.value(), StandardCharsets.UTF_8);
        }
        throw Errors.typeError(error);
    }

    private PyCode compile(String source, String filename, String mode) {
        if (compiler == null) {
            throw Errors.notImplemented("compiling source needs a compiler (none was given to this interpreter)");
        }
        return compiler.compile(source, filename, mode);
    }

    private static String stripLeading(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return s.substring(i);
    }
}
