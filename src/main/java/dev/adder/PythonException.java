package dev.adder;

/**
 * A Python exception seen from Java: thrown (unchecked) when Python code called through a Java
 * interface fails, and the cause of every {@code ScriptException} the engine throws. It carries the
 * Python type's name, the message, and the traceback exactly as CPython 3.11 would print it.
 */
public final class PythonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pythonType;
    private final String pythonMessage;
    private final String traceback;
    private final String fileName;
    private final int lineNumber;
    private final transient Object exitCode;

    /**
     * Creates the Java view of a Python exception.
     *
     * @param pythonType the exception type's name ({@code "ValueError"})
     * @param pythonMessage {@code str(exception)}
     * @param traceback the whole traceback text, as CPython prints it
     * @param fileName the innermost Python frame's file, or null
     * @param lineNumber the innermost Python frame's line, or -1
     * @param exitCode for {@code SystemExit}: its code as a Java value (null for None); else null
     * @param cause the Python exception object itself
     */
    public PythonException(String pythonType, String pythonMessage, String traceback, String fileName,
                           int lineNumber, Object exitCode, Throwable cause) {
        super(pythonMessage.isEmpty() ? pythonType : pythonType + ": " + pythonMessage, cause, false, false);
        this.pythonType = pythonType;
        this.pythonMessage = pythonMessage;
        this.traceback = traceback;
        this.fileName = fileName;
        this.lineNumber = lineNumber;
        this.exitCode = exitCode;
    }

    /** The Python exception type's name, such as {@code "ZeroDivisionError"}. */
    public String getPythonType() {
        return pythonType;
    }

    /** {@code str(exception)}: the message without the type. */
    public String getPythonMessage() {
        return pythonMessage;
    }

    /** The traceback as CPython prints it ({@code Traceback (most recent call last): ...}). */
    public String getPythonTraceback() {
        return traceback;
    }

    /** The file of the innermost Python frame, or null when no Python frame was running. */
    public String getFileName() {
        return fileName;
    }

    /** The line of the innermost Python frame, or -1. */
    public int getLineNumber() {
        return lineNumber;
    }

    /** True for {@code SystemExit} ({@code sys.exit()}): the script asked to stop. */
    public boolean isSystemExit() {
        return "SystemExit".equals(pythonType);
    }

    /** For {@code SystemExit}: the exit code as Java sees it (an Integer, a String, or null for None). */
    public Object getExitCode() {
        return exitCode;
    }
}
