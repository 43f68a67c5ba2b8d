package dev.adder.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.adder.ast.Python3;
import dev.adder.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one-line cases ({@code "stmt; stmt; expr"}) as a whole Python program, once with python3 and
 * once with Adder, and compares each case's {@code type(r).__name__ + ' ' + repr(r)} or
 * {@code Type: message}. Memory addresses are masked (memoryview reprs).
 */
final class ByteArrayPrograms {
    private ByteArrayPrograms() {}

    /** The program: each case in its own try block, printing one line. */
    static String program(List<String> cases) {
        StringBuilder sb = new StringBuilder();
        for (String c : cases) {
            String[] parts = c.split("; ");
            sb.append("try:\n");
            for (int i = 0; i < parts.length - 1; i++) {
                sb.append("    ").append(parts[i]).append('\n');
            }
            sb.append("    __r = (").append(parts[parts.length - 1]).append(")\n");
            sb.append("    __r = type(__r).__name__ + ' ' + repr(__r)\n");
            sb.append("except Exception as __e:\n");
            sb.append("    __r = type(__e).__name__ + ': ' + str(__e)\n");
            sb.append("print(__r.replace('\\n', '\\\\n'))\n");
        }
        return sb.toString();
    }

    /** Adder's output lines for {@code program}, with stderr appended when it printed any. */
    static List<String> adder(String program) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            Main.run(new String[] {"-c", program}, o, e);
        }
        List<String> lines = new ArrayList<>(Python3.splitLines(out.toString()));
        if (!err.toString().isEmpty()) {
            lines.add("STDERR " + err);
        }
        return lines;
    }

    private static String mask(String s) {
        return s.replaceAll("0x[0-9a-f]+", "0x?");
    }

    /** Asserts that Adder answers every case as python3 does; lists every differing case. */
    static void check(String cases) {
        Python3.assumeAvailable();
        List<String> list = new ArrayList<>();
        for (String line : cases.split("\n")) {
            if (!line.isBlank()) {
                list.add(line);
            }
        }
        String program = program(list);
        List<String> expected = Python3.run(program);
        List<String> got = adder(program);
        assertEquals(list.size(), expected.size(), "python3 answered every case");
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String e = mask(expected.get(i));
            String g = i < got.size() ? mask(got.get(i)) : "(no output)";
            if (!e.equals(g)) {
                failures.add(list.get(i) + "\n   python3: " + e + "\n   adder:   " + g);
            }
        }
        if (got.size() > list.size()) {
            failures.add("extra output: " + got.subList(list.size(), got.size()));
        }
        assertEquals("", String.join("\n", failures), failures.size() + " of " + list.size() + " cases differ");
    }
}
