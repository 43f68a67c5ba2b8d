package dev.adder.vm;

import dev.adder.PythonException;
import dev.adder.objects.JavaValues;
import dev.adder.objects.PyTuple;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyNone;

/**
 * Turns a Python exception into the {@link PythonException} Java hosts see: type, message,
 * CPython-format traceback, and the innermost Python frame's file and line (for a
 * {@code SyntaxError}, the file and line of the error itself).
 */
public final class PythonExceptions {
    private PythonExceptions() {
    }

    /** The Java view of {@code e}, raised in {@code interp}. */
    public static PythonException of(InterpreterState interp, PyBaseException e) {
        String traceback;
        String last;
        try {
            traceback = interp.formatTraceback(e);
            last = TracebackFormatter.lastLine(e);
        } catch (RuntimeException | StackOverflowError x) {
            traceback = e.pythonTypeName() + "\n";
            last = e.pythonTypeName();
        }
        String type = e.type().name();
        int colon = last.indexOf(": ");
        String message = colon < 0 ? "" : last.substring(colon + 2);
        if (e.isInstance(ExceptionTypes.SYNTAX_ERROR) && e.dict().get("msg") instanceof String msg) {
            message = msg;
        }
        String file = null;
        int line = -1;
        if (e.isInstance(ExceptionTypes.SYNTAX_ERROR)) {
            Object f = e.dict().get("filename");
            Object l = e.dict().get("lineno");
            file = f instanceof String s ? s : null;
            line = l instanceof Integer i ? i : -1;
        } else {
            for (Object tb = e.traceback(); tb instanceof PyTraceback t; tb = t.next()) {
                file = t.code().co_filename();
                line = t.lineno();
            }
        }
        return new PythonException(type, message, traceback, file, line, exitCode(e), e);
    }

    /** SystemExit's code as Java sees it; null for other exceptions and for None. */
    private static Object exitCode(PyBaseException e) {
        if (!e.isInstance(ExceptionTypes.SYSTEM_EXIT)) {
            return null;
        }
        Object[] args = e.args();
        Object code = args.length == 0 ? PyNone.NONE : args.length == 1 ? args[0] : PyTuple.of(args);
        return JavaValues.toJava(code);
    }
}
