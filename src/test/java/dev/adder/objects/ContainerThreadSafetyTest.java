package dev.adder.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** DESIGN §4: concurrent single operations on one container never lose updates or throw Java exceptions. */
class ContainerThreadSafetyTest {
    private static final int THREADS = 4;
    private static final int PER_THREAD = 20_000;

    private static void runThreads(java.util.function.IntConsumer body) throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int id = t;
            Thread th = new Thread(() -> {
                try {
                    body.accept(id);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        if (failure.get() != null) {
            throw new AssertionError("a thread failed", failure.get());
        }
    }

    @Test
    void dictPutsFromManyThreads() throws InterruptedException {
        PyDict d = new PyDict();
        runThreads(id -> {
            for (int i = 0; i < PER_THREAD; i++) {
                d.put(id * PER_THREAD + i, i);
                if (i % 3 == 0) {
                    d.get(i);
                    d.containsKey("k" + i);
                }
                if (i % 5 == 0) {
                    d.remove(id * PER_THREAD + i);
                }
            }
        });
        int expected = THREADS * (PER_THREAD - (PER_THREAD + 4) / 5);
        assertEquals(expected, d.size());
        int seen = 0;
        Object it = Ops.iter(d);
        for (Object k = Ops.next(it); k != null; k = Ops.next(it)) {
            assertTrue(d.containsKey(k));
            seen++;
        }
        assertEquals(expected, seen);
    }

    @Test
    void readersDuringResizeSeeNoJavaExceptions() throws InterruptedException {
        PyDict d = new PyDict();
        PySet s = new PySet();
        runThreads(id -> {
            for (int i = 0; i < PER_THREAD; i++) {
                if (id == 0) {
                    d.put("key" + i, i);
                    s.addElement(i);
                } else {
                    d.get("key" + (i / 2));
                    s.contains(i / 2);
                    d.getStr("key" + i);
                }
            }
        });
        assertEquals(PER_THREAD, d.size());
        assertEquals(PER_THREAD, s.size());
    }

    @Test
    void listAppendsAndSetAddsFromManyThreads() throws InterruptedException {
        PyList l = new PyList();
        PySet s = new PySet();
        runThreads(id -> {
            for (int i = 0; i < PER_THREAD; i++) {
                l.add(i);
                s.addElement(id * PER_THREAD + i);
                if (i % 7 == 0) {
                    Ops.getitem(l, i / 2);
                }
            }
        });
        assertEquals(THREADS * PER_THREAD, l.size());
        assertEquals(THREADS * PER_THREAD, s.size());
        assertEquals(THREADS * PER_THREAD, s.toArray().length);
    }
}
