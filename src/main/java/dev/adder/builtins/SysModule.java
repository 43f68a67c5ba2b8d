package dev.adder.builtins;

import dev.adder.objects.IntOps;
import dev.adder.objects.Ops;
import dev.adder.objects.PyDict;
import dev.adder.objects.PyList;
import dev.adder.objects.PyModule;
import dev.adder.objects.PyTuple;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyNone;
import dev.adder.vm.InterpreterState;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code sys} module of one interpreter: argv, the standard streams, version information,
 * the recursion limit (kept in {@link InterpreterState}), {@code exit}, {@code modules} and
 * {@code exc_info}.
 */
public final class SysModule {
    private SysModule() {}

    /** The Python version Adder implements. */
    public static final int MAJOR = 3, MINOR = 11, MICRO = 7;
    /** {@code sys.version_info}'s type. */
    public static final StructSeq.Kind VERSION_INFO = StructSeq.kind("sys", "version_info",
            "major", "minor", "micro", "releaselevel", "serial");
    /** {@code sys.float_info}'s type. */
    public static final StructSeq.Kind FLOAT_INFO = StructSeq.kind("sys", "float_info", "max", "max_exp",
            "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds");
    /** {@code sys.int_info}'s type. */
    public static final StructSeq.Kind INT_INFO = StructSeq.kind("sys", "int_info", "bits_per_digit",
            "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold");
    private static final int HEXVERSION = (MAJOR << 24) | (MINOR << 16) | (MICRO << 8) | 0xF0;

    /**
     * Creates {@code sys} for {@code interp} and registers it in {@code sys.modules}. The streams
     * become both {@code sys.stdout} and {@code sys.__stdout__} (and so on).
     */
    public static PyModule create(InterpreterState interp, List<String> argv, Object stdout, Object stderr,
                                  Object stdin) {
        PyDict d = new PyDict();
        PyModule sys = new PyModule("sys", d);
        d.put("__doc__", "This module provides access to some objects used or maintained by the\n"
                + "interpreter and to functions that interact strongly with the interpreter.");
        d.put("argv", new PyList(argv));
        d.put("orig_argv", new PyList(argv));
        d.put("stdout", stdout);
        d.put("stderr", stderr);
        d.put("stdin", stdin);
        d.put("__stdout__", stdout);
        d.put("__stderr__", stderr);
        d.put("__stdin__", stdin);
        d.put("modules", interp.modules());
        d.put("path", interp.modulePath());
        d.put("path_hooks", new PyList());
        d.put("path_importer_cache", new PyDict());
        d.put("meta_path", new PyList());
        d.put("warnoptions", new PyList());
        d.put("builtin_module_names", PyTuple.of("__future__", "_thread", "builtins", "dis", "importlib", "sys", "threading"));
        versions(d);
        d.put("maxsize", Long.MAX_VALUE);
        d.put("maxunicode", 0x10FFFF);
        d.put("byteorder", ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? "little" : "big");
        d.put("platform", platform());
        d.put("executable", "");
        d.put("prefix", "");
        d.put("exec_prefix", "");
        d.put("float_repr_style", "short");
        d.put("dont_write_bytecode", Boolean.TRUE);
        d.put("float_info", FLOAT_INFO.make(Double.MAX_VALUE, 1024, 308, Double.MIN_NORMAL, -1021, -307, 15, 53,
                Math.ulp(1.0), 2, 1));
        d.put("int_info", INT_INFO.make(30, 4, 4300, 640));
        SysFunctions.install(d, interp);
        interp.modules().put("sys", sys);
        return sys;
    }

    private static void versions(PyDict d) {
        StructSeq versionInfo = VERSION_INFO.make(MAJOR, MINOR, MICRO, "final", 0);
        // the property Runtime.version() parses: its toString() would cost start-up time (streams, lambdas)
        String java = System.getProperty("java.runtime.version", System.getProperty("java.version", ""));
        d.put("version", MAJOR + "." + MINOR + "." + MICRO + " (Adder, Java " + java + ")");
        d.put("version_info", versionInfo);
        d.put("hexversion", HEXVERSION);
        d.put("api_version", 1013);
        Map<String, Object> impl = new LinkedHashMap<>();
        impl.put("name", "adder");
        impl.put("cache_tag", PyNone.NONE);
        impl.put("version", versionInfo);
        impl.put("hexversion", HEXVERSION);
        d.put("implementation", SimpleNamespace.of(impl));
    }

    /** The host's {@code sys.platform} ("linux", "darwin", "win32"): what programs test to pick OS behaviour. */
    static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return "win32";
        } else if (os.startsWith("mac") || os.startsWith("darwin")) {
            return "darwin";
        } else if (os.startsWith("linux")) {
            return "linux";
        }
        return os.isEmpty() ? "java" : os.replace(" ", "");
    }

    // CPython 3.11: Python/sysmodule.c sys_setrecursionlimit_impl
    static void setRecursionLimit(InterpreterState interp, Object arg) {
        if (arg instanceof Double) {
            throw Errors.typeError("'float' object cannot be interpreted as an integer");
        }
        Object n = IntOps.index(Ops.index(arg));
        if (!(n instanceof Integer)) {
            throw Errors.overflowError("Python int too large to convert to C int");
        }
        int limit = (Integer) n;
        if (limit < 1) {
            throw Errors.valueError("recursion limit must be greater or equal than 1");
        }
        int depth = interp.threadState().depth();
        if (depth >= limit) {
            throw Errors.of("RecursionError", "cannot set the recursion limit to " + limit
                    + " at the recursion depth " + depth + ": the limit is too low");
        }
        interp.setRecursionLimit(limit);
    }
}
