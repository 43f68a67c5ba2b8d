package dev.adder.builtins;

import dev.adder.objects.Ops;
import dev.adder.objects.PyDict;
import dev.adder.objects.PyTuple;
import dev.adder.runtime.Errors;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyBuiltinFunction;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyNone;
import dev.adder.vm.InterpreterState;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The functions of one interpreter's {@code sys} module as one switch rather than a lambda each
 * (linking a lambda costs a generated class at start-up, and {@code sys} is made with every
 * interpreter).
 */
final class SysFunctions implements PyCallable {
    private static final String[] NAMES = {
        "get_int_max_str_digits", "set_int_max_str_digits", "getrecursionlimit", "setrecursionlimit", "exit",
        "exc_info", "exception", "intern", "getdefaultencoding", "getfilesystemencoding", "displayhook",
    };
    private static final Args.Signature SET_INT_MAX_STR_DIGITS = new Args.Signature("set_int_max_str_digits",
            new String[] {"maxdigits"}, 0, 1, 1, 0);

    private final int id;
    private final InterpreterState interp;
    private final PyDict sysDict;
    /** The limit is kept per interpreter; int/str conversions still use CPython's default. */
    private final AtomicInteger maxStrDigits;

    private SysFunctions(int id, InterpreterState interp, PyDict sysDict, AtomicInteger maxStrDigits) {
        this.id = id;
        this.interp = interp;
        this.sysDict = sysDict;
        this.maxStrDigits = maxStrDigits;
    }

    /** Puts the functions into {@code d}, the dictionary of {@code interp}'s {@code sys}. */
    static void install(PyDict d, InterpreterState interp) {
        AtomicInteger maxStrDigits = new AtomicInteger(dev.adder.objects.IntText.DEFAULT_MAX_STR_DIGITS);
        for (int i = 0; i < NAMES.length; i++) {
            d.put(NAMES[i], new PyBuiltinFunction(NAMES[i], null, new SysFunctions(i, interp, d, maxStrDigits)));
        }
    }

    @Override
    public Object call(Object[] a, String[] k) {
        switch (id) {
            case 0: // get_int_max_str_digits
                Args.none("sys.get_int_max_str_digits", a, k);
                return maxStrDigits.get();
            case 1: { // set_int_max_str_digits
                Object v = Ops.index(SET_INT_MAX_STR_DIGITS.parse(a, k)[0]);
                long n = v instanceof Integer i ? i : v instanceof Long l ? l : -1;
                if (n != 0 && (n <= 640 || n > Integer.MAX_VALUE)) {
                    throw Errors.valueError("maxdigits must be 0 or larger than 640");
                }
                maxStrDigits.set((int) n);
                return PyNone.NONE;
            }
            case 2: // getrecursionlimit
                Args.none("sys.getrecursionlimit", a, k);
                return interp.recursionLimit();
            case 3: // setrecursionlimit
                SysModule.setRecursionLimit(interp, Args.one("sys.setrecursionlimit", a, k));
                return PyNone.NONE;
            case 4: { // exit
                int n = Args.fastcall("exit", a, k, 0, 1);
                Object status = n == 0 ? PyNone.NONE : a[0];
                throw new PyBaseException(ExceptionTypes.SYSTEM_EXIT,
                        status == PyNone.NONE ? new Object[0] : new Object[] {status});
            }
            case 5: { // exc_info
                Args.none("sys.exc_info", a, k);
                PyBaseException e = interp.threadState().handledException();
                if (e == null) {
                    return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
                }
                return PyTuple.of(e.type(), e, e.traceback() == null ? PyNone.NONE : e.traceback());
            }
            case 6: { // exception
                Args.none("sys.exception", a, k);
                PyBaseException e = interp.threadState().handledException();
                return e == null ? PyNone.NONE : e;
            }
            case 7: { // intern
                Object s = Args.one("intern", a, k);
                if (!(s instanceof String str)) {
                    throw Errors.typeError("intern() argument must be str, not " + Errors.typeName(s));
                }
                return str.intern();
            }
            case 8: // getdefaultencoding
                Args.none("sys.getdefaultencoding", a, k);
                return "utf-8";
            case 9: // getfilesystemencoding
                Args.none("sys.getfilesystemencoding", a, k);
                return "utf-8";
            case 10: { // displayhook
                Object v = Args.one("displayhook", a, k);
                if (v != PyNone.NONE) {
                    interp.builtins().put("_", PyNone.NONE);
                    IoFunctions.write(sysDict.get("stdout"), Ops.repr(v) + "\n");
                    interp.builtins().put("_", v);
                }
                return PyNone.NONE;
            }
            default:
                throw new IllegalStateException("no sys function " + id);
        }
    }
}
