package dev.adder.runtime;

/**
 * A method of a built-in type as its type's dictionary holds it ({@code str.upper}): calling it
 * needs the instance as first argument; reading it from an instance ({@link #bind}) gives a bound
 * {@link PyBuiltinFunction}. The body receives self as {@code args[0]} and must check its type (calls like {@code str.upper(5)} reach it).
 */
public final class PyMethodDescriptor implements PyObject, PyCallable, PyDescriptor {
    private final PyType owner;
    private final String name;
    private final String doc;
    private final PyCallable body;

    /** The method {@code name} of {@code owner}; {@code body} gets self as {@code args[0]}. */
    public PyMethodDescriptor(PyType owner, String name, String doc, PyCallable body) {
        this.owner = owner;
        this.name = name;
        this.doc = doc;
        this.body = body;
    }

    /** {@code owner.name(*args)}: checks that {@code args[0]} is an instance of the owner. */
    @Override
    public Object call(Object[] args, String[] kwnames) {
        int npos = args.length - PyCallable.kwCount(kwnames);
        if (npos == 0) {
            throw Errors.typeError("unbound method " + owner.name() + "." + name + "() needs an argument");
        }
        return body.call(args, kwnames);
    }

    /** Calls with self given apart: the VM's LOAD_METHOD/CALL path, which avoids a bound object. */
    public PyCallable body() {
        return body;
    }

    /** {@code instance.name}: the method bound to {@code self}. */
    public PyBuiltinFunction bind(Object self) {
        return PyBuiltinFunction.bound(name, owner.name() + "." + name, doc, body, self);
    }

    @Override
    public Object get(Object instance, PyType type) {
        return instance == null ? this : bind(instance);
    }

    @Override
    public boolean isMethod() {
        return true;
    }

    /** The type that defines this method. */
    public PyType owner() {
        return owner;
    }

    /** {@code __name__}. */
    public String name() {
        return name;
    }

    /** {@code __doc__}, or null. */
    public String doc() {
        return doc;
    }

    @Override
    public PyType type() {
        return CoreTypes.METHOD_DESCRIPTOR;
    }
}
