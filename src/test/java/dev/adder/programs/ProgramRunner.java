package dev.adder.programs;

import dev.adder.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs the golden programs of {@code src/test/resources/programs/} in-process through
 * {@link Main#run} and compares stdout, stderr and exit code with what CPython 3.11 produced
 * ({@code tools/regen_program_goldens.py}). Shared by {@link ProgramGoldenTest} and
 * {@link ListFailingPrograms}; it never writes goldens.
 */
final class ProgramRunner {
    /** Where the programs live, relative to the repository root (Maven's working directory). */
    static final Path ROOT = Path.of("src/test/resources/programs");
    /** The ratchet file: programs that do not pass yet. */
    static final Path KNOWN_FAILURES = ROOT.resolve("known-failures.txt");
    /** A program that runs longer than this fails (it never hangs the build). */
    static final long TIME_LIMIT_SECONDS = Long.getLong("adder.programs.timeLimit", 15);
    /** Stack of the thread that runs a program: deep Python recursion must reach RecursionError, not overflow. */
    private static final long STACK_BYTES = 512L << 20;
    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-f]+");

    private ProgramRunner() {}

    /** What one run printed and returned. */
    record Outcome(String stdout, String stderr, int exitCode) {}

    /**
     * Every program, as a '/'-separated path relative to the repository root, sorted. A directory whose
     * name starts with {@code _} (such as {@code imports/_pkgs/}) holds modules the programs import, not programs.
     */
    static List<String> programs() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".py") && !inSupportDirectory(p))
                    .map(p -> p.toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean inSupportDirectory(Path program) {
        Path rel = ROOT.relativize(program);
        for (int i = 0; i < rel.getNameCount() - 1; i++) {
            if (rel.getName(i).toString().startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    /** The paths listed in known-failures.txt (blank lines and {@code #} comments ignored). */
    static Set<String> knownFailures() {
        Set<String> known = new LinkedHashSet<>();
        if (!Files.exists(KNOWN_FAILURES)) {
            return known;
        }
        try {
            for (String line : Files.readAllLines(KNOWN_FAILURES, StandardCharsets.UTF_8)) {
                int hash = line.indexOf('#');
                String path = (hash >= 0 ? line.substring(0, hash) : line).trim();
                if (!path.isEmpty()) {
                    known.add(path);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return known;
    }

    /** Runs one program on its own big-stack thread, or throws TimeoutException past the time limit. */
    static Outcome run(String program) throws TimeoutException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Thread thread = new Thread(null, () -> {
            try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
                int code = Main.run(new String[] {program}, o, e);
                o.flush();
                e.flush();
                exit.complete(code);
            } catch (Throwable t) {
                exit.completeExceptionally(t);
            }
        }, "adder-program " + program, STACK_BYTES);
        thread.setDaemon(true); // a hung program must not keep the JVM alive
        thread.start();
        try {
            int code = exit.get(TIME_LIMIT_SECONDS, TimeUnit.SECONDS);
            return new Outcome(out.toString(), err.toString(), code);
        } catch (TimeoutException e) {
            stop(thread);
            throw e;
        } catch (ExecutionException e) {
            // Main.run must turn every failure into Python output; anything escaping is a bug to show.
            StringWriter trace = new StringWriter();
            e.getCause().printStackTrace(new PrintWriter(trace));
            return new Outcome(out.toString(), err + "\n[Java exception escaped Main.run]\n" + trace, -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Asks a hung program's thread to end; if it ignores the interrupt, stops it so it does not burn a core. */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Thread thread) {
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            thread.stop(); // Java 17 still honours it; no other way to end a runaway interpreter loop
        }
    }

    /** The CPython 3.11 outcome of a program from its golden files; null when the .out golden is missing. */
    static Outcome golden(String program) {
        String base = program.substring(0, program.length() - ".py".length());
        Path out = Path.of(base + ".out");
        if (!Files.exists(out)) {
            return null;
        }
        try {
            Path err = Path.of(base + ".err");
            Path exit = Path.of(base + ".exit");
            return new Outcome(
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.exists(err) ? Files.readString(err, StandardCharsets.UTF_8) : "",
                    Files.exists(exit) ? Integer.parseInt(Files.readString(exit).trim()) : 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The working directory plus '/', as CPython puts it before the main script's relative path. */
    private static final String CWD_PREFIX = Path.of("").toAbsolutePath() + "/";

    /**
     * Makes outputs comparable: memory addresses differ from run to run ({@code 0x7f3a...} becomes
     * {@code 0x?}), and the absolute path of the repository is dropped (the goldens drop it too), so
     * a traceback may name the file absolutely, as CPython does, or as given.
     */
    static String normalize(String text) {
        return ADDRESS.matcher(text.replace("\r\n", "\n").replace(CWD_PREFIX, "")).replaceAll("0x?");
    }

    /**
     * Runs a program and compares it with its goldens.
     *
     * @return null when it passes, else a description of every difference
     */
    static String check(String program) {
        Outcome expected = golden(program);
        if (expected == null) {
            return "no golden " + program.replace(".py", ".out") + ": run tools/regen_program_goldens.py";
        }
        Outcome actual;
        try {
            actual = run(program);
        } catch (TimeoutException e) {
            return "did not finish within " + TIME_LIMIT_SECONDS + " s";
        }
        List<String> problems = new ArrayList<>();
        compare("stdout", normalize(expected.stdout()), normalize(actual.stdout()), problems);
        compare("stderr", normalize(expected.stderr()), normalize(actual.stderr()), problems);
        if (expected.exitCode() != actual.exitCode()) {
            problems.add("exit code: expected " + expected.exitCode() + ", got " + actual.exitCode());
        }
        return problems.isEmpty() ? null : String.join("\n", problems);
    }

    private static void compare(String what, String expected, String actual, List<String> problems) {
        if (expected.equals(actual)) {
            return;
        }
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int line = 0;
        while (line < e.length && line < a.length && e[line].equals(a[line])) {
            line++;
        }
        problems.add(what + " differs at line " + (line + 1)
                + ":\n  expected: " + (line < e.length ? e[line] : "<end>")
                + "\n  actual:   " + (line < a.length ? a[line] : "<end>")
                + "\n--- expected " + what + " ---\n" + clip(expected)
                + "\n--- actual " + what + " ---\n" + clip(actual));
    }

    private static String clip(String text) {
        return text.length() <= 4000 ? text : text.substring(0, 4000) + "\n[... " + (text.length() - 4000) + " more chars]";
    }
}
