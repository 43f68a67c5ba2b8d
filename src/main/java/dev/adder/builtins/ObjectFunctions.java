package dev.adder.builtins;

import dev.adder.objects.IntOps;
import dev.adder.objects.Ops;
import dev.adder.objects.PyBytes;
import dev.adder.objects.PyTuple;
import dev.adder.objects.StrOps;
import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyType;

/**
 * The built-in functions about any object: len, repr, ascii, hash, callable, chr, ord, format,
 * isinstance, issubclass and the attribute functions.
 */
final class ObjectFunctions {
    private ObjectFunctions() {}

    /** {@code len(obj)}. */
    static Object len(Object[] args, String[] kw) {
        Object o = Args.one("len", args, kw);
        // A range's length may pass 2**31 (Ops.len is a Java int); CPython's limit is sys.maxsize.
        return o instanceof dev.adder.objects.PyRange r ? r.pyLen() : Ops.len(o);
    }

    /** {@code repr(obj)}. */
    static Object repr(Object[] args, String[] kw) {
        return Ops.repr(Args.one("repr", args, kw));
    }

    /** {@code ascii(obj)}: repr with non-ASCII characters escaped. */
    static Object ascii(Object[] args, String[] kw) {
        return Ops.ascii(Args.one("ascii", args, kw));
    }

    /** {@code hash(obj)}. */
    static Object hash(Object[] args, String[] kw) {
        return IntOps.valueOf(Ops.hash(Args.one("hash", args, kw)));
    }

    /** {@code callable(obj)}. */
    static Object callable(Object[] args, String[] kw) {
        Object o = Args.one("callable", args, kw);
        return Ops.isCallable(o);
    }

    /** {@code chr(i)}. */
    static Object chr(Object[] args, String[] kw) {
        Object i = Ops.index(Args.one("chr", args, kw));
        if (!(i instanceof Integer)) {
            long v = i instanceof Long l ? l : 0;
            if (!(i instanceof Long) || v != (int) v) {
                throw Errors.overflowError("Python int too large to convert to C int");
            }
        }
        long v = ((Number) IntOps.index(i)).longValue();
        if (v < 0 || v >= 0x110000) {
            throw Errors.valueError("chr() arg not in range(0x110000)");
        }
        return Character.toString((int) v);
    }

    /** {@code ord(c)}. */
    static Object ord(Object[] args, String[] kw) {
        Object c = dev.adder.objects.BuiltinValue.unwrap(Args.one("ord", args, kw));
        int n;
        if (c instanceof String s) {
            n = StrOps.len(s);
            if (n == 1) {
                return s.codePointAt(0);
            }
        } else if (c instanceof PyBytes b) {
            n = b.value().length;
            if (n == 1) {
                return b.value()[0] & 0xff;
            }
        } else {
            throw Errors.typeError("ord() expected string of length 1, but " + Errors.typeName(c) + " found");
        }
        throw Errors.typeError("ord() expected a character, but string of length " + n + " found");
    }

    /** {@code format(value, format_spec='')}. */
    static Object format(Object[] args, String[] kw) {
        int n = Args.fastcall("format", args, kw, 1, 2);
        if (n == 1) {
            return Ops.format(args[0], "");
        }
        if (!(args[1] instanceof String spec)) {
            throw Errors.typeError("format() argument 2 must be str, not " + Errors.typeName(args[1]));
        }
        return Ops.format(args[0], spec);
    }

    /** {@code isinstance(obj, class_or_tuple)}. */
    static Object isinstance(Object[] args, String[] kw) {
        Args.fastcall("isinstance", args, kw, 2, 2);
        return isInstance(args[0], args[1], 0);
    }

    /** {@code issubclass(cls, class_or_tuple)}. */
    static Object issubclass(Object[] args, String[] kw) {
        Args.fastcall("issubclass", args, kw, 2, 2);
        return isSubclass(args[0], args[1], 0);
    }

    // CPython 3.11: Objects/abstract.c object_isinstance / PyObject_IsInstance
    private static boolean isInstance(Object inst, Object cls, int depth) {
        PyType t = Ops.type(inst);
        if (t == cls) {
            return true;
        }
        if (cls instanceof dev.adder.objects.UnionType u) {
            cls = u.checkedArgs("isinstance");
        }
        if (cls instanceof PyTuple tuple) {
            checkDepth(depth, " in __instancecheck__");
            for (Object c : tuple.items()) {
                if (isInstance(inst, c, depth + 1)) {
                    return true;
                }
            }
            return false;
        }
        if (cls instanceof PyType c) {
            Object check = metaHook(c, "__instancecheck__");
            if (check != null) {
                return Ops.isTrue(Ops.call(check, cls, inst));
            }
            if (t.isSubtypeOf(c)) {
                return true;
            }
            // CPython 3.11: object_isinstance also trusts a __class__ attribute that differs from type(inst).
            Object k = Ops.getattrOrNull(inst, "__class__");
            return k != t && k instanceof PyType kt && kt.isSubtypeOf(c);
        }
        throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    // CPython 3.11: Objects/abstract.c object_issubclass / recursive_issubclass
    private static boolean isSubclass(Object derived, Object cls, int depth) {
        if (cls instanceof dev.adder.objects.UnionType u) {
            cls = u.checkedArgs("issubclass");
        }
        if (cls instanceof PyType c) {
            Object check = metaHook(c, "__subclasscheck__");
            if (check != null) {
                return Ops.isTrue(Ops.call(check, cls, derived));
            }
            if (!(derived instanceof PyType d)) {
                throw Errors.typeError("issubclass() arg 1 must be a class");
            }
            return d.isSubtypeOf(c);
        }
        if (cls instanceof PyTuple tuple) {
            checkDepth(depth, " in __subclasscheck__");
            for (Object c : tuple.items()) {
                if (isSubclass(derived, c, depth + 1)) {
                    return true;
                }
            }
            return false;
        }
        if (!(derived instanceof PyType)) {
            throw Errors.typeError("issubclass() arg 1 must be a class");
        }
        throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    /** A metaclass's {@code __instancecheck__}/{@code __subclasscheck__}, when a class defines one. */
    private static Object metaHook(PyType cls, String name) {
        PyType meta = cls.type();
        return meta == CoreTypes.TYPE ? null : meta.lookup(name);
    }

    private static void checkDepth(int depth, String where) {
        if (depth > 900) {
            throw Errors.of("RecursionError", "maximum recursion depth exceeded" + where);
        }
    }

    /** {@code getattr(object, name[, default])}. */
    static Object getattr(Object[] args, String[] kw) {
        int n = Args.fastcall("getattr", args, kw, 2, 3);
        String name = attrName(args[1]);
        if (n == 2) {
            return Ops.getattr(args[0], name);
        }
        Object v = Ops.getattrOrNull(args[0], name);
        return v == null ? args[2] : v;
    }

    /** {@code setattr(obj, name, value)}. */
    static Object setattr(Object[] args, String[] kw) {
        Args.fastcall("setattr", args, kw, 3, 3);
        Ops.setattr(args[0], attrName(args[1]), args[2]);
        return dev.adder.runtime.PyNone.NONE;
    }

    /** {@code hasattr(obj, name)}. */
    static Object hasattr(Object[] args, String[] kw) {
        Args.fastcall("hasattr", args, kw, 2, 2);
        return Ops.getattrOrNull(args[0], attrName(args[1])) != null;
    }

    /** {@code delattr(obj, name)}. */
    static Object delattr(Object[] args, String[] kw) {
        Args.fastcall("delattr", args, kw, 2, 2);
        Ops.delattr(args[0], attrName(args[1]));
        return dev.adder.runtime.PyNone.NONE;
    }

    private static String attrName(Object name) {
        if (dev.adder.objects.BuiltinValue.unwrap(name) instanceof String s) {
            return s;
        }
        throw Errors.typeError("attribute name must be string, not '" + Errors.typeName(name) + "'");
    }
}
