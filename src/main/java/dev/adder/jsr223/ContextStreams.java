package dev.adder.jsr223;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.function.Supplier;
import javax.script.ScriptContext;

/**
 * The engine's {@code sys.stdout}, {@code sys.stderr} and {@code sys.stdin} are built on these
 * streams, which forward every call to the writer or reader of the {@link ScriptContext} current on
 * the calling thread: each evaluation prints to its own context, whichever thread runs it.
 */
final class ContextStreams {
    private ContextStreams() {
    }

    /** A writer forwarding to the current context's writer ({@code error}: its error writer). */
    static Writer writer(Supplier<ScriptContext> context, boolean error) {
        return new Writer() {
            /** Whether this thread wrote since its last flush: evaluations flush at their end, most wrote nothing. */
            private final ThreadLocal<boolean[]> dirty = new ThreadLocal<>();

            private boolean[] dirty() {
                boolean[] d = dirty.get();
                if (d == null) {
                    d = new boolean[1];
                    dirty.set(d);
                }
                return d;
            }

            private Writer target() {
                ScriptContext ctx = context.get();
                Writer w = ctx == null ? null : error ? ctx.getErrorWriter() : ctx.getWriter();
                return w == null ? Writer.nullWriter() : w;
            }

            @Override
            public void write(char[] buf, int off, int len) throws IOException {
                dirty()[0] = true;
                target().write(buf, off, len);
            }

            @Override
            public void write(String s, int off, int len) throws IOException {
                dirty()[0] = true;
                target().write(s, off, len);
            }

            @Override
            public void flush() throws IOException {
                boolean[] d = dirty.get();
                if (d != null && d[0]) {
                    d[0] = false;
                    target().flush();
                }
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /** A reader forwarding to the current context's reader (unbuffered here: the context's reader decides). */
    static BufferedReader reader(Supplier<ScriptContext> context) {
        return new BufferedReader(Reader.nullReader(), 1) {
            private Reader target() {
                ScriptContext ctx = context.get();
                Reader r = ctx == null ? null : ctx.getReader();
                return r == null ? Reader.nullReader() : r;
            }

            @Override
            public int read() throws IOException {
                return target().read();
            }

            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                return target().read(buf, off, len);
            }

            @Override
            public String readLine() throws IOException {
                Reader r = target();
                int c = r.read();
                if (c < 0) {
                    return null;
                }
                StringBuilder sb = new StringBuilder();
                for (; c >= 0 && c != '\n'; c = r.read()) {
                    sb.append((char) c);
                }
                return sb.toString();
            }

            @Override
            public boolean ready() throws IOException {
                return target().ready();
            }

            @Override
            public void close() {
            }
        };
    }
}
