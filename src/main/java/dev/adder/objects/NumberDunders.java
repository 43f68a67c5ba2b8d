package dev.adder.objects;

import dev.adder.runtime.PySingleton;
import dev.adder.runtime.PyType;
import java.util.function.Predicate;

/**
 * The operator dunders of the built-in number types ({@code int.__add__}, {@code float.__rmul__},
 * {@code complex.__eq__}, ...) as slot wrappers over {@link NumberOps} and {@link Compare}: an
 * operand of a type the method does not accept gives {@code NotImplemented}, as in CPython.
 */
final class NumberDunders {
    private NumberDunders() {}

    /** Defines {@code __op__} and {@code __rop__} for each operator in {@code ops}. */
    static void arithmetic(PyType t, Predicate<Object> accepts, int... ops) {
        for (int op : ops) {
            Methods.slot1(t, Arith.DUNDER[op], (self, other) -> apply(op, self, other, accepts));
            Methods.slot1(t, Arith.RDUNDER[op], (self, other) -> apply(op, other, self, accepts));
        }
    }

    private static Object apply(int op, Object a, Object b, Predicate<Object> accepts) {
        a = num(a);
        b = num(b);
        if (!accepts.test(a) || !accepts.test(b)) {
            return PySingleton.NOT_IMPLEMENTED;
        }
        Object r = NumberOps.binary(op, a, b);
        return r == null ? PySingleton.NOT_IMPLEMENTED : r;
    }

    /** Defines the six rich comparison dunders. */
    static void comparisons(PyType t, Predicate<Object> accepts) {
        for (int op = Compare.LT; op <= Compare.GE; op++) {
            int o = op;
            Methods.slot1(t, Compare.DUNDER[op], (self, x) -> {
                Object other = num(x);
                if (!accepts.test(other)) {
                    return PySingleton.NOT_IMPLEMENTED;
                }
                Object r = Compare.nativeCompare(self, other, o);
                return r == null ? PySingleton.NOT_IMPLEMENTED : r;
            });
        }
    }

    /** {@code __divmod__}/{@code __rdivmod__} and {@code __pow__}/{@code __rpow__} (with the optional modulus). */
    static void divmodAndPow(PyType t, Predicate<Object> accepts, boolean divmod) {
        if (divmod) {
            Methods.slot1(t, "__divmod__", (self, o) -> accepts.test(num(o)) ? Arith.divmod(self, num(o))
                    : PySingleton.NOT_IMPLEMENTED);
            Methods.slot1(t, "__rdivmod__", (self, o) -> accepts.test(num(o)) ? Arith.divmod(num(o), self)
                    : PySingleton.NOT_IMPLEMENTED);
        }
        Methods.positional(t, "__pow__", 1, 2, (self, a) -> {
            a[0] = num(a[0]);
            a[1] = num(a[1]);
            if (!accepts.test(a[0])) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            return a[1] == null ? apply(Arith.POWER, self, a[0], accepts) : Arith.pow(self, a[0], a[1]);
        });
        Methods.positional(t, "__rpow__", 1, 2, (self, a) -> {
            a[0] = num(a[0]);
            a[1] = num(a[1]);
            if (!accepts.test(a[0])) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            return a[1] == null ? apply(Arith.POWER, a[0], self, accepts) : Arith.pow(a[0], self, a[1]);
        });
    }

    /** An operand that is an instance of a subclass of int, float or complex as its plain number. */
    private static Object num(Object o) {
        if (o instanceof BuiltinValue v) {
            Object x = v.value();
            if (IntOps.isInt(x) || x instanceof Double || x instanceof PyComplex) {
                return x;
            }
        }
        return o;
    }

    /** {@code __hash__}, {@code __bool__}, {@code __repr__}, {@code __neg__}, {@code __pos__}, {@code __abs__}. */
    static void common(PyType t) {
        Methods.slot0(t, "__hash__", self -> IntOps.valueOf(Ops.hash(self)));
        Methods.slot0(t, "__bool__", Ops::isTrue);
        Methods.slot0(t, "__repr__", Ops::repr);
        Methods.slot0(t, "__neg__", Arith::negative);
        Methods.slot0(t, "__pos__", Arith::positive);
        Methods.slot0(t, "__abs__", Arith::abs);
        Methods.oneArg(t, "__format__", (self, spec) -> {
            if (!(spec instanceof String s)) {
                throw dev.adder.runtime.Errors.typeError("argument 1 must be str, not " + dev.adder.runtime.Errors
                        .typeName(spec));
            }
            return self instanceof PyComplex c ? ComplexMethods.format(c, s) : FormatValue.format(self, s);
        });
    }
}
