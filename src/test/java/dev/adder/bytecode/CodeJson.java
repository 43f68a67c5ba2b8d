package dev.adder.bytecode;

import dev.adder.ast.Python3;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** Builds PyCode objects from what src/test/resources/bytecode/code_dump.py printed under python3. */
final class CodeJson {
    /** A constant python3 could not describe simply: printed by its repr. */
    record Other(String repr) {
        @Override
        public String toString() {
            return repr;
        }
    }

    private CodeJson() {
    }

    /** Runs code_dump.py on a source file and returns its list of {code, dis} maps. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> dump(Path source) {
        String script = Resources.read("code_dump.py");
        List<String> lines = Python3.run(script, source.toString());
        return (List<Map<String, Object>>) Json.parse(String.join("\n", lines));
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
                return null;
            case "bool":
                return c.get(1);
            case "int": {
                BigInteger b = new BigInteger((String) c.get(1));
                return b.bitLength() < 32 ? (Object) b.intValue() : b.bitLength() < 64 ? (Object) b.longValue() : b;
            }
            case "float":
                return Double.parseDouble((String) c.get(1));
            case "str":
                return c.get(1);
            case "bytes":
                return hex(c.get(1));
            case "tuple": {
                List<Object> items = new ArrayList<>();
                for (Object o : (List<Object>) c.get(1)) {
                    items.add(constant((List<Object>) o));
                }
                return Arrays.asList(items.toArray());
            }
            case "code":
                return code((Map<String, Object>) c.get(1));
            default:
                return new Other((String) c.get(1));
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
