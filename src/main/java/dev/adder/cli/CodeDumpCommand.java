package dev.adder.cli;

import dev.adder.ast.Mod;
import dev.adder.compiler.CodeFlag;
import dev.adder.compiler.CodeLayout;
import dev.adder.compiler.LayoutCompiler;
import dev.adder.syntax.Parser;
import dev.adder.syntax.PythonSyntaxError;
import dev.adder.syntax.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Produces the {@code --dump-code} lines of one file exactly as {@code shared/tools/cpython_code_dump.py}
 * prints them: one JSON object per code object, sorted as text, or the single SyntaxError line.
 * Shared by the command line and the tests.
 */
public final class CodeDumpCommand {
    private CodeDumpCommand() {}

    /** What the script does with one file: prints {@code lines}, or dies with {@code fatal}. */
    public record Result(List<String> lines, String fatal) {
        /** Whether the script stops with an uncaught exception. */
        public boolean isFatal() {
            return fatal != null;
        }
    }

    /** Reads, parses, lays out and dumps one file. */
    public static Result run(String path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(path));
        } catch (IOException e) {
            return new Result(null, AstDumpCommand.ioError(path, e).fatal());
        }
        return dump(bytes, path);
    }

    /** Parses and lays out source bytes, returning what the reference script prints. */
    public static Result dump(byte[] bytes, String path) {
        CodeLayout module;
        try {
            Mod tree = Parser.parseFile(Source.fromBytes(bytes, path));
            module = LayoutCompiler.compile(tree, path);
        } catch (PythonSyntaxError e) {
            if (e.isSyntaxError()) {
                return new Result(List.of("SyntaxError: " + e.msg() + " (line " + lineText(e) + ")"), null);
            }
            String msg = e.msg();
            return new Result(null, msg == null || msg.isEmpty() ? e.pythonType() : e.pythonType() + ": " + msg);
        }
        return new Result(lines(module), null);
    }

    /** The JSON lines of a module's code objects, sorted as Python sorts strings. */
    public static List<String> lines(CodeLayout module) {
        List<String> lines = new ArrayList<>();
        for (CodeLayout code : module.walk()) {
            lines.add(describe(code));
        }
        lines.sort(CodeDumpCommand::compareCodePoints);
        return lines;
    }

    private static int compareCodePoints(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                // Surrogates (code points above U+FFFF) sort after every BMP character in Python.
                boolean sx = Character.isSurrogate(x);
                boolean sy = Character.isSurrogate(y);
                if (sx != sy) {
                    return sx ? 1 : -1;
                }
                return Character.compare(x, y);
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    /** One code object as {@code json.dumps(..., ensure_ascii=False)} writes the script's dict. */
    static String describe(CodeLayout c) {
        StringBuilder sb = new StringBuilder(160);
        sb.append("{\"qualname\": ");
        jsonString(sb, c.qualname());
        sb.append(", \"firstlineno\": ").append(c.firstlineno());
        sb.append(", \"argcount\": ").append(c.argcount());
        sb.append(", \"posonlyargcount\": ").append(c.posonlyargcount());
        sb.append(", \"kwonlyargcount\": ").append(c.kwonlyargcount());
        sb.append(", \"nlocals\": ").append(c.nlocals());
        sb.append(", \"varnames\": ");
        jsonList(sb, c.varnames());
        sb.append(", \"cellvars\": ");
        jsonList(sb, c.cellvars());
        sb.append(", \"freevars\": ");
        jsonList(sb, c.freevars());
        List<String> flags = new ArrayList<>();
        for (CodeFlag f : CodeFlag.values()) {
            if (c.flags().contains(f)) {
                flags.add(f.name());
            }
        }
        sb.append(", \"flags\": ");
        jsonList(sb, flags);
        return sb.append('}').toString();
    }

    private static void jsonList(StringBuilder sb, List<String> items) {
        sb.append('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            jsonString(sb, items.get(i));
        }
        sb.append(']');
    }

    // CPython 3.11: Lib/json/encoder.py py_encode_basestring (ensure_ascii=False)
    private static void jsonString(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (ch < 0x20) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        sb.append('"');
    }

    /** The message CPython 3.11.7 raises without any location (its lineno is None). */
    private static final String NULL_BYTES = "source code string cannot contain null bytes";

    private static String lineText(PythonSyntaxError e) {
        return e.lineno() < 0 || NULL_BYTES.equals(e.msg()) ? "None" : Integer.toString(e.lineno());
    }
}
