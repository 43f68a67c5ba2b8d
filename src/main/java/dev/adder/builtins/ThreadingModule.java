package dev.adder.builtins;

import dev.adder.objects.Ops;
import dev.adder.objects.PyDict;
import dev.adder.objects.PyList;
import dev.adder.objects.PyModule;
import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.HasDict;
import dev.adder.runtime.PyBuiltinFunction;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyGetSetDescriptor;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.vm.ExecutionLimits;
import dev.adder.vm.InterpreterState;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code _thread} and {@code threading} modules, written in Java: locks, reentrant locks,
 * events, conditions, thread-local data and the identity of the calling thread. Python code runs
 * on the host's threads: scripts cannot start threads ({@code threading.Thread} raises
 * {@code RuntimeError: can't start new thread}). Every blocking wait stops when the thread is
 * interrupted or the interpreter's time limit runs out ({@link ExecutionLimits}).
 */
public final class ThreadingModule {
    private ThreadingModule() {}

    /** {@code threading.TIMEOUT_MAX} as CPython 3.11 has it on 64-bit Linux. */
    static final double TIMEOUT_MAX = 9223372036.0;

    /** {@code _thread._local}. */
    static final PyType LOCAL = localType();
    /** {@code threading._MainThread} and {@code threading._DummyThread}: what {@code current_thread()} gives. */
    static final PyType MAIN_THREAD = threadType("_MainThread");
    static final PyType DUMMY_THREAD = threadType("_DummyThread");

    /** Waits for something with a timeout in nanoseconds; true when it happened. */
    @FunctionalInterface
    interface Wait {
        boolean await(long nanos) throws InterruptedException;
    }

    /**
     * Waits up to {@code nanos} (-1: as long as it takes) for {@code w}, but never past the time limit
     * of {@code interp} (may be null) on this thread; an interrupt or that limit stops the script.
     */
    static boolean await(InterpreterState interp, long nanos, Wait w) {
        long left = interp == null ? Long.MAX_VALUE : ExecutionLimits.nanosLeft(interp.threadState());
        boolean limited = nanos < 0 || nanos >= left;
        long wait = limited ? left : nanos;
        try {
            if (w.await(wait)) {
                return true;
            }
        } catch (InterruptedException e) {
            throw ExecutionLimits.interrupted();
        }
        if (limited && left != Long.MAX_VALUE) {
            throw ExecutionLimits.timeLimitExceeded(interp.threadState());
        }
        return false;
    }

    /** A timeout argument in seconds (int or float), as CPython's {@code _PyTime_FromSecondsObject}. */
    static double seconds(Object o) {
        double d;
        if (o instanceof Double x) {
            d = x;
        } else if (o instanceof Integer || o instanceof Long || o instanceof Boolean) {
            d = o instanceof Boolean b ? (b ? 1 : 0) : ((Number) o).doubleValue();
        } else if (o instanceof BigInteger b) {
            d = b.doubleValue();
            if (Math.abs(d) > TIMEOUT_MAX) {
                throw Errors.overflowError("timestamp too large to convert to C _PyTime_t");
            }
        } else {
            throw Errors.typeError("'" + Errors.typeName(o) + "' object cannot be interpreted as an integer");
        }
        if (Double.isNaN(d)) {
            throw Errors.valueError("Invalid value NaN (not a number)");
        }
        if (Math.abs(d) * 1e9 >= 9.223372036854776E18) {
            throw Errors.overflowError("timestamp out of range for platform time_t");
        }
        return d;
    }

    /** A non-negative timeout in seconds as nanoseconds (OverflowError above TIMEOUT_MAX). */
    static long nanos(double seconds) {
        if (seconds > TIMEOUT_MAX) {
            throw Errors.overflowError("timeout value is too large");
        }
        return (long) Math.ceil(seconds * 1e9);
    }

    /** The {@code at 0x...} part of a repr. */
    static String address(Object o) {
        return "0x" + Long.toHexString(0x7f0000000000L + ((long) System.identityHashCode(o) << 4));
    }

    /** The identity of a Java thread as {@code get_ident()} gives it. */
    static long ident(Thread t) {
        return t.getId();
    }

    /** What {@code current_thread()} returns: the calling thread's name and ident. */
    static final class ThreadInfo implements PyObject, HasDict {
        private final PyType type;
        private final Thread thread;
        private final Map<String, Object> dict = new LinkedHashMap<>();

        ThreadInfo(PyType type, Thread thread, String name) {
            this.type = type;
            this.thread = thread;
            dict.put("name", name);
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public Map<String, Object> dict() {
            return dict;
        }

        @Override
        public String toString() {
            boolean daemon = type == DUMMY_THREAD;
            return "<" + type.name() + "(" + Ops.str(dict.get("name")) + ", started " + (daemon ? "daemon " : "")
                    + ident(thread) + ")>";
        }
    }

    /** Per-thread attributes: each thread sees its own {@code __dict__}. */
    static final class Local implements PyObject, HasDict {
        private final PyType type;
        private final ThreadLocal<Map<String, Object>> dicts = ThreadLocal.withInitial(LinkedHashMap::new);

        Local(PyType type) {
            this.type = type;
        }

        @Override
        public PyType type() {
            return type;
        }

        @Override
        public Map<String, Object> dict() {
            return dicts.get();
        }
    }

    /** Creates {@code _thread} and {@code threading} in {@code sys.modules}; {@code main} is the main thread. */
    public static void create(InterpreterState interp, Thread main) {
        ThreadLocal<ThreadInfo> current = ThreadLocal.withInitial(() -> {
            Thread t = Thread.currentThread();
            return t == main ? new ThreadInfo(MAIN_THREAD, t, "MainThread")
                    : new ThreadInfo(DUMMY_THREAD, t, t.getName());
        });
        // the thread that creates the interpreter is its main thread
        ThreadInfo mainInfo = current.get();
        PyCallable allocate = (a, k) -> {
            Args.none("_thread.allocate_lock", a, k);
            return new ThreadingLocks.Lock(interp);
        };
        PyCallable rlock = (a, k) -> new ThreadingLocks.RLock(interp);
        PyCallable getIdent = (a, k) -> {
            Args.none("get_ident", a, k);
            return ident(Thread.currentThread());
        };
        PyCallable noThreads = (a, k) -> {
            throw Errors.runtimeError("can't start new thread");
        };

        PyDict t = new PyDict();
        t.put("__name__", "_thread");
        t.put("allocate_lock", new PyBuiltinFunction("allocate_lock", null, allocate));
        t.put("allocate", new PyBuiltinFunction("allocate", null, allocate));
        t.put("get_ident", new PyBuiltinFunction("get_ident", null, getIdent));
        t.put("get_native_id", new PyBuiltinFunction("get_native_id", null, getIdent));
        t.put("start_new_thread", new PyBuiltinFunction("start_new_thread", null, noThreads));
        t.put("start_new", new PyBuiltinFunction("start_new", null, noThreads));
        t.put("LockType", ThreadingLocks.LOCK);
        t.put("lock", ThreadingLocks.LOCK);
        t.put("RLock", ThreadingLocks.RLOCK);
        t.put("_local", LOCAL);
        t.put("error", ExceptionTypes.RUNTIME_ERROR);
        t.put("TIMEOUT_MAX", TIMEOUT_MAX);
        interp.modules().put("_thread", new PyModule("_thread", t));

        PyDict d = new PyDict();
        d.put("__name__", "threading");
        d.put("Lock", new PyBuiltinFunction("allocate_lock", null, allocate));
        d.put("RLock", new PyBuiltinFunction("RLock", null, rlock));
        d.put("Event", ThreadingSync.eventType(interp));
        d.put("Condition", ThreadingSync.conditionType(interp));
        d.put("local", LOCAL);
        d.put("get_ident", new PyBuiltinFunction("get_ident", null, getIdent));
        d.put("get_native_id", new PyBuiltinFunction("get_native_id", null, getIdent));
        d.put("current_thread", new PyBuiltinFunction("current_thread", null, (a, k) -> {
            Args.none("current_thread", a, k);
            return current.get();
        }));
        d.put("currentThread", d.get("current_thread"));
        d.put("main_thread", new PyBuiltinFunction("main_thread", null, (a, k) -> {
            Args.none("main_thread", a, k);
            return mainInfo;
        }));
        d.put("active_count", new PyBuiltinFunction("active_count", null, (a, k) -> 1));
        d.put("enumerate", new PyBuiltinFunction("enumerate", null, (a, k) -> PyList.of(current.get())));
        d.put("Thread", new PyBuiltinFunction("Thread", null, noThreads));
        d.put("ThreadError", ExceptionTypes.RUNTIME_ERROR);
        d.put("TIMEOUT_MAX", TIMEOUT_MAX);
        interp.modules().put("threading", new PyModule("threading", d));
    }

    private static PyType localType() {
        PyType t = new PyType("_local", "_thread", new PyType[] {CoreTypes.OBJECT}, (type, a, k) -> {
            if (a.length > 0 && type.lookup("__init__") == CoreTypes.OBJECT.lookup("__init__")) {
                throw Errors.typeError("Initialization arguments are not supported");
            }
            return new Local(type);
        }, false, null);
        return t.freeze();
    }

    private static PyType threadType(String name) {
        PyType t = new PyType(name, "threading", new PyType[] {CoreTypes.OBJECT}, null, false, null);
        t.define("ident", new PyGetSetDescriptor(t, "ident", o -> ident(((ThreadInfo) o).thread), null));
        t.define("native_id", new PyGetSetDescriptor(t, "native_id", o -> ident(((ThreadInfo) o).thread), null));
        t.define("daemon", new PyGetSetDescriptor(t, "daemon", o -> ((ThreadInfo) o).type == DUMMY_THREAD, null));
        ThreadingLocks.method(t, "is_alive", (a, k) -> ((ThreadInfo) a[0]).thread.isAlive());
        ThreadingLocks.method(t, "getName", (a, k) -> ((ThreadInfo) a[0]).dict.get("name"));
        ThreadingLocks.method(t, "isDaemon", (a, k) -> ((ThreadInfo) a[0]).type == DUMMY_THREAD);
        ThreadingLocks.method(t, "__repr__", (a, k) -> a[0].toString());
        return t.freeze();
    }
}
