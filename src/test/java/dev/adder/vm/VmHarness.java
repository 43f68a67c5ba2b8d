package dev.adder.vm;

import dev.adder.bytecode.PyCode;
import dev.adder.objects.Ops;
import dev.adder.objects.PyDict;
import dev.adder.objects.PyList;
import dev.adder.objects.PyModule;
import dev.adder.objects.PyRange;
import dev.adder.objects.PySet;
import dev.adder.objects.PyTuple;
import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyBuiltinFunction;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Runs code objects on a fresh interpreter with a small set of test builtins (print, len, repr,
 * isinstance, range, sorted, a {@code sys} with exc_info and setrecursionlimit), so VM tests do not
 * depend on the builtins package; captures what print wrote and the uncaught traceback.
 */
final class VmHarness {
    /** What a run printed, the traceback text of an uncaught exception ("" if none), and the exception. */
    record Result(String stdout, String stderr, PyBaseException error) {
    }

    static final String[] EXCEPTIONS = {"BaseException", "Exception", "ValueError", "TypeError", "KeyError",
        "IndexError", "ZeroDivisionError", "RuntimeError", "NameError", "UnboundLocalError", "AttributeError",
        "RecursionError", "AssertionError", "StopIteration", "LookupError", "ArithmeticError", "NotImplementedError",
        "OverflowError", "ImportError", "ModuleNotFoundError", "SystemError"};

    private VmHarness() {
    }

    static InterpreterState newInterpreter(StringBuilder out) {
        InterpreterState interp = new InterpreterState();
        PyDict b = interp.builtins();
        def(b, "print", (args, kw) -> {
            int nkw = PyCallable.kwCount(kw);
            String sep = " ";
            String end = "\n";
            for (int i = 0; i < nkw; i++) {
                Object v = args[args.length - nkw + i];
                if (kw[i].equals("sep")) {
                    sep = (String) v;
                } else if (kw[i].equals("end")) {
                    end = (String) v;
                }
            }
            for (int i = 0; i < args.length - nkw; i++) {
                if (i > 0) {
                    out.append(sep);
                }
                out.append(show(args[i], false));
            }
            out.append(end);
            return PyNone.NONE;
        });
        def(b, "len", (args, kw) -> Ops.len(args[0]));
        def(b, "repr", (args, kw) -> show(args[0], true));
        def(b, "isinstance", (args, kw) -> {
            if (args[1] instanceof PyTuple t) {
                for (Object o : t) {
                    if (Ops.isInstance(args[0], (PyType) o)) {
                        return true;
                    }
                }
                return false;
            }
            return Ops.isInstance(args[0], (PyType) args[1]);
        });
        def(b, "range", (args, kw) -> {
            long start = args.length > 1 ? ((Number) args[0]).longValue() : 0;
            long stop = ((Number) args[args.length > 1 ? 1 : 0]).longValue();
            long step = args.length > 2 ? ((Number) args[2]).longValue() : 1;
            return new PyRange(start, stop, step);
        });
        def(b, "list", (args, kw) -> {
            PyList l = new PyList();
            if (args.length > 0) {
                Object it = Ops.iter(args[0]);
                for (Object v = Ops.next(it); v != null; v = Ops.next(it)) {
                    l.add(v);
                }
            }
            return l;
        });
        def(b, "sorted", (args, kw) -> {
            Object key = PyCallable.kwCount(kw) == 1 ? args[args.length - 1] : null;
            List<Object> items = new ArrayList<>();
            Object it = Ops.iter(args[0]);
            for (Object v = Ops.next(it); v != null; v = Ops.next(it)) {
                items.add(v);
            }
            items.sort((x, y) -> {
                Object kx = key == null ? x : Ops.call(key, x);
                Object ky = key == null ? y : Ops.call(key, y);
                return Ops.isTrue(dev.adder.objects.Compare.richCompare(kx, ky, 0)) ? -1
                        : Ops.isTrue(dev.adder.objects.Compare.richCompare(ky, kx, 0)) ? 1 : 0;
            });
            return new PyList(items);
        });
        def(b, "map", (args, kw) -> {
            PyList l = new PyList();
            Object it = Ops.iter(args[1]);
            for (Object v = Ops.next(it); v != null; v = Ops.next(it)) {
                l.add(Ops.call(args[0], v));
            }
            return l;
        });
        def(b, "id", (args, kw) -> (long) System.identityHashCode(args[0]));
        b.put("type", CoreTypes.TYPE);
        b.put("int", dev.adder.objects.IntMethods.TYPE);
        b.put("str", dev.adder.objects.StrMethods.TYPE);
        b.put("object", CoreTypes.OBJECT);
        b.put("None", PyNone.NONE);
        for (String name : EXCEPTIONS) {
            b.put(name, ExceptionTypes.byName(name));
        }
        PyDict sysDict = new PyDict();
        sysDict.put("__name__", "sys");
        def(sysDict, "exc_info", (args, kw) -> {
            PyBaseException e = interp.threadState().handledException();
            return e == null ? PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE)
                    : PyTuple.of(e.type(), e, e.traceback() == null ? PyNone.NONE : e.traceback());
        });
        def(sysDict, "setrecursionlimit", (args, kw) -> {
            interp.setRecursionLimit(((Number) args[0]).intValue());
            return PyNone.NONE;
        });
        def(sysDict, "getrecursionlimit", (args, kw) -> interp.recursionLimit());
        def(sysDict, "displayhook", (args, kw) -> {
            if (args[0] != PyNone.NONE) {
                out.append(show(args[0], true)).append('\n');
            }
            return PyNone.NONE;
        });
        interp.modules().put("sys", new PyModule("sys", sysDict));
        return interp;
    }

    private static void def(PyDict d, String name, PyCallable body) {
        d.put(name, new PyBuiltinFunction(name, null, body));
    }

    /** str()/repr() with container reprs, independent of the objects package's progress. */
    static String show(Object o, boolean repr) {
        if (o instanceof PyTuple t) {
            List<String> parts = new ArrayList<>();
            for (Object x : t) {
                parts.add(show(x, true));
            }
            return "(" + String.join(", ", parts) + (t.size() == 1 ? ",)" : ")");
        }
        if (o instanceof PyList l) {
            return "[" + String.join(", ", items(l)) + "]";
        }
        if (o instanceof PySet s) {
            return s.isEmpty() ? "set()" : "{" + String.join(", ", items(s)) + "}";
        }
        if (o instanceof PyDict d) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<Object, Object> e : d.entrySet()) {
                parts.add(show(e.getKey(), true) + ": " + show(e.getValue(), true));
            }
            return "{" + String.join(", ", parts) + "}";
        }
        if (o instanceof PyType t) {
            return t.toString();
        }
        if (o == PyNone.NONE) {
            return "None";
        }
        if (o instanceof PyFunction f) {
            return f.repr();
        }
        return repr ? Ops.repr(o) : Ops.str(o);
    }

    private static List<String> items(Collection<?> c) {
        List<String> parts = new ArrayList<>();
        for (Object x : c) {
            parts.add(show(x, true));
        }
        return parts;
    }

    /** Runs a module code object as {@code __main__}. */
    static Result run(PyCode code) {
        StringBuilder out = new StringBuilder();
        InterpreterState interp = newInterpreter(out);
        return run(interp, code, out);
    }

    static Result run(InterpreterState interp, PyCode code, StringBuilder out) {
        PyDict globals = new PyDict();
        globals.put("__name__", "__main__");
        try {
            Interpreter.runModule(interp, code, globals);
            return new Result(out.toString(), "", null);
        } catch (PyBaseException e) {
            return new Result(out.toString(), TracebackFormatter.readingFiles().format(e), e);
        }
    }

    /** An error of the harness itself, as a Python exception. */
    static PyBaseException fail(String message) {
        return Errors.runtimeError(message);
    }
}
