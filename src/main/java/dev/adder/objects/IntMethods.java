package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyType;
import java.math.BigInteger;

/** The {@code int} and {@code bool} type objects and their methods (CPython's Objects/longobject.c, boolobject.c). */
public final class IntMethods {
    private IntMethods() {}

    /** {@code int}. */
    public static final PyType TYPE = createInt();
    /** {@code bool}. */
    public static final PyType BOOL_TYPE = createBool();

    private static PyType createInt() {
        return BuiltinTypeTable.builtin("int", CoreTypes.OBJECT, BuiltinTypeTable.INT);
    }

    /** The attributes of the type, defined when first needed. */
    static void defineInt(PyType t) {
        NumberDunders.arithmetic(t, IntOps::isInt, Arith.ADD, Arith.SUBTRACT, Arith.MULTIPLY, Arith.FLOOR_DIVIDE,
                Arith.REMAINDER, Arith.TRUE_DIVIDE, Arith.LSHIFT, Arith.RSHIFT, Arith.AND, Arith.OR, Arith.XOR);
        NumberDunders.divmodAndPow(t, IntOps::isInt, true);
        Methods.newMethod(t);
        NumberDunders.comparisons(t, IntOps::isInt);
        NumberDunders.common(t);
        Methods.slot0(t, "__invert__", Arith::invert);
        Methods.slot0(t, "__int__", IntOps::index);
        Methods.slot0(t, "__index__", IntOps::index);
        Methods.slot0(t, "__float__", self -> IntOps.toDouble(self));
        Methods.noArgs(t, "__trunc__", IntOps::index);
        Methods.noArgs(t, "__floor__", IntOps::index);
        Methods.noArgs(t, "__ceil__", IntOps::index);
        Methods.positional(t, "__round__", 0, 1, (self, a) ->
                a[0] == null || a[0] == PyNone.NONE ? IntOps.index(self) : Rounding.round(IntOps.index(self),
                        Ops.index(a[0])));
        Methods.noArgs(t, "__getnewargs__", self -> PyTuple.of(IntOps.index(self)));
        Methods.noArgs(t, "__sizeof__", self -> 24 + 4 * (IntBits.bitLength(self) / 30));
        Methods.noArgs(t, "conjugate", IntOps::index);
        Methods.noArgs(t, "bit_length", self -> IntBits.bitLength(self));
        Methods.noArgs(t, "bit_count", self -> IntBits.bitCount(self));
        Methods.noArgs(t, "as_integer_ratio", self -> PyTuple.of(IntOps.index(self), 1));
        Methods.getter(t, "real", IntOps::index);
        Methods.getter(t, "imag", self -> 0);
        Methods.getter(t, "numerator", IntOps::index);
        Methods.getter(t, "denominator", self -> 1);
        Methods.keywords(t, "to_bytes", 0, 2, new String[] {"length", "byteorder", "signed"},
                (self, a) -> IntConstructor.toBytes(self, a[0], a[1], a[2]));
        Methods.classMethod(t, "from_bytes", (args, kw) -> {
            Object[] a = Methods.keywordArgs("from_bytes", args, 1, kw, 1, 2,
                    new String[] {"bytes", "byteorder", "signed"});
            return IntConstructor.fromBytes((PyType) args[0], a[0], a[1], a[2]);
        });
        t.define("__doc__", "int([x]) -> integer\nint(x, base=10) -> integer\n\n"
                + "Convert a number or string to an integer, or return 0 if no arguments\n"
                + "are given.  If x is a number, return x.__int__().  For floating point\n"
                + "numbers, this truncates towards zero.");
    }

    private static PyType createBool() {
        return BuiltinTypeTable.builtin("bool", TYPE, BuiltinTypeTable.BOOL);
    }

    /** {@code bool(x=False)}: the constructor. */
    static Object newBool(PyType type, Object[] args, String[] kw) {
        if (dev.adder.runtime.PyCallable.kwCount(kw) != 0) {
            throw Errors.typeError("bool() takes no keyword arguments");
        }
        Object[] a = Methods.positionalArgs("bool", args, 0, 0, 1);
        return a[0] != null && Ops.isTrue(a[0]);
    }

    /** The attributes of the type, defined when first needed. */
    static void defineBool(PyType t) {
        Methods.slot0(t, "__repr__", Ops::repr);
        Methods.newMethod(t);
        for (int op : new int[] {Arith.AND, Arith.OR, Arith.XOR}) {
            Methods.slot1(t, Arith.DUNDER[op], (self, o) -> IntOps.isInt(o) ? NumberOps.ints(op, self, o)
                    : dev.adder.runtime.PySingleton.NOT_IMPLEMENTED);
            Methods.slot1(t, Arith.RDUNDER[op], (self, o) -> IntOps.isInt(o) ? NumberOps.ints(op, o, self)
                    : dev.adder.runtime.PySingleton.NOT_IMPLEMENTED);
        }
    }

    /** Whether {@code v} is a Python int (bool included). */
    static boolean isInt(Object v) {
        return v instanceof Integer || v instanceof Long || v instanceof BigInteger || v instanceof Boolean;
    }
}
