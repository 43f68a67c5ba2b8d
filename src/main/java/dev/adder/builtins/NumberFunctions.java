package dev.adder.builtins;

import dev.adder.objects.Arith;
import dev.adder.objects.FloatOps;
import dev.adder.objects.IntDivision;
import dev.adder.objects.IntFormat;
import dev.adder.objects.IntOps;
import dev.adder.objects.IntPow;
import dev.adder.objects.Ops;
import dev.adder.objects.PyComplex;
import dev.adder.objects.PyTuple;
import dev.adder.objects.Rounding;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PySingleton;
import java.math.BigInteger;

/** The numeric built-in functions: abs, divmod, pow, round, hex, oct, bin. */
final class NumberFunctions {
    private NumberFunctions() {}

    private static final Args.Signature ROUND = new Args.Signature("round",
            new String[] {"number", "ndigits"}, 0, 1, 2, 0);
    private static final Args.Signature POW = new Args.Signature("pow",
            new String[] {"base", "exp", "mod"}, 0, 2, 3, 0);

    /** {@code abs(x)}. */
    // CPython 3.11: Objects/abstract.c PyNumber_Absolute
    static Object abs(Object[] args, String[] kw) {
        Object x = Args.one("abs", args, kw);
        if (x instanceof Double d) {
            return Math.abs(d);
        }
        if (IntOps.isInt(x)) {
            return IntOps.abs(x);
        }
        Object f = Ops.type(x).lookup("__abs__");
        if (f == null) {
            throw Errors.typeError("bad operand type for abs(): '" + Errors.typeName(x) + "'");
        }
        return Ops.call(f, x);
    }

    /** {@code divmod(a, b)}. */
    // CPython 3.11: Objects/abstract.c PyNumber_Divmod (binary_op1 with nb_divmod)
    static Object divmod(Object[] args, String[] kw) {
        Args.fastcall("divmod", args, kw, 2, 2);
        Object a = args[0];
        Object b = args[1];
        if (IntOps.isInt(a) && IntOps.isInt(b)) {
            return PyTuple.wrap(IntDivision.divmod(a, b));
        }
        if (isReal(a) && isReal(b) && (a instanceof Double || b instanceof Double)) {
            double[] qr = FloatOps.divmod(FloatOps.toDouble(a), FloatOps.toDouble(b));
            return PyTuple.of(qr[0], qr[1]);
        }
        Object r = dunder(a, "__divmod__", b);
        if (r == PySingleton.NOT_IMPLEMENTED && Ops.type(a) != Ops.type(b)) {
            r = dunder(b, "__rdivmod__", a);
        }
        if (r == PySingleton.NOT_IMPLEMENTED) {
            throw Errors.typeError("unsupported operand type(s) for divmod(): '" + Errors.typeName(a) + "' and '"
                    + Errors.typeName(b) + "'");
        }
        return r;
    }

    /** {@code pow(base, exp, mod=None)}. */
    // CPython 3.11: Python/bltinmodule.c builtin_pow_impl, Objects/abstract.c ternary_op
    static Object pow(Object[] args, String[] kw) {
        Object[] a = POW.parse(args, kw);
        Object mod = a[2];
        if (mod == null || mod == PyNone.NONE) {
            return Arith.binaryOp(Arith.POWER, a[0], a[1]);
        }
        Object base = a[0];
        Object exp = a[1];
        if (IntOps.isInt(base) && IntOps.isInt(exp) && IntOps.isInt(mod)) {
            return IntPow.pow(base, exp, mod);
        }
        if (isReal(base) && isReal(exp) && isReal(mod) || base instanceof PyComplex) {
            throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        Object f = Ops.type(base).lookup("__pow__");
        if (f != null) {
            Object r = Ops.call(f, base, exp, mod);
            if (r != PySingleton.NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw Errors.typeError("unsupported operand type(s) for ** or pow(): '" + Errors.typeName(base) + "', '"
                + Errors.typeName(exp) + "', '" + Errors.typeName(mod) + "'");
    }

    /** {@code round(number, ndigits=None)}. */
    // CPython 3.11: Python/bltinmodule.c builtin_round_impl
    static Object round(Object[] args, String[] kw) {
        Object[] a = ROUND.parse(args, kw);
        Object x = a[0];
        Object nd = a[1] == null ? PyNone.NONE : a[1];
        if (x instanceof Double d) {
            if (nd == PyNone.NONE) {
                return Rounding.round(d.doubleValue());
            }
            Object n = Ops.index(nd);
            long digits = n instanceof BigInteger b ? (b.signum() > 0 ? Long.MAX_VALUE : Long.MIN_VALUE)
                    : ((Number) IntOps.index(n)).longValue();
            return Rounding.round(d.doubleValue(), digits);
        }
        if (IntOps.isInt(x)) {
            return nd == PyNone.NONE ? IntOps.index(x) : Rounding.round(x, Ops.index(nd));
        }
        Object f = Ops.type(x).lookup("__round__");
        if (f == null) {
            throw Errors.typeError("type " + Ops.type(x).name() + " doesn't define __round__ method");
        }
        return nd == PyNone.NONE ? Ops.call(f, x) : Ops.call(f, x, nd);
    }

    /** {@code hex(x)}, {@code oct(x)}, {@code bin(x)}: {@code spec} is "#x", "#o" or "#b". */
    static Object radix(String fname, String spec, Object[] args, String[] kw) {
        Object x = Ops.index(Args.one(fname, args, kw));
        return IntFormat.format(IntOps.index(x), spec);
    }

    private static boolean isReal(Object o) {
        return o instanceof Double || IntOps.isInt(o);
    }

    private static Object dunder(Object self, String name, Object other) {
        Object f = Ops.type(self).lookup(name);
        return f == null ? PySingleton.NOT_IMPLEMENTED : Ops.call(f, self, other);
    }
}
