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
 * exceptions, one entry per frame with its source line and caret line, repeated recursion collapsed,
 * exception groups in nested boxes (print_exception_group).
 */
public final class TracebackFormatter {
    private static final int RECURSIVE_CUTOFF = 3;
    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;

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
        Ctx c = new Ctx();
        recurse(c, e);
        return c.out.toString();
    }

    /** The state of one report (CPython's {@code struct exception_print_context}). */
    private static final class Ctx {
        final StringBuilder out = new StringBuilder();
        final Set<PyBaseException> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        int groupDepth;
        boolean needClose;

        /** The start of every line inside a group's box: two spaces per level, then {@code "| "}. */
        String margin() {
            return groupDepth == 0 ? "" : " ".repeat(2 * groupDepth) + "| ";
        }
    }

    // CPython 3.11: Python/pythonrun.c print_exception_recursive
    private void recurse(Ctx c, PyBaseException e) {
        c.seen.add(e);
        PyBaseException cause = e.cause();
        PyBaseException context = e.context();
        if (cause != null) {
            if (!c.seen.contains(cause)) {
                chained(c, cause, "The above exception was the direct cause of the following exception:\n");
            }
        } else if (context != null && !e.suppressContext() && !c.seen.contains(context)) {
            chained(c, context, "During handling of the above exception, another exception occurred:\n");
        }
        if (e.isInstance(ExceptionTypes.BASE_EXCEPTION_GROUP)) {
            group(c, e);
        } else {
            single(c, e);
        }
    }

    // CPython 3.11: Python/pythonrun.c print_chained
    private void chained(Ctx c, PyBaseException value, String message) {
        boolean needClose = c.needClose;
        recurse(c, value);
        c.needClose = needClose;
        String margin = c.margin();
        c.out.append(margin).append('\n').append(margin).append(message).append(margin).append('\n');
    }

    // CPython 3.11: Python/pythonrun.c print_exception
    private void single(Ctx c, PyBaseException e) {
        StringBuilder out = c.out;
        String margin = c.margin();
        PyTraceback tb = ExceptionOps.tb(e);
        if (tb != null) {
            boolean group = e.isInstance(ExceptionTypes.BASE_EXCEPTION_GROUP);
            out.append(group && c.groupDepth == 1 ? "  + " : margin)
                    .append(group ? "Exception Group Traceback" : "Traceback").append(" (most recent call last):\n");
            entries(out, tb, margin);
        }
        if (e.isInstance(ExceptionTypes.SYNTAX_ERROR) && e.dict().containsKey("print_file_and_line")) {
            String text = SyntaxErrorText.format(e, qualifiedName(e), e.dict());
            if (margin.isEmpty()) {
                out.append(text);
            } else {
                // CPython's print_error_text writes the source line and carets without the margin
                List<String> lines = text.lines().toList();
                for (int i = 0; i < lines.size(); i++) {
                    String l = lines.get(i);
                    boolean framed = i == lines.size() - 1 || i == 0 && l.startsWith("  File ");
                    out.append(framed ? margin : "").append(l).append('\n');
                }
            }
        } else {
            out.append(margin).append(lastLine(e)).append('\n');
        }
        notes(c, e);
    }

    // CPython 3.11: Python/pythonrun.c print_exception_notes (3.11.7: a str is a sequence of one-character
    // notes, and the repr of a non-sequence is written without a newline)
    private static void notes(Ctx c, PyBaseException e) {
        Object notes = e.dict().get("__notes__");
        if (notes == null) {
            notes = e.notes();
            if (notes == null) {
                return;
            }
        }
        StringBuilder out = c.out;
        String margin = c.margin();
        List<?> items;
        try {
            items = sequenceItems(notes);
        } catch (PyBaseException | StackOverflowError x) {
            return;
        }
        if (items == null) {
            String r;
            try {
                r = Ops.repr(notes);
            } catch (PyBaseException | StackOverflowError x) {
                r = "<__notes__ repr() failed>";
            }
            out.append(margin).append(r);
            return;
        }
        for (Object note : items) {
            String s;
            try {
                s = note instanceof String str ? str : Ops.str(note);
            } catch (PyBaseException | StackOverflowError x) {
                out.append("<note str() failed>\n");
                continue;
            }
            int from = 0;
            while (from < s.length()) {
                int to = lineEnd(s, from);
                out.append(margin).append(s, from, to);
                from = to;
            }
            out.append('\n');
        }
    }

    /** The items of {@code o} when it is a sequence ({@code PySequence_Check}), else null. */
    private static List<?> sequenceItems(Object o) {
        if (o instanceof List<?> list) {
            return List.of(list.toArray());
        }
        if (o instanceof String s) {
            return s.codePoints().mapToObj(Character::toString).toList();
        }
        PyType t = Ops.type(o);
        if (t.lookup("__getitem__") == null || t.isSubtypeOf(dev.adder.objects.PyDict.TYPE)) {
            return null;
        }
        int n = Ops.len(o);
        Object[] items = new Object[n];
        for (int i = 0; i < n; i++) {
            items[i] = Ops.getitem(o, i);
        }
        return List.of(items);
    }

    /** The end (past its line break) of the line starting at {@code from}: str.splitlines(keepends=True). */
    private static int lineEnd(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\r':
                    return i + 1 < s.length() && s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                case '\n', '\u000b', '\f', '\u001c', '\u001d', '\u001e', '\u0085', '\u2028', '\u2029':
                    return i + 1;
                default:
                    break;
            }
        }
        return s.length();
    }

    // CPython 3.11: Python/pythonrun.c print_exception_group
    private void group(Ctx c, PyBaseException e) {
        StringBuilder out = c.out;
        if (c.groupDepth > MAX_GROUP_DEPTH) {
            out.append(c.margin()).append("... (max_group_depth is ").append(MAX_GROUP_DEPTH).append(")\n");
            return;
        }
        if (c.groupDepth == 0) {
            c.groupDepth++;
        }
        single(c, e);
        Object items = e.dict().get("exceptions");
        List<Object> excs = items instanceof List<?> l ? List.copyOf(l) : List.of();
        int n = excs.size() <= MAX_GROUP_WIDTH ? excs.size() : MAX_GROUP_WIDTH + 1;
        c.needClose = false;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            if (last) {
                // the closing line may come from a nested group instead
                c.needClose = true;
            }
            String indent = " ".repeat(2 * c.groupDepth);
            boolean truncated = i >= MAX_GROUP_WIDTH;
            out.append(indent).append(i == 0 ? "+-" : "  ").append("+---------------- ")
                    .append(truncated ? "..." : String.valueOf(i + 1)).append(" ----------------\n");
            c.groupDepth++;
            if (!truncated && excs.get(i) instanceof PyBaseException x) {
                recurse(c, x);
            } else if (!truncated) {
                out.append(c.margin()).append("TypeError: print_exception(): Exception expected for value, ")
                        .append(Ops.type(excs.get(i)).name()).append(" found\n");
            } else {
                int remaining = excs.size() - MAX_GROUP_WIDTH;
                out.append(c.margin()).append("and ").append(remaining).append(" more exception")
                        .append(remaining > 1 ? "s" : "").append('\n');
            }
            if (last && c.needClose) {
                out.append(" ".repeat(2 * c.groupDepth)).append("+------------------------------------\n");
                c.needClose = false;
            }
            c.groupDepth--;
        }
        if (c.groupDepth == 1) {
            c.groupDepth--;
        }
    }

    // CPython 3.11: Python/traceback.c tb_print_internal
    private void entries(StringBuilder out, PyTraceback tb, String margin) {
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
                repeated(out, cnt, margin);
                lastFile = file;
                lastLine = line;
                lastName = name;
                cnt = 0;
            }
            cnt++;
            if (cnt <= RECURSIVE_CUTOFF) {
                entry(out, tb, margin);
            }
        }
        repeated(out, cnt, margin);
    }

    private static void repeated(StringBuilder out, int cnt, String margin) {
        if (cnt > RECURSIVE_CUTOFF) {
            int n = cnt - RECURSIVE_CUTOFF;
            out.append(margin).append("  [Previous line repeated ").append(n).append(" more time")
                    .append(n > 1 ? "s" : "").append("]\n");
        }
    }

    // CPython 3.11: Python/traceback.c tb_displayline, display_source_line_with_margin
    private void entry(StringBuilder out, PyTraceback tb, String margin) {
        int lineno = tb.lineno();
        out.append(margin).append("  File \"").append(tb.code().co_filename()).append("\", line ").append(lineno)
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
        out.append(margin).append("    ").append(line, ws, line.length()).append('\n');
        LocationTable.Position p = tb.code().positionAt(tb.lasti());
        if (p.line() < 0 || p.endLine() < 0 || p.col() < 0 || p.endCol() < 0) {
            return;
        }
        carets(out, line, ws, p, margin);
    }

    private static void carets(StringBuilder out, String line, int ws, LocationTable.Position p, String margin) {
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
        out.append(margin).append(row).append('\n');
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
