import java.util.function.Function;
import javax.script.Invocable;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;

/**
 * Measures one JSR-223 engine (driven by run.sh): JVM start to the first eval result,
 * invokeFunction calls per second, and calls per second of a Python closure used as a
 * java.util.function.Function (the script hands it to a Java method taking a Function).
 */
public class EngineBench {
    /** The Java object the script hands its closure to. */
    public static class Sink {
        public volatile Function<Object, Object> fn;

        public void take(Function<Object, Object> f) {
            fn = f;
        }
    }

    /**
     * {@code EngineBench ENGINE MODE}: MODE {@code first} prints the moment of the first eval result
     * (run.sh knows when it started the JVM), {@code invoke} invokeFunction calls/s, {@code closure}
     * closure-as-Function calls/s. Each mode runs in its own JVM, so no measurement's JIT profile
     * colours another's.
     */
    public static void main(String[] args) throws Exception {
        String name = args[0];
        String mode = args[1];
        ScriptEngine engine = new ScriptEngineManager().getEngineByName(name);
        Object first = engine.eval("1 + 1");
        long firstAt = System.currentTimeMillis();
        if (!"2".equals(String.valueOf(first))) {
            throw new AssertionError("1 + 1 gave " + first);
        }
        switch (mode) {
            case "first":
                System.out.println(firstAt);
                break;
            case "invoke":
                engine.eval("def add(a, b):\n    return a + b\n");
                Invocable inv = (Invocable) engine;
                System.out.printf("%.0f%n", rate(() -> inv.invokeFunction("add", 20, 22)));
                break;
            case "closure":
                Sink sink = new Sink();
                engine.put("sink", sink);
                engine.eval("def make_counter():\n    count = [0]\n    def counter(x):\n        count[0] += x\n"
                        + "        return count[0]\n    return counter\n");
                if (name.equals("jython")) {
                    // Jython 2.7 cannot coerce a function to Function (its default methods count as methods):
                    // its idiom is a Python class implementing the interface, calling the closure.
                    engine.eval("from java.util.function import Function\nclass F(Function):\n"
                            + "    def __init__(self, fn):\n        self.fn = fn\n"
                            + "    def apply(self, x):\n        return self.fn(x)\nsink.take(F(make_counter()))\n");
                } else {
                    engine.eval("sink.take(make_counter())\n");
                }
                Function<Object, Object> fn = sink.fn;
                System.out.printf("%.0f%n", rate(() -> fn.apply(1)));
                break;
            default:
                throw new IllegalArgumentException(mode);
        }
    }

    interface Call {
        Object call() throws Exception;
    }

    /** Calls per second over two seconds, after a warm-up of three (both JITs reach steady state). */
    private static double rate(Call c) throws Exception {
        long warmEnd = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < warmEnd) {
            for (int i = 0; i < 1000; i++) {
                c.call();
            }
        }
        long n = 0;
        long t0 = System.nanoTime();
        long t1;
        do {
            for (int i = 0; i < 1000; i++) {
                c.call();
            }
            n += 1000;
            t1 = System.nanoTime();
        } while (t1 - t0 < 2_000_000_000L);
        return n * 1e9 / (t1 - t0);
    }
}
