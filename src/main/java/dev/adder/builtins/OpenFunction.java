package dev.adder.builtins;

import dev.adder.objects.Codecs;
import dev.adder.objects.Ops;
import dev.adder.objects.PyBytes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.OSErrors;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyNone;
import dev.adder.vm.InterpreterState;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Predicate;

// CPython 3.11: Modules/_io/_iomodule.c _io_open_impl, Modules/_io/fileio.c _io_FileIO___init___impl
/**
 * The {@code open()} builtin: checks the mode and arguments with CPython's messages, asks the
 * interpreter's file policy ({@link InterpreterState#fileAccess}), then opens a {@link BinaryFile}
 * ({@code rb}, {@code wb}...) or a text stream over one ({@link TextFiles}).
 */
final class OpenFunction {
    private static final Args.Signature SIGNATURE = new Args.Signature("open", new String[] {"file", "mode",
        "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 0, 1, 8, 0);

    private final InterpreterState interp;

    OpenFunction(InterpreterState interp) {
        this.interp = interp;
    }

    /**
     * {@code open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
     * opener=None)}.
     */
    Object call(Object[] args, String[] kwnames) {
        Object[] a = SIGNATURE.parse(args, kwnames);
        String name = fileName(a[0]);
        String mode = a[1] == null ? "r" : string("open", "mode", a[1]);
        long buffering = a[2] == null ? -1 : BinaryFile.toLong(Ops.index(a[2]));
        String encoding = optionalString("encoding", a[3]);
        String errors = optionalString("errors", a[4]);
        String newline = optionalString("newline", a[5]);
        if (a[6] != null && !Ops.isTrue(a[6])) {
            throw Errors.valueError("Cannot use closefd=False with file name");
        }
        if (a[7] != null && a[7] != PyNone.NONE) {
            throw Errors.of("NotImplementedError", "open(): opener is not supported");
        }
        Mode m = Mode.parse(mode);
        if (m.binary) {
            if (encoding != null) {
                throw Errors.valueError("binary mode doesn't take an encoding argument");
            }
            if (errors != null) {
                throw Errors.valueError("binary mode doesn't take an errors argument");
            }
            if (newline != null) {
                throw Errors.valueError("binary mode doesn't take a newline argument");
            }
        } else if (buffering == 0) {
            throw Errors.valueError("can't have unbuffered text I/O");
        }
        if (newline != null && !newline.isEmpty() && !newline.equals("\n") && !newline.equals("\r")
                && !newline.equals("\r\n")) {
            throw Errors.valueError("illegal newline value: " + newline);
        }
        String codec = encoding == null ? null : Codecs.normalize(encoding);
        RandomAccessFile file = openFile(name, m);
        BinaryFile raw = new BinaryFile(name, m.binaryMode(), file, m.reading, m.writing, m.appending);
        if (m.binary) {
            return raw;
        }
        return TextFiles.open(raw, name, mode, encoding == null ? "UTF-8" : encoding,
                codec == null ? "utf-8" : codec, errors == null ? "strict" : errors, newline);
    }

    private RandomAccessFile openFile(String name, Mode m) {
        Path path;
        try {
            path = Path.of(name).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw Errors.valueError("embedded null byte");
        }
        Predicate<Path> access = interp.fileAccess();
        if (access == null || !access.test(path)) {
            throw OSErrors.of(13, "Permission denied (the host allows no such file)", name);
        }
        if (Files.isDirectory(path)) {
            throw OSErrors.of(21, "Is a directory", name);
        }
        boolean exists = Files.exists(path);
        if (m.creating && exists) {
            throw OSErrors.of(17, "File exists", name);
        }
        if (!exists && !m.writing) {
            throw OSErrors.of(2, "No such file or directory", name);
        }
        if (!exists && path.getParent() != null && !Files.isDirectory(path.getParent())) {
            throw OSErrors.of(Files.exists(path.getParent()) ? 20 : 2,
                    Files.exists(path.getParent()) ? "Not a directory" : "No such file or directory", name);
        }
        try {
            RandomAccessFile f = new RandomAccessFile(path.toFile(), m.writing ? "rw" : "r");
            if (m.truncating) {
                f.setLength(0);
            }
            if (m.appending) {
                f.seek(f.length());
            }
            return f;
        } catch (IOException | SecurityException e) {
            throw OSErrors.of(13, "Permission denied", name);
        }
    }

    private static String fileName(Object file) {
        if (file instanceof String s) {
            return s;
        } else if (file instanceof PyBytes b) {
            return new String(b.value(), java.nio.charset.StandardCharsets.UTF_8);
        } else if (file instanceof Integer || file instanceof Long || file instanceof Boolean) {
            throw Errors.of("NotImplementedError", "open(): file descriptors are not supported");
        }
        Object fspath = Ops.type(file).lookup("__fspath__");
        if (fspath != null) {
            Object p = Ops.call(Ops.getattr(file, "__fspath__"), new Object[0], null);
            if (p instanceof String || p instanceof PyBytes) {
                return fileName(p);
            }
            throw Errors.typeError("expected " + Ops.type(file).name() + ".__fspath__() to return str or bytes, not "
                    + Errors.typeName(p));
        }
        throw Errors.typeError("expected str, bytes or os.PathLike object, not " + Errors.typeName(file));
    }

    private static String string(String fname, String arg, Object v) {
        if (v instanceof String s) {
            return s;
        }
        throw Errors.typeError(fname + "() argument '" + arg + "' must be str, not " + Errors.typeName(v));
    }

    private static String optionalString(String arg, Object v) {
        return v == null || v == PyNone.NONE ? null : string("open", arg, v);
    }

    /** A parsed mode string (CPython's checks and messages). */
    record Mode(boolean reading, boolean writing, boolean appending, boolean creating, boolean truncating,
                boolean binary, boolean plus) {
        static Mode parse(String mode) {
            boolean r = false, w = false, a = false, x = false, plus = false, t = false, b = false;
            for (int i = 0; i < mode.length(); i++) {
                char c = mode.charAt(i);
                boolean seen;
                switch (c) {
                    case 'r' -> { seen = r; r = true; }
                    case 'w' -> { seen = w; w = true; }
                    case 'a' -> { seen = a; a = true; }
                    case 'x' -> { seen = x; x = true; }
                    case '+' -> { seen = plus; plus = true; }
                    case 't' -> { seen = t; t = true; }
                    case 'b' -> { seen = b; b = true; }
                    default -> throw invalid(mode);
                }
                if (seen) {
                    throw invalid(mode);
                }
            }
            if (t && b) {
                throw Errors.valueError("can't have text and binary mode at once");
            }
            int kinds = (r ? 1 : 0) + (w ? 1 : 0) + (a ? 1 : 0) + (x ? 1 : 0);
            if (kinds > 1) {
                throw Errors.valueError("must have exactly one of create/read/write/append mode");
            } else if (kinds == 0) {
                // _io.open lets this through; FileIO refuses it
                throw Errors.valueError("Must have exactly one of create/read/write/append mode and at most one plus");
            }
            return new Mode(r || plus, w || a || x || plus, a, x, w, b, plus);
        }

        private static PyBaseException invalid(String mode) {
            return Errors.valueError("invalid mode: '" + mode + "'");
        }

        /** The mode a binary file reports ({@code rb}, {@code wb}, {@code ab+}...). */
        String binaryMode() {
            // CPython 3.11: Modules/_io/fileio.c mode_string
            if (creating) {
                return plus ? "xb+" : "xb";
            } else if (appending) {
                return plus ? "ab+" : "ab";
            }
            return reading ? (writing ? "rb+" : "rb") : "wb";
        }
    }
}
