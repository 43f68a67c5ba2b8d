package dev.adder.builtins;

import dev.adder.objects.PyIterator;
import dev.adder.objects.PyList;
import dev.adder.objects.StrOps;
import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyGetSetDescriptor;
import dev.adder.runtime.PyMethodDescriptor;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;

/**
 * {@code sys.stdout}, {@code sys.stderr} and {@code sys.stdin}: a text stream ({@code
 * _io.TextIOWrapper}) over a {@link Writer} or {@link Reader} that the host gives (the command line
 * gives System.out/err/in as UTF-8; a script engine gives its context's writers). Writes are
 * buffered by the writer unless the stream is line buffered (a terminal, stderr), as CPython does.
 */
public final class TextStream extends PyIterator {
    /** {@code type(sys.stdout)}. */
    public static final PyType TYPE = createType();
    /** {@code io.UnsupportedOperation}: reading a write-only stream and the like. */
    public static final PyType UNSUPPORTED_OPERATION = new PyType("UnsupportedOperation", "io",
            new PyType[] {ExceptionTypes.OSERROR, ExceptionTypes.VALUE_ERROR}, null, false, null).freeze();

    private final String name;
    private final Writer writer;
    private final BufferedReader reader;
    private final boolean lineBuffering;
    private final boolean tty;
    private boolean closed;
    /** What {@code open()} gave ({@code "r"}, {@code "w"}...); null for the standard streams. */
    private String mode;
    private String encoding = "utf-8";
    /** What {@code close()} closes: the file of a stream {@code open()} made, null for the host's streams. */
    private java.io.Closeable resource;

    private TextStream(String name, Writer writer, Reader reader, boolean lineBuffering, boolean tty) {
        this.name = name;
        this.writer = writer;
        this.reader = reader == null ? null
                : reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        this.lineBuffering = lineBuffering;
        this.tty = tty;
    }

    /** A writable stream called {@code name} ("&lt;stdout&gt;"); line buffered ones flush at each newline. */
    public static TextStream writer(String name, Writer out, boolean lineBuffering, boolean tty) {
        return new TextStream(name, out, null, lineBuffering, tty);
    }

    /**
     * A text file {@code open()} made: {@code in} and/or {@code out} over it, {@code resource} closed
     * by {@code close()}; {@code mode} and {@code encoding} as its attributes show them.
     */
    static TextStream file(String name, String mode, String encoding, Reader in, Writer out,
                           java.io.Closeable resource) {
        TextStream s = new TextStream(name, out, in, false, false);
        s.mode = mode;
        s.encoding = encoding;
        s.resource = resource;
        return s;
    }

    /** A readable stream called {@code name} ("&lt;stdin&gt;"). */
    public static TextStream reader(String name, Reader in, boolean tty) {
        return new TextStream(name, null, in, false, tty);
    }

    /** {@code write(s)}: returns the number of code points written. */
    public int write(String s) {
        append(s);
        return StrOps.len(s);
    }

    /** Writes {@code s} ({@code write} without its result: print's path). */
    public void append(String s) {
        checkOpen();
        if (writer == null) {
            throw unsupported("not writable");
        }
        try {
            writer.write(s);
            if (lineBuffering && s.indexOf('\n') >= 0) {
                writer.flush();
            }
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    /** {@code flush()}. */
    public void flush() {
        checkOpen();
        if (writer != null) {
            try {
                writer.flush();
            } catch (IOException e) {
                throw ioError(e);
            }
        }
    }

    /** {@code readline()}: the next line with its newline, or "" at the end of input. */
    public String readline(long limit) {
        checkReadable();
        StringBuilder sb = new StringBuilder();
        try {
            while (limit < 0 || sb.length() < limit) {
                int c = reader.read();
                if (c < 0) {
                    break;
                }
                sb.append((char) c);
                if (c == '\n') {
                    break;
                }
            }
        } catch (IOException e) {
            throw ioError(e);
        }
        return sb.toString();
    }

    /** {@code read(size=-1)}: everything left, or at most {@code size} characters. */
    public String read(long size) {
        checkReadable();
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        try {
            while (size < 0 || sb.length() < size) {
                int want = size < 0 ? buf.length : (int) Math.min(buf.length, size - sb.length());
                int n = reader.read(buf, 0, want);
                if (n < 0) {
                    break;
                }
                sb.append(buf, 0, n);
            }
        } catch (IOException e) {
            throw ioError(e);
        }
        return sb.toString();
    }

    /** Iteration over lines ({@code for line in sys.stdin}). */
    @Override
    public Object next() {
        String line = readline(-1);
        return line.isEmpty() ? null : line;
    }

    /** {@code close()}: flushes; the host's writer itself stays open (it belongs to the host). */
    public void close() {
        if (closed) {
            return;
        }
        try {
            if (writer != null) {
                flush();
            }
        } finally {
            closed = true;
            if (resource != null) {
                try {
                    resource.close();
                } catch (IOException e) {
                    throw ioError(e);
                }
            }
        }
    }

    /** {@code name}. */
    public String name() {
        return name;
    }

    private void checkOpen() {
        if (closed) {
            throw Errors.valueError("I/O operation on closed file.");
        }
    }

    private void checkReadable() {
        checkOpen();
        if (reader == null) {
            throw unsupported("not readable");
        }
    }

    static PyBaseException unsupported(String what) {
        return new PyBaseException(UNSUPPORTED_OPERATION, new Object[] {what});
    }

    private static Object[] rest(Object[] args) {
        return java.util.Arrays.copyOfRange(args, 1, args.length);
    }

    private static PyBaseException ioError(IOException e) {
        return Errors.of("OSError", String.valueOf(e.getMessage()));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return "<_io.TextIOWrapper name=" + (resource != null ? dev.adder.objects.Ops.repr(name) : "'" + name + "'")
                + " mode='" + mode() + "' encoding='" + encoding + "'>";
    }

    private String mode() {
        return mode != null ? mode : writer != null ? "w" : "r";
    }

    private static TextStream self(String method, Object o) {
        if (o instanceof TextStream t) {
            return t;
        }
        throw Errors.typeError("descriptor '" + method + "' for '_io.TextIOWrapper' objects doesn't apply to a '"
                + Errors.typeName(o) + "' object");
    }

    private static long sizeArg(String fname, Object[] args, String[] kwnames) {
        Args.noKeywords("TextIOWrapper." + fname, kwnames);
        int n = Args.positional(fname, rest(args), kwnames, 0, 1);
        if (n == 0 || args[1] == PyNone.NONE) {
            return -1;
        }
        Object v = dev.adder.objects.Ops.index(args[1]);
        return v instanceof Integer i ? i : v instanceof Long l ? l : Long.MAX_VALUE;
    }

    private static PyType createType() {
        return new PyType("TextIOWrapper", "_io", new PyType[] {CoreTypes.OBJECT}, null, false, null)
                .fillLazily(new StartupTable(StartupTable.TEXT_STREAM));
    }

    /** The attributes of the type, defined when first needed. */
    static void defineType(PyType t) {
        method(t, "write", (args, kw) -> {
            Args.one("TextIOWrapper.write", rest(args), kw);
            if (!(args[1] instanceof String s)) {
                throw Errors.typeError("write() argument must be str, not " + Errors.typeName(args[1]));
            }
            return self("write", args[0]).write(s);
        });
        method(t, "writelines", (args, kw) -> {
            Args.one("TextIOWrapper.writelines", rest(args), kw);
            TextStream stream = self("writelines", args[0]);
            Object it = dev.adder.objects.Ops.iter(args[1]);
            for (Object line = dev.adder.objects.Ops.next(it); line != null; line = dev.adder.objects.Ops.next(it)) {
                if (!(line instanceof String s)) {
                    throw Errors.typeError("write() argument must be str, not " + Errors.typeName(line));
                }
                stream.append(s);
            }
            return PyNone.NONE;
        });
        method(t, "flush", (args, kw) -> {
            Args.none("TextIOWrapper.flush", rest(args), kw);
            self("flush", args[0]).flush();
            return PyNone.NONE;
        });
        method(t, "readline", (args, kw) -> self("readline", args[0]).readline(sizeArg("readline", args, kw)));
        method(t, "read", (args, kw) -> self("read", args[0]).read(sizeArg("read", args, kw)));
        method(t, "readlines", (args, kw) -> {
            TextStream s = self("readlines", args[0]);
            PyList lines = new PyList();
            for (Object line; (line = s.next()) != null; ) {
                lines.add(line);
            }
            return lines;
        });
        method(t, "close", (args, kw) -> {
            self("close", args[0]).close();
            return PyNone.NONE;
        });
        method(t, "isatty", (args, kw) -> self("isatty", args[0]).tty);
        method(t, "readable", (args, kw) -> self("readable", args[0]).reader != null);
        method(t, "writable", (args, kw) -> self("writable", args[0]).writer != null);
        method(t, "seekable", (args, kw) -> false);
        method(t, "fileno", (args, kw) -> {
            TextStream s = self("fileno", args[0]);
            return s.resource != null ? unsupportedFileno() : "<stdin>".equals(s.name) ? 0
                    : "<stdout>".equals(s.name) ? 1 : "<stderr>".equals(s.name) ? 2 : unsupportedFileno();
        });
        method(t, "__enter__", (args, kw) -> self("__enter__", args[0]));
        method(t, "__exit__", (args, kw) -> {
            self("__exit__", args[0]).close();
            return PyNone.NONE;
        });
        method(t, "__iter__", (args, kw) -> self("__iter__", args[0]));
        method(t, "__next__", (args, kw) -> {
            Object line = self("__next__", args[0]).next();
            if (line == null) {
                throw Errors.stopIteration();
            }
            return line;
        });
        method(t, "__repr__", (args, kw) -> self("__repr__", args[0]).toString());
        getter(t, "name", s -> s.name);
        getter(t, "mode", TextStream::mode);
        getter(t, "encoding", s -> s.encoding);
        getter(t, "errors", s -> s.resource != null || "<stdin>".equals(s.name) || "<stdout>".equals(s.name)
                ? "strict" : "backslashreplace");
        getter(t, "closed", s -> s.closed);
        getter(t, "line_buffering", s -> s.lineBuffering);
    }

    private static int unsupportedFileno() {
        throw unsupported("fileno");
    }

    private static void method(PyType t, String name, PyCallable body) {
        t.define(name, new PyMethodDescriptor(t, name, null, body));
    }

    private static void getter(PyType t, String name, java.util.function.Function<TextStream, Object> get) {
        t.define(name, new PyGetSetDescriptor(t, name, o -> get.apply(self(name, o)), null));
    }
}
