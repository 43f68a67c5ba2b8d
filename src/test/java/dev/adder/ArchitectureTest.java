package dev.adder;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Keeps the package layering of docs/architecture.md true by reading every import line. */
class ArchitectureTest {
    /** Which Adder packages each package may import (besides itself and the JDK). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("text", Set.of()),
            Map.entry("bytecode", Set.of("text")),
            Map.entry("ast", Set.of("text")),
            Map.entry("syntax", Set.of("ast")),
            Map.entry("runtime", Set.of()),
            Map.entry("jvm", Set.of()),
            Map.entry("objects", Set.of("runtime", "text")),
            Map.entry("symtable", Set.of("ast", "syntax")),
            Map.entry("compiler", Set.of("ast", "syntax", "symtable", "bytecode", "runtime", "objects", "text")),
            Map.entry("", Set.of()),
            Map.entry("vm", Set.of("bytecode", "jvm", "runtime", "objects", "text", "ast", "syntax", "")),
            Map.entry("builtins", Set.of("bytecode", "runtime", "objects", "text", "vm", "")),
            Map.entry("interop", Set.of("runtime", "objects", "text", "vm", "builtins", "")),
            Map.entry("jsr223", Set.of("ast", "syntax", "symtable", "compiler", "bytecode", "runtime", "objects",
                    "text", "vm", "builtins", "interop", "")),
            Map.entry("cli", Set.of("ast", "syntax", "symtable", "compiler", "bytecode", "runtime", "objects",
                    "text", "vm", "builtins", "interop", "")));

    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?dev\\.adder\\.(\\w+)");

    @Test
    void packagesImportOnlyWhatTheyMay() throws IOException {
        Path root = Path.of("src/main/java/dev/adder");
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Path rel = root.relativize(f);
                String pkg = rel.getNameCount() > 1 ? rel.getName(0).toString() : "";
                Set<String> allowed = ALLOWED.get(pkg);
                for (String line : Files.readAllLines(f)) {
                    Matcher m = IMPORT.matcher(line);
                    if (m.find()) {
                        // dev.adder.PythonException and the other root classes: package ""
                        String target = Character.isUpperCase(m.group(1).charAt(0)) ? "" : m.group(1);
                        if (!target.equals(pkg) && (allowed == null || !allowed.contains(target))) {
                            violations.add(rel + ": " + line.trim());
                        }
                    }
                }
                if (allowed == null) {
                    violations.add(rel + ": package '" + pkg + "' is not in the layering table");
                }
            }
        }
        assertEquals(List.of(), violations);
    }
}
