package dev.adder.programs;

import java.util.List;
import java.util.Set;

/**
 * Prints the golden programs that do not pass today, one path per line, ready for known-failures.txt
 * (run by {@code tools/list_failing_programs.sh}); the first line of each failure goes to stderr.
 */
public final class ListFailingPrograms {
    private ListFailingPrograms() {}

    /** Runs every program (or those given as arguments) and prints the failing ones. */
    public static void main(String[] args) {
        List<String> programs = args.length > 0 ? List.of(args) : ProgramRunner.programs();
        Set<String> known = ProgramRunner.knownFailures();
        int failing = 0;
        for (String program : programs) {
            String problem = ProgramRunner.check(program);
            if (problem != null) {
                failing++;
                System.out.println(program);
                System.err.println(program + ": " + problem.lines().findFirst().orElse(""));
            } else if (known.contains(program)) {
                System.err.println(program + ": passes now, remove it from known-failures.txt");
            }
        }
        System.err.println(failing + " of " + programs.size() + " programs fail");
        System.exit(0);
    }
}
