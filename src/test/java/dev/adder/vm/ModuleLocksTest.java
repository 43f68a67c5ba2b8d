package dev.adder.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.objects.Ops;
import dev.adder.runtime.PyBaseException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Per-module import locks: re-entrant, waiting for the owner, a deadlock reported instead of hanging. */
class ModuleLocksTest {
    @Test
    void reentrantForTheOwner() {
        ModuleLocks locks = new ModuleLocks();
        ModuleLocks.Lock a = locks.acquire("a");
        ModuleLocks.Lock again = locks.acquire("a");
        assertSame(a, again);
        locks.release(again);
        locks.release(a);
        locks.awaitUnlocked("a");
    }

    @Test
    void aCycleOfWaitingThreadsIsADeadlockError() throws Exception {
        ModuleLocks locks = new ModuleLocks();
        CountDownLatch holdsA = new CountDownLatch(1);
        CountDownLatch mainHoldsB = new CountDownLatch(1);
        AtomicReference<Throwable> other = new AtomicReference<>();
        ModuleLocks.Lock b = null;
        Thread t = new Thread(() -> {
            try {
                ModuleLocks.Lock a = locks.acquire("a");
                holdsA.countDown();
                mainHoldsB.await();
                ModuleLocks.Lock got = locks.acquire("b"); // waits for the main thread
                locks.release(got);
                locks.release(a);
            } catch (Throwable e) {
                other.set(e);
            }
        });
        t.start();
        holdsA.await();
        b = locks.acquire("b");
        mainHoldsB.countDown();
        while (!locks.waiting(t)) {
            Thread.sleep(5);
        }
        PyBaseException e = assertThrows(PyBaseException.class, () -> locks.acquire("a"));
        assertEquals("deadlock detected by _ModuleLock('a')", Ops.str(e));
        assertTrue(e.type().name().equals("RuntimeError"));
        // awaitUnlocked (a module another thread initializes) goes on instead
        locks.awaitUnlocked("a");
        locks.release(b);
        t.join(10_000);
        assertEquals(null, other.get());
    }
}
