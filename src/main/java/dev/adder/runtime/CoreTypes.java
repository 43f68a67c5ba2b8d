package dev.adder.runtime;

/**
 * The type objects the runtime itself needs: {@code object}, {@code type}, the singletons' types
 * and the types of built-in callables. The value types (int, str, list, ...) are defined with
 * their methods in {@code dev.adder.objects}; the exception types in {@link ExceptionTypes}.
 */
public final class CoreTypes {
    private CoreTypes() {}

    /** {@code object}: the root of every MRO; {@code object()} makes a bare instance. */
    public static final PyType OBJECT = PyType.builtin("object", null, new CoreConstructors(CoreConstructors.OBJECT));
    /** {@code type}. */
    public static final PyType TYPE = PyType.builtin("type", OBJECT, null);
    /** {@code type(None)}. */
    public static final PyType NONE_TYPE = PyType.builtin("NoneType", OBJECT, null);
    /** {@code type(NotImplemented)}. */
    public static final PyType NOT_IMPLEMENTED_TYPE = PyType.builtin("NotImplementedType", OBJECT, null);
    /** {@code type(...)}. */
    public static final PyType ELLIPSIS_TYPE = PyType.builtin("ellipsis", OBJECT, null);
    /** Functions written in Java, bound or not: {@code type(len)}, {@code type("".upper)}. */
    public static final PyType BUILTIN_FUNCTION = PyType.builtin("builtin_function_or_method", OBJECT, null);
    /** Unbound methods of built-in types: {@code type(str.upper)}. */
    public static final PyType METHOD_DESCRIPTOR = PyType.builtin("method_descriptor", OBJECT, null);

    /** {@code object()} until {@code dev.adder.objects} installs object's methods (and its own constructor). */
    static Object newObject(PyType type, Object[] args) {
        if (type == CoreTypes.OBJECT && (args.length > 0)) {
            throw Errors.typeError("object() takes no arguments");
        }
        return new PyInstance(type);
    }
}
