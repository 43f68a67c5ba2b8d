package dev.adder.builtins;

import dev.adder.ast.Python3;
import dev.adder.objects.FloatOps;
import dev.adder.objects.IntText;
import dev.adder.objects.Ops;
import dev.adder.objects.PyList;
import dev.adder.objects.PyTuple;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyBuiltinFunction;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyType;
import dev.adder.text.StrRepr;
import dev.adder.vm.InterpreterState;
import java.io.StringWriter;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Differential calls of built-in functions: each {@link Case} is both a Java call through
 * {@code Ops.call(builtins.get(name), args, kwnames)} and the Python source of the same call,
 * which one python3 process evaluates; results print as {@code repr} (of plain values) or
 * {@code !! Type: message}.
 */
final class BuiltinCalls {
    private BuiltinCalls() {}

    /** A keyword argument in a {@link #call}. */
    record Kw(String name, Object value) {}

    /** A call of builtin {@code fn}; {@code python} is its source text. */
    record Case(String fn, Object[] args, String[] kwnames, String python) {}

    /** A name of a builtin used as an argument value (key=len). */
    record Name(String name) {}

    static Kw kw(String name, Object value) {
        return new Kw(name, value);
    }

    static Case call(String fn, Object... items) {
        List<Object> pos = new ArrayList<>();
        List<Kw> kws = new ArrayList<>();
        StringBuilder py = new StringBuilder(fn).append('(');
        for (Object o : items) {
            if (o instanceof Kw k) {
                kws.add(k);
            } else {
                pos.add(o);
            }
        }
        List<String> parts = new ArrayList<>();
        for (Object o : pos) {
            parts.add(lit(o));
        }
        for (Kw k : kws) {
            parts.add(k.name() + "=" + lit(k.value()));
        }
        py.append(String.join(", ", parts)).append(')');
        Object[] args = new Object[pos.size() + kws.size()];
        String[] names = kws.isEmpty() ? null : new String[kws.size()];
        for (int i = 0; i < pos.size(); i++) {
            args[i] = pos.get(i);
        }
        for (int i = 0; i < kws.size(); i++) {
            args[pos.size() + i] = kws.get(i).value();
            names[i] = kws.get(i).name();
        }
        return new Case(fn, args, names, py.toString());
    }

    /** Python source for a test value. */
    static String lit(Object o) {
        if (o instanceof Double d) {
            return d.isNaN() ? "float('nan')" : d.isInfinite() ? (d > 0 ? "float('inf')" : "float('-inf')")
                    : FloatOps.repr(d);
        }
        if (o instanceof PyType t) {
            return t.name();
        }
        if (o instanceof String s) {
            StringBuilder sb = new StringBuilder();
            StrRepr.strRepr(s).codePoints().forEach(c -> sb.append(c < 128 ? Character.toString(c)
                    : c < 0x10000 ? String.format("\\u%04x", c) : String.format("\\U%08x", c)));
            return sb.toString();
        }
        if (o instanceof Name n) {
            return n.name();
        }
        if (o instanceof PyList l) {
            List<String> parts = new ArrayList<>();
            l.forEach(x -> parts.add(lit(x)));
            return "[" + String.join(", ", parts) + "]";
        }
        if (o instanceof PyTuple t) {
            List<String> parts = new ArrayList<>();
            t.forEach(x -> parts.add(lit(x)));
            return "(" + String.join(", ", parts) + (t.size() == 1 ? ",)" : ")");
        }
        return show(o);
    }

    /** The repr of a plain result (independent of the container reprs under construction). */
    static String show(Object o) {
        if (o == PyNone.NONE) {
            return "None";
        } else if (o instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (o instanceof Integer || o instanceof Long || o instanceof BigInteger) {
            return IntText.repr(o);
        } else if (o instanceof Double d) {
            return FloatOps.repr(d);
        } else if (o instanceof String s) {
            return StrRepr.strRepr(s);
        } else if (o instanceof PyList l) {
            List<String> parts = new ArrayList<>();
            l.forEach(x -> parts.add(show(x)));
            return "[" + String.join(", ", parts) + "]";
        } else if (o instanceof PyTuple t) {
            List<String> parts = new ArrayList<>();
            t.forEach(x -> parts.add(show(x)));
            return "(" + String.join(", ", parts) + (t.size() == 1 ? ",)" : ")");
        } else if (o instanceof PyType t) {
            return "<class '" + t.qualifiedName() + "'>";
        }
        return Ops.repr(o);
    }

    private static final String SCRIPT = """
            import sys
            for line in open(sys.argv[1], encoding='utf-8'):
                try:
                    r = eval(line)
                    print(repr(r))
                except BaseException as e:
                    print('!! ' + type(e).__name__ + ': ' + str(e))
            """;

    /** What python3 prints for each case. */
    static List<String> expected(List<Case> cases) {
        List<String> lines = new ArrayList<>();
        for (Case c : cases) {
            lines.add(c.python());
        }
        return Python3.runOnRequests(SCRIPT, lines);
    }

    /** A fresh interpreter writing to throwaway buffers. */
    static InterpreterState interpreter() {
        return PythonRuntime.create(new String[] {"prog.py"}, new StringWriter(), new StringWriter(), null);
    }

    /** What Adder gives for one case. */
    static String actual(InterpreterState interp, Case c) {
        Object[] args = c.args().clone();
        for (int i = 0; i < args.length; i++) {
            args[i] = resolve(interp, args[i]);
        }
        try {
            Object f = interp.builtins().get(c.fn());
            if (!(f instanceof PyBuiltinFunction) && !(f instanceof PyType)) {
                return "?? no builtin " + c.fn();
            }
            return show(Ops.call(f, args, c.kwnames()));
        } catch (PyBaseException e) {
            return "!! " + e.typeName() + ": " + Ops.str(e);
        }
    }

    private static Object resolve(InterpreterState interp, Object o) {
        if (o instanceof Name n) {
            return interp.builtins().get(n.name());
        }
        return o;
    }
}
