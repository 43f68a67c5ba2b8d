package dev.adder.vm;

import dev.adder.bytecode.PyCode;
import dev.adder.objects.Ops;
import dev.adder.objects.PyDict;
import dev.adder.objects.PyTuple;
import dev.adder.runtime.AttrEntry;
import dev.adder.runtime.Errors;
import dev.adder.runtime.HasDict;
import dev.adder.runtime.PyType;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyBuiltinFunction;
import dev.adder.runtime.PyInstance;
import dev.adder.runtime.PyMethod;
import dev.adder.runtime.PyNone;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Calls in the VM: new frames for Python functions (bound without an argument array when the
 * shape is simple), Java calls for everything else, CALL_FUNCTION_EX, MAKE_FUNCTION and PRECALL's
 * bound-method unpacking (CPython 3.11: Python/ceval.c).
 */
final class CallOps {
    private CallOps() {
    }

    /**
     * Enters one more Python frame on this thread, or raises RecursionError; the outermost entry
     * starts the execution limits, the others count a step.
     */
    static void enter(ThreadState ts) {
        if (ts.depth == 0) {
            ExecutionLimits.start(ts);
        } else {
            ExecutionLimits.tick(ts);
        }
        if (++ts.depth > ts.interp().recursionLimit()) {
            ts.depth--;
            throw Errors.of("RecursionError", "maximum recursion depth exceeded");
        }
    }

    /**
     * A new frame for {@code fn} with its arguments bound from {@code src[start..]} ({@code nargs}
     * values, the last {@code kwnames.length} of them keyword values); counts the recursion depth.
     */
    static Frame newFrame(ThreadState ts, PyFunction fn, Object[] src, int start, int nargs, String[] kwnames) {
        PyCode code = fn.code;
        Frame f = new Frame(code, fn.globals, fn.builtins, null, fn);
        Object[] dst = f.localsplus;
        if (kwnames == null && fn.simple && nargs == code.co_argcount()) {
            // a plain loop, not System.arraycopy, and no try/catch here: inlined into the dispatch
            // loop, both made C2's escape analysis of that method take seconds per compile
            for (int i = 0; i < nargs; i++) {
                dst[i] = src[start + i];
            }
        } else {
            int nkw = kwnames == null ? 0 : kwnames.length;
            ArgumentBinder.bind(fn, dst, src, start, nargs - nkw, kwnames);
        }
        if (fn.closureCopiedAtStart > 0) {
            copyFreeVars(f, fn.closureCopiedAtStart); // the frame starts past its COPY_FREE_VARS
        }
        f.ip = fn.startIp;
        // CPython 3.11 checks the depth once the frame is pushed and its arguments bound
        // (_Py_EnterRecursivePy at start_frame), so a binding error comes first
        enter(ts);
        return f;
    }

    /** PRECALL: replaces a bound method {@code [NULL, method]} by {@code [function, self]}. */
    static void precall(Object[] lp, int sp, int oparg) {
        int base = sp - oparg - 2;
        if (lp[base] == null && lp[base + 1] instanceof PyMethod m) {
            lp[base] = m.function();
            lp[base + 1] = m.self();
        }
    }

    /** Calls a non-Python callable with {@code nargs} stack values at {@code start} as arguments. */
    static Object callObject(Frame f, Object callable, Object[] lp, int start, int nargs, String[] kwnames) {
        Object[] args = Arrays.copyOfRange(lp, start, start + nargs);
        if (nargs == 3 && kwnames == null && callable instanceof dev.adder.runtime.PyType t
                && t.isSubtypeOf(dev.adder.runtime.CoreTypes.TYPE)) {
            args[2] = withModule(f, args[2]);
        }
        return Ops.call(callable, args, kwnames);
    }

    // CPython 3.11: Objects/typeobject.c type_new_set_module
    /**
     * {@code type(name, bases, ns)} (or a metaclass's) called from Python: the new class's
     * {@code __module__} is the caller's {@code __name__} unless {@code ns} has one (the type sees a
     * copy, as type_new copies ns).
     */
    private static Object withModule(Frame f, Object ns) {
        if (!(ns instanceof PyDict d) || d.containsKey("__module__")) {
            return ns;
        }
        Object name = f.globals.get("__name__");
        if (name == null) {
            return ns;
        }
        PyDict copy = new PyDict();
        copy.putAll(d);
        copy.put("__module__", name);
        return copy;
    }

    // CPython 3.11: Python/ceval.c CALL_FUNCTION_EX
    /** {@code func(*callargs, **kwargs)}; kwargs may be null. */
    static Object callFunctionEx(Object func, Object callargs, Object kwargs) {
        Object[] pos;
        if (callargs instanceof PyTuple t) {
            pos = t.toArray();
        } else {
            if (Ops.type(callargs).lookup("__iter__") == null && Ops.type(callargs).lookup("__getitem__") == null
                    && !(callargs instanceof Iterable<?>)) {
                throw Errors.typeError(funcDescription(func) + " argument after * must be an iterable, not "
                        + Errors.typeName(callargs));
            }
            List<Object> items = new ArrayList<>();
            Object it = Ops.iter(callargs);
            for (Object v = Ops.next(it); v != null; v = Ops.next(it)) {
                items.add(v);
            }
            pos = items.toArray();
        }
        if (kwargs == null || kwargs instanceof Map<?, ?> m0 && m0.isEmpty()) {
            return Ops.call(func, pos, null);
        }
        PyDict kw;
        if (kwargs instanceof PyDict d) {
            kw = d;
        } else {
            kw = new PyDict();
            BuildOps.dictMerge(func, kw, kwargs);
        }
        Object[] all = Arrays.copyOf(pos, pos.length + kw.size());
        String[] names = new String[kw.size()];
        int i = 0;
        for (Map.Entry<Object, Object> e : kw.entrySet()) {
            if (!(dev.adder.objects.BuiltinValue.unwrap(e.getKey()) instanceof String s)) {
                throw Errors.typeError("keywords must be strings");
            }
            names[i] = s;
            all[pos.length + i++] = e.getValue();
        }
        return Ops.call(func, all, names);
    }

    // CPython 3.11: Objects/call.c _PyObject_FunctionStr
    /** How call errors name a callable: {@code "__main__.f()"}, {@code "print()"}. */
    static String funcDescription(Object func) {
        Object qualname;
        Object module;
        if (func instanceof PyFunction f) {
            qualname = f.qualname;
            module = f.module;
        } else if (func instanceof PyBuiltinFunction b) {
            qualname = b.qualname();
            module = PyNone.NONE;
        } else {
            try {
                qualname = Ops.getattrOrNull(func, "__qualname__");
                module = Ops.getattrOrNull(func, "__module__");
            } catch (PyBaseException e) {
                qualname = null;
                module = null;
            }
            if (qualname == null) {
                return Ops.str(func);
            }
        }
        if (module != null && module != PyNone.NONE && !"builtins".equals(module)) {
            return Ops.str(module) + "." + Ops.str(qualname) + "()";
        }
        return Ops.str(qualname) + "()";
    }

    // CPython 3.11: Python/ceval.c MAKE_FUNCTION
    static int makeFunction(ThreadState ts, Frame f, Object[] lp, int sp, int flags) {
        int top = sp;
        Object codeObj = lp[--sp];
        PyCode code = codeObj instanceof PyCode c ? c : ((PyCodeObject) codeObj).code();
        PyCell[] closure = null;
        Object annotations = null;
        PyDict kwdefaults = null;
        Object[] defaults = null;
        if ((flags & 0x08) != 0) {
            PyTuple t = (PyTuple) lp[--sp];
            closure = new PyCell[t.size()];
            for (int i = 0; i < closure.length; i++) {
                closure[i] = (PyCell) t.get(i);
            }
        }
        if ((flags & 0x04) != 0) {
            annotations = lp[--sp];
        }
        if ((flags & 0x02) != 0) {
            kwdefaults = (PyDict) lp[--sp];
        }
        if ((flags & 0x01) != 0) {
            PyTuple t = (PyTuple) lp[--sp];
            defaults = t.isEmpty() ? null : t.toArray();
        }
        Arrays.fill(lp, sp, top, null);
        lp[sp] = new PyFunction(ts.interp(), code, f.globals, defaults, kwdefaults, closure, annotations);
        return sp + 1;
    }

    /** COPY_FREE_VARS: the function's closure cells into the frame's free slots. */
    static void copyFreeVars(Frame f, int n) {
        PyCell[] closure = f.function == null ? null : f.function.closure;
        if (closure == null || closure.length < n) {
            throw Errors.of("SystemError", "no closure for COPY_FREE_VARS");
        }
        // a plain loop: arraycopy between PyCell[] and Object[] takes a slow checked stub for a few cells
        Object[] lp = f.localsplus;
        int base = f.stackBase - n;
        for (int i = 0; i < n; i++) {
            lp[base + i] = closure[i];
        }
    }

    /** CALL_FUNCTION_EX on {@code [NULL, func, callargs, (kwargs)]}: leaves the result; returns sp. */
    static int callEx(Object[] lp, int sp, int flags) {
        int top = sp;
        Object kwargs = (flags & 1) != 0 ? lp[--sp] : null;
        Object callargs = lp[--sp];
        Object r = callFunctionEx(lp[sp - 1], callargs, kwargs);
        Arrays.fill(lp, sp - 1, top, null);
        lp[sp - 2] = r;
        return sp - 1;
    }

    /** KW_NAMES: the keyword names tuple as an array. */
    static String[] kwnames(Object names) {
        PyTuple t = (PyTuple) names;
        String[] out = new String[t.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (String) t.get(i);
        }
        return out;
    }

    // CPython 3.11: Objects/object.c _PyObject_GetMethod
    /** LOAD_METHOD: pushes {@code [method, self]} when the attribute is a plain method, else {@code [NULL, attr]}. */
    static int loadMethod(Object[] lp, int sp, String name) {
        Object obj = lp[sp - 1];
        if (!(obj instanceof PyType)) {
            PyType type = Ops.type(obj);
            AttrEntry e = type.entry(name); // cached per type: no MRO walk
            if (e.kind == AttrEntry.METHOD && type.hasGenericGetattribute()
                    && (obj instanceof PyInstance p ? p.attr(name, e) == null
                            : !(obj instanceof HasDict h && h.dict().containsKey(name)))) {
                lp[sp - 1] = e.value;
                lp[sp] = obj;
                return sp + 1;
            }
        }
        lp[sp - 1] = null;
        lp[sp] = Ops.getattr(obj, name);
        return sp + 1;
    }
}
