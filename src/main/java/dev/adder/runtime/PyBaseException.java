package dev.adder.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Python exception: the Python exception object is this Java throwable, so raising is
 * {@code throw} and catching is {@code catch} (DESIGN.md §2, "Exceptions"). Instances of Python
 * subclasses ({@code class MyError(ValueError)}) are this class too, with their own {@link #type()}.
 *
 * <p>No Java stack trace is captured: Python code raises and catches exceptions in loops, and the
 * traceback is Python's ({@link #traceback()}, kept by the VM), not Java's.
 */
public class PyBaseException extends RuntimeException implements PyObject, PythonTyped, HasDict {
    private static final Object[] NO_ARGS = {};

    private final PyType type;
    private Object[] args;
    private Map<String, Object> dict;
    private PyBaseException cause;
    private PyBaseException context;
    private boolean suppressContext;
    private Object traceback;
    private List<Object> notes;

    /** An exception of {@code type} (BaseException or a subclass) with {@code args}. */
    public PyBaseException(PyType type, Object[] args) {
        super(null, null, false, false);
        this.type = type;
        this.args = args.length == 0 ? NO_ARGS : args.clone();
    }

    /** An exception of the built-in type {@code typeName} whose {@code str()} is {@code message}. */
    public PyBaseException(String typeName, String message) {
        this(builtinType(typeName), message == null ? NO_ARGS : new Object[] {message});
    }

    private static PyType builtinType(String typeName) {
        PyType t = ExceptionTypes.byName(typeName);
        if (t == null) {
            throw new IllegalArgumentException("not a built-in exception type: " + typeName);
        }
        return t;
    }

    /** {@code BaseException.__new__}: the positional arguments become {@code args}. */
    static Object create(PyType type, Object[] args, String[] kwnames) {
        int nkw = PyCallable.kwCount(kwnames);
        if (nkw > 0 && !type.isHeapType() && !type.isSubtypeOf(ExceptionTypes.IMPORT_ERROR)) {
            throw Errors.typeError(type.name() + "() takes no keyword arguments");
        }
        Object[] positional = new Object[args.length - nkw];
        System.arraycopy(args, 0, positional, 0, positional.length);
        return new PyBaseException(type, positional);
    }

    @Override
    public PyType type() {
        return type;
    }

    /** The Python type's name, as a traceback's last line shows it. */
    public String typeName() {
        return type.name();
    }

    @Override
    public String pythonTypeName() {
        return type.name();
    }

    /** {@code args}, as an array (the caller must not modify it). */
    public Object[] args() {
        return args;
    }

    /** Sets {@code args} ({@code BaseException.__init__} and {@code e.args = ...} do). */
    public void setArgs(Object[] args) {
        this.args = args.clone();
    }

    /**
     * {@code str(exc)} when {@code args} hold only strings: "" for none, the string for one. The
     * object layer ({@code Ops.str}) covers other arguments, which need {@code repr}.
     */
    public String str() {
        if (args.length == 0) {
            return "";
        }
        if (args.length == 1 && args[0] instanceof String s) {
            return s;
        }
        return String.valueOf(args.length == 1 ? args[0] : java.util.Arrays.asList(args));
    }

    @Override
    public String getMessage() {
        return str();
    }

    /** The instance {@code __dict__} (created on first use; for attributes set by Python code). */
    @Override
    public Map<String, Object> dict() {
        if (dict == null) {
            dict = new LinkedHashMap<>();
        }
        return dict;
    }

    /** {@code __cause__} ({@code raise ... from cause}), or null. */
    public PyBaseException cause() {
        return cause;
    }

    /** Sets {@code __cause__}; CPython sets {@code __suppress_context__} with it. */
    public void setCause(PyBaseException cause) {
        this.cause = cause;
        this.suppressContext = true;
    }

    /** {@code __context__}: the exception being handled when this one was raised, or null. */
    public PyBaseException context() {
        return context;
    }

    /** Sets {@code __context__}. */
    public void setContext(PyBaseException context) {
        this.context = context;
    }

    /** {@code __suppress_context__}. */
    public boolean suppressContext() {
        return suppressContext;
    }

    /** Sets {@code __suppress_context__}. */
    public void setSuppressContext(boolean suppress) {
        this.suppressContext = suppress;
    }

    /** {@code __traceback__}: the VM's traceback object, or null. */
    public Object traceback() {
        return traceback;
    }

    /** Sets {@code __traceback__} (the VM adds a frame each time the exception leaves one). */
    public void setTraceback(Object traceback) {
        this.traceback = traceback;
    }

    /** {@code __notes__} ({@code add_note}), or null when none were added. */
    public List<Object> notes() {
        return notes;
    }

    /** {@code add_note(note)}. */
    public void addNote(Object note) {
        if (notes == null) {
            notes = new ArrayList<>();
        }
        notes.add(note);
    }

    /** Whether this exception is an instance of {@code t} ({@code except t:}). */
    public boolean isInstance(PyType t) {
        return type.isSubtypeOf(t);
    }

    /** The last line of a Python traceback: {@code TypeError: message}, or just the type name. */
    @Override
    public String toString() {
        String s = str();
        return s.isEmpty() ? type.name() : type.name() + ": " + s;
    }
}
