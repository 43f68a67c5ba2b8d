package dev.adder.syntax;

/**
 * A compile-time error from the front end, carrying what CPython's {@code SyntaxError} carries.
 *
 * <p>{@code pythonType} is the Python exception type the script must see: {@code SyntaxError},
 * {@code IndentationError} or {@code TabError}, and for resource limits {@code MemoryError},
 * {@code RecursionError} or {@code UnicodeDecodeError}, exactly as CPython 3.11 raises them.
 * {@code offset} and {@code endOffset} are 1-based columns exactly as CPython reports them: characters
 * when CPython's tokenizer has an encoding (a {@code str} source or a coding cookie), UTF-8 bytes
 * otherwise and for symbol-table and compiler errors; 0 where CPython gives none. {@code text} is the
 * offending source line or null.
 */
public final class PythonSyntaxError extends RuntimeException {
    private final String pythonType;
    private final String msg;
    private final String filename;
    private final int lineno;
    private final int offset;
    private final int endLineno;
    private final int endOffset;
    private final String text;

    public PythonSyntaxError(String pythonType, String msg, String filename,
                             int lineno, int offset, int endLineno, int endOffset, String text) {
        super(msg, null, false, false);
        this.pythonType = pythonType;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }

    /** A resource-limit error with no location, such as CPython's bare {@code MemoryError}. */
    public static PythonSyntaxError limit(String pythonType, String msg) {
        return new PythonSyntaxError(pythonType, msg, null, 0, 0, 0, 0, null);
    }

    public String pythonType() { return pythonType; }
    public String msg() { return msg; }
    public String filename() { return filename; }
    public int lineno() { return lineno; }
    public int offset() { return offset; }
    public int endLineno() { return endLineno; }
    public int endOffset() { return endOffset; }
    public String text() { return text; }

    /** Whether Python code can catch this as {@code SyntaxError} (IndentationError and TabError included). */
    public boolean isSyntaxError() {
        return pythonType.equals("SyntaxError") || pythonType.equals("IndentationError")
                || pythonType.equals("TabError");
    }

    @Override
    public String toString() {
        return pythonType + ": " + msg + (lineno > 0 ? " (" + filename + ", line " + lineno + ")" : "");
    }
}
