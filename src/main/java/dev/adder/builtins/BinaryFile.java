package dev.adder.builtins;

import dev.adder.objects.PyBytes;
import dev.adder.objects.PyIterator;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigInteger;

/**
 * A file {@code open()} opened in binary mode ({@code _io.BufferedReader}, {@code BufferedWriter}
 * or {@code BufferedRandom}), and the byte layer under text files: one position over a
 * {@link RandomAccessFile}, a read buffer and a write buffer (written out before any read, seek or
 * close). Python's methods are in {@link BinaryFileMethods}.
 */
final class BinaryFile extends PyIterator {
    private static final int BUFFER = 8192;

    private final String name;
    private final String mode;
    private final RandomAccessFile file;
    private final boolean readable;
    private final boolean writable;
    private final boolean appending;
    private boolean closed;
    /** The position Python sees. */
    private long pos;
    private final byte[] readBuf = new byte[BUFFER];
    private long readStart;
    private int readLen;
    private final ByteArrayOutputStream writeBuf = new ByteArrayOutputStream();
    private long writeStart;

    BinaryFile(String name, String mode, RandomAccessFile file, boolean readable, boolean writable, boolean appending) {
        this.name = name;
        this.mode = mode;
        this.file = file;
        this.readable = readable;
        this.writable = writable;
        this.appending = appending;
        try {
            this.pos = file.getFilePointer();
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    String name() {
        return name;
    }

    String mode() {
        return mode;
    }

    boolean closed() {
        return closed;
    }

    boolean readable() {
        return readable;
    }

    boolean writable() {
        return writable;
    }

    /** {@code read(size)}: at most {@code size} bytes (all that is left when negative). */
    byte[] read(long size, String what) {
        checkReadable(what);
        flushWrites();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (size < 0 || out.size() < size) {
            int b = peek();
            if (b < 0) {
                break;
            }
            int offset = (int) (pos - readStart);
            int n = readLen - offset;
            if (size >= 0) {
                n = (int) Math.min(n, size - out.size());
            }
            out.write(readBuf, offset, n);
            pos += n;
        }
        return out.toByteArray();
    }

    /** {@code readline(size)}: up to and including the next {@code \n}, at most {@code size} bytes. */
    byte[] readline(long size, String what) {
        checkReadable(what);
        flushWrites();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (size < 0 || out.size() < size) {
            int b = peek();
            if (b < 0) {
                break;
            }
            out.write(b);
            pos++;
            if (b == '\n') {
                break;
            }
        }
        return out.toByteArray();
    }

    /** The byte at the position (buffered), or -1 at the end of the file. */
    private int peek() {
        if (pos < readStart || pos >= readStart + readLen) {
            try {
                file.seek(pos);
                int n = file.read(readBuf, 0, BUFFER);
                readStart = pos;
                readLen = Math.max(n, 0);
            } catch (IOException e) {
                throw ioError(e);
            }
            if (readLen == 0) {
                return -1;
            }
        }
        return readBuf[(int) (pos - readStart)] & 0xFF;
    }

    /** {@code write(b)}: returns the number of bytes written. */
    int write(byte[] b, String what) {
        checkOpen(what == null ? "write to closed file" : what);
        if (!writable) {
            throw TextStream.unsupported("write");
        }
        try {
            if (appending && writeBuf.size() == 0) {
                pos = file.length();
            }
        } catch (IOException e) {
            throw ioError(e);
        }
        if (writeBuf.size() > 0 && pos != writeStart + writeBuf.size()) {
            flushWrites();
        }
        if (writeBuf.size() == 0) {
            writeStart = pos;
        }
        writeBuf.write(b, 0, b.length);
        pos += b.length;
        readLen = 0;
        if (writeBuf.size() >= BUFFER) {
            flushWrites();
        }
        return b.length;
    }

    /** Writes the write buffer out to the file. */
    void flushWrites() {
        if (writeBuf.size() == 0) {
            return;
        }
        try {
            file.seek(writeStart);
            writeBuf.writeTo(new java.io.OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    file.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    file.write(b, off, len);
                }
            });
        } catch (IOException e) {
            throw ioError(e);
        } finally {
            writeBuf.reset();
        }
    }

    /** {@code flush()}. */
    void flush() {
        checkOpen("I/O operation on closed file.");
        flushWrites();
    }

    /** {@code seek(offset, whence)}: returns the new position. */
    long seek(long offset, int whence) {
        checkOpen("seek of closed file");
        flushWrites();
        long base;
        try {
            base = switch (whence) {
                case 0 -> 0;
                case 1 -> pos;
                case 2 -> file.length();
                default -> throw Errors.valueError("whence value " + whence + " unsupported");
            };
        } catch (IOException e) {
            throw ioError(e);
        }
        long target = base + offset;
        if (target < 0) {
            throw Errors.valueError("negative seek position " + offset);
        }
        pos = target;
        return pos;
    }

    /** {@code tell()}. */
    long tell() {
        checkOpen("I/O operation on closed file");
        return pos;
    }

    /** {@code truncate(size)} (null: at the position): returns the new size. */
    long truncate(Long size) {
        checkOpen("truncate of closed file");
        if (!writable) {
            throw TextStream.unsupported("truncate");
        }
        flushWrites();
        long n = size == null ? pos : size;
        try {
            file.setLength(n);
        } catch (IOException e) {
            throw ioError(e);
        }
        readLen = 0;
        return n;
    }

    /** {@code close()}: writes what is buffered, then closes the file; closing twice does nothing. */
    void close() {
        if (closed) {
            return;
        }
        try {
            flushWrites();
        } finally {
            closed = true;
            try {
                file.close();
            } catch (IOException e) {
                throw ioError(e);
            }
        }
    }

    /** Iteration over lines. */
    @Override
    public Object next() {
        byte[] line = readline(-1, "readline of closed file");
        return line.length == 0 ? null : PyBytes.wrap(line);
    }

    private void checkReadable(String closedMessage) {
        checkOpen(closedMessage);
        if (!readable) {
            throw TextStream.unsupported("read");
        }
    }

    void checkOpen(String message) {
        if (closed) {
            throw Errors.valueError(message);
        }
    }

    static PyBaseException ioError(IOException e) {
        return Errors.of("OSError", String.valueOf(e.getMessage()));
    }

    /** An index value as a long (huge ones saturate: reading "all of" a file). */
    static long toLong(Object index) {
        if (index instanceof Integer i) {
            return i;
        } else if (index instanceof Long l) {
            return l;
        }
        return ((BigInteger) index).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    @Override
    public PyType type() {
        return BinaryFileMethods.typeOf(this);
    }

    @Override
    public String toString() {
        return "<_io." + type().name() + " name=" + dev.adder.objects.Ops.repr(name) + ">";
    }
}
