package dev.adder.vm;

import dev.adder.objects.Ops;
import dev.adder.objects.PyModule;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyBuiltinFunction;

/** The built-ins the VM itself provides ({@code __build_class__}) and its hooks into {@code sys}. */
public final class VmBuiltins {
    private VmBuiltins() {
    }

    /** Puts {@code __build_class__} into the interpreter's builtins. */
    public static void install(InterpreterState interp) {
        interp.builtins().put("__build_class__", new PyBuiltinFunction("__build_class__",
                "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\n"
                        + "Internal helper function used by the class statement.",
                (args, kw) -> BuildClass.build(interp, args, kw)));
    }

    // CPython 3.11: Python/ceval.c PRINT_EXPR
    /** PRINT_EXPR: {@code sys.displayhook(value)}. */
    static void printExpr(ThreadState ts, Object value) {
        PyModule sys = ts.interp().module("sys");
        Object hook = sys == null ? null : sys.globals().get("displayhook");
        if (hook == null) {
            throw Errors.runtimeError("lost sys.displayhook");
        }
        Ops.call(hook, value);
    }
}
