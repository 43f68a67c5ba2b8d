package dev.adder.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One dynamic test per golden program: {@code adder <program>} must print CPython 3.11's stdout and
 * stderr (memory addresses aside) and return its exit code. Programs listed in known-failures.txt are
 * skipped while they fail and fail once they pass (a ratchet: remove them from the list).
 */
class ProgramGoldenTest {
    @TestFactory
    Stream<DynamicTest> programsBehaveAsCPython() {
        Set<String> known = ProgramRunner.knownFailures();
        // -Dadder.programs=classes,match runs only those topics (a quicker loop while working on one).
        String only = System.getProperty("adder.programs", "");
        List<String> topics = only.isBlank() ? List.of() : List.of(only.split(","));
        return ProgramRunner.programs().stream()
                .filter(p -> topics.isEmpty()
                        || topics.stream().anyMatch(t -> p.startsWith(ProgramRunner.ROOT + "/" + t.trim() + "/")))
                .map(program -> DynamicTest.dynamicTest(program, () -> {
            String problem = ProgramRunner.check(program);
            if (known.contains(program)) {
                if (problem == null) {
                    fail(program + " passes now: remove it from " + ProgramRunner.KNOWN_FAILURES);
                }
                Assumptions.abort("known failure (" + ProgramRunner.KNOWN_FAILURES + "): "
                        + problem.lines().findFirst().orElse(""));
            }
            if (problem != null) {
                fail(program + "\n" + problem);
            }
        }));
    }

    @Test
    void knownFailuresNameExistingPrograms() {
        Set<String> programs = new HashSet<>(ProgramRunner.programs());
        List<String> stale = new ArrayList<>();
        for (String listed : ProgramRunner.knownFailures()) {
            if (!programs.contains(listed)) {
                stale.add(listed);
            }
        }
        assertEquals(List.of(), stale, "known-failures.txt lists programs that do not exist");
    }

    @Test
    void everyProgramHasItsGolden() {
        List<String> missing = new ArrayList<>();
        for (String program : ProgramRunner.programs()) {
            if (ProgramRunner.golden(program) == null) {
                missing.add(program);
            }
        }
        assertEquals(List.of(), missing, "programs without a .out golden (run tools/regen_program_goldens.py)");
    }
}
