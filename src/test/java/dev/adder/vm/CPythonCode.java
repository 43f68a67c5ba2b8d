package dev.adder.vm;

import dev.adder.ast.Python3;
import dev.adder.bytecode.Json;
import dev.adder.bytecode.CodeWords;
import dev.adder.bytecode.PyCode;
import dev.adder.objects.PyBytes;
import dev.adder.objects.PyComplex;
import dev.adder.objects.PyFrozenSet;
import dev.adder.objects.PyTuple;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PySingleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * CPython 3.11's own code objects for test programs, with what python3 printed running them: runs
 * src/test/resources/vm/code_dump.py and rebuilds each module's {@link PyCode} with runtime constants.
 */
final class CPythonCode {
    /** One program: its code object as CPython compiled it, and CPython's stdout, stderr and exit code. */
    record Compiled(String path, PyCode code, String stdout, String stderr, int rc) {
    }

    private CPythonCode() {
    }

    /** Compiles and runs each file under python3 (one process for all). */
    static List<Compiled> compile(List<Path> files) {
        List<String> args = new ArrayList<>();
        for (Path p : files) {
            args.add(p.toAbsolutePath().toString());
        }
        List<String> lines = Python3.run(resource("code_dump.py"), args.toArray(new String[0]));
        List<Compiled> out = new ArrayList<>();
        for (String line : lines) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) Json.parse(line);
            out.add(new Compiled((String) m.get("path"), code(map(m.get("code"))), (String) m.get("stdout"),
                    (String) m.get("stderr"), toInt(m.get("rc"))));
        }
        return out;
    }

    static String resource(String name) {
        try (InputStream in = CPythonCode.class.getResourceAsStream("/vm/" + name)) {
            if (in == null) {
                throw new AssertionError("missing test resource vm/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static PyCode code(Map<String, Object> m) {
        List<List<Object>> units = (List<List<Object>>) m.get("code");
        int[] words = new int[units.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = CodeWords.word(toInt(units.get(i).get(0)), toInt(units.get(i).get(1)));
        }
        List<Object> consts = (List<Object>) m.get("co_consts");
        Object[] cs = new Object[consts.size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = constant((List<Object>) consts.get(i));
        }
        return PyCode.builder()
                .name((String) m.get("co_name"))
                .qualname((String) m.get("co_qualname"))
                .filename((String) m.get("co_filename"))
                .firstlineno(toInt(m.get("co_firstlineno")))
                .argcounts(toInt(m.get("co_argcount")), toInt(m.get("co_posonlyargcount")),
                        toInt(m.get("co_kwonlyargcount")))
                .flags(toInt(m.get("co_flags")))
                .stacksize(toInt(m.get("co_stacksize")))
                .variables(strings(m.get("co_varnames")), strings(m.get("co_cellvars")),
                        strings(m.get("co_freevars")))
                .names(strings(m.get("co_names")))
                .consts(cs)
                .words(words)
                .exceptionTable(hex(m.get("exceptiontable")))
                .lineTable(hex(m.get("linetable")))
                .build();
    }

    @SuppressWarnings("unchecked")
    static Object constant(List<Object> c) {
        String tag = (String) c.get(0);
        switch (tag) {
            case "None":
                return PyNone.NONE;
            case "Ellipsis":
                return PySingleton.ELLIPSIS;
            case "bool":
                return c.get(1);
            case "int": {
                BigInteger b = new BigInteger((String) c.get(1));
                return b.bitLength() < 32 ? (Object) b.intValue() : b.bitLength() < 64 ? (Object) b.longValue() : b;
            }
            case "float":
                return hexFloat((String) c.get(1));
            case "complex":
                return new PyComplex(hexFloat((String) c.get(1)), hexFloat((String) c.get(2)));
            case "str":
                return c.get(1);
            case "bytes":
                return PyBytes.wrap(hex(c.get(1)));
            case "tuple":
                return PyTuple.wrap(items((List<Object>) c.get(1)));
            case "frozenset":
                return PyFrozenSet.of(items((List<Object>) c.get(1)));
            case "code":
                return code(map(c.get(1)));
            default:
                throw new AssertionError("unknown constant tag " + tag);
        }
    }

    @SuppressWarnings("unchecked")
    private static Object[] items(List<Object> list) {
        Object[] out = new Object[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = constant((List<Object>) list.get(i));
        }
        return out;
    }

    private static double hexFloat(String s) {
        switch (s) {
            case "inf":
                return Double.POSITIVE_INFINITY;
            case "-inf":
                return Double.NEGATIVE_INFINITY;
            case "nan":
                return Double.NaN;
            default:
                return Double.parseDouble(s.contains("p") ? s : s + "p0");
        }
    }

    static int toInt(Object o) {
        return ((Number) o).intValue();
    }

    @SuppressWarnings("unchecked")
    static String[] strings(Object o) {
        return ((List<String>) o).toArray(new String[0]);
    }

    static byte[] hex(Object o) {
        return HexFormat.of().parseHex((String) o);
    }
}
