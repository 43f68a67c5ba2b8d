package dev.adder.interop;

import dev.adder.compiler.SourceCompilation;
import dev.adder.builtins.PythonRuntime;
import dev.adder.objects.Ops;
import dev.adder.objects.PyDict;
import dev.adder.objects.PyModule;
import dev.adder.runtime.PyBaseException;
import dev.adder.vm.Interpreter;
import dev.adder.vm.InterpreterState;
import java.io.StringWriter;
import java.util.function.Predicate;

/** An interpreter with a {@code __main__} module for the interop tests: put host objects in, run code, read results. */
final class PyHarness {
    final InterpreterState interp;
    final PyDict globals;
    private final StringWriter out = new StringWriter();

    PyHarness() {
        this(name -> false);
    }

    PyHarness(Predicate<String> allowedImports) {
        interp = PythonRuntime.create(new String[] {""}, out, new StringWriter(), null,
                SourceCompilation::compileForRuntime, false);
        PyModule main = PythonRuntime.mainModule(interp, "<test>");
        globals = main.globals();
        interp.addModuleFinder(JavaImports.finder(allowedImports));
    }

    PyHarness put(String name, Object value) {
        globals.put(name, value);
        return this;
    }

    /** Runs statements; returns what they printed. */
    String exec(String code) {
        int start = out.getBuffer().length();
        Interpreter.runModule(interp, SourceCompilation.compileForRuntime(code, "<test>", "exec"), globals);
        PythonRuntime.flush(interp);
        return out.getBuffer().substring(start);
    }

    /** The value of an expression (a Python value). */
    Object eval(String expr) {
        return Interpreter.eval(interp, SourceCompilation.compileForRuntime(expr, "<test>", "eval"), globals, globals);
    }

    /** {@code repr()} of an expression's value. */
    String repr(String expr) {
        return Ops.repr(eval(expr));
    }

    /** The Python error statements raise, as {@code Type: message}; fails if none is raised. */
    String error(String code) {
        try {
            exec(code);
        } catch (PyBaseException e) {
            return e.type().name() + ": " + Ops.str(e);
        }
        throw new AssertionError("no exception from: " + code);
    }
}
