package dev.adder.builtins;

import dev.adder.objects.Ops;
import dev.adder.objects.PyDict;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyNone;

/**
 * {@code print} and {@code input} of one interpreter: they find {@code sys.stdout} and
 * {@code sys.stdin} in that interpreter's {@code sys} module at each call, as CPython does, so a
 * program that replaces {@code sys.stdout} redirects its prints.
 */
final class IoFunctions {
    private final PyDict sys;

    /** The functions of the interpreter whose {@code sys} module's dictionary is {@code sysDict}. */
    IoFunctions(PyDict sysDict) {
        this.sys = sysDict;
    }

    /** {@code print(*objects, sep=' ', end='\n', file=None, flush=False)}. */
    // CPython 3.11: Python/bltinmodule.c builtin_print_impl
    Object print(Object[] args, String[] kw) {
        int n = Args.npos(args, kw);
        Object sep = null;
        Object end = null;
        Object file = null;
        Object flush = null;
        if (kw != null) {
            for (int i = 0; i < kw.length; i++) {
                Object v = args[n + i];
                switch (kw[i]) {
                    case "sep": sep = v; break;
                    case "end": end = v; break;
                    case "file": file = v; break;
                    case "flush": flush = v; break;
                    default:
                        throw Errors.typeError("'" + kw[i] + "' is an invalid keyword argument for print()");
                }
            }
        }
        if (file == null || file == PyNone.NONE) {
            file = sys.get("stdout");
            if (file == null) {
                throw Errors.runtimeError("lost sys.stdout");
            }
            if (file == PyNone.NONE) {
                return PyNone.NONE;
            }
        }
        String sepText = text("sep", sep, " ");
        String endText = text("end", end, "\n");
        if (file instanceof TextStream out) {
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    out.append(sepText);
                }
                out.append(Ops.str(args[i]));
            }
            out.append(endText);
            if (flush != null && Ops.isTrue(flush)) {
                out.flush();
            }
            return PyNone.NONE;
        }
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                write(file, sepText);
            }
            write(file, args[i]);
        }
        write(file, endText);
        if (flush != null && Ops.isTrue(flush)) {
            Ops.call(Ops.getattr(file, "flush"));
        }
        return PyNone.NONE;
    }

    private static String text(String name, Object v, String dflt) {
        if (v == null || v == PyNone.NONE) {
            return dflt;
        }
        if (dev.adder.objects.BuiltinValue.unwrap(v) instanceof String s) {
            return s;
        }
        throw Errors.typeError(name + " must be None or a string, not " + Errors.typeName(v));
    }

    /** CPython's {@code PyFile_WriteObject(v, f, Py_PRINT_RAW)}: {@code f.write(str(v))}. */
    static void write(Object file, Object v) {
        Object writer = Ops.getattr(file, "write");
        Ops.call(writer, Ops.str(v));
    }

    /** {@code input(prompt='', /)}. */
    // CPython 3.11: Python/bltinmodule.c builtin_input_impl (the non-interactive path)
    Object input(Object[] args, String[] kw) {
        int n = Args.fastcall("input", args, kw, 0, 1);
        Object in = sys.get("stdin");
        if (in == null || in == PyNone.NONE) {
            throw Errors.runtimeError("input(): lost sys.stdin");
        }
        Object out = sys.get("stdout");
        if (out == null || out == PyNone.NONE) {
            throw Errors.runtimeError("input(): lost sys.stdout");
        }
        Object err = sys.get("stderr");
        if (err instanceof TextStream e) {
            e.flush();
        }
        if (n == 1) {
            write(out, args[0]);
        }
        Ops.call(Ops.getattr(out, "flush"));
        Object line = in instanceof TextStream s ? s.readline(-1) : Ops.call(Ops.getattr(in, "readline"));
        if (!(line instanceof String s)) {
            throw Errors.typeError("object.readline() returned non-string");
        }
        if (s.isEmpty()) {
            throw Errors.of("EOFError", "EOF when reading a line");
        }
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }
}
