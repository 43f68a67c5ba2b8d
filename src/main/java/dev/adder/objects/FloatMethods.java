package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyType;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/** The {@code float} type object and its methods (CPython's Objects/floatobject.c). */
public final class FloatMethods {
    private FloatMethods() {}

    /** {@code float}. */
    public static final PyType TYPE = create();

    private static boolean accepts(Object o) {
        return o instanceof Double || IntOps.isInt(o);
    }

    private static PyType create() {
        return BuiltinTypeTable.builtin("float", CoreTypes.OBJECT, BuiltinTypeTable.FLOAT);
    }

    /** The attributes of the type, defined when first needed. */
    static void defineMethods(PyType t) {
        NumberDunders.arithmetic(t, FloatMethods::accepts, Arith.ADD, Arith.SUBTRACT, Arith.MULTIPLY,
                Arith.FLOOR_DIVIDE, Arith.REMAINDER, Arith.TRUE_DIVIDE);
        NumberDunders.divmodAndPow(t, FloatMethods::accepts, true);
        Methods.newMethod(t);
        NumberDunders.comparisons(t, FloatMethods::accepts);
        NumberDunders.common(t);
        Methods.slot0(t, "__int__", self -> IntOps.fromDouble((Double) self));
        Methods.slot0(t, "__float__", self -> self);
        Methods.noArgs(t, "__trunc__", self -> IntOps.fromDouble((Double) self));
        Methods.noArgs(t, "__floor__", self -> IntOps.fromDouble(Math.floor((Double) self)));
        Methods.noArgs(t, "__ceil__", self -> IntOps.fromDouble(Math.ceil((Double) self)));
        Methods.positional(t, "__round__", 0, 1, (self, a) -> {
            double x = (Double) self;
            if (a[0] == null || a[0] == PyNone.NONE) {
                return Rounding.round(x);
            }
            Object n = Ops.index(a[0]);
            long nd = n instanceof BigInteger b ? (b.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE)
                    : IntOps.smallValue(IntOps.index(n));
            return Rounding.round(x, nd);
        });
        Methods.noArgs(t, "__getnewargs__", self -> PyTuple.of(self));
        Methods.noArgs(t, "conjugate", self -> self);
        Methods.noArgs(t, "is_integer", self -> FloatOps.isInteger((Double) self));
        Methods.noArgs(t, "as_integer_ratio", self -> PyTuple.wrap(FloatOps.asIntegerRatio((Double) self)));
        Methods.noArgs(t, "hex", self -> hex((Double) self));
        Methods.getter(t, "real", self -> self);
        Methods.getter(t, "imag", self -> 0.0);
        Methods.classMethod(t, "fromhex", (args, kw) -> {
            Methods.noKeywords(t, "fromhex", kw);
            if (args.length != 2) {
                throw Errors.typeError("float.fromhex() takes exactly one argument (" + (args.length - 1) + " given)");
            }
            if (!(args[1] instanceof String s)) {
                throw Errors.typeError("fromhex() argument must be str, not " + Errors.typeName(args[1]));
            }
            double d = fromhex(s);
            return args[0] == TYPE ? (Object) d : Ops.call(args[0], d);
        });
        Methods.classMethod(t, "__getformat__", (args, kw) -> {
            Methods.noKeywords(t, "__getformat__", kw);
            if (args.length != 2) {
                throw Errors.typeError("float.__getformat__() takes exactly one argument (" + (args.length - 1)
                        + " given)");
            }
            if (!(args[1] instanceof String s)) {
                throw Errors.typeError("__getformat__() argument must be str, not " + Errors.typeName(args[1]));
            }
            if (!s.equals("double") && !s.equals("float")) {
                throw Errors.valueError("__getformat__() argument 1 must be 'double' or 'float'");
            }
            return "IEEE, little-endian"; // Java's float and double are IEEE 754; the bytes are the host's
        });
    }

    // CPython 3.11: Objects/floatobject.c float_new_impl, PyNumber_Float
    static Object newFloat(PyType type, Object[] args, String[] kw) {
        if (type != TYPE) {
            // CPython 3.11: Objects/floatobject.c float_subtype_new
            return BuiltinSubclassInstance.of(type, newFloat(TYPE, args, kw));
        }
        if (PyCallable.kwCount(kw) != 0) {
            throw Errors.typeError("float() takes no keyword arguments");
        }
        Object[] a = Methods.positionalArgs("float", args, 0, 0, 1);
        return a[0] == null ? 0.0 : toFloat(a[0]);
    }

    /** {@code float(x)}. */
    static double toFloat(Object x) {
        if (x instanceof Double d) {
            return d;
        } else if (IntOps.isInt(x)) {
            return IntOps.toDouble(x);
        } else if (x instanceof String s) {
            return FloatParse.parse(s);
        } else if (x instanceof PyBytes b) {
            try {
                return FloatParse.parse(new String(b.value(), StandardCharsets.ISO_8859_1));
            } catch (dev.adder.runtime.PyBaseException e) {
                throw Errors.valueError("could not convert string to float: " + Ops.repr(b));
            }
        }
        PyType t = Ops.type(x);
        Object f = NumberOps.isNative(x) ? null : t.lookup("__float__");
        if (f != null) {
            Object r = Ops.call(f, x);
            if (r instanceof BuiltinValue v && v.value() instanceof Double) {
                r = v.value();  // a float subclass: CPython warns and takes its value
            }
            if (!(r instanceof Double d)) {
                throw Errors.typeError(t.name() + ".__float__ returned non-float (type " + Errors.typeName(r) + ")");
            }
            return d;
        }
        if (!NumberOps.isNative(x) && t.lookup("__index__") != null) {
            return IntOps.toDouble(Ops.index(x));
        }
        if (x instanceof BuiltinValue v && (v.value() instanceof String || v.value() instanceof PyBytes)) {
            return toFloat(v.value());
        }
        throw Errors.typeError("float() argument must be a string or a real number, not '" + Errors.typeName(x) + "'");
    }

    /** {@code float.hex()}: {@code 0x1.8000000000000p+0}. */
    // CPython 3.11: Objects/floatobject.c float_hex
    static String hex(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        } else if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String sign = Math.copySign(1.0, x) < 0 ? "-" : "";
        if (x == 0.0) {
            return sign + "0x0.0p+0";
        }
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        String digits = String.format("%013x", mant);
        if (biased == 0) {
            return sign + "0x0." + digits + "p-1022";
        }
        int e = biased - 1023;
        return sign + "0x1." + digits + "p" + (e >= 0 ? "+" : "") + e;
    }

    /** {@code float.fromhex(s)}: ValueError "invalid hexadecimal floating-point string". */
    // CPython 3.11: Objects/floatobject.c float_fromhex
    static double fromhex(String s) {
        int i = 0;
        int n = s.length();
        while (i < n && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        while (n > i && Character.isWhitespace(s.charAt(n - 1))) {
            n--;
        }
        String body = s.substring(i, n);
        boolean neg = false;
        if (!body.isEmpty() && (body.charAt(0) == '-' || body.charAt(0) == '+')) {
            neg = body.charAt(0) == '-';
            body = body.substring(1);
        }
        String lower = body.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("inf") || lower.equals("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        } else if (lower.equals("nan")) {
            return neg ? -Double.NaN : Double.NaN;
        }
        int p = 0;
        if (lower.startsWith("0x")) {
            p = 2;
        }
        BigInteger mant = BigInteger.ZERO;
        long exp = 0;
        int digits = 0;
        boolean dot = false;
        for (; p < lower.length(); p++) {
            char c = lower.charAt(p);
            int d = Character.digit(c, 16);
            if (d >= 0 && c < 128) {
                mant = mant.shiftLeft(4).or(BigInteger.valueOf(d));
                digits++;
                if (dot) {
                    exp -= 4;
                }
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            throw invalidHex();
        }
        if (p < lower.length()) {
            if (lower.charAt(p) != 'p' || p + 1 >= lower.length()) {
                throw invalidHex();
            }
            String e = lower.substring(p + 1);
            int q = e.charAt(0) == '+' || e.charAt(0) == '-' ? 1 : 0;
            if (q >= e.length()) {
                throw invalidHex();
            }
            for (int k = q; k < e.length(); k++) {
                if (e.charAt(k) < '0' || e.charAt(k) > '9') {
                    throw invalidHex();
                }
            }
            BigInteger ev = new BigInteger(e.startsWith("+") ? e.substring(1) : e);
            if (ev.bitLength() > 40) {
                ev = BigInteger.valueOf(ev.signum() * (1L << 40));
            }
            exp += ev.longValue();
        }
        double r;
        if (mant.signum() == 0) {
            r = 0.0;
        } else if (exp + mant.bitLength() > 1025) {
            throw Errors.overflowError("hexadecimal value too large to represent as a float");
        } else if (exp + mant.bitLength() < -1080) {
            r = 0.0;
        } else if (exp >= 0) {
            r = IntDivision.ratioToDouble(mant.shiftLeft((int) exp), BigInteger.ONE);
        } else {
            r = IntDivision.ratioToDouble(mant, BigInteger.ONE.shiftLeft((int) -exp));
        }
        if (Double.isInfinite(r)) {
            throw Errors.overflowError("hexadecimal value too large to represent as a float");
        }
        return neg ? -r : r;
    }

    private static RuntimeException invalidHex() {
        return Errors.valueError("invalid hexadecimal floating-point string");
    }
}
