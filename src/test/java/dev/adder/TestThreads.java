package dev.adder;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;

/** The thread harness of the concurrency tests: n threads released together, their failures collected. */
public final class TestThreads {
    private TestThreads() {}

    /** A body run on one thread: gets the thread's number. */
    @FunctionalInterface
    public interface Body {
        void run(int thread) throws Exception;
    }

    /**
     * Runs {@code body} on {@code n} threads that all start at once (a latch), waits up to two
     * minutes for each, and returns what they threw (empty when all went well).
     */
    public static List<Throwable> run(int n, Body body) throws InterruptedException {
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            int id = t;
            Thread th = new Thread(() -> {
                try {
                    go.await();
                    body.run(id);
                } catch (Throwable e) {
                    errors.add(e);
                }
            });
            th.start();
            threads.add(th);
        }
        go.countDown();
        for (Thread th : threads) {
            th.join(120_000);
        }
        return new ArrayList<>(errors);
    }
}
