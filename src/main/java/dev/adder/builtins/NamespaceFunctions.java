package dev.adder.builtins;

import dev.adder.objects.Ops;
import dev.adder.objects.PyDict;
import dev.adder.objects.PyList;
import dev.adder.objects.PyModule;
import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.HasDict;
import dev.adder.runtime.PyType;
import dev.adder.vm.Frame;
import dev.adder.vm.InterpreterState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The built-in functions that look at namespaces: globals, locals, vars, dir, and id (whose
 * numbering belongs to the interpreter). They read the calling frame from the interpreter's thread
 * state.
 */
final class NamespaceFunctions {
    private final InterpreterState interp;
    private final ObjectIds ids = new ObjectIds();

    NamespaceFunctions(InterpreterState interp) {
        this.interp = interp;
    }

    /** {@code id(obj)}. */
    Object id(Object[] args, String[] kw) {
        return ids.id(Args.one("id", args, kw));
    }

    /** {@code exit(code=None)} and {@code quit(code=None)} (CPython's site module adds them): SystemExit. */
    // CPython 3.11: Lib/_sitebuiltins.py Quitter.__call__ (raise SystemExit(code): args is (code,), even None)
    static Object quit(Object[] args, String[] kw) {
        Args.noKeywords("Quitter.__call__", kw);
        if (args.length > 1) {
            throw Errors.typeError("Quitter.__call__() takes from 1 to 2 positional arguments but "
                    + (args.length + 1) + " were given");
        }
        Object code = args.length == 0 ? dev.adder.runtime.PyNone.NONE : args[0];
        throw new dev.adder.runtime.PyBaseException(dev.adder.runtime.ExceptionTypes.SYSTEM_EXIT, new Object[] {code});
    }

    /** {@code globals()}. */
    Object globals(Object[] args, String[] kw) {
        Args.none("globals", args, kw);
        Frame f = interp.threadState().currentFrame();
        return f != null ? f.globals() : mainDict();
    }

    /** {@code locals()}: the mapping of a module or class body (function frames: not yet). */
    Object locals(Object[] args, String[] kw) {
        Args.none("locals", args, kw);
        return currentLocals();
    }

    private Object currentLocals() {
        Frame f = interp.threadState().currentFrame();
        if (f == null) {
            return mainDict();
        }
        if (f.locals() != null) {
            return f.locals();
        }
        return f.fastLocals();
    }

    private PyDict mainDict() {
        PyModule main = interp.module("__main__");
        return main != null ? main.globals() : new PyDict();
    }

    /** {@code vars([object])}. */
    // CPython 3.11: Python/bltinmodule.c builtin_vars
    Object vars(Object[] args, String[] kw) {
        int n = Args.fastcall("vars", args, kw, 0, 1);
        if (n == 0) {
            return currentLocals();
        }
        Object o = args[0];
        Object d = Ops.getattrOrNull(o, "__dict__");
        if (d != null) {
            return d;
        }
        if (o instanceof PyModule m) {
            return m.globals();
        }
        if (o instanceof PyType t) {
            return copy(t.dict());
        }
        if (o instanceof HasDict h) {
            return copy(h.dict());
        }
        throw Errors.typeError("vars() argument must have __dict__ attribute");
    }

    private static PyDict copy(Map<String, Object> m) {
        PyDict d = new PyDict();
        d.putAll(m);
        return d;
    }

    /** {@code dir([object])}: a sorted list of names. */
    // CPython 3.11: Objects/object.c _dir_locals, _dir_object; Objects/typeobject.c object___dir__, type___dir__
    Object dir(Object[] args, String[] kw) {
        int n = Args.fastcall("dir", args, kw, 0, 1);
        List<Object> names = new ArrayList<>();
        if (n == 0) {
            Object locals = currentLocals();
            Object it = Ops.iter(locals);
            for (Object k; (k = Ops.next(it)) != null; ) {
                names.add(k);
            }
        } else {
            Object o = args[0];
            // object.__dir__, type.__dir__ and module.__dir__ are the defaults (CoreMethods, ModuleMethods)
            Object dir = Ops.type(o).lookup("__dir__");
            Object it = Ops.iter(Ops.call(dir != null ? dir : CoreTypes.OBJECT.lookup("__dir__"), o));
            for (Object k; (k = Ops.next(it)) != null; ) {
                names.add(k);
            }
        }
        PyList list = new PyList(names);
        Object sort = PyList.TYPE.lookup("sort");
        if (sort != null) {
            Ops.call(sort, list);
        } else if (names.stream().allMatch(x -> x instanceof String)) {
            List<String> strs = new ArrayList<>();
            names.forEach(x -> strs.add((String) x));
            Collections.sort(strs);
            list = new PyList(strs);
        }
        return list;
    }
}
