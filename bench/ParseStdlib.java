import dev.adder.syntax.Parser;
import dev.adder.syntax.PythonSyntaxError;
import dev.adder.syntax.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Benchmark (not a test): parses every file named in a list file with Adder, in one JVM, after
 * warm-up rounds, and prints the best and median round times in seconds.
 *
 * <p>Usage: {@code java -cp adder.jar bench/ParseStdlib.java FILE_LIST [WARMUP] [ROUNDS]}
 */
public final class ParseStdlib {
    public static void main(String[] args) throws Exception {
        List<String> paths = Files.readAllLines(Path.of(args[0]));
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        byte[][] sources = new byte[paths.size()][];
        for (int i = 0; i < sources.length; i++) {
            sources[i] = Files.readAllBytes(Path.of(paths.get(i)));
        }
        double[] times = new double[rounds];
        int errors = 0;
        for (int r = 0; r < warmup + rounds; r++) {
            errors = 0;
            long start = System.nanoTime();
            for (int i = 0; i < sources.length; i++) {
                try {
                    Parser.parseFile(Source.fromBytes(sources[i], paths.get(i)));
                } catch (PythonSyntaxError e) {
                    errors++;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.err.printf("adder round %d%s: %.3f s%n", r + 1, r < warmup ? " (warm-up)" : "", seconds);
            if (r >= warmup) {
                times[r - warmup] = seconds;
            }
        }
        Arrays.sort(times);
        System.out.printf("adder %d files (%d errors): best %.3f s, median %.3f s%n",
                sources.length, errors, times[0], times[rounds / 2]);
    }
}
