package dev.adder.runtime;

/**
 * A function written in Java ({@code builtin_function_or_method}): {@code len}, or a bound method of
 * a built-in type such as {@code "abc".upper} ({@link #self()} is then {@code "abc"} and the body
 * receives it as {@code args[0]}).
 */
public final class PyBuiltinFunction implements PyObject, PyCallable {
    private final String name;
    private final String qualname;
    private final String doc;
    private final PyCallable body;
    private final Object self;

    /**
     * A module-level built-in function. {@code doc} is {@code __doc__} (may start with CPython's text
     * signature line, e.g. {@code "len($module, obj, /)\n--\n\nReturn the number of items..."}) or null.
     */
    public PyBuiltinFunction(String name, String doc, PyCallable body) {
        this(name, name, doc, body, null);
    }

    private PyBuiltinFunction(String name, String qualname, String doc, PyCallable body, Object self) {
        this.name = name;
        this.qualname = qualname;
        this.doc = doc;
        this.body = body;
        this.self = self;
    }

    /** The method {@code body} (which takes self as {@code args[0]}) bound to {@code self}. */
    public static PyBuiltinFunction bound(String name, String qualname, String doc, PyCallable body, Object self) {
        return new PyBuiltinFunction(name, qualname, doc, body, self);
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        if (self == null) {
            return body.call(args, kwnames);
        }
        Object[] withSelf = new Object[args.length + 1];
        withSelf[0] = self;
        System.arraycopy(args, 0, withSelf, 1, args.length);
        return body.call(withSelf, kwnames);
    }

    @Override
    public PyType type() {
        return CoreTypes.BUILTIN_FUNCTION;
    }

    /** {@code __name__}. */
    public String name() {
        return name;
    }

    /** {@code __qualname__}: {@code "len"}, {@code "str.upper"}. */
    public String qualname() {
        return qualname;
    }

    /** {@code __doc__}, or null. */
    public String doc() {
        return doc;
    }

    /** {@code __self__} of a bound method, or null for a module function. */
    public Object self() {
        return self;
    }
}
