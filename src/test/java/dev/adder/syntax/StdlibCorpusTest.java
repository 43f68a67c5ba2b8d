package dev.adder.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.ast.Mod;
import dev.adder.ast.Python3;
import dev.adder.cli.AstDumpCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Parses every file of CPython 3.11's stdlib with Adder and compares {@code --dump-ast} output, with
 * and without positions, with what {@code shared/tools/cpython_ast_dump.py} prints.
 *
 * <p>Per-file results go to {@code <buildDir>/corpus-report.txt}.
 */
class StdlibCorpusTest {
    /** Share of CPython-accepted files whose dump must be identical. */
    static final double MIN_SAME_DUMP = 0.995;
    /** Share of CPython-accepted files whose dump with positions must be identical. */
    static final double MIN_SAME_POSITIONS = 0.98;
    /** Files per python3 run of the reference script. */
    static final int BATCH = 150;
    /** A file the parser takes longer than this on counts as failed. */
    static final long PARSE_TIMEOUT_SECONDS = 20;

    /** Adder's result for one file: the two lines (or fatal errors) and the parse time. */
    private record Outcome(AstDumpCommand.Result plain, AstDumpCommand.Result positions, long nanos) {
    }

    @Test
    void stdlibDumpsMatchCPython() throws Exception {
        Python3.assumeAvailable();
        Path script = Path.of("..", "shared", "tools", "cpython_ast_dump.py").toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(script), "reference script missing: " + script);
        List<String> files = stdlibFiles();
        assertTrue(files.size() > 1000, "found only " + files.size() + " stdlib files");

        ExecutorService python = Executors.newFixedThreadPool(2);
        Future<List<String>> plainRef = python.submit(() -> reference(script, files, false));
        Future<List<String>> positionsRef = python.submit(() -> reference(script, files, true));
        List<Outcome> ours = parseAll(files);
        List<String> expectedPlain = plainRef.get();
        List<String> expectedPositions = positionsRef.get();
        python.shutdown();

        Report report = new Report();
        for (int i = 0; i < files.size(); i++) {
            report.add(files.get(i), expectedPlain.get(i), expectedPositions.get(i), ours.get(i));
        }
        report.write(Path.of(System.getProperty("buildDir", "target"), "corpus-report.txt"));
        System.out.println(report.summary());
        assertEquals(0, report.acceptanceMismatches, "files accepted by one side only (see corpus-report.txt)");
        assertTrue(report.samePlain >= MIN_SAME_DUMP * report.accepted,
                "identical dumps: " + report.samePlain + " of " + report.accepted);
        assertTrue(report.samePositions >= MIN_SAME_POSITIONS * report.accepted,
                "identical --positions dumps: " + report.samePositions + " of " + report.accepted);
    }

    /** The stdlib's .py files (site-packages excluded), sorted. */
    private static List<String> stdlibFiles() throws IOException {
        Path root = Path.of(Python3.run("import sysconfig; print(sysconfig.get_paths()['stdlib'])").get(0));
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p))
                    .filter(p -> !root.relativize(p).toString().contains("site-packages"))
                    .map(Path::toString).sorted().collect(Collectors.toList());
        }
    }

    /**
     * Runs the reference script over all files in batches; a file that kills the script (an
     * uncaught MemoryError, RecursionError, ...) gets "FATAL " and the traceback's last line.
     */
    private static List<String> reference(Path script, List<String> files, boolean positions) throws Exception {
        List<String> results = new ArrayList<>(files.size());
        Path out = Files.createTempFile("adder-corpus", ".out");
        Path err = Files.createTempFile("adder-corpus", ".err");
        try {
            int next = 0;
            while (next < files.size()) {
                List<String> batch = files.subList(next, Math.min(files.size(), next + BATCH));
                List<String> command = new ArrayList<>(List.of("python3", script.toString()));
                if (positions) {
                    command.add("--positions");
                }
                command.addAll(batch);
                ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
                pb.environment().put("PYTHONIOENCODING", "utf-8");
                int rc = pb.start().waitFor();
                List<String> lines = Python3.splitLines(Files.readString(out, StandardCharsets.UTF_8));
                results.addAll(lines);
                next += lines.size();
                if (rc != 0) {
                    List<String> errLines = Python3.splitLines(Files.readString(err, StandardCharsets.UTF_8));
                    results.add("FATAL " + (errLines.isEmpty() ? "exit " + rc : errLines.get(errLines.size() - 1)));
                    next++;
                } else if (lines.size() != batch.size()) {
                    throw new AssertionError("reference script printed " + lines.size() + " lines for " + batch.size() + " files");
                }
            }
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
        return results;
    }

    /** Parses and dumps every file in-process, with a time limit per file so a parser bug cannot hang the test. */
    private static List<Outcome> parseAll(List<String> files) throws Exception {
        List<Outcome> outcomes = new ArrayList<>(files.size());
        ExecutorService worker = Executors.newSingleThreadExecutor(StdlibCorpusTest::daemon);
        try {
            for (String file : files) {
                byte[] bytes = Files.readAllBytes(Path.of(file));
                Future<Outcome> future = worker.submit(() -> parseOne(file, bytes));
                try {
                    outcomes.add(future.get(PARSE_TIMEOUT_SECONDS, TimeUnit.SECONDS));
                } catch (TimeoutException e) {
                    future.cancel(true);
                    worker.shutdownNow();
                    worker = Executors.newSingleThreadExecutor(StdlibCorpusTest::daemon);
                    AstDumpCommand.Result hang = new AstDumpCommand.Result(null, "Timeout: parse took over "
                            + PARSE_TIMEOUT_SECONDS + " s");
                    outcomes.add(new Outcome(hang, hang, TimeUnit.SECONDS.toNanos(PARSE_TIMEOUT_SECONDS)));
                } catch (ExecutionException e) {
                    throw new AssertionError("unexpected failure on " + file, e.getCause());
                }
            }
        } finally {
            worker.shutdownNow();
        }
        return outcomes;
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(null, r, "corpus-parser", 64L << 20);
        t.setDaemon(true);
        return t;
    }

    /** Parses once (timed), then dumps both ways through the --dump-ast code path. */
    private static Outcome parseOne(String file, byte[] bytes) {
        Mod[] tree = new Mod[1];
        RuntimeException[] failure = new RuntimeException[1];
        long start = System.nanoTime();
        try {
            tree[0] = Parser.parseFile(Source.fromBytes(bytes, file));
        } catch (RuntimeException e) {
            failure[0] = e;
        } catch (StackOverflowError e) {
            failure[0] = new IllegalStateException("StackOverflowError");
        }
        long nanos = System.nanoTime() - start;
        Function<Source, Mod> cached = source -> {
            if (failure[0] != null) {
                throw failure[0];
            }
            return tree[0];
        };
        return new Outcome(safeDump(bytes, file, false, cached), safeDump(bytes, file, true, cached), nanos);
    }

    private static AstDumpCommand.Result safeDump(byte[] bytes, String file, boolean positions, Function<Source, Mod> parser) {
        try {
            return AstDumpCommand.dump(bytes, file, positions, parser);
        } catch (RuntimeException | StackOverflowError e) {
            // What `adder --dump-ast` prints for an Adder bug.
            return new AstDumpCommand.Result(null, "InternalError: " + e);
        }
    }

    /** Counts, per-file lines and the first differences. */
    private static final class Report {
        int accepted;
        int rejected;
        int acceptanceMismatches;
        int samePlain;
        int samePositions;
        int sameErrors;
        long parseNanos;
        final List<String> lines = new ArrayList<>();
        final List<String> firstDiffs = new ArrayList<>();
        final Map<String, Integer> kinds = new HashMap<>();

        private static String text(AstDumpCommand.Result r) {
            return r.isFatal() ? "FATAL " + r.fatal() : r.line();
        }

        private static boolean accepts(String line) {
            return !line.startsWith("SyntaxError: ") && !line.startsWith("FATAL ");
        }

        void add(String file, String plain, String positions, Outcome ours) {
            parseNanos += ours.nanos;
            String ourPlain = text(ours.plain);
            String ourPositions = text(ours.positions);
            boolean pyAccepts = accepts(plain);
            boolean weAccept = accepts(ourPlain);
            String status;
            if (pyAccepts != weAccept) {
                acceptanceMismatches++;
                status = pyAccepts ? "REJECTED-BY-ADDER" : "ACCEPTED-BY-ADDER";
                kind(pyAccepts ? ourPlain : "accepts what CPython rejects: " + plain);
                diff(file, plain, ourPlain);
            } else if (!pyAccepts) {
                rejected++;
                boolean same = plain.equals(ourPlain);
                sameErrors += same ? 1 : 0;
                status = same ? "SAME-ERROR" : "OTHER-ERROR";
            } else {
                accepted++;
                boolean p = plain.equals(ourPlain);
                boolean q = positions.equals(ourPositions);
                samePlain += p ? 1 : 0;
                samePositions += q ? 1 : 0;
                status = p && q ? "SAME" : p ? "POSITIONS-DIFFER" : "DUMP-DIFFERS";
                if (!p) {
                    kind("dump differs near: " + around(plain, ourPlain, 30));
                    diff(file, plain, ourPlain);
                } else if (!q) {
                    kind("positions differ");
                    diff(file + " (positions)", positions, ourPositions);
                }
            }
            lines.add(status + "\t" + String.format("%.1f ms", ours.nanos / 1e6) + "\t" + file
                    + (status.startsWith("SAME") ? "" : "\n\tcpython: " + cut(plain) + "\n\tadder:   " + cut(ourPlain)));
        }

        private void kind(String k) {
            String key = k.length() > 90 ? k.substring(0, 90) : k;
            kinds.merge(key, 1, Integer::sum);
        }

        private void diff(String file, String expected, String actual) {
            if (firstDiffs.size() < 10) {
                firstDiffs.add(file + "\n    cpython: " + around(expected, actual, 70) + "\n    adder:   "
                        + around(actual, expected, 70));
            }
        }

        /** The text of {@code a} around the first character where it differs from {@code b}. */
        private static String around(String a, String b, int width) {
            int i = 0;
            int n = Math.min(a.length(), b.length());
            while (i < n && a.charAt(i) == b.charAt(i)) {
                i++;
            }
            int from = Math.max(0, i - width);
            return (from > 0 ? "..." : "") + a.substring(from, Math.min(a.length(), i + width)) + " [at " + i + "]";
        }

        private static String cut(String s) {
            return s.length() <= 300 ? s : s.substring(0, 300) + "...";
        }

        String summary() {
            StringBuilder sb = new StringBuilder("Stdlib corpus: ").append(lines.size()).append(" files; CPython accepts ")
                    .append(accepted + (acceptanceMismatches > 0 ? " (+ mismatched)" : "")).append(", rejects ").append(rejected)
                    .append("\n  accepted/rejected mismatches: ").append(acceptanceMismatches)
                    .append("\n  identical dumps: ").append(samePlain).append(" / ").append(accepted)
                    .append("\n  identical --positions dumps: ").append(samePositions).append(" / ").append(accepted)
                    .append("\n  identical SyntaxError lines: ").append(sameErrors).append(" / ").append(rejected)
                    .append(String.format("%n  Adder parse time (cold, one pass): %.2f s", parseNanos / 1e9));
            sb.append("\n  most common failure kinds:");
            kinds.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(12)
                    .forEach(e -> sb.append("\n    ").append(e.getValue()).append(" x ").append(e.getKey()));
            sb.append("\n  first differing files:");
            for (String d : firstDiffs) {
                sb.append("\n  ").append(d);
            }
            return sb.toString();
        }

        void write(Path path) throws IOException {
            Files.createDirectories(path.getParent());
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8))) {
                w.println(summary());
                w.println();
                for (String line : lines) {
                    w.println(line);
                }
            }
        }
    }
}
