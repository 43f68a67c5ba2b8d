package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.text.FloatRepr;
import dev.adder.text.StrRepr;
import java.math.BigInteger;

/**
 * The object protocol, CPython's abstract API ({@code PyObject_*}, {@code PyNumber_*}): what the VM
 * and the builtins do to any value. Fast paths for int/float/str come first; everything else goes
 * through the type's dunder methods ({@link PyType#lookup}), so classes written in Python take part.
 * Arithmetic is in {@link Arith}, comparison in {@link Compare}.
 */
public final class Ops {
    private Ops() {}

    static {
        // The methods of object, type and BaseException are defined here (runtime cannot see this package).
        CoreMethods.ensureInstalled();
    }

    /**
     * Makes sure every built-in type has its methods: the methods of {@code object}, {@code type}
     * and {@code BaseException} are added when this class initializes. Call once before running code.
     */
    public static void initialize() {
        CoreMethods.ensureInstalled();
    }

    /** {@code type(o)}. */
    public static PyType type(Object o) {
        // the final classes first: each is one class compare, while a failed test of an interface
        // (PyObject) scans the value's class's interfaces every time
        if (o instanceof String) {
            return StrMethods.TYPE;
        } else if (o instanceof Integer) {
            return IntMethods.TYPE;
        } else if (o instanceof Double) {
            return FloatMethods.TYPE;
        } else if (o instanceof Boolean) {
            return IntMethods.BOOL_TYPE;
        } else if (o instanceof PyObject p) {
            return p.type();
        } else if (o instanceof Long || o instanceof BigInteger) {
            return IntMethods.TYPE;
        } else if (o == null) {
            throw Errors.of("SystemError", "not a Python value: null");
        }
        return ForeignTypes.of(o);
    }

    /** {@code isinstance(o, t)} for one type (no {@code __instancecheck__}). */
    public static boolean isInstance(Object o, PyType t) {
        return type(o).isSubtypeOf(t);
    }

    /** {@code bool(o)}: CPython's {@code PyObject_IsTrue}. */
    public static boolean isTrue(Object o) {
        if (o instanceof Boolean b) {
            return b;
        } else if (o == PyNone.NONE) {
            return false;
        } else if (o instanceof Integer i) {
            return i != 0;
        } else if (o instanceof String s) {
            return !s.isEmpty();
        } else if (o instanceof Long || o instanceof BigInteger) {
            return IntOps.isTrue(o);
        } else if (o instanceof Double d) {
            return d != 0.0;
        } else if (o instanceof PyComplex c) {
            return c.real() != 0.0 || c.imag() != 0.0;
        } else if (o instanceof PyBytes b) {
            return b.value().length != 0;
        } else if (o instanceof java.util.Collection<?> c) {
            return !c.isEmpty();
        } else if (o instanceof java.util.Map<?, ?> m) {
            return !m.isEmpty();
        }
        return Protocol.isTrueSlow(o);
    }

    /** {@code repr(o)}. */
    public static String repr(Object o) {
        if (o instanceof String s) {
            return StrRepr.strRepr(s);
        } else if (o instanceof Integer || o instanceof Long || o instanceof BigInteger) {
            return IntText.repr(o);
        } else if (o instanceof Double d) {
            return FloatOps.repr(d);
        } else if (o instanceof Boolean b) {
            return b ? "True" : "False";
        } else if (o == PyNone.NONE) {
            return "None";
        } else if (o instanceof PyComplex c) {
            return FloatRepr.complexRepr(c.real(), c.imag());
        } else if (o instanceof PyBytes b) {
            return StrRepr.bytesRepr(b.value());
        } else if (o instanceof dev.adder.runtime.PySingleton s) {
            return s.toString();
        }
        return Protocol.reprSlow(o);
    }

    /** {@code str(o)}. */
    public static String str(Object o) {
        if (o instanceof String s) {
            return s;
        } else if (o instanceof Integer i) {
            return i.toString();
        } else if (o instanceof Long || o instanceof BigInteger) {
            return IntText.repr(o);
        } else if (o instanceof Double || o instanceof Boolean || o == PyNone.NONE || o instanceof PyComplex
                || o instanceof PyBytes) {
            return repr(o);
        }
        return Protocol.strSlow(o);
    }

    /** {@code ascii(o)}: the repr with non-ASCII characters escaped. */
    public static String ascii(Object o) {
        return FormatText.ascii(o, Ops::repr);
    }

    /** {@code hash(o)}: CPython's hash values (ints modulo 2**61 - 1, ...); TypeError for unhashable types. */
    public static long hash(Object o) {
        if (o instanceof String s) {
            return s.hashCode();
        } else if (o instanceof Integer i) {
            return i == -1 ? -2 : i;
        }
        return Protocol.hash(o);
    }

    /** {@code a == b} as a Java boolean ({@code PyObject_RichCompareBool}: identity first). */
    public static boolean eq(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Integer x && b instanceof Integer y) {
            return x.intValue() == y.intValue();
        }
        if (a instanceof String x && b instanceof String y) {
            return x.equals(y);
        }
        return isTrue(Compare.richCompare(a, b, Compare.EQ));
    }

    /** {@code o.name}: CPython's {@code PyObject_GetAttr}; AttributeError with CPython's message. */
    public static Object getattr(Object o, String name) {
        return Attributes.getattr(o, name);
    }

    /** {@code o.name}, or {@code null} where getattr would raise AttributeError (hasattr, 3-arg getattr). */
    public static Object getattrOrNull(Object o, String name) {
        return Attributes.getattrOrNull(o, name);
    }

    /** {@code o.name = value}. */
    public static void setattr(Object o, String name, Object value) {
        Attributes.setattr(o, name, value);
    }

    /** {@code del o.name}. */
    public static void delattr(Object o, String name) {
        Attributes.delattr(o, name);
    }

    /** {@code callable(o)}: a callable Java object or a type with {@code __call__}. */
    public static boolean isCallable(Object o) {
        return o instanceof PyCallable || type(o).lookup("__call__") != null;
    }

    /** {@code callable(*args)} with keywords as in {@link PyCallable#call}. */
    public static Object call(Object callable, Object[] args, String[] kwnames) {
        if (callable instanceof PyCallable c) {
            if (callable == CoreTypes.TYPE && args.length == 1 && PyCallable.kwCount(kwnames) == 0) {
                return type(args[0]);
            }
            return c.call(args, kwnames);
        }
        return Protocol.callSlow(callable, args, kwnames);
    }

    /** {@code callable(*args)} without keywords. */
    public static Object call(Object callable, Object... args) {
        return call(callable, args, null);
    }

    /** {@code o[key]}. */
    public static Object getitem(Object o, Object key) {
        return Items.getitem(o, key);
    }

    /** {@code o[key] = value}. */
    public static void setitem(Object o, Object key, Object value) {
        Items.setitem(o, key, value);
    }

    /** {@code del o[key]}. */
    public static void delitem(Object o, Object key) {
        Items.delitem(o, key);
    }

    /** {@code len(o)}. */
    public static int len(Object o) {
        return Items.len(o);
    }

    /** {@code item in container}. */
    public static boolean contains(Object container, Object item) {
        return Items.contains(container, item);
    }

    /** {@code iter(o)}: a {@link PyIterator}, or any object with {@code __next__}. */
    public static Object iter(Object o) {
        return Iteration.iter(o);
    }

    /** The next value of iterator {@code it}, or {@code null} when it is exhausted ({@code StopIteration}). */
    public static Object next(Object it) {
        if (it instanceof PyIterator i) {
            return i.next();
        }
        return Iteration.nextSlow(it);
    }

    /** {@code format(value, spec)}. */
    public static String format(Object value, String spec) {
        return Protocol.format(value, spec);
    }

    /** {@code operator.index(o)}: an int (Integer/Long/BigInteger), or TypeError. */
    public static Object index(Object o) {
        if (o instanceof Integer || o instanceof Long || o instanceof BigInteger) {
            return o;
        }
        if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (o instanceof BuiltinValue v && IntOps.isInt(v.value())) {
            return v.value();  // CPython 3.11: _PyNumber_Index takes an int subclass's value, whatever its __index__
        }
        return Protocol.indexSlow(o);
    }

    /** Wraps a Java fault that reached Python code as a Python {@code SystemError} (an Adder bug). */
    public static PyBaseException internalError(Throwable t) {
        return Errors.of("SystemError", "internal error in Adder: " + t);
    }
}
