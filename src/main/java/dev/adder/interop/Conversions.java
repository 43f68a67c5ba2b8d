package dev.adder.interop;

import dev.adder.objects.JavaValues;
import dev.adder.objects.Ops;
import dev.adder.objects.PyBytes;
import dev.adder.objects.PyList;
import dev.adder.objects.PyTuple;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyObject;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;

/**
 * Python values → Java parameter types: how well a value fits a type ({@code cost}, used to pick
 * among overloads) and the conversion itself ({@link #toJava}, with range checks); and Java results
 * → Python values ({@link #toPython}). The public methods are the rules every boundary shares (the
 * script engine uses them for {@code Invocable} proxies).
 */
public final class Conversions {
    /** The value cannot be converted to the type. */
    static final int NO = Integer.MAX_VALUE;
    /** The value is an int of the right kind but out of the type's range (OverflowError if nothing else fits). */
    static final int RANGE = Integer.MAX_VALUE - 1;

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** What a parameter type asks for. */
    enum Kind { BOOLEAN, BYTE, SHORT, CHAR, INT, LONG, FLOAT, DOUBLE, BIG_INTEGER, BIG_DECIMAL, STRING, CHAR_SEQUENCE,
        NUMBER, OBJECT, OTHER }

    private static final Map<Class<?>, Kind> KINDS = Map.ofEntries(
            Map.entry(boolean.class, Kind.BOOLEAN), Map.entry(Boolean.class, Kind.BOOLEAN),
            Map.entry(byte.class, Kind.BYTE), Map.entry(Byte.class, Kind.BYTE),
            Map.entry(short.class, Kind.SHORT), Map.entry(Short.class, Kind.SHORT),
            Map.entry(char.class, Kind.CHAR), Map.entry(Character.class, Kind.CHAR),
            Map.entry(int.class, Kind.INT), Map.entry(Integer.class, Kind.INT),
            Map.entry(long.class, Kind.LONG), Map.entry(Long.class, Kind.LONG),
            Map.entry(float.class, Kind.FLOAT), Map.entry(Float.class, Kind.FLOAT),
            Map.entry(double.class, Kind.DOUBLE), Map.entry(Double.class, Kind.DOUBLE),
            Map.entry(BigInteger.class, Kind.BIG_INTEGER), Map.entry(BigDecimal.class, Kind.BIG_DECIMAL),
            Map.entry(String.class, Kind.STRING), Map.entry(CharSequence.class, Kind.CHAR_SEQUENCE),
            Map.entry(Number.class, Kind.NUMBER), Map.entry(Object.class, Kind.OBJECT));

    private Conversions() {
    }

    static Kind kind(Class<?> t) {
        Kind k = KINDS.get(t);
        return k == null ? Kind.OTHER : k;
    }

    /**
     * How well Python value {@code v} fits parameter type {@code t}: 0 is exact, larger is looser,
     * {@link #NO} does not fit, {@link #RANGE} is an int out of range.
     */
    static int cost(Object v, Class<?> t) {
        if (v == PyNone.NONE) {
            return t.isPrimitive() ? NO : 0;
        }
        int boxed = t.isPrimitive() ? 0 : 1;
        Kind k = kind(t);
        if (v instanceof Integer || v instanceof Long || v instanceof BigInteger) {
            return intCost(v, k, t, boxed);
        }
        if (v instanceof Boolean) {
            return switch (k) {
                case BOOLEAN -> boxed;
                case OBJECT -> 16;
                case BYTE, SHORT, INT, LONG, BIG_INTEGER -> 20;
                default -> t.isInstance(v) ? 15 : NO;
            };
        }
        if (v instanceof Double d) {
            return switch (k) {
                case DOUBLE -> boxed;
                case FLOAT -> Double.isFinite(d) && Math.abs(d) > Float.MAX_VALUE ? RANGE : 2 + boxed;
                case BIG_DECIMAL -> Double.isFinite(d) ? 8 : NO;
                case NUMBER -> 14;
                case OBJECT -> 16;
                default -> t.isInstance(v) ? 15 : NO;
            };
        }
        if (v instanceof String s) {
            return switch (k) {
                case STRING -> 0;
                case CHAR_SEQUENCE -> 1;
                case CHAR -> s.length() == 1 ? 2 + boxed : NO;
                case OBJECT -> 16;
                default -> t == char[].class ? 8 : t.isInstance(v) ? 15 : NO;
            };
        }
        if (v instanceof PyBytes && t == byte[].class) {
            return 0;
        }
        if (k == Kind.OBJECT) {
            return 16;
        }
        if (v instanceof PyObject && t.isInterface() && FunctionalInterfaces.isFunctional(t) && Ops.isCallable(v)) {
            return FunctionalInterfaces.arityCost(v, FunctionalInterfaces.samArity(t));
        }
        if (v instanceof HostException he) {
            Throwable j = he.javaException();
            return j != null && t.isInstance(j) ? (j.getClass() == t ? 0 : 5) : (t.isInstance(v) ? 10 : NO);
        }
        if (t.isInstance(v)) {
            return v.getClass() == t ? 0 : 5;
        }
        if (t.isArray() && (v instanceof PyList || v instanceof PyTuple)) {
            Class<?> c = t.getComponentType();
            for (Object e : (java.util.List<?>) v) {
                int ec = cost(e, c);
                if (ec >= RANGE) {
                    return ec;
                }
            }
            return 8;
        }
        return NO;
    }

    private static int intCost(Object v, Kind k, Class<?> t, int boxed) {
        boolean javaLong = v instanceof Long;
        return switch (k) {
            case INT -> fitsLong(v) && inRange(v, Integer.MIN_VALUE, Integer.MAX_VALUE) ? (javaLong ? 4 : 0) + boxed
                    : RANGE;
            case LONG -> fitsLong(v) ? (javaLong ? 0 : 2) + boxed : RANGE;
            case SHORT -> fitsLong(v) && inRange(v, Short.MIN_VALUE, Short.MAX_VALUE) ? 6 + boxed : RANGE;
            case BYTE -> fitsLong(v) && inRange(v, Byte.MIN_VALUE, Byte.MAX_VALUE) ? 8 + boxed : RANGE;
            case BIG_INTEGER -> v instanceof BigInteger ? 0 : 4;
            case DOUBLE -> v instanceof BigInteger b && Double.isInfinite(b.doubleValue()) ? RANGE : 10 + boxed;
            case FLOAT -> Math.abs(toBig(v).doubleValue()) > Float.MAX_VALUE ? RANGE : 12 + boxed;
            case BIG_DECIMAL -> 9;
            case NUMBER -> 14;
            case OBJECT -> 16;
            default -> t.isInstance(v) ? 15 : NO;
        };
    }

    private static boolean fitsLong(Object v) {
        return !(v instanceof BigInteger b) || b.bitLength() < 64;
    }

    private static boolean inRange(Object v, long min, long max) {
        long x = ((Number) v).longValue();
        return x >= min && x <= max;
    }

    private static BigInteger toBig(Object v) {
        return v instanceof BigInteger b ? b : BigInteger.valueOf(((Number) v).longValue());
    }

    /**
     * Converts Python value {@code v} to Java type {@code t}: ints range-checked to byte/short/int/long
     * (OverflowError), BigInteger, float/double, one-character str to char, None to null, a callable
     * to a functional interface; a Python exception raised for a value that does not fit.
     */
    public static Object toJava(Object v, Class<?> t) {
        if (v == PyNone.NONE) {
            if (t.isPrimitive()) {
                throw Errors.typeError("expected " + pythonName(t) + ", got None");
            }
            return null;
        }
        Kind k = kind(t);
        if (v instanceof Integer || v instanceof Long || v instanceof BigInteger || v instanceof Boolean) {
            Object n = v instanceof Boolean b ? (Object) (b ? 1 : 0) : v;
            switch (k) {
                case INT:
                    return (int) checkedLong(n, Integer.MIN_VALUE, Integer.MAX_VALUE, "int");
                case LONG:
                    return checkedLong(n, Long.MIN_VALUE, Long.MAX_VALUE, "long");
                case SHORT:
                    return (short) checkedLong(n, Short.MIN_VALUE, Short.MAX_VALUE, "short");
                case BYTE:
                    return (byte) checkedLong(n, Byte.MIN_VALUE, Byte.MAX_VALUE, "byte");
                case BIG_INTEGER:
                    return toBig(n);
                case BIG_DECIMAL:
                    return new BigDecimal(toBig(n));
                case DOUBLE:
                    return toDouble(n);
                case FLOAT:
                    return toFloat(toDouble(n));
                case BOOLEAN:
                    if (v instanceof Boolean) {
                        return v;
                    }
                    break;
                default:
                    if (k == Kind.OBJECT || t.isInstance(v)) {
                        return v;
                    }
            }
            throw mismatch(v, t);
        }
        if (v instanceof Double d) {
            switch (k) {
                case DOUBLE:
                    return d;
                case FLOAT:
                    return toFloat(d);
                case BIG_DECIMAL:
                    if (Double.isFinite(d)) {
                        return new BigDecimal(d);
                    }
                    throw Errors.valueError("cannot convert float " + Ops.repr(d) + " to BigDecimal");
                default:
                    if (k == Kind.OBJECT || t.isInstance(v)) {
                        return v;
                    }
                    if (k.ordinal() <= Kind.LONG.ordinal() && k != Kind.BOOLEAN && k != Kind.CHAR) {
                        throw Errors.typeError("'float' object cannot be interpreted as an integer");
                    }
                    throw mismatch(v, t);
            }
        }
        if (v instanceof String s && k == Kind.CHAR) {
            if (s.length() != 1) {
                throw Errors.typeError("expected a character, but string of length " + s.length() + " found");
            }
            return s.charAt(0);
        }
        if (v instanceof String s && t == char[].class) {
            return s.toCharArray();
        }
        if (v instanceof PyBytes b && t == byte[].class) {
            return b.value().clone();
        }
        if (k == Kind.OBJECT) {
            return v instanceof HostException he && he.javaException() != null ? he.javaException() : v;
        }
        if (v instanceof PyObject && t.isInterface() && FunctionalInterfaces.isFunctional(t) && Ops.isCallable(v)) {
            return t.isInstance(v) ? v : FunctionalInterfaces.adapt(v, t);
        }
        if (v instanceof HostException he && he.javaException() != null && t.isInstance(he.javaException())) {
            return he.javaException();
        }
        if (t.isInstance(v)) {
            return v;
        }
        if (t.isArray() && (v instanceof PyList || v instanceof PyTuple)) {
            Object[] items = ((java.util.List<?>) v).toArray();
            Class<?> c = t.getComponentType();
            Object a = Array.newInstance(c, items.length);
            for (int i = 0; i < items.length; i++) {
                Array.set(a, i, toJava(items[i], c));
            }
            return a;
        }
        throw mismatch(v, t);
    }

    private static long checkedLong(Object n, long min, long max, String javaType) {
        if (n instanceof BigInteger b && (b.compareTo(LONG_MIN) < 0 || b.compareTo(LONG_MAX) > 0)) {
            throw tooLarge(b.signum(), javaType);
        }
        long x = ((Number) n).longValue();
        if (x < min || x > max) {
            throw tooLarge(Long.signum(x), javaType);
        }
        return x;
    }

    private static PyBaseException tooLarge(int sign, String javaType) {
        return Errors.overflowError("Python int too " + (sign < 0 ? "small" : "large") + " to convert to Java "
                + javaType);
    }

    private static double toDouble(Object n) {
        double d = toBig(n).doubleValue();
        if (Double.isInfinite(d)) {
            throw Errors.overflowError("int too large to convert to float");
        }
        return d;
    }

    private static float toFloat(double d) {
        if (Double.isFinite(d) && Math.abs(d) > Float.MAX_VALUE) {
            throw Errors.overflowError("float too large to convert to Java float");
        }
        return (float) d;
    }

    /**
     * A Python result as the return type a Java method declares: void → null, boolean → truth of the
     * value, Boolean → the same or null for None, anything else by {@link #toJava}; {@code what}
     * names the method in the TypeError for a value of the wrong type ({@code "Comparator.compare"}).
     */
    public static Object toReturnType(Object r, Class<?> rt, String what) {
        if (rt == void.class) {
            return null;
        } else if (rt == boolean.class) {
            return Ops.isTrue(r);
        } else if (rt == Boolean.class) {
            return r == PyNone.NONE ? null : Ops.isTrue(r);
        }
        if (cost(r, rt) == NO) {
            throw Errors.typeError(what + "() must return " + pythonName(rt) + ", not " + Errors.typeName(r));
        }
        return toJava(r, rt);
    }

    /** The TypeError for a value that does not fit a parameter type. */
    static PyBaseException mismatch(Object v, Class<?> t) {
        return Errors.typeError("expected " + pythonName(t) + ", got " + Errors.typeName(v));
    }

    /** How error messages name a Java parameter type: {@code int}, {@code float}, {@code str}, or the Java name. */
    static String pythonName(Class<?> t) {
        return switch (kind(t)) {
            case BYTE, SHORT, INT, LONG, BIG_INTEGER -> "int";
            case FLOAT, DOUBLE -> "float";
            case BOOLEAN -> "bool";
            case CHAR -> "str of length 1";
            case STRING, CHAR_SEQUENCE -> "str";
            default -> t.isArray() ? t.getComponentType().getSimpleName() + "[]" : t.getSimpleName();
        };
    }

    /**
     * A Java value as Python sees it: null → None, Byte/Short → int, Float → float, Character → str,
     * a thrown-type value → its Python exception, an adapter → the Python callable behind it;
     * values of denied types raise TypeError.
     */
    public static Object toPython(Object v) {
        if (v == null) {
            return PyNone.NONE;
        }
        if (v instanceof PyObject || v instanceof String || v instanceof Integer || v instanceof Double
                || v instanceof Boolean || v instanceof Long || v instanceof BigInteger) {
            return v;
        }
        if (DENIED.get(v.getClass())) {
            throw Errors.typeError("a Java value of type '" + v.getClass().getName()
                    + "' is not accessible from Python");
        }
        if (v instanceof Throwable t) {
            return HostExceptions.toPython(t);
        }
        Object callable = FunctionalInterfaces.unwrap(v);
        if (callable != null) {
            return callable;
        }
        return JavaValues.toPython(v);
    }

    /** Whether values of a class must not reach Python (cached per class). */
    static final ClassValue<Boolean> DENIED = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> c) {
            return HostAccess.isDeniedType(c);
        }
    };
}
