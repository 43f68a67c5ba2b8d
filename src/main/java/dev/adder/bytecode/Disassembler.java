package dev.adder.bytecode;

import dev.adder.text.FloatRepr;
import dev.adder.text.StrRepr;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Prints a {@link PyCode} exactly as CPython 3.11's {@code dis.dis} does (default options): line
 * numbers, offsets, {@code >>} jump targets, argument and its description, nested code objects and
 * the ExceptionTable section. CACHE units are skipped, as dis does without {@code show_caches}.
 */
public final class Disassembler {
    private static final int OPNAME_WIDTH = 20;
    private static final int OPARG_WIDTH = 5;
    private static final String[] CMP_OP = {"<", "<=", "==", "!=", ">", ">="};
    private static final String[] NB_OPS = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-",
        "/", "^", "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="};
    private static final String[] CONVERSIONS = {"", "str", "repr", "ascii"};
    private static final String[] FUNCTION_FLAGS = {"defaults", "kwdefaults", "annotations", "closure"};

    private final Function<Object, String> constRepr;

    /** A disassembler that prints constants with {@link #defaultRepr}. */
    public Disassembler() {
        this(Disassembler::defaultRepr);
    }

    /** A disassembler that prints constants with {@code constRepr} (the VM passes Python's repr). */
    public Disassembler(Function<Object, String> constRepr) {
        this.constRepr = constRepr;
    }

    /**
     * Python's repr of the constant kinds the compiler emits as plain Java values: null (None),
     * Boolean, Integer/Long/BigInteger, Double, String, byte[] (bytes), a java.util.List (a tuple),
     * PyCode; anything else by its toString.
     */
    public static String defaultRepr(Object v) {
        if (v == null) {
            return "None";
        } else if (v instanceof Boolean) {
            return (Boolean) v ? "True" : "False";
        } else if (v instanceof Integer || v instanceof Long || v instanceof BigInteger) {
            return v.toString();
        } else if (v instanceof Double) {
            return FloatRepr.floatRepr((Double) v);
        } else if (v instanceof String) {
            return StrRepr.strRepr((String) v);
        } else if (v instanceof byte[]) {
            return StrRepr.bytesRepr((byte[]) v);
        } else if (v instanceof List) {
            List<?> items = (List<?>) v;
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < items.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(defaultRepr(items.get(i)));
            }
            return sb.append(items.size() == 1 ? ",)" : ")").toString();
        }
        return String.valueOf(v);
    }

    /** {@code dis.dis(code)}: this code object, then every code object among its constants, recursively. */
    public String dis(PyCode code) {
        StringBuilder out = new StringBuilder();
        disRecursive(code, out);
        return out.toString();
    }

    private void disRecursive(PyCode code, StringBuilder out) {
        disassemble(code, out);
        for (Object c : code.co_consts()) {
            if (c instanceof PyCode) {
                out.append('\n').append("Disassembly of ").append(constRepr.apply(c)).append(":\n");
                disRecursive((PyCode) c, out);
            }
        }
    }

    /** {@code dis.disassemble(code)}: this code object only. */
    public String disassemble(PyCode code) {
        StringBuilder out = new StringBuilder();
        disassemble(code, out);
        return out.toString();
    }

    // CPython 3.11: Lib/dis.py _disassemble_bytes
    private void disassemble(PyCode code, StringBuilder out) {
        int n = code.codeLength();
        int[] lineStarts = LocationTable.lineStarts(LocationTable.decode(code.co_linetable(), code.co_firstlineno()));
        if (lineStarts.length < n) {
            int known = lineStarts.length;
            lineStarts = Arrays.copyOf(lineStarts, n);
            Arrays.fill(lineStarts, known, n, -1);
        }
        int maxLine = -1;
        for (int line : lineStarts) {
            maxLine = Math.max(maxLine, line);
        }
        int linenoWidth = maxLine < 0 ? 0 : maxLine >= 1000 ? Integer.toString(maxLine).length() : 3;
        int maxOffset = 2 * n - 2;
        int offsetWidth = maxOffset >= 10000 ? Integer.toString(maxOffset).length() : 4;
        List<ExceptionTable.Entry> handlers = ExceptionTable.decode(code.co_exceptiontable());
        boolean[] labels = labels(code, handlers);
        int extended = 0;
        for (int i = 0; i < n; ) {
            int word = code.wordAt(i);
            int op = CodeWords.op(word);
            Opcode o = Opcode.of(op);
            boolean hasArg = op >= Opcode.HAVE_ARGUMENT;
            int arg = hasArg ? CodeWords.arg(word) | extended : 0;
            extended = o == Opcode.EXTENDED_ARG ? arg << 8 : 0;
            int line = i < lineStarts.length ? lineStarts[i] : -1;
            if (linenoWidth > 0 && line >= 0 && i > 0) {
                out.append('\n');
            }
            StringBuilder fields = new StringBuilder();
            if (linenoWidth > 0) {
                fields.append(pad(line >= 0 ? Integer.toString(line) : "", linenoWidth, true)).append(' ');
            }
            fields.append("   ").append(' ').append(labels[i] ? ">>" : "  ").append(' ');
            fields.append(pad(Integer.toString(2 * i), offsetWidth, true)).append(' ');
            fields.append(pad(o == null ? "<" + op + ">" : o.name(), OPNAME_WIDTH, false));
            if (hasArg) {
                fields.append(' ').append(pad(Integer.toString(arg), OPARG_WIDTH, true));
                String desc = argRepr(code, o, arg, i);
                if (!desc.isEmpty()) {
                    fields.append(" (").append(desc).append(')');
                }
            }
            out.append(stripTrailing(fields)).append('\n');
            i += 1 + (o == null ? 0 : o.caches());
        }
        if (!handlers.isEmpty()) {
            out.append("ExceptionTable:\n");
            for (ExceptionTable.Entry e : handlers) {
                out.append("  ").append(2 * e.start()).append(" to ").append(2 * e.end() - 2)
                        .append(" -> ").append(2 * e.target()).append(" [").append(e.depth()).append(']')
                        .append(e.lasti() ? " lasti" : "").append('\n');
            }
        }
    }

    // CPython 3.11: Lib/dis.py findlabels, plus exception handler targets
    private static boolean[] labels(PyCode code, List<ExceptionTable.Entry> handlers) {
        int n = code.codeLength();
        boolean[] labels = new boolean[n];
        int extended = 0;
        for (int i = 0; i < n; ) {
            Opcode o = Opcode.of(CodeWords.op(code.wordAt(i)));
            int arg = CodeWords.arg(code.wordAt(i)) | extended;
            extended = o == Opcode.EXTENDED_ARG ? arg << 8 : 0;
            if (o != null && o.isJump()) {
                int t = jumpTarget(o, arg, i);
                if (t >= 0 && t < n) {
                    labels[t] = true;
                }
            }
            i += 1 + (o == null ? 0 : o.caches());
        }
        for (ExceptionTable.Entry e : handlers) {
            if (e.target() < n) {
                labels[e.target()] = true;
            }
        }
        return labels;
    }

    /** The code unit a relative jump at unit {@code index} goes to. */
    public static int jumpTarget(Opcode o, int arg, int index) {
        return o.argKind() == ArgKind.JUMP_BACKWARD ? index + 1 - arg : index + 1 + arg;
    }

    // CPython 3.11: Lib/dis.py _get_instructions_bytes, the argrepr part
    private String argRepr(PyCode code, Opcode o, int arg, int index) {
        if (o == null) {
            return "";
        }
        switch (o.argKind()) {
            case CONST:
                return o == Opcode.LOAD_CONST ? constRepr.apply(code.constAt(arg)) : "";
            case NAME:
                return code.nameAt(arg);
            case GLOBAL_NAME:
                return ((arg & 1) != 0 ? "NULL + " : "") + code.nameAt(arg >> 1);
            case JUMP_FORWARD:
            case JUMP_BACKWARD:
                return "to " + 2 * jumpTarget(o, arg, index);
            case LOCAL:
            case FREE:
                return code.localsPlusName(arg);
            case COMPARE:
                return CMP_OP[arg];
            case BINARY_OP:
                return NB_OPS[arg];
            case FORMAT_VALUE:
                return formatValue(arg);
            case MAKE_FUNCTION:
                return makeFunction(arg);
            default:
                return "";
        }
    }

    private static String formatValue(int arg) {
        String s = CONVERSIONS[arg & 3];
        if ((arg & 4) != 0) {
            s = s.isEmpty() ? "with format" : s + ", with format";
        }
        return s;
    }

    private static String makeFunction(int arg) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < FUNCTION_FLAGS.length; i++) {
            if ((arg & (1 << i)) != 0) {
                sb.append(sb.length() > 0 ? ", " : "").append(FUNCTION_FLAGS[i]);
            }
        }
        return sb.toString();
    }

    private static String pad(String s, int width, boolean right) {
        if (s.length() >= width) {
            return s;
        }
        String spaces = " ".repeat(width - s.length());
        return right ? spaces + s : s + spaces;
    }

    private static String stripTrailing(StringBuilder sb) {
        int end = sb.length();
        while (end > 0 && Character.isWhitespace(sb.charAt(end - 1))) {
            end--;
        }
        return sb.substring(0, end);
    }
}
