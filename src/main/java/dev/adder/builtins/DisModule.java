package dev.adder.builtins;

import dev.adder.bytecode.Disassembler;
import dev.adder.bytecode.Opcode;
import dev.adder.bytecode.PyCode;
import dev.adder.objects.Ops;
import dev.adder.objects.PyDict;
import dev.adder.objects.PyList;
import dev.adder.objects.PyModule;
import dev.adder.objects.PyTuple;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyBuiltinFunction;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyMethod;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyType;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.PyCodeObject;
import dev.adder.vm.PyFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code dis} module: {@code dis.dis(x)} prints our bytecode exactly as CPython 3.11's dis
 * does (through {@link Disassembler}) for functions, methods, code objects, classes and source
 * strings, to {@code sys.stdout} or {@code file=}; plus {@code opname}, {@code opmap},
 * {@code cmp_op} and {@code HAVE_ARGUMENT}.
 */
public final class DisModule {
    private DisModule() {}

    private static final Args.Signature DIS = new Args.Signature("dis",
            new String[] {"x", "file", "depth", "show_caches", "adaptive"}, 0, 0, 1, 0);
    private static final Args.Signature DISASSEMBLE = new Args.Signature("disassemble",
            new String[] {"co", "lasti", "file", "show_caches", "adaptive"}, 0, 1, 2, 0);

    /**
     * Creates {@code dis} for {@code interp} (its {@code sys.stdout} is the default output) and
     * registers it; {@code compiler} (may be null) lets {@code dis.dis} take source strings.
     */
    public static PyModule create(InterpreterState interp, PyDict sysDict, SourceCompiler compiler) {
        PyDict d = new PyDict();
        PyModule m = new PyModule("dis", d);
        d.put("__doc__", "Disassembler of Python byte code into mnemonics.");
        PyList opname = new PyList();
        PyDict opmap = new PyDict();
        for (int i = 0; i < 256; i++) {
            Opcode o = Opcode.of(i);
            opname.add(o == null ? "<" + i + ">" : o.name());
            if (o != null) {
                opmap.put(o.name(), i);
            }
        }
        d.put("opname", opname);
        d.put("opmap", opmap);
        d.put("cmp_op", PyTuple.of("<", "<=", "==", "!=", ">", ">="));
        d.put("HAVE_ARGUMENT", Opcode.HAVE_ARGUMENT);
        d.put("EXTENDED_ARG", Opcode.EXTENDED_ARG.number());
        def(d, "dis", (a, k) -> {
            Object[] p = DIS.parse(a, k);
            Object x = p[0] == null ? PyNone.NONE : p[0];
            write(sysDict, p[1], dis(x, compiler));
            return PyNone.NONE;
        });
        def(d, "disassemble", (a, k) -> {
            Object[] p = DISASSEMBLE.parse(a, k);
            write(sysDict, p[2], disassembler().disassemble(codeOf(p[0], compiler)));
            return PyNone.NONE;
        });
        interp.modules().put("dis", m);
        return m;
    }

    /** What {@code dis.dis(x)} prints. */
    // CPython 3.11: Lib/dis.py dis
    static String dis(Object x, SourceCompiler compiler) {
        if (x == PyNone.NONE) {
            throw Errors.runtimeError("no last traceback to disassemble");
        }
        if (x instanceof PyMethod pm) {
            x = pm.function();
        }
        if (x instanceof PyType || x instanceof PyModule) {
            return disNamespace(x, compiler);
        }
        return disassembler().dis(codeOf(x, compiler));
    }

    private static String disNamespace(Object x, SourceCompiler compiler) {
        Map<?, ?> dict = x instanceof PyModule mod ? mod.dict() : ((PyType) x).dict();
        List<String> names = new ArrayList<>();
        for (Object k : dict.keySet()) {
            names.add(String.valueOf(k));
        }
        names.sort(null);
        StringBuilder out = new StringBuilder();
        for (String name : names) {
            Object v = dict.get(name);
            if (v instanceof PyMethod || v instanceof PyFunction || v instanceof PyCodeObject || v instanceof PyType) {
                out.append("Disassembly of ").append(name).append(":\n");
                try {
                    out.append(dis(v, compiler));
                } catch (dev.adder.runtime.PyBaseException e) {
                    if (!e.isInstance(dev.adder.runtime.ExceptionTypes.TYPE_ERROR)) {
                        throw e;
                    }
                    out.append("Sorry: ").append(Ops.str(e)).append('\n');
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** The code object of a function, method, code object or source string. */
    static PyCode codeOf(Object x, SourceCompiler compiler) {
        if (x instanceof PyMethod pm) {
            x = pm.function();
        }
        if (x instanceof PyFunction f) {
            return f.code();
        }
        if (x instanceof PyCodeObject c) {
            return c.code();
        }
        if (x instanceof String source) {
            if (compiler == null) {
                throw Errors.notImplemented("dis of source text needs a compiler (none was given to this interpreter)");
            }
            return compiler.compile(source, "<dis>", "exec");
        }
        Object code = Ops.getattrOrNull(x, "__code__");
        if (code instanceof PyCodeObject c) {
            return c.code();
        }
        throw Errors.typeError("don't know how to disassemble " + Ops.type(x).name() + " objects");
    }

    /** A disassembler printing constants with Python's repr (code objects as CPython shows them). */
    static Disassembler disassembler() {
        return new Disassembler(v -> v instanceof PyCode c ? PyCodeObject.of(c).repr() : Ops.repr(v));
    }

    private static void write(PyDict sysDict, Object file, String text) {
        Object out = file == null || file == PyNone.NONE ? sysDict.get("stdout") : file;
        if (out == null || out == PyNone.NONE) {
            return;
        }
        IoFunctions.write(out, text);
    }

    private static void def(PyDict d, String name, PyCallable body) {
        d.put(name, new PyBuiltinFunction(name, null, body));
    }
}
