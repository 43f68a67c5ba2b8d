package dev.adder.vm;

import dev.adder.bytecode.PyCode;
import dev.adder.objects.JavaValues;
import dev.adder.objects.PyDict;
import dev.adder.objects.PyTuple;
import dev.adder.runtime.HasDict;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyDescriptor;
import dev.adder.runtime.PyMethod;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A function written in Python (CPython 3.11: Objects/funcobject.c): code, globals, defaults and
 * the closure cells that MAKE_FUNCTION gathered. The VM calls it on a new {@link Frame} without
 * growing the Java stack; Java callers ({@link #call}) start a new dispatch loop.
 *
 * <p>Java code may also use a function directly as a {@link Function}, {@link Supplier} or
 * {@link Runnable}: the same object, so a closure keeps its cells. Arguments and results cross
 * with {@code null} ↔ {@code None}; a Python error surfaces as {@link dev.adder.PythonException}.
 */
public final class PyFunction implements PyObject, PyCallable, PyDescriptor, HasDict,
        Function<Object, Object>, Supplier<Object>, Runnable {
    final InterpreterState interp;
    final PyCode code;
    /** The words the VM runs ({@link Quickening}), looked up once per function rather than once per call. */
    final int[] words;
    /** Where a call starts in {@link #words} ({@link Quickening#startIp}). */
    final int startIp;
    /** How many closure cells a new frame gets before its first instruction (0: COPY_FREE_VARS does it). */
    final int closureCopiedAtStart;
    final PyDict globals;
    final PyDict builtins;
    /** Positional defaults, or null. */
    Object[] defaults;
    /** Keyword-only defaults, or null. */
    PyDict kwdefaults;
    /** Closure cells (COPY_FREE_VARS copies them), or null. */
    final PyCell[] closure;
    String name;
    String qualname;
    Object module;
    Object doc;
    Object annotations;
    private PyDict dict;
    private PyCodeObject codeObject;
    /** True when a call of exactly co_argcount positional arguments needs no binder. */
    final boolean simple;

    /** A function as MAKE_FUNCTION builds it. */
    public PyFunction(InterpreterState interp, PyCode code, PyDict globals, Object[] defaults, PyDict kwdefaults,
                      PyCell[] closure, Object annotations) {
        this.interp = interp;
        this.code = code;
        this.words = Quickening.words(code);
        this.startIp = Quickening.startIp(words);
        this.closureCopiedAtStart = Quickening.closureCopiedAtStart(words);
        this.globals = globals;
        this.builtins = interp.builtins();
        this.defaults = defaults;
        this.kwdefaults = kwdefaults;
        this.closure = closure;
        this.name = code.co_name();
        this.qualname = code.co_qualname();
        Object mod = globals.get("__name__");
        this.module = mod == null ? PyNone.NONE : mod;
        Object first = code.constCount() > 0 ? code.constAt(0) : null;
        this.doc = first instanceof String ? first : PyNone.NONE;
        this.annotations = annotations;
        int flags = code.co_flags();
        this.simple = (flags & (PyCode.CO_VARARGS | PyCode.CO_VARKEYWORDS | PyCode.CO_GENERATOR
                | PyCode.CO_COROUTINE | PyCode.CO_ASYNC_GENERATOR)) == 0 && code.co_kwonlyargcount() == 0;
    }

    /** Calls from Java: binds the arguments and runs a new dispatch loop until this function returns. */
    @Override
    public Object call(Object[] args, String[] kwnames) {
        return Interpreter.callFunction(interp.threadState(), this, args, kwnames);
    }

    /** Calls this function from Java with Java values; Python errors become {@link dev.adder.PythonException}. */
    public Object callFromJava(Object... args) {
        Object[] py = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            py[i] = JavaValues.toPython(args[i]);
        }
        try {
            return JavaValues.toJava(call(py, null));
        } catch (PyBaseException e) {
            throw PythonExceptions.of(interp, e);
        }
    }

    /** {@link Function#apply}: calls this function with one argument. */
    @Override
    public Object apply(Object arg) {
        try {
            return JavaValues.toJava(call(new Object[] {JavaValues.toPython(arg)}, null));
        } catch (PyBaseException e) {
            throw PythonExceptions.of(interp, e);
        }
    }

    /** {@link Supplier#get}: calls this function with no arguments. */
    @Override
    public Object get() {
        return callFromJava();
    }

    /** {@link Runnable#run}: calls this function with no arguments, ignoring its result. */
    @Override
    public void run() {
        callFromJava();
    }

    /** {@code __code__}. */
    public PyCode code() {
        return code;
    }

    /** {@code __code__} as a Python object. */
    public PyCodeObject codeObject() {
        if (codeObject == null) {
            codeObject = PyCodeObject.of(code);
        }
        return codeObject;
    }

    /** {@code __globals__}. */
    public PyDict globals() {
        return globals;
    }

    /** {@code __name__}. */
    public String name() {
        return name;
    }

    /** {@code __qualname__}. */
    public String qualname() {
        return qualname;
    }

    /** {@code __closure__}: a tuple of cells, or None. */
    public Object closureTuple() {
        return closure == null ? PyNone.NONE : PyTuple.of((Object[]) closure);
    }

    /** {@code __defaults__}: a tuple, or None. */
    public Object defaultsTuple() {
        return defaults == null ? PyNone.NONE : PyTuple.of(defaults);
    }

    /** The interpreter this function belongs to. */
    public InterpreterState interp() {
        return interp;
    }

    /** {@code __dict__} as attribute access sees it: the same dictionary, string keys being attributes. */
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Map<String, Object> dict() {
        return (Map) pyDict();
    }

    /** {@code f.__dict__} (created on first use). */
    public synchronized PyDict pyDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    /** Replaces {@code f.__dict__} ({@code f.__dict__ = {...}}). */
    synchronized void setPyDict(PyDict d) {
        dict = d;
    }

    @Override
    public Object get(Object instance, PyType owner) {
        return instance == null ? this : new PyMethod(this, instance);
    }

    @Override
    public boolean isMethod() {
        return true;
    }

    @Override
    public PyType type() {
        return FunctionType.TYPE;
    }

    /** {@code <function outer.<locals>.inner at 0x...>}. */
    public String repr() {
        return "<function " + qualname + " at " + Ids.hex(this) + ">";
    }

    @Override
    public String toString() {
        return repr();
    }
}
