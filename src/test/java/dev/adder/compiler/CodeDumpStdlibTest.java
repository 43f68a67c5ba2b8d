package dev.adder.compiler;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.ast.Python3;
import dev.adder.cli.CodeDumpCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Lays out every file of CPython 3.11's stdlib with Adder and compares {@code --dump-code} output
 * with what {@code shared/tools/cpython_code_dump.py} prints for it. Per-file results go to
 * {@code <buildDir>/code-dump-report.txt}.
 */
class CodeDumpStdlibTest {
    /** Share of files whose dump must be identical. */
    static final double MIN_SAME = 0.99;
    /** Marks the end of one file's output from the reference driver. */
    private static final String END = "\u0000END";

    /** Runs the reference script's main() for each file named in argv[2], one process for all. */
    private static final String DRIVER = String.join("\n",
            "import sys, io, contextlib, importlib.util, warnings",
            "spec = importlib.util.spec_from_file_location('cpython_code_dump', sys.argv[1])",
            "m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)",
            "warnings.simplefilter('ignore')",
            "for path in open(sys.argv[2], encoding='utf-8').read().splitlines():",
            "    buf = io.StringIO()",
            "    try:",
            "        with contextlib.redirect_stdout(buf):",
            "            m.main(path)",
            "        out = buf.getvalue()",
            "    except BaseException as e:",
            "        out = buf.getvalue() + 'FATAL ' + type(e).__name__ + (': ' + str(e) if str(e) else '') + '\\n'",
            "    sys.stdout.write(out + '\\x00END\\n')",
            "");

    @Test
    void stdlibCodeDumpsMatchCPython() throws Exception {
        Python3.assumeAvailable();
        Path script = Path.of("..", "shared", "tools", "cpython_code_dump.py").toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(script), "reference script missing: " + script);
        List<String> files = stdlibFiles();
        assertTrue(files.size() > 1000, "found only " + files.size() + " stdlib files");

        ExecutorService python = Executors.newSingleThreadExecutor();
        Future<List<List<String>>> expected = python.submit(() -> reference(script, files));
        List<List<String>> ours = layoutAll(files);
        List<List<String>> theirs = expected.get();
        python.shutdown();

        int same = 0;
        List<String> report = new ArrayList<>();
        List<String> firstDiffs = new ArrayList<>();
        Map<String, Integer> kinds = new TreeMap<>();
        for (int i = 0; i < files.size(); i++) {
            List<String> exp = theirs.get(i);
            List<String> act = ours.get(i);
            if (exp.equals(act)) {
                same++;
                report.add("SAME\t" + files.get(i));
                continue;
            }
            String kind = kind(exp, act);
            kinds.merge(kind, 1, Integer::sum);
            String diff = firstDifference(exp, act);
            report.add("DIFF\t" + files.get(i) + "\t" + kind + "\n" + diff);
            if (firstDiffs.size() < 12) {
                firstDiffs.add(files.get(i) + " [" + kind + "]\n" + diff);
            }
        }
        StringBuilder summary = new StringBuilder();
        summary.append(String.format("Stdlib --dump-code: %d files, identical %d (%.2f%%)%n", files.size(), same,
                100.0 * same / files.size()));
        summary.append("  difference kinds:\n");
        kinds.forEach((k, v) -> summary.append("    ").append(v).append(" x ").append(k).append('\n'));
        summary.append("  first differing files:\n");
        firstDiffs.forEach(d -> summary.append("  ").append(d).append('\n'));
        System.out.println(summary);
        Path out = Path.of(System.getProperty("buildDir", "target"), "code-dump-report.txt");
        Files.createDirectories(out.getParent());
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            w.println(summary);
            report.forEach(w::println);
        }
        assertTrue(same >= MIN_SAME * files.size(), "identical dumps: " + same + " of " + files.size());
    }

    /** The stdlib's .py files (site-packages excluded), sorted, as StdlibCorpusTest finds them. */
    static List<String> stdlibFiles() throws IOException {
        Path root = Path.of(Python3.run("import sysconfig; print(sysconfig.get_paths()['stdlib'])").get(0));
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p))
                    .filter(p -> !root.relativize(p).toString().contains("site-packages"))
                    .map(Path::toString).sorted().collect(Collectors.toList());
        }
    }

    private static List<List<String>> reference(Path script, List<String> files) throws IOException {
        Path list = Files.createTempFile("adder-code-dump", ".txt");
        Path driver = Files.createTempFile("adder-code-dump", ".py");
        try {
            Files.write(list, files, StandardCharsets.UTF_8);
            Files.writeString(driver, DRIVER, StandardCharsets.UTF_8);
            List<String> lines = Python3.runCommand(List.of("python3", driver.toString(), script.toString(),
                    list.toString()));
            List<List<String>> out = new ArrayList<>();
            List<String> cur = new ArrayList<>();
            for (String line : lines) {
                if (line.equals(END)) {
                    out.add(cur);
                    cur = new ArrayList<>();
                } else {
                    cur.add(line);
                }
            }
            if (out.size() != files.size()) {
                throw new AssertionError("reference driver printed " + out.size() + " results for " + files.size());
            }
            return out;
        } finally {
            Files.deleteIfExists(list);
            Files.deleteIfExists(driver);
        }
    }

    /** Runs Adder on every file on a thread with a large stack, a time limit per file. */
    private static List<List<String>> layoutAll(List<String> files) throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "code-dump", 256L << 20);
            t.setDaemon(true);
            return t;
        });
        List<List<String>> out = new ArrayList<>();
        try {
            for (String file : files) {
                Future<List<String>> f = worker.submit(() -> layoutOne(file));
                out.add(f.get(60, TimeUnit.SECONDS));
            }
        } finally {
            worker.shutdownNow();
        }
        return out;
    }

    static List<String> layoutOne(String file) {
        try {
            CodeDumpCommand.Result r = CodeDumpCommand.run(file);
            return r.isFatal() ? List.of("FATAL " + r.fatal()) : r.lines();
        } catch (RuntimeException | StackOverflowError e) {
            return List.of("InternalError: " + e);
        }
    }

    /** A short class for a difference, to count the kinds. */
    private static String kind(List<String> exp, List<String> act) {
        boolean expError = exp.size() == 1 && !exp.get(0).startsWith("{");
        boolean actError = act.size() == 1 && !act.get(0).startsWith("{");
        if (expError || actError) {
            return (expError ? "cpython error" : "cpython ok") + " / " + (actError ? cut(act.get(0)) : "adder ok");
        }
        if (exp.size() != act.size()) {
            return "number of code objects";
        }
        for (int i = 0; i < exp.size(); i++) {
            if (!exp.get(i).equals(act.get(i))) {
                for (String key : new String[] {"qualname", "firstlineno", "argcount", "posonlyargcount",
                        "kwonlyargcount", "nlocals", "varnames", "cellvars", "freevars", "flags"}) {
                    if (!field(exp.get(i), key).equals(field(act.get(i), key))) {
                        return key;
                    }
                }
                return "line";
            }
        }
        return "?";
    }

    private static String field(String json, String key) {
        int at = json.indexOf("\"" + key + "\": ");
        if (at < 0) {
            return "";
        }
        int end = json.indexOf(", \"", at + key.length() + 4);
        return json.substring(at, end < 0 ? json.length() : end);
    }

    private static String cut(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }

    private static String firstDifference(List<String> exp, List<String> act) {
        List<String> onlyExp = new ArrayList<>(exp);
        onlyExp.removeAll(act);
        List<String> onlyAct = new ArrayList<>(act);
        onlyAct.removeAll(exp);
        StringBuilder sb = new StringBuilder();
        onlyExp.stream().limit(3).forEach(l -> sb.append("    cpython: ").append(l).append('\n'));
        onlyAct.stream().limit(3).forEach(l -> sb.append("    adder:   ").append(l).append('\n'));
        return sb.toString();
    }
}
