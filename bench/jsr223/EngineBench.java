import java.util.function.Function;
import javax.script.Invocable;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;

/**
 * Measures one JSR-223 engine (run once per engine, each in a fresh JVM, by run.sh): the moment of
 * the first eval result (run.sh knows when it started the JVM), invokeFunction calls per second, and calls per second of a
 * Python closure used as a java.util.function.Function (the script hands it to a Java method
 * taking a Function, the way both Jython and Adder convert callables).
 */
public class EngineBench {
    /** The Java object the script hands its closure to. */
    public static class Sink {
        public volatile Function<Object, Object> fn;

        public void take(Function<Object, Object> f) {
            fn = f;
        }
    }

    public static void main(String[] args) throws Exception {
        String name = args[0];
        ScriptEngine engine = new ScriptEngineManager().getEngineByName(name);
        Object first = engine.eval("1 + 1");
        long firstAt = System.currentTimeMillis();  // run.sh subtracts the time it started the JVM
        if (!"2".equals(String.valueOf(first))) {
            throw new AssertionError("1 + 1 gave " + first);
        }
        if (args.length > 1 && args[1].equals("train")) {
            return;  // a class-data-sharing training run: start-up only
        }
        engine.eval("def add(a, b):\n    return a + b\n");
        Invocable inv = (Invocable) engine;
        double invokeRate = rate(() -> inv.invokeFunction("add", 20, 22));

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
        double closureRate = rate(() -> fn.apply(1));
        System.out.printf("%s %d %.0f %.0f%n", name, firstAt, invokeRate, closureRate);
    }

    interface Call {
        Object call() throws Exception;
    }

    /** Calls per second over about a second, after a warm-up of about a second. */
    private static double rate(Call c) throws Exception {
        long warmEnd = System.nanoTime() + 1_000_000_000L;
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
        } while (t1 - t0 < 1_000_000_000L);
        return n * 1e9 / (t1 - t0);
    }
}
