package dev.adder.builtins;

import dev.adder.objects.Ops;
import dev.adder.objects.PyByteArray;
import dev.adder.objects.PyBytes;
import dev.adder.objects.PyList;
import dev.adder.objects.PyMemoryView;
import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyGetSetDescriptor;
import dev.adder.runtime.PyMethodDescriptor;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyType;

/**
 * The types of binary files ({@code _io.BufferedReader}, {@code _io.BufferedWriter},
 * {@code _io.BufferedRandom}) and their methods, over {@link BinaryFile}.
 */
final class BinaryFileMethods {
    private BinaryFileMethods() {}

    static final PyType READER = type("BufferedReader");
    static final PyType WRITER = type("BufferedWriter");
    static final PyType RANDOM = type("BufferedRandom");

    static PyType typeOf(BinaryFile f) {
        return f.mode().endsWith("+") ? RANDOM : f.readable() ? READER : WRITER;
    }

    private static PyType type(String name) {
        PyType t = new PyType(name, "_io", new PyType[] {CoreTypes.OBJECT}, null, false, null);
        return t.fillLazily(BinaryFileMethods::define);
    }

    private static void define(PyType t) {
        String n = t.name();
        method(t, "read", (a, k) -> PyBytes.wrap(self(n, "read", a).read(size(n, "read", a, k),
                "read of closed file")));
        method(t, "read1", (a, k) -> PyBytes.wrap(self(n, "read1", a).read(size(n, "read1", a, k),
                "read of closed file")));
        method(t, "readline", (a, k) -> PyBytes.wrap(self(n, "readline", a).readline(size(n, "readline", a, k),
                "readline of closed file")));
        method(t, "readlines", (a, k) -> {
            BinaryFile f = self(n, "readlines", a);
            f.checkOpen("I/O operation on closed file.");
            PyList lines = new PyList();
            for (Object line; (line = f.next()) != null; ) {
                lines.add(line);
            }
            return lines;
        });
        method(t, "write", (a, k) -> {
            Args.one(n + ".write", rest(a), k);
            BinaryFile f = self(n, "write", a);
            f.checkOpen("write to closed file");
            if (!f.writable()) {
                throw TextStream.unsupported("write");
            }
            return f.write(bytesLike(a[1]), null);
        });
        method(t, "writelines", (a, k) -> {
            Args.one(n + ".writelines", rest(a), k);
            BinaryFile f = self(n, "writelines", a);
            Object it = Ops.iter(a[1]);
            for (Object line = Ops.next(it); line != null; line = Ops.next(it)) {
                f.write(bytesLike(line), null);
            }
            return PyNone.NONE;
        });
        method(t, "seek", (a, k) -> {
            int count = Args.fastcall(n + ".seek", rest(a), k, 1, 2);
            long offset = BinaryFile.toLong(Ops.index(a[1]));
            int whence = count == 2 ? (int) BinaryFile.toLong(Ops.index(a[2])) : 0;
            return self(n, "seek", a).seek(offset, whence);
        });
        method(t, "tell", (a, k) -> self(n, "tell", a).tell());
        method(t, "truncate", (a, k) -> {
            int count = Args.fastcall(n + ".truncate", rest(a), k, 0, 1);
            Long size = count == 0 || a[1] == PyNone.NONE ? null : BinaryFile.toLong(Ops.index(a[1]));
            return self(n, "truncate", a).truncate(size);
        });
        method(t, "flush", (a, k) -> {
            self(n, "flush", a).flush();
            return PyNone.NONE;
        });
        method(t, "close", (a, k) -> {
            self(n, "close", a).close();
            return PyNone.NONE;
        });
        method(t, "readable", (a, k) -> open(self(n, "readable", a)).readable());
        method(t, "writable", (a, k) -> open(self(n, "writable", a)).writable());
        method(t, "seekable", (a, k) -> open(self(n, "seekable", a)) != null);
        method(t, "isatty", (a, k) -> open(self(n, "isatty", a)) == null);
        method(t, "fileno", (a, k) -> {
            open(self(n, "fileno", a));
            throw TextStream.unsupported("fileno");
        });
        method(t, "__enter__", (a, k) -> open(self(n, "__enter__", a)));
        method(t, "__exit__", (a, k) -> {
            self(n, "__exit__", a).close();
            return PyNone.NONE;
        });
        method(t, "__iter__", (a, k) -> open(self(n, "__iter__", a)));
        method(t, "__next__", (a, k) -> {
            Object line = self(n, "__next__", a).next();
            if (line == null) {
                throw Errors.stopIteration();
            }
            return line;
        });
        method(t, "__repr__", (a, k) -> self(n, "__repr__", a).toString());
        getter(t, "name", BinaryFile::name);
        getter(t, "mode", BinaryFile::mode);
        getter(t, "closed", BinaryFile::closed);
    }

    private static BinaryFile open(BinaryFile f) {
        f.checkOpen("I/O operation on closed file.");
        return f;
    }

    private static byte[] bytesLike(Object o) {
        if (o instanceof PyBytes b) {
            return b.value();
        } else if (o instanceof PyByteArray b) {
            return b.toBytes();
        } else if (o instanceof PyMemoryView m) {
            return m.toBytes();
        }
        throw Errors.typeError("a bytes-like object is required, not '" + Errors.typeName(o) + "'");
    }

    private static long size(String type, String fname, Object[] a, String[] k) {
        int count = Args.fastcall(type + "." + fname, rest(a), k, 0, 1);
        return count == 0 || a[1] == PyNone.NONE ? -1 : BinaryFile.toLong(Ops.index(a[1]));
    }

    private static Object[] rest(Object[] args) {
        return java.util.Arrays.copyOfRange(args, 1, args.length);
    }

    private static BinaryFile self(String type, String method, Object[] a) {
        if (a.length > 0 && a[0] instanceof BinaryFile f) {
            return f;
        }
        throw Errors.typeError("descriptor '" + method + "' for '_io." + type + "' objects doesn't apply to a '"
                + (a.length > 0 ? Errors.typeName(a[0]) : "nothing") + "' object");
    }

    private static void method(PyType t, String name, PyCallable body) {
        t.define(name, new PyMethodDescriptor(t, name, null, body));
    }

    private static void getter(PyType t, String name, java.util.function.Function<BinaryFile, Object> get) {
        t.define(name, new PyGetSetDescriptor(t, name, o -> {
            if (!(o instanceof BinaryFile f)) {
                throw Errors.typeError("descriptor '" + name + "' for '_io." + t.name()
                        + "' objects doesn't apply to a '" + Errors.typeName(o) + "' object");
            }
            return get.apply(f);
        }, null));
    }
}
