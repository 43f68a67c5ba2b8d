package dev.adder.runtime;

/** A bound method ({@code types.MethodType}): a Python function and the instance it was read from. */
public final class PyMethod implements PyObject, PyCallable {
    /** {@code type(obj.method)}. */
    public static final PyType TYPE = PyType.builtin("method", CoreTypes.OBJECT, null); // filled by objects.CoreMethods

    private final Object function;
    private final Object self;

    /** {@code function} bound to {@code self}. */
    public PyMethod(Object function, Object self) {
        this.function = function;
        this.self = self;
    }

    @Override
    public Object call(Object[] args, String[] kwnames) {
        Object[] withSelf = new Object[args.length + 1];
        withSelf[0] = self;
        System.arraycopy(args, 0, withSelf, 1, args.length);
        return ((PyCallable) function).call(withSelf, kwnames);
    }

    /** {@code __func__}. */
    public Object function() {
        return function;
    }

    /** {@code __self__}. */
    public Object self() {
        return self;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
