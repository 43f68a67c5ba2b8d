package dev.adder.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.adder.ast.ConstantValues;
import dev.adder.ast.Expr;
import dev.adder.ast.Keyword;
import dev.adder.ast.Mod;
import dev.adder.ast.Python3;
import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyBuiltinFunction;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PySingleton;
import dev.adder.syntax.Parser;
import dev.adder.syntax.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates one-line Python expressions with the object layer alone (a tiny tree walker over the
 * parsed AST: constants, operators, comparisons, calls, attributes, subscripts, displays) and
 * compares {@code type(r).__name__ + ' ' + repr(r)} — or {@code Type: message} — with python3's
 * answer for the same expression. Everything runs in one python3 process.
 */
final class ExprDifferential {
    private ExprDifferential() {}

    private static final String SCRIPT = """
            import sys
            out = []
            for line in open(sys.argv[1], encoding='utf-8'):
                src = line.rstrip('\\n')
                try:
                    r = eval(src)
                    r = type(r).__name__ + ' ' + repr(r)
                except Exception as e:
                    r = type(e).__name__ + ': ' + str(e)
                out.append(r.replace('\\n', '\\\\n'))
            sys.stdout.write('\\n'.join(out) + '\\n')
            """;

    private static final Map<String, Object> NAMES = names();

    private static Map<String, Object> names() {
        Map<String, Object> m = new HashMap<>();
        m.put("int", IntMethods.TYPE);
        m.put("bool", IntMethods.BOOL_TYPE);
        m.put("float", FloatMethods.TYPE);
        m.put("str", StrMethods.TYPE);
        m.put("complex", PyComplex.TYPE);
        m.put("bytes", PyBytes.TYPE);
        m.put("object", CoreTypes.OBJECT);
        m.put("type", CoreTypes.TYPE);
        m.put("NotImplemented", PySingleton.NOT_IMPLEMENTED);
        for (var t : ExceptionTypes.all()) {
            m.put(t.name(), t);
        }
        fn(m, "repr", a -> Ops.repr(a[0]));
        fn(m, "ascii", a -> Ops.ascii(a[0]));
        fn(m, "hash", a -> IntOps.valueOf(Ops.hash(a[0])));
        fn(m, "len", a -> Ops.len(a[0]));
        fn(m, "abs", a -> Arith.abs(a[0]));
        fn(m, "divmod", a -> Arith.divmod(a[0], a[1]));
        fn(m, "pow", a -> a.length == 2 ? Arith.binaryOp(Arith.POWER, a[0], a[1]) : Arith.pow(a[0], a[1], a[2]));
        fn(m, "format", a -> Ops.format(a[0], a.length > 1 ? (String) a[1] : ""));
        fn(m, "getattr", a -> Ops.getattr(a[0], (String) a[1]));
        fn(m, "setattr", a -> {
            Ops.setattr(a[0], (String) a[1], a[2]);
            return PyNone.NONE;
        });
        fn(m, "delattr", a -> {
            Ops.delattr(a[0], (String) a[1]);
            return PyNone.NONE;
        });
        fn(m, "index", a -> Ops.index(a[0]));
        fn(m, "truth", a -> Ops.isTrue(a[0]));
        fn(m, "iadd", a -> Arith.binaryOp(Arith.ADD + Arith.INPLACE_OFFSET, a[0], a[1]));
        fn(m, "imul", a -> Arith.binaryOp(Arith.MULTIPLY + Arith.INPLACE_OFFSET, a[0], a[1]));
        return m;
    }

    private static void fn(Map<String, Object> m, String name, java.util.function.Function<Object[], Object> f) {
        m.put(name, new PyBuiltinFunction(name, null, (args, kw) -> f.apply(args)));
    }

    /** The python3 prelude that defines the helper names the Java side has. */
    private static final String PRELUDE = "import operator\n"
            + "index = operator.index\ntruth = operator.truth\niadd = operator.iadd\nimul = operator.imul\n";

    /** Evaluates {@code src} with Adder's object layer; the canonical answer line. */
    static String adder(String src) {
        return adder(src, Map.of());
    }

    /** As {@link #adder(String)} with extra names (classes built in Java that mirror the python3 prelude). */
    static String adder(String src, Map<String, Object> env) {
        try {
            Mod.Expression e = (Mod.Expression) Parser.parseExpression(Source.fromString(src, "<test>"));
            Object r = eval(e.body(), env);
            return (Ops.type(r).name() + " " + repr(r)).replace("\n", "\\n");
        } catch (PyBaseException e) {
            return (e.type().name() + ": " + Ops.str(e)).replace("\n", "\\n");
        } catch (RuntimeException e) {
            return "JAVA " + e;
        }
    }

    private static String repr(Object r) {
        if (r instanceof PyTuple t) {
            List<String> parts = new ArrayList<>();
            for (Object o : t) {
                parts.add(repr(o));
            }
            return "(" + String.join(", ", parts) + (parts.size() == 1 ? ",)" : ")");
        } else if (r instanceof PyList l) {
            List<String> parts = new ArrayList<>();
            for (Object o : l) {
                parts.add(repr(o));
            }
            return "[" + String.join(", ", parts) + "]";
        } else if (r instanceof PyDict d) {
            List<String> parts = new ArrayList<>();
            for (var en : d.entrySet()) {
                parts.add(repr(en.getKey()) + ": " + repr(en.getValue()));
            }
            return "{" + String.join(", ", parts) + "}";
        }
        return Ops.repr(r);
    }

    static Object eval(Expr e, Map<String, Object> env) {
        if (e instanceof Expr.Constant c) {
            Object v = c.value();
            if (v == null) {
                return PyNone.NONE;
            } else if (v instanceof ConstantValues.Bytes b) {
                return PyBytes.of(b.value());
            } else if (v instanceof ConstantValues.Complex z) {
                return new PyComplex(z.real(), z.imag());
            } else if (v instanceof ConstantValues.Ellipsis) {
                return PySingleton.ELLIPSIS;
            }
            return v;
        } else if (e instanceof Expr.Name n) {
            Object v = env.containsKey(n.id()) ? env.get(n.id()) : NAMES.get(n.id());
            if (v == null) {
                throw new PyBaseException(ExceptionTypes.NAME_ERROR, new Object[] {"name '" + n.id() + "' is not defined"});
            }
            return v;
        } else if (e instanceof Expr.BinOp b) {
            return Arith.binaryOp(binop(b.op()), eval(b.left(), env), eval(b.right(), env));
        } else if (e instanceof Expr.UnaryOp u) {
            Object v = eval(u.operand(), env);
            switch (u.op()) {
                case USub: return Arith.negative(v);
                case UAdd: return Arith.positive(v);
                case Invert: return Arith.invert(v);
                default: return !Ops.isTrue(v);
            }
        } else if (e instanceof Expr.BoolOp b) {
            Object v = null;
            for (Expr x : b.values()) {
                v = eval(x, env);
                if (Ops.isTrue(v) == (b.op() == dev.adder.ast.Boolop.Or)) {
                    return v;
                }
            }
            return v;
        } else if (e instanceof Expr.Compare c) {
            Object left = eval(c.left(), env);
            Object r = true;
            for (int i = 0; i < c.ops().size(); i++) {
                Object right = eval(c.comparators().get(i), env);
                r = compare(c.ops().get(i), left, right);
                if (!Ops.isTrue(r)) {
                    return r;
                }
                left = right;
            }
            return r;
        } else if (e instanceof Expr.Call c) {
            Object f = eval(c.func(), env);
            int nk = c.keywords().size();
            Object[] args = new Object[c.args().size() + nk];
            for (int i = 0; i < c.args().size(); i++) {
                args[i] = eval(c.args().get(i), env);
            }
            String[] kw = nk == 0 ? null : new String[nk];
            for (int k = 0; k < nk; k++) {
                Keyword key = c.keywords().get(k);
                kw[k] = key.arg();
                args[c.args().size() + k] = eval(key.value(), env);
            }
            return Ops.call(f, args, kw);
        } else if (e instanceof Expr.Attribute a) {
            return Ops.getattr(eval(a.value(), env), a.attr());
        } else if (e instanceof Expr.Subscript s) {
            Object o = eval(s.value(), env);
            Object k = s.slice() instanceof Expr.Slice sl ? new PySlice(opt(sl.lower(), env), opt(sl.upper(), env), opt(sl.step(), env))
                    : eval(s.slice(), env);
            return Ops.getitem(o, k);
        } else if (e instanceof Expr.Tuple t) {
            Object[] items = new Object[t.elts().size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = eval(t.elts().get(i), env);
            }
            return PyTuple.wrap(items);
        } else if (e instanceof Expr.List l) {
            PyList r = new PyList();
            for (Expr x : l.elts()) {
                r.add(eval(x, env));
            }
            return r;
        } else if (e instanceof Expr.Dict d) {
            PyDict r = new PyDict();
            for (int i = 0; i < d.keys().size(); i++) {
                r.put(eval(d.keys().get(i), env), eval(d.values().get(i), env));
            }
            return r;
        } else if (e instanceof Expr.IfExp i) {
            return Ops.isTrue(eval(i.test(), env)) ? eval(i.body(), env) : eval(i.orelse(), env);
        }
        throw new IllegalArgumentException("the test evaluator cannot evaluate " + e.getClass().getSimpleName());
    }

    private static Object opt(Expr e, Map<String, Object> env) {
        return e == null ? PyNone.NONE : eval(e, env);
    }

    private static Object compare(dev.adder.ast.Cmpop op, Object a, Object b) {
        switch (op) {
            case Eq: return Compare.richCompare(a, b, Compare.EQ);
            case NotEq: return Compare.richCompare(a, b, Compare.NE);
            case Lt: return Compare.richCompare(a, b, Compare.LT);
            case LtE: return Compare.richCompare(a, b, Compare.LE);
            case Gt: return Compare.richCompare(a, b, Compare.GT);
            case GtE: return Compare.richCompare(a, b, Compare.GE);
            case Is: return a == b;
            case IsNot: return a != b;
            case In: return Ops.contains(b, a);
            default: return !Ops.contains(b, a);
        }
    }

    private static int binop(dev.adder.ast.Operator op) {
        switch (op) {
            case Add: return Arith.ADD;
            case Sub: return Arith.SUBTRACT;
            case Mult: return Arith.MULTIPLY;
            case MatMult: return Arith.MATRIX_MULTIPLY;
            case Div: return Arith.TRUE_DIVIDE;
            case Mod: return Arith.REMAINDER;
            case Pow: return Arith.POWER;
            case LShift: return Arith.LSHIFT;
            case RShift: return Arith.RSHIFT;
            case BitOr: return Arith.OR;
            case BitXor: return Arith.XOR;
            case BitAnd: return Arith.AND;
            default: return Arith.FLOOR_DIVIDE;
        }
    }

    /** Runs every expression through python3 and Adder; asserts that all answers agree, listing the differences. */
    static void check(List<String> expressions) {
        check(expressions, Map.of(), "");
    }

    /** As {@link #check(List)}, with extra Java names and the python3 code that defines the same names. */
    static void check(List<String> expressions, Map<String, Object> env, String prelude) {
        Python3.assumeAvailable();
        List<String> expected = python(expressions, prelude);
        assertEquals(expressions.size(), expected.size(), "python3 answered a different number of lines");
        List<String> diffs = new ArrayList<>();
        for (int i = 0; i < expressions.size(); i++) {
            String actual = adder(expressions.get(i), env);
            if (!actual.equals(expected.get(i))) {
                diffs.add(expressions.get(i) + "\n    python3: " + expected.get(i) + "\n    adder:   " + actual);
            }
        }
        assertEquals("", String.join("\n", diffs), diffs.size() + " of " + expressions.size() + " differ");
    }

    private static List<String> python(List<String> expressions, String prelude) {
        try {
            Path input = Files.createTempFile("adder-exprs", ".txt");
            try {
                Files.writeString(input, String.join("\n", expressions) + "\n", StandardCharsets.UTF_8);
                return Python3.run(PRELUDE + prelude + SCRIPT.replace("import sys\n", "import sys, warnings\n"
                        + "warnings.simplefilter('ignore')\n"), input.toString());
            } finally {
                Files.deleteIfExists(input);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
