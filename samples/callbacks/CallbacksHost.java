import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import javax.script.Invocable;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;

/** A Java host that receives Python closures as callbacks and calls them from several threads. */
public class CallbacksHost {
    /** The listener interface the script subscribes with. */
    public interface Listener {
        void onEvent(String kind);
    }

    /** A tiny event bus the host shares with the script. */
    public static class EventBus {
        private final List<Listener> listeners = new CopyOnWriteArrayList<>();

        public void subscribe(Listener l) {
            listeners.add(l);
        }

        public void publish(String kind) {
            for (Listener l : listeners) {
                l.onEvent(kind);
            }
        }
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        ScriptEngine python = new ScriptEngineManager().getEngineByName("python");
        EventBus bus = new EventBus();
        python.put("bus", bus);
        python.eval(new java.io.FileReader(args[0], java.nio.charset.StandardCharsets.UTF_8));

        // A closure as java.util.function.Function: it keeps its cells (its `calls` counter).
        Function<Object, Object> scale = (Function<Object, Object>) python.get("scale");
        // A lambda as a Comparator, through Invocable.getInterface.
        Comparator<String> order = ((Invocable) python).getInterface(python.get("shortest_first"), Comparator.class);

        List<Thread> threads = new ArrayList<>();
        long[] sums = new long[4];
        for (int t = 0; t < 4; t++) {
            int id = t;
            Thread th = new Thread(() -> {
                for (int i = 0; i < 1000; i++) {
                    bus.publish(i % 2 == 0 ? "even" : "odd");
                    sums[id] += ((Number) scale.apply(i)).longValue();
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        List<String> words = new ArrayList<>(List.of("pear", "fig", "banana", "kiwi", "apple"));
        words.sort(order);
        System.out.println("sorted=" + words);
        System.out.println("received=" + python.eval("str(dict(sorted(received.items())))"));
        System.out.println("scale calls=" + python.eval("scale.__closure__[0].cell_contents"));
        System.out.println("sum=" + (sums[0] + sums[1] + sums[2] + sums[3]));
    }
}
