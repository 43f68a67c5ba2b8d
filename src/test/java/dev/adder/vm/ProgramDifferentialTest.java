package dev.adder.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.adder.ast.Python3;
import dev.adder.bytecode.PyCode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every program of src/test/resources/vm/programs on CPython 3.11's own code objects and
 * compares what the VM printed, and the traceback of an uncaught exception, with what python3 printed.
 */
class ProgramDifferentialTest {
    /** Programs whose Adder-compiled code still differs from CPython's in the compiler, not the VM: none today. */
    private static final Set<String> KNOWN_COMPILER_DIFFERENCES = Set.of();

    static List<Path> programs() throws IOException, URISyntaxException {
        Path dir = Path.of(ProgramDifferentialTest.class.getResource("/vm/programs").toURI());
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
    }

    @TestFactory
    List<DynamicTest> programsMatchCPython() throws IOException, URISyntaxException {
        Python3.assumeAvailable();
        List<DynamicTest> tests = new ArrayList<>();
        for (CPythonCode.Compiled c : CPythonCode.compile(programs())) {
            tests.add(DynamicTest.dynamicTest(Path.of(c.path()).getFileName().toString(), () -> {
                VmHarness.Result r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> VmHarness.run(c.code()));
                assertEquals(c.stdout(), r.stdout(), "stdout of " + c.path());
                assertEquals(c.stderr(), r.stderr(), "stderr of " + c.path());
            }));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> programsCompiledByAdderMatchCPython() throws IOException, URISyntaxException {
        Python3.assumeAvailable();
        List<DynamicTest> tests = new ArrayList<>();
        for (CPythonCode.Compiled c : CPythonCode.compile(programs())) {
            tests.add(DynamicTest.dynamicTest(Path.of(c.path()).getFileName().toString(), () -> {
                String file = Path.of(c.path()).getFileName().toString();
                assumeFalse(KNOWN_COMPILER_DIFFERENCES.contains(file),
                        "known codegen difference for " + file + " (see the constant's comment)");
                PyCode code = AdderCode.compile(Path.of(c.path()));
                VmHarness.Result r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> VmHarness.run(code));
                assertEquals(c.stdout(), r.stdout(), "stdout of " + c.path());
                assertEquals(c.stderr(), r.stderr(), "stderr of " + c.path());
            }));
        }
        return tests;
    }
}
