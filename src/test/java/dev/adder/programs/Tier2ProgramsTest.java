package dev.adder.programs;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every golden program again, with each code object compiled to JVM bytecode at its first entry
 * ({@code adder.tier2=eager}): the second tier must behave exactly as the dispatch loop (which
 * {@link ProgramGoldenTest} runs, compiling only what gets hot). {@code -Dadder.programs=...}
 * selects topics as there.
 */
class Tier2ProgramsTest {
    private static String saved;

    @BeforeAll
    static void compileEverything() {
        saved = System.getProperty("adder.tier2");
        System.setProperty("adder.tier2", "eager");
    }

    @AfterAll
    static void restore() {
        if (saved == null) {
            System.clearProperty("adder.tier2");
        } else {
            System.setProperty("adder.tier2", saved);
        }
    }

    @TestFactory
    Stream<DynamicTest> programsBehaveAsCPythonWhenCompiled() {
        Set<String> known = ProgramRunner.knownFailures();
        String only = System.getProperty("adder.programs", "");
        return ProgramRunner.programs().stream()
                .filter(p -> !known.contains(p))
                .filter(p -> only.isBlank() || Stream.of(only.split(","))
                        .anyMatch(t -> p.startsWith(ProgramRunner.ROOT + "/" + t.trim() + "/")))
                .map(program -> DynamicTest.dynamicTest(program, () -> {
                    String problem = ProgramRunner.check(program);
                    if (problem != null) {
                        fail(program + " (compiled)\n" + problem);
                    }
                }));
    }
}
