package dev.adder.builtins;

import static dev.adder.builtins.BuiltinCalls.call;
import static dev.adder.builtins.BuiltinCalls.kw;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.adder.ast.Python3;
import dev.adder.builtins.BuiltinCalls.Case;
import dev.adder.builtins.BuiltinCalls.Name;
import dev.adder.objects.FloatMethods;
import dev.adder.objects.IntMethods;
import dev.adder.objects.PyList;
import dev.adder.objects.PyTuple;
import dev.adder.objects.StrMethods;
import dev.adder.runtime.PyNone;
import dev.adder.vm.InterpreterState;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The built-in functions against python3: results and the exact TypeError/ValueError messages of
 * each calling convention CPython uses (METH_O, _PyArg_CheckPositional, Argument Clinic).
 */
class BuiltinFunctionsDifferentialTest {
    private static final Object NONE = PyNone.NONE;
    private static final Name LEN = new Name("len");
    private static final Name ABS = new Name("abs");

    private static PyList list(Object... xs) {
        return PyList.of(xs);
    }

    private static PyTuple tuple(Object... xs) {
        return PyTuple.of(xs);
    }

    /** Argument errors of every convention. */
    static List<Case> argumentCases() {
        List<Case> c = new ArrayList<>();
        c.add(call("len"));
        c.add(call("len", 1, 2));
        c.add(call("len", kw("x", 1)));
        c.add(call("abs"));
        c.add(call("abs", kw("x", 1)));
        c.add(call("repr", kw("obj", 1)));
        c.add(call("print", kw("x", 1)));
        c.add(call("print", 1, 2, kw("x", 4)));
        c.add(call("print", kw("sep", 1)));
        c.add(call("print", kw("end", 1)));
        c.add(call("print", kw("file", 1)));
        c.add(call("sorted"));
        c.add(call("sorted", list(1), NONE));
        c.add(call("sorted", kw("iterable", list(1))));
        c.add(call("round"));
        c.add(call("round", kw("x", 1)));
        c.add(call("round", 1, 2, 3));
        c.add(call("round", 1, kw("x", 2)));
        c.add(call("round", 1, kw("number", 2)));
        c.add(call("round", kw("number", 2.5)));
        c.add(call("round", 1, kw("ndigits", NONE), kw("x", 3)));
        c.add(call("max"));
        c.add(call("max", kw("x", 1)));
        c.add(call("max", list(1), kw("x", 1)));
        c.add(call("max", list(1), 2, kw("default", 1)));
        c.add(call("min", kw("key", LEN)));
        c.add(call("min", list(1), kw("key", NONE), kw("default", NONE), kw("x", 2)));
        c.add(call("sum"));
        c.add(call("sum", 1, 2, 3));
        c.add(call("sum", list(1), kw("start", 1), kw("x", 2)));
        c.add(call("sum", kw("iterable", list(1))));
        c.add(call("sum", list(1), 2, kw("start", 3)));
        c.add(call("divmod", 1));
        c.add(call("divmod"));
        c.add(call("divmod", 1, 2, 3));
        c.add(call("divmod", 1, kw("x", 2)));
        c.add(call("pow", 1));
        c.add(call("pow", 1, 2, 3, 4));
        c.add(call("pow", kw("base", 2), kw("exp", 3)));
        c.add(call("pow", 2, 3, kw("mod", 5)));
        c.add(call("pow", 2, 3, kw("x", 5)));
        c.add(call("isinstance", 1));
        c.add(call("isinstance"));
        c.add(call("iter"));
        c.add(call("iter", 1, 2, 3));
        c.add(call("iter", LEN, 1, kw("x", 2)));
        c.add(call("next"));
        c.add(call("getattr", 1));
        c.add(call("getattr", 1, "x", 2, 3));
        c.add(call("setattr", 1, "x"));
        c.add(call("hasattr", 1));
        c.add(call("delattr", 1));
        c.add(call("format"));
        c.add(call("format", 1, "", 2));
        c.add(call("format", 1, "x", kw("x", 3)));
        c.add(call("input", 1, 2));
        c.add(call("input", kw("prompt", 1)));
        c.add(call("vars", 1, 2));
        c.add(call("dir", 1, 2));
        c.add(call("dir", kw("x", 1)));
        c.add(call("globals", 1));
        c.add(call("locals", 1));
        c.add(call("any", 1, 2));
        c.add(call("callable", 1, 2));
        c.add(call("id", 1, 2));
        c.add(call("hash", 1, kw("x", 1)));
        c.add(call("oct"));
        c.add(call("round", kw("ndigits", 1)));
        c.add(call("round", kw("number", 2.675), kw("ndigits", 2)));
        c.add(call("round", kw("ndigits", 1), kw("number", 2.5), kw("x", 1)));
        c.add(call("pow", 2, kw("exp", 3), kw("mod", NONE)));
        c.add(call("pow", 2, 3, 5, kw("mod", 5)));
        c.add(call("pow", kw("exp", 3)));
        c.add(call("sum", list(1, 2), kw("start", 10)));
        c.add(call("sum", kw("start", 10)));
        c.add(call("exec"));
        c.add(call("exec", "1", kw("x", 1)));
        c.add(call("exec", "1", kw("globals", NONE)));
        c.add(call("eval"));
        c.add(call("eval", 1));
        c.add(call("eval", "x", 1));
        c.add(call("eval", "x", NONE, 1));
        c.add(call("exec", 1));
        c.add(call("exec", "x", 1));
        c.add(call("compile", "x", "f"));
        c.add(call("compile", 1, "f", "exec"));
        c.add(call("compile", "x", "f", "bad"));
        c.add(call("staticmethod"));
        c.add(call("classmethod", 1, 2));
        c.add(call("staticmethod", 1, kw("x", 2)));
        c.add(call("property", 1, 2, 3, 4, 5));
        c.add(call("property", kw("fget", 1), kw("x", 2)));
        c.add(call("super", 1));
        c.add(call("super", IntMethods.TYPE, "a"));
        c.add(call("super", 1, 2, 3));
        c.add(call("__import__"));
        c.add(call("__import__", "nosuch"));
        c.add(call("__import__", ""));
        c.add(call("__import__", 1));
        c.add(call("__import__", "sys", kw("level", -1)));
        c.add(call("__import__", "sys", kw("x", -1)));
        c.add(call("exit", 1, 2));
        c.add(call("exit", 3));
        c.add(call("exit"));
        return c;
    }

    /** Results and value errors. */
    static List<Case> valueCases() {
        List<Case> c = new ArrayList<>();
        c.add(call("len", "abc"));
        c.add(call("len", "\uD83D\uDE00x"));
        c.add(call("len", list(1, 2)));
        c.add(call("len", 1));
        c.add(call("abs", -5));
        c.add(call("abs", Integer.MIN_VALUE));
        c.add(call("abs", Long.MIN_VALUE));
        c.add(call("abs", -2.5));
        c.add(call("abs", -0.0));
        c.add(call("abs", true));
        c.add(call("abs", "a"));
        c.add(call("divmod", 7, -2));
        c.add(call("divmod", -7.5, 2));
        c.add(call("divmod", 1, 0));
        c.add(call("divmod", 1.0, 0));
        c.add(call("divmod", "a", 1));
        c.add(call("pow", 2, 10));
        c.add(call("pow", 2, -1));
        c.add(call("pow", 2, 100, 7));
        c.add(call("pow", 2, 3, 0));
        c.add(call("pow", 2.0, 3, 5));
        c.add(call("pow", 2, -1, 5));
        c.add(call("pow", 2, -1, 4));
        c.add(call("pow", "a", 2, 3));
        c.add(call("round", 2.5));
        c.add(call("round", 3.5));
        c.add(call("round", -0.5));
        c.add(call("round", 2.675, 2));
        c.add(call("round", 1234.5678, -2));
        c.add(call("round", 25, -1));
        c.add(call("round", 35, -1));
        c.add(call("round", 1.5, NONE));
        c.add(call("round", Double.POSITIVE_INFINITY));
        c.add(call("round", Double.NaN));
        c.add(call("round", Double.NaN, 2));
        c.add(call("round", true));
        c.add(call("round", 5, 1.0));
        c.add(call("round", 1.5, "a"));
        c.add(call("round", "a"));
        c.add(call("round", 1e300, 1000));
        c.add(call("round", 1.5, new BigInteger("100000000000000000000")));
        c.add(call("hex", 255));
        c.add(call("hex", -255));
        c.add(call("hex", new BigInteger("1180591620717411303424")));
        c.add(call("hex", 1.0));
        c.add(call("oct", 8));
        c.add(call("oct", 0));
        c.add(call("bin", 5));
        c.add(call("bin", true));
        c.add(call("bin", "a"));
        c.add(call("chr", 65));
        c.add(call("chr", 0x1F600));
        c.add(call("chr", -1));
        c.add(call("chr", 0x110000));
        c.add(call("chr", "a"));
        c.add(call("chr", true));
        c.add(call("chr", new BigInteger("1180591620717411303424")));
        c.add(call("ord", "a"));
        c.add(call("ord", "\uD83D\uDE00"));
        c.add(call("ord", "ab"));
        c.add(call("ord", ""));
        c.add(call("ord", 1));
        c.add(call("ascii", "caf\u00e9 \uD83D\uDE00 \u20ac"));
        c.add(call("ascii", list("\u00e9", 1)));
        c.add(call("repr", "it's"));
        c.add(call("hash", 1.5));
        c.add(call("hash", -1));
        c.add(call("hash", true));
        c.add(call("hash", list()));
        c.add(call("callable", LEN));
        c.add(call("callable", 1));
        c.add(call("callable", IntMethods.TYPE));
        c.add(call("format", 1.5));
        c.add(call("format", 255, "x"));
        c.add(call("format", 1, 2));
        c.add(call("isinstance", 1, IntMethods.TYPE));
        c.add(call("isinstance", true, IntMethods.TYPE));
        c.add(call("isinstance", 1, tuple(StrMethods.TYPE, tuple(IntMethods.TYPE))));
        c.add(call("isinstance", 1, tuple(IntMethods.TYPE, 1)));
        c.add(call("isinstance", 1, tuple(StrMethods.TYPE, 1)));
        c.add(call("isinstance", 1, 1));
        c.add(call("isinstance", 1, list(IntMethods.TYPE)));
        c.add(call("issubclass", IntMethods.BOOL_TYPE, IntMethods.TYPE));
        c.add(call("issubclass", IntMethods.TYPE, tuple(IntMethods.TYPE, 1)));
        c.add(call("issubclass", IntMethods.TYPE, tuple(StrMethods.TYPE, 1)));
        c.add(call("issubclass", 1, IntMethods.TYPE));
        c.add(call("issubclass", 1, 1));
        c.add(call("issubclass", IntMethods.TYPE, 1));
        c.add(call("issubclass", FloatMethods.TYPE, tuple()));
        c.add(call("getattr", 1, 2));
        c.add(call("getattr", 1, "x"));
        c.add(call("getattr", 1, "x", 5));
        c.add(call("setattr", 1, 2, 3));
        c.add(call("hasattr", 1, 2));
        c.add(call("hasattr", 1, "x"));
        c.add(call("delattr", 1, 2));
        return c;
    }

    /** The iteration functions. */
    static List<Case> iterationCases() {
        List<Case> c = new ArrayList<>();
        c.add(call("sum", list(1, 2, 3)));
        c.add(call("sum", list(Integer.MAX_VALUE, Integer.MAX_VALUE)));
        c.add(call("sum", list(Long.MAX_VALUE, 1, -5)));
        c.add(call("sum", list(1.5, 2), 0.5));
        c.add(call("sum", list(1, 2.5, 3)));
        c.add(call("sum", list(0.1, 0.2, 0.3)));
        c.add(call("sum", list(true, true)));
        c.add(call("sum", list("a")));
        c.add(call("sum", list(), "a"));
        c.add(call("sum", list(list(1), list(2)), list()));
        c.add(call("sum", list(tuple(1), tuple(2)), kw("start", tuple())));
        c.add(call("sum", 1));
        c.add(call("any", list(0, "", 3)));
        c.add(call("any", list()));
        c.add(call("any", 1));
        c.add(call("all", list(1, "a")));
        c.add(call("all", list(1, 0)));
        c.add(call("all", 1));
        c.add(call("max", list(3, 1, 2)));
        c.add(call("max", 3, 1, 2));
        c.add(call("max", list("a", "bbb", "cc"), kw("key", LEN)));
        c.add(call("max", list(-3, 1, 2), kw("key", ABS)));
        c.add(call("min", list(-3, 1, 2), kw("key", ABS)));
        c.add(call("max", list(1, 1.0)));
        c.add(call("min", list(1.0, 1)));
        c.add(call("max", list(), kw("default", 5)));
        c.add(call("max", list()));
        c.add(call("min", list(), kw("key", LEN)));
        c.add(call("max", 1));
        c.add(call("max", 1, "a"));
        c.add(call("min", list(3, 1), kw("key", NONE), kw("default", NONE)));
        c.add(call("max", 1, 2, kw("key", LEN)));
        c.add(call("min", 1, 2, kw("default", 3)));
        c.add(call("sorted", list(3, 1, 2)));
        c.add(call("sorted", tuple("b", "a")));
        c.add(call("sorted", "cab"));
        c.add(call("sorted", list(3, 1, 2), kw("reverse", true)));
        c.add(call("sorted", list(-3, 1, 2), kw("key", ABS)));
        c.add(call("sorted", list(3, 1), kw("x", 1)));
        c.add(call("sorted", 1));
        c.add(call("sorted", list(1, "a")));
        c.add(call("next", 1));
        c.add(call("iter", 1));
        c.add(call("iter", 1, 2));
        c.add(call("list", "abc"));
        c.add(call("tuple", list(1, 2)));
        return c;
    }

    @Test
    void argumentErrorsMatchCPython() {
        check(argumentCases());
    }

    @Test
    void valuesMatchCPython() {
        check(valueCases());
    }

    @Test
    void iterationMatchesCPython() {
        check(iterationCases());
    }

    private static void check(List<Case> cases) {
        Python3.assumeAvailable();
        List<String> expected = BuiltinCalls.expected(cases);
        InterpreterState interp = BuiltinCalls.interpreter();
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            String got = BuiltinCalls.actual(interp, cases.get(i));
            if (!got.equals(expected.get(i))) {
                mismatches.add(cases.get(i).python() + "\n    python3: " + expected.get(i) + "\n    adder:   " + got);
            }
        }
        assertEquals("", String.join("\n", mismatches), mismatches.size() + " of " + cases.size() + " differ");
    }
}
