package dev.adder.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.runtime.PyBaseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** bytearray's single operations are atomic across threads; exports block resizing until released. */
class ByteArrayThreadsTest {
    private static Object call(Object self, String name, Object... args) {
        return Ops.call(Ops.getattr(self, name), args, null);
    }

    private static void inThreads(int n, Runnable body) throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Thread t = new Thread(() -> {
                try {
                    body.run();
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
    }

    @Test
    void concurrentAppendsAndExtendsLoseNothing() throws InterruptedException {
        PyByteArray a = new PyByteArray();
        inThreads(8, () -> {
            for (int i = 0; i < 2000; i++) {
                call(a, "append", 1);
                call(a, "extend", PyBytes.wrap(new byte[] {2, 3}));
            }
        });
        assertEquals(8 * 2000 * 3, a.size());
        int ones = 0;
        for (byte b : a.toBytes()) {
            ones += b == 1 ? 1 : 0;
        }
        assertEquals(8 * 2000, ones);
    }

    @Test
    void readersNeverSeeJavaExceptionsWhileWritersResize() throws InterruptedException {
        PyByteArray a = PyByteArray.of(new byte[100]);
        inThreads(4, () -> {
            for (int i = 0; i < 3000; i++) {
                if ((i & 1) == 0) {
                    Ops.setitem(a, new PySlice(0, 50, dev.adder.runtime.PyNone.NONE), PyBytes.wrap(new byte[i % 90]));
                } else {
                    for (Object it = Ops.iter(a), v = Ops.next(it); v != null; v = Ops.next(it)) {
                        assertTrue((Integer) v >= 0);
                    }
                    Ops.repr(a);
                    call(a, "find", 1);
                }
            }
        });
        assertTrue(a.size() <= 150, "size " + a.size());
    }

    @Test
    void exportBlocksResizeUntilReleased() {
        PyByteArray a = PyByteArray.of(new byte[] {1, 2, 3});
        PyMemoryView v = PyMemoryView.of(a);
        PyMemoryView slice = (PyMemoryView) Ops.getitem(v, new PySlice(1, dev.adder.runtime.PyNone.NONE,
                dev.adder.runtime.PyNone.NONE));
        PyBaseException e = assertThrows(PyBaseException.class, () -> call(a, "append", 4));
        assertEquals("BufferError: Existing exports of data: object cannot be re-sized", e.typeName() + ": " + Ops.str(e));
        Ops.setitem(a, 0, 9); // same size: allowed
        assertEquals(9, Ops.getitem(v, 0));
        v.release();
        assertThrows(PyBaseException.class, () -> call(a, "append", 4));
        slice.release();
        call(a, "append", 4);
        assertEquals(4, a.size());
    }

    @Test
    void forgottenViewStopsCountingOnceCollected() {
        PyByteArray a = PyByteArray.of(new byte[] {1, 2, 3});
        PyMemoryView.of(a); // never released, unreachable at once
        call(a, "append", 4);
        assertEquals(4, a.size());
    }
}
