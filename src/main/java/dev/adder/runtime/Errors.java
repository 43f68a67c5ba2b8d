package dev.adder.runtime;

/**
 * Creates the built-in exceptions the runtime raises, with CPython's messages chosen by the
 * caller: {@code throw Errors.typeError("unsupported operand type(s) for +: 'int' and 'str'")}.
 */
public final class Errors {
    private Errors() {}

    public static PyBaseException typeError(String message) {
        return new PyBaseException("TypeError", message);
    }

    public static PyBaseException valueError(String message) {
        return new PyBaseException("ValueError", message);
    }

    public static PyBaseException zeroDivisionError(String message) {
        return new PyBaseException("ZeroDivisionError", message);
    }

    public static PyBaseException overflowError(String message) {
        return new PyBaseException("OverflowError", message);
    }

    public static PyBaseException memoryError(String message) {
        return new PyBaseException("MemoryError", message);
    }

    public static PyBaseException indexError(String message) {
        return new PyBaseException("IndexError", message);
    }

    public static PyBaseException keyError(String message) {
        return new PyBaseException("KeyError", message);
    }

    /** {@code AttributeError(message)}. */
    public static PyBaseException attributeError(String message) {
        return new PyBaseException(ExceptionTypes.ATTRIBUTE_ERROR, new Object[] {message});
    }

    /** {@code NameError(message)}. */
    public static PyBaseException nameError(String message) {
        return new PyBaseException(ExceptionTypes.NAME_ERROR, new Object[] {message});
    }

    /** {@code RuntimeError(message)}. */
    public static PyBaseException runtimeError(String message) {
        return new PyBaseException(ExceptionTypes.RUNTIME_ERROR, new Object[] {message});
    }

    /** {@code NotImplementedError(message)}: an Adder feature that is not there yet. */
    public static PyBaseException notImplemented(String message) {
        return new PyBaseException(ExceptionTypes.NOT_IMPLEMENTED_ERROR, new Object[] {message});
    }

    /** {@code StopIteration()} with no value: an iterator is exhausted. */
    public static PyBaseException stopIteration() {
        return new PyBaseException(ExceptionTypes.STOP_ITERATION, new Object[0]);
    }

    /** Any other built-in exception type by name, e.g. {@code "RecursionError"}. */
    public static PyBaseException of(String typeName, String message) {
        return new PyBaseException(typeName, message);
    }

    /**
     * The Python type name of a value as error messages spell it: {@code 'int'} for Integer, Long and
     * BigInteger, {@code 'float'}, {@code 'str'}, {@code 'bool'}, {@code 'NoneType'}, ...
     */
    public static String typeName(Object value) {
        if (value == null || value == PyNone.NONE) {
            return "NoneType";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger) {
            return "int";
        }
        if (value instanceof Double) {
            return "float";
        }
        if (value instanceof String) {
            return "str";
        }
        if (value instanceof PyObject o) {
            return o.type().name();
        }
        if (value instanceof PythonTyped t) {
            return t.pythonTypeName();
        }
        return value.getClass().getSimpleName();
    }
}
