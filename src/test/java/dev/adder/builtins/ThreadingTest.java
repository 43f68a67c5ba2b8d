package dev.adder.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.adder.TestThreads;
import dev.adder.ast.Python3;
import dev.adder.objects.PyDict;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.ScriptTermination;
import dev.adder.vm.Interpreter;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.PyFunction;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** {@code threading} and {@code _thread}: behaviour and messages as CPython's, locks that really lock. */
class ThreadingTest {
    private static final String SCRIPT = """
            import threading, _thread
            l = threading.Lock()
            print(l.acquire(), l.locked(), l.acquire(False), l.acquire(timeout=0.01), l.acquire(True, 0))
            l.release()
            print(l.locked())
            def errors(*fs):
                for f in fs:
                    try:
                        print(f())
                    except Exception as e:
                        print(type(e).__name__, e)
            errors(lambda: l.release(), lambda: l.acquire(False, 1), lambda: l.acquire(timeout=-2),
                   lambda: l.acquire(1, 2, 3), lambda: l.acquire(foo=1), lambda: l.acquire(timeout='x'),
                   lambda: l.acquire(timeout=1e10), lambda: threading.RLock().release(), lambda: l.release(1),
                   lambda: threading.Lock(1), lambda: threading.Condition().wait(),
                   lambda: threading.Condition().notify(), lambda: l.acquire(timeout=float('nan')),
                   lambda: threading.Event().wait(0))
            with l:
                print(l.locked())
            print(l.locked(), l.acquire(blocking=False), l.locked())
            l.release()
            r = threading.RLock()
            with r:
                with r:
                    print(r._is_owned(), r.acquire(False))
                    r.release()
            print(r._is_owned())
            e = threading.Event()
            print(e.is_set(), e.wait(0.01))
            e.set()
            print(e.wait(), e.is_set(), e.wait(5))
            e.clear()
            print(e.is_set(), isinstance(e, threading.Event), repr(e)[-7:])
            c = threading.Condition()
            with c:
                print(c.wait(0.01), c.wait_for(lambda: 5), c.wait_for(lambda: 0, 0.01))
                c.notify()
                c.notify_all()
                c.notify(3)
                print(c._is_owned())
            print(c._is_owned())
            c2 = threading.Condition(threading.Lock())
            with c2:
                print(c2.wait(0.001), repr(c2)[:33])
            loc = threading.local()
            loc.x = 1
            print(loc.x, hasattr(loc, 'y'), type(loc).__name__)
            ct = threading.current_thread()
            print(ct.name, threading.main_thread() is ct, threading.get_ident() == _thread.get_ident() == ct.ident)
            print(type(l).__name__, type(r).__name__, _thread.allocate_lock().locked(), _thread.LockType is type(l))
            print(repr(l)[:23], repr(r)[:41], repr(ct)[:25])
            print(threading.TIMEOUT_MAX, _thread.error is RuntimeError)
            """;

    @Test
    void behaviourAndMessagesMatchCPython() {
        Python3.assumeAvailable();
        List<String> expected = Python3.run(SCRIPT);
        assertEquals(String.join("\n", expected) + "\n", ProgramsTest.run(SCRIPT, ""));
    }

    private static PyDict load(InterpreterState interp, String source) {
        PyDict g = PythonRuntime.mainModule(interp, "prog.py").globals();
        Interpreter.runModule(interp, ProgramsTest.COMPILER.compile(source, "prog.py", "exec"), g);
        return g;
    }

    private static InterpreterState interpreter() {
        return PythonRuntime.create(new String[] {"prog.py"}, new StringWriter(), new StringWriter(), null);
    }

    @Test
    void lockMakesCompoundUpdatesExact() throws Exception {
        InterpreterState interp = interpreter();
        PyDict g = load(interp, """
                import threading
                lock = threading.Lock()
                rlock = threading.RLock()
                n = 0
                m = 0
                def inc():
                    global n
                    with lock:
                        n += 1
                def inc2():
                    global m
                    with rlock:
                        with rlock:
                            m += 1
                """);
        PyFunction inc = (PyFunction) g.get("inc");
        PyFunction inc2 = (PyFunction) g.get("inc2");
        List<Throwable> errors = TestThreads.run(8, t -> {
            for (int i = 0; i < 20_000; i++) {
                inc.call(new Object[0], null);
                inc2.call(new Object[0], null);
            }
        });
        assertEquals(List.of(), errors);
        assertEquals(160_000, g.get("n"));
        assertEquals(160_000, g.get("m"));
    }

    @Test
    void conditionHandsOverBetweenThreads() throws Exception {
        InterpreterState interp = interpreter();
        PyDict g = load(interp, """
                import threading
                cond = threading.Condition()
                items = []
                def produce(i):
                    with cond:
                        items.append(i)
                        cond.notify()
                def consume():
                    with cond:
                        cond.wait_for(lambda: items)
                        return items.pop()
                """);
        PyFunction produce = (PyFunction) g.get("produce");
        PyFunction consume = (PyFunction) g.get("consume");
        AtomicLong sum = new AtomicLong();
        List<Throwable> errors = TestThreads.run(8, t -> {
            for (int i = 0; i < 500; i++) {
                if (t % 2 == 0) {
                    produce.call(new Object[] {i}, null);
                } else {
                    sum.addAndGet(((Number) consume.call(new Object[0], null)).longValue());
                }
            }
        });
        assertEquals(List.of(), errors);
        assertEquals(4L * 499 * 500 / 2, sum.get());
    }

    @Test
    void localIsPerThread() throws Exception {
        InterpreterState interp = interpreter();
        PyDict g = load(interp, """
                import threading
                data = threading.local()
                def put(v):
                    data.v = v
                def get():
                    return getattr(data, 'v', None)
                """);
        PyFunction put = (PyFunction) g.get("put");
        PyFunction get = (PyFunction) g.get("get");
        List<Throwable> errors = TestThreads.run(8, t -> {
            put.call(new Object[] {t}, null);
            for (int i = 0; i < 1000; i++) {
                if (!Integer.valueOf(t).equals(get.call(new Object[0], null))) {
                    throw new AssertionError("thread " + t + " saw " + get.call(new Object[0], null));
                }
            }
        });
        assertEquals(List.of(), errors);
    }

    /** Runs {@code source}'s {@code block()} on a new thread, interrupts it after 50 ms; returns ms to stop. */
    private static long interruptBlocked(String source) throws Exception {
        InterpreterState interp = interpreter();
        PyDict g = load(interp, source);
        PyFunction block = (PyFunction) g.get("block");
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        AtomicLong stoppedAt = new AtomicLong();
        Thread th = new Thread(() -> {
            try {
                block.call(new Object[0], null);
            } catch (Throwable e) {
                stoppedAt.set(System.nanoTime());
                outcome.set(e);
            }
        });
        th.start();
        Thread.sleep(50);
        long t0 = System.nanoTime();
        th.interrupt();
        th.join(5000);
        assertTrue(outcome.get() instanceof ScriptTermination, String.valueOf(outcome.get()));
        assertEquals(ScriptTermination.Reason.INTERRUPTED, ((ScriptTermination) outcome.get()).reason());
        return (stoppedAt.get() - t0) / 1_000_000;
    }

    @Test
    void blockingWaitsStopOnInterrupt() throws Exception {
        String lock = "import threading\nl = threading.Lock()\nl.acquire()\n";
        for (String body : new String[] {
            "def block():\n    try:\n        l.acquire()\n    except BaseException:\n        while True: pass\n",
            "def block():\n    l.acquire(timeout=100)\n",
            "r = threading.RLock()\ndef block():\n    r.acquire()\n    r.acquire()\n    l.acquire()\n",
            "e = threading.Event()\ndef block():\n    e.wait()\n",
            "c = threading.Condition()\ndef block():\n    with c:\n        c.wait()\n",
        }) {
            long ms = interruptBlocked(lock + body);
            assertTrue(ms < 100, body + " took " + ms + " ms to stop");
        }
    }

    @Test
    void blockingWaitsRespectTheTimeLimit() {
        InterpreterState interp = interpreter();
        PyDict g = load(interp, "import threading\nl = threading.Lock()\nl.acquire()\n"
                + "def block():\n    return l.acquire(timeout=0.05)\n"
                + "def block2():\n    l.acquire()\n");
        interp.setTimeLimit(Duration.ofMillis(200));
        PyFunction block = (PyFunction) g.get("block");
        // a timeout shorter than the limit simply runs out
        assertEquals(false, block.call(new Object[0], null));
        long t0 = System.nanoTime();
        ScriptTermination e = assertThrows(ScriptTermination.class,
                () -> ((PyFunction) g.get("block2")).call(new Object[0], null));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(ScriptTermination.Reason.TIME_LIMIT, e.reason());
        assertTrue(ms >= 190 && ms < 1000, "stopped after " + ms + " ms");
    }

    @Test
    void scriptsCannotStartThreads() {
        String out = ProgramsTest.run("import threading, _thread\n"
                + "try:\n    threading.Thread(target=print)\nexcept RuntimeError as e:\n    print(e)\n"
                + "_thread.start_new_thread(print, ())\n", "");
        assertEquals("can't start new thread\n!! RuntimeError: can't start new thread\n", out);
        assertThrows(PyBaseException.class, () -> load(interpreter(), "import threading\nthreading.Thread()\n"));
    }
}
