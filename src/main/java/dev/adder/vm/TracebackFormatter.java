package dev.adder.vm;

import dev.adder.bytecode.LocationTable;
import dev.adder.objects.Ops;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The text CPython 3.11 prints for an uncaught exception (CPython 3.11: Python/pythonrun.c
 * print_exception_recursive, Python/traceback.c tb_print_internal and tb_displayline): chained
 * exceptions, one entry per frame with its source line and caret line, repeated recursion collapsed.
 */
public final class TracebackFormatter {
    private static final int RECURSIVE_CUTOFF = 3;

    private final Function<String, List<String>> sources;
    private final Map<String, List<String>> cache = new HashMap<>();

    /** A formatter reading source lines through {@code sources} (filename to lines, or null). */
    public TracebackFormatter(Function<String, List<String>> sources) {
        this.sources = sources;
    }

    /** A formatter that reads source lines from the files named by co_filename. */
    public static TracebackFormatter readingFiles() {
        return new TracebackFormatter(TracebackFormatter::readFile);
    }

    static List<String> readFile(String name) {
        if (name.startsWith("<")) {
            return null;
        }
        try {
            return Files.readAllLines(Path.of(name), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The whole report for {@code e}, ending with a newline. */
    public String format(PyBaseException e) {
        StringBuilder out = new StringBuilder();
        recurse(out, e, Collections.newSetFromMap(new IdentityHashMap<>()));
        return out.toString();
    }

    private void recurse(StringBuilder out, PyBaseException e, Set<PyBaseException> seen) {
        seen.add(e);
        PyBaseException cause = e.cause();
        PyBaseException context = e.context();
        if (cause != null && !seen.contains(cause)) {
            recurse(out, cause, seen);
            out.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (cause == null && context != null && !e.suppressContext() && !seen.contains(context)) {
            recurse(out, context, seen);
            out.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        PyTraceback tb = ExceptionOps.tb(e);
        if (tb != null) {
            out.append("Traceback (most recent call last):\n");
            entries(out, tb);
        }
        if (e.isInstance(ExceptionTypes.SYNTAX_ERROR) && e.dict().containsKey("print_file_and_line")) {
            out.append(SyntaxErrorText.format(e, qualifiedName(e), e.dict()));
        } else {
            out.append(lastLine(e)).append('\n');
        }
        if (e.notes() != null) {
            for (Object note : e.notes()) {
                out.append(note instanceof String s ? s : safeStr(note)).append('\n');
            }
        }
    }

    // CPython 3.11: Python/traceback.c tb_print_internal
    private void entries(StringBuilder out, PyTraceback tb) {
        String lastFile = null;
        int lastLine = -1;
        String lastName = null;
        int cnt = 0;
        for (; tb != null; tb = tb.next()) {
            String file = tb.code().co_filename();
            int line = tb.lineno();
            String name = tb.code().co_name();
            if (lastFile == null || !file.equals(lastFile) || lastLine == -1 || line != lastLine
                    || !name.equals(lastName)) {
                repeated(out, cnt);
                lastFile = file;
                lastLine = line;
                lastName = name;
                cnt = 0;
            }
            cnt++;
            if (cnt <= RECURSIVE_CUTOFF) {
                entry(out, tb);
            }
        }
        repeated(out, cnt);
    }

    private static void repeated(StringBuilder out, int cnt) {
        if (cnt > RECURSIVE_CUTOFF) {
            int n = cnt - RECURSIVE_CUTOFF;
            out.append("  [Previous line repeated ").append(n).append(" more time").append(n > 1 ? "s" : "")
                    .append("]\n");
        }
    }

    // CPython 3.11: Python/traceback.c tb_displayline, display_source_line_with_margin
    private void entry(StringBuilder out, PyTraceback tb) {
        int lineno = tb.lineno();
        out.append("  File \"").append(tb.code().co_filename()).append("\", line ").append(lineno)
                .append(", in ").append(tb.code().co_name()).append('\n');
        List<String> lines = cache.computeIfAbsent(tb.code().co_filename(), sources);
        if (lines == null || lineno < 1 || lineno > lines.size()) {
            return;
        }
        String line = lines.get(lineno - 1);
        int ws = 0;
        while (ws < line.length() && (line.charAt(ws) == ' ' || line.charAt(ws) == '\t' || line.charAt(ws) == '\f')) {
            ws++;
        }
        if (ws == line.length()) {
            return;
        }
        out.append("    ").append(line, ws, line.length()).append('\n');
        LocationTable.Position p = tb.code().positionAt(tb.lasti());
        if (p.line() < 0 || p.endLine() < 0 || p.col() < 0 || p.endCol() < 0) {
            return;
        }
        carets(out, line, ws, p);
    }

    private static void carets(StringBuilder out, String line, int ws, LocationTable.Position p) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        int start = CaretAnchors.chars(bytes, p.col());
        int end;
        CaretAnchors.Anchors anchors = null;
        int[] cps = line.codePoints().toArray();
        if (p.line() == p.endLine()) {
            end = CaretAnchors.chars(bytes, p.endCol());
            if (start < end) {
                anchors = CaretAnchors.of(new String(cps, start, end - start));
            }
        } else {
            end = cps.length;
            while (end > 0 && Character.isWhitespace(cps[end - 1])) {
                end--;
            }
        }
        int wsCp = line.codePointCount(0, ws);
        if (end - start == cps.length - wsCp && anchors == null) {
            return;
        }
        StringBuilder row = new StringBuilder("    ");
        for (int i = wsCp; i < start; i++) {
            row.append(' ');
        }
        for (int i = start; i < end; i++) {
            int rel = i - start;
            row.append(anchors != null && rel >= anchors.leftEnd() && rel < anchors.rightStart() ? '^'
                    : anchors != null ? '~' : '^');
        }
        out.append(row).append('\n');
    }

    // CPython 3.11: Python/pythonrun.c print_exception (the last line)
    /** {@code Type: message}, module-qualified unless the type is in builtins or __main__. */
    public static String lastLine(PyBaseException e) {
        String name = qualifiedName(e);
        String s = safeStr(e);
        String line = s.isEmpty() ? name : name + ": " + s;
        String suggestion = Suggestions.offer(e);
        return suggestion == null ? line : line + ". Did you mean: '" + suggestion + "'?";
    }

    /** The exception type's name as the last line shows it: module-qualified unless builtins or __main__. */
    private static String qualifiedName(PyBaseException e) {
        PyType t = e.type();
        String module = t.module();
        String name = t.qualname();
        return module != null && !module.equals("builtins") && !module.equals("__main__") ? module + "." + name : name;
    }

    private static String safeStr(Object o) {
        try {
            return Ops.str(o);
        } catch (PyBaseException | StackOverflowError x) {
            return "<exception str() failed>";
        }
    }
}
