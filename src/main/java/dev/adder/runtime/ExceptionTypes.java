package dev.adder.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The built-in exception types of CPython 3.11, with its hierarchy (generated once from
 * {@code builtins} under python3 3.11). Instances are {@link PyBaseException}s.
 */
public final class ExceptionTypes {
    private ExceptionTypes() {}

    /** {@code BaseException}. */
    public static final PyType BASE_EXCEPTION = PyType.builtin("BaseException", CoreTypes.OBJECT,
            new CoreConstructors(CoreConstructors.BASE_EXCEPTION));
    /** {@code BaseExceptionGroup}. */
    public static final PyType BASE_EXCEPTION_GROUP = PyType.builtin("BaseExceptionGroup", BASE_EXCEPTION,
            new CoreConstructors(CoreConstructors.BASE_EXCEPTION_GROUP));
    /** {@code Exception}. */
    public static final PyType EXCEPTION = PyType.builtin("Exception", BASE_EXCEPTION, null);
    /** {@code GeneratorExit}. */
    public static final PyType GENERATOR_EXIT = PyType.builtin("GeneratorExit", BASE_EXCEPTION, null);
    /** {@code KeyboardInterrupt}. */
    public static final PyType KEYBOARD_INTERRUPT = PyType.builtin("KeyboardInterrupt", BASE_EXCEPTION, null);
    /** {@code SystemExit}. */
    public static final PyType SYSTEM_EXIT = PyType.builtin("SystemExit", BASE_EXCEPTION, null);
    /** {@code ArithmeticError}. */
    public static final PyType ARITHMETIC_ERROR = PyType.builtin("ArithmeticError", EXCEPTION, null);
    /** {@code AssertionError}. */
    public static final PyType ASSERTION_ERROR = PyType.builtin("AssertionError", EXCEPTION, null);
    /** {@code AttributeError}. */
    public static final PyType ATTRIBUTE_ERROR = PyType.builtin("AttributeError", EXCEPTION, null);
    /** {@code BufferError}. */
    public static final PyType BUFFER_ERROR = PyType.builtin("BufferError", EXCEPTION, null);
    /** {@code EOFError}. */
    public static final PyType EOFERROR = PyType.builtin("EOFError", EXCEPTION, null);
    /** {@code ImportError}. */
    public static final PyType IMPORT_ERROR = PyType.builtin("ImportError", EXCEPTION, null);
    /** {@code LookupError}. */
    public static final PyType LOOKUP_ERROR = PyType.builtin("LookupError", EXCEPTION, null);
    /** {@code MemoryError}. */
    public static final PyType MEMORY_ERROR = PyType.builtin("MemoryError", EXCEPTION, null);
    /** {@code NameError}. */
    public static final PyType NAME_ERROR = PyType.builtin("NameError", EXCEPTION, null);
    /** {@code OSError}. */
    public static final PyType OSERROR = PyType.builtin("OSError", EXCEPTION, new CoreConstructors(CoreConstructors.OSERROR));
    /** {@code ReferenceError}. */
    public static final PyType REFERENCE_ERROR = PyType.builtin("ReferenceError", EXCEPTION, null);
    /** {@code RuntimeError}. */
    public static final PyType RUNTIME_ERROR = PyType.builtin("RuntimeError", EXCEPTION, null);
    /** {@code StopAsyncIteration}. */
    public static final PyType STOP_ASYNC_ITERATION = PyType.builtin("StopAsyncIteration", EXCEPTION, null);
    /** {@code StopIteration}. */
    public static final PyType STOP_ITERATION = PyType.builtin("StopIteration", EXCEPTION, null);
    /** {@code SyntaxError}. */
    public static final PyType SYNTAX_ERROR = PyType.builtin("SyntaxError", EXCEPTION, null);
    /** {@code SystemError}. */
    public static final PyType SYSTEM_ERROR = PyType.builtin("SystemError", EXCEPTION, null);
    /** {@code TypeError}. */
    public static final PyType TYPE_ERROR = PyType.builtin("TypeError", EXCEPTION, null);
    /** {@code ValueError}. */
    public static final PyType VALUE_ERROR = PyType.builtin("ValueError", EXCEPTION, null);
    /** {@code Warning}. */
    public static final PyType WARNING = PyType.builtin("Warning", EXCEPTION, null);
    /** {@code FloatingPointError}. */
    public static final PyType FLOATING_POINT_ERROR = PyType.builtin("FloatingPointError", ARITHMETIC_ERROR, null);
    /** {@code OverflowError}. */
    public static final PyType OVERFLOW_ERROR = PyType.builtin("OverflowError", ARITHMETIC_ERROR, null);
    /** {@code ZeroDivisionError}. */
    public static final PyType ZERO_DIVISION_ERROR = PyType.builtin("ZeroDivisionError", ARITHMETIC_ERROR, null);
    /** {@code BytesWarning}. */
    public static final PyType BYTES_WARNING = PyType.builtin("BytesWarning", WARNING, null);
    /** {@code DeprecationWarning}. */
    public static final PyType DEPRECATION_WARNING = PyType.builtin("DeprecationWarning", WARNING, null);
    /** {@code EncodingWarning}. */
    public static final PyType ENCODING_WARNING = PyType.builtin("EncodingWarning", WARNING, null);
    /** {@code FutureWarning}. */
    public static final PyType FUTURE_WARNING = PyType.builtin("FutureWarning", WARNING, null);
    /** {@code ImportWarning}. */
    public static final PyType IMPORT_WARNING = PyType.builtin("ImportWarning", WARNING, null);
    /** {@code PendingDeprecationWarning}. */
    public static final PyType PENDING_DEPRECATION_WARNING = PyType.builtin("PendingDeprecationWarning", WARNING, null);
    /** {@code ResourceWarning}. */
    public static final PyType RESOURCE_WARNING = PyType.builtin("ResourceWarning", WARNING, null);
    /** {@code RuntimeWarning}. */
    public static final PyType RUNTIME_WARNING = PyType.builtin("RuntimeWarning", WARNING, null);
    /** {@code SyntaxWarning}. */
    public static final PyType SYNTAX_WARNING = PyType.builtin("SyntaxWarning", WARNING, null);
    /** {@code UnicodeWarning}. */
    public static final PyType UNICODE_WARNING = PyType.builtin("UnicodeWarning", WARNING, null);
    /** {@code UserWarning}. */
    public static final PyType USER_WARNING = PyType.builtin("UserWarning", WARNING, null);
    /** {@code BlockingIOError}. */
    public static final PyType BLOCKING_IOERROR = PyType.builtin("BlockingIOError", OSERROR, null);
    /** {@code ChildProcessError}. */
    public static final PyType CHILD_PROCESS_ERROR = PyType.builtin("ChildProcessError", OSERROR, null);
    /** {@code ConnectionError}. */
    public static final PyType CONNECTION_ERROR = PyType.builtin("ConnectionError", OSERROR, null);
    /** {@code FileExistsError}. */
    public static final PyType FILE_EXISTS_ERROR = PyType.builtin("FileExistsError", OSERROR, null);
    /** {@code FileNotFoundError}. */
    public static final PyType FILE_NOT_FOUND_ERROR = PyType.builtin("FileNotFoundError", OSERROR, null);
    /** {@code InterruptedError}. */
    public static final PyType INTERRUPTED_ERROR = PyType.builtin("InterruptedError", OSERROR, null);
    /** {@code IsADirectoryError}. */
    public static final PyType IS_ADIRECTORY_ERROR = PyType.builtin("IsADirectoryError", OSERROR, null);
    /** {@code NotADirectoryError}. */
    public static final PyType NOT_ADIRECTORY_ERROR = PyType.builtin("NotADirectoryError", OSERROR, null);
    /** {@code PermissionError}. */
    public static final PyType PERMISSION_ERROR = PyType.builtin("PermissionError", OSERROR, null);
    /** {@code ProcessLookupError}. */
    public static final PyType PROCESS_LOOKUP_ERROR = PyType.builtin("ProcessLookupError", OSERROR, null);
    /** {@code TimeoutError}. */
    public static final PyType TIMEOUT_ERROR = PyType.builtin("TimeoutError", OSERROR, null);
    /** {@code IndentationError}. */
    public static final PyType INDENTATION_ERROR = PyType.builtin("IndentationError", SYNTAX_ERROR, null);
    /** {@code IndexError}. */
    public static final PyType INDEX_ERROR = PyType.builtin("IndexError", LOOKUP_ERROR, null);
    /** {@code KeyError}. */
    public static final PyType KEY_ERROR = PyType.builtin("KeyError", LOOKUP_ERROR, null);
    /** {@code ModuleNotFoundError}. */
    public static final PyType MODULE_NOT_FOUND_ERROR = PyType.builtin("ModuleNotFoundError", IMPORT_ERROR, null);
    /** {@code NotImplementedError}. */
    public static final PyType NOT_IMPLEMENTED_ERROR = PyType.builtin("NotImplementedError", RUNTIME_ERROR, null);
    /** {@code RecursionError}. */
    public static final PyType RECURSION_ERROR = PyType.builtin("RecursionError", RUNTIME_ERROR, null);
    /** {@code UnboundLocalError}. */
    public static final PyType UNBOUND_LOCAL_ERROR = PyType.builtin("UnboundLocalError", NAME_ERROR, null);
    /** {@code UnicodeError}. */
    public static final PyType UNICODE_ERROR = PyType.builtin("UnicodeError", VALUE_ERROR, null);
    /** {@code BrokenPipeError}. */
    public static final PyType BROKEN_PIPE_ERROR = PyType.builtin("BrokenPipeError", CONNECTION_ERROR, null);
    /** {@code ConnectionAbortedError}. */
    public static final PyType CONNECTION_ABORTED_ERROR = PyType.builtin("ConnectionAbortedError", CONNECTION_ERROR, null);
    /** {@code ConnectionRefusedError}. */
    public static final PyType CONNECTION_REFUSED_ERROR = PyType.builtin("ConnectionRefusedError", CONNECTION_ERROR, null);
    /** {@code ConnectionResetError}. */
    public static final PyType CONNECTION_RESET_ERROR = PyType.builtin("ConnectionResetError", CONNECTION_ERROR, null);
    /** {@code TabError}. */
    public static final PyType TAB_ERROR = PyType.builtin("TabError", INDENTATION_ERROR, null);
    /** {@code UnicodeDecodeError}. */
    public static final PyType UNICODE_DECODE_ERROR = PyType.builtin("UnicodeDecodeError", UNICODE_ERROR, null);
    /** {@code UnicodeEncodeError}. */
    public static final PyType UNICODE_ENCODE_ERROR = PyType.builtin("UnicodeEncodeError", UNICODE_ERROR, null);
    /** {@code UnicodeTranslateError}. */
    public static final PyType UNICODE_TRANSLATE_ERROR = PyType.builtin("UnicodeTranslateError", UNICODE_ERROR, null);
    /** {@code ExceptionGroup}. */
    public static final PyType EXCEPTION_GROUP = new PyType("ExceptionGroup", "builtins", new PyType[] {BASE_EXCEPTION_GROUP, EXCEPTION}, null, false, null);

    private static final Map<String, PyType> BY_NAME = byName();

    private static Map<String, PyType> byName() {
        Map<String, PyType> m = new LinkedHashMap<>();
        for (PyType t : new PyType[] {
                BASE_EXCEPTION,
                BASE_EXCEPTION_GROUP,
                EXCEPTION,
                GENERATOR_EXIT,
                KEYBOARD_INTERRUPT,
                SYSTEM_EXIT,
                ARITHMETIC_ERROR,
                ASSERTION_ERROR,
                ATTRIBUTE_ERROR,
                BUFFER_ERROR,
                EOFERROR,
                IMPORT_ERROR,
                LOOKUP_ERROR,
                MEMORY_ERROR,
                NAME_ERROR,
                OSERROR,
                REFERENCE_ERROR,
                RUNTIME_ERROR,
                STOP_ASYNC_ITERATION,
                STOP_ITERATION,
                SYNTAX_ERROR,
                SYSTEM_ERROR,
                TYPE_ERROR,
                VALUE_ERROR,
                WARNING,
                FLOATING_POINT_ERROR,
                OVERFLOW_ERROR,
                ZERO_DIVISION_ERROR,
                BYTES_WARNING,
                DEPRECATION_WARNING,
                ENCODING_WARNING,
                FUTURE_WARNING,
                IMPORT_WARNING,
                PENDING_DEPRECATION_WARNING,
                RESOURCE_WARNING,
                RUNTIME_WARNING,
                SYNTAX_WARNING,
                UNICODE_WARNING,
                USER_WARNING,
                BLOCKING_IOERROR,
                CHILD_PROCESS_ERROR,
                CONNECTION_ERROR,
                FILE_EXISTS_ERROR,
                FILE_NOT_FOUND_ERROR,
                INTERRUPTED_ERROR,
                IS_ADIRECTORY_ERROR,
                NOT_ADIRECTORY_ERROR,
                PERMISSION_ERROR,
                PROCESS_LOOKUP_ERROR,
                TIMEOUT_ERROR,
                INDENTATION_ERROR,
                INDEX_ERROR,
                KEY_ERROR,
                MODULE_NOT_FOUND_ERROR,
                NOT_IMPLEMENTED_ERROR,
                RECURSION_ERROR,
                UNBOUND_LOCAL_ERROR,
                UNICODE_ERROR,
                BROKEN_PIPE_ERROR,
                CONNECTION_ABORTED_ERROR,
                CONNECTION_REFUSED_ERROR,
                CONNECTION_RESET_ERROR,
                TAB_ERROR,
                UNICODE_DECODE_ERROR,
                UNICODE_ENCODE_ERROR,
                UNICODE_TRANSLATE_ERROR,
                EXCEPTION_GROUP,
        }) {
            m.put(t.name(), t); // frozen by dev.adder.objects.CoreMethods once their methods are in
        }
        return m;
    }

    /** The built-in exception type called {@code name}, or null. */
    public static PyType byName(String name) {
        return BY_NAME.get(name);
    }

    /** All built-in exception types, bases before subclasses (for the builtins module). */
    public static Iterable<PyType> all() {
        return BY_NAME.values();
    }
}
