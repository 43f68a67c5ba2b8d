package dev.adder.vm;

import dev.adder.objects.FloatMethods;
import dev.adder.objects.IntMethods;
import dev.adder.objects.Ops;
import dev.adder.objects.PyBytes;
import dev.adder.objects.PyDict;
import dev.adder.objects.PyFrozenSet;
import dev.adder.objects.PyList;
import dev.adder.objects.PyRange;
import dev.adder.objects.PySet;
import dev.adder.objects.PyTuple;
import dev.adder.objects.StrMethods;
import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyType;
import java.util.ArrayList;
import java.util.List;

/**
 * The opcodes of the {@code match} statement (CPython 3.11: Python/ceval.c MATCH_CLASS, MATCH_MAPPING,
 * MATCH_SEQUENCE, MATCH_KEYS and their helpers match_class, match_class_attr, match_keys).
 *
 * <p>Adder's types carry no {@code tp_flags}: {@code Py_TPFLAGS_SEQUENCE}, {@code Py_TPFLAGS_MAPPING}
 * and {@code _Py_TPFLAGS_MATCH_SELF} are answered from the MRO, as CPython's types inherit the flags
 * from their bases.
 */
final class MatchOps {
    private MatchOps() {
    }

    /** The built-in types whose class pattern takes one positional sub-pattern matching the subject itself. */
    private static final PyType[] MATCH_SELF = {
        IntMethods.BOOL_TYPE, PyBytes.TYPE, PyDict.TYPE, FloatMethods.TYPE, PyFrozenSet.TYPE, IntMethods.TYPE,
        PyList.TYPE, PySet.TYPE, StrMethods.TYPE, PyTuple.TYPE,
    };

    /** MATCH_SEQUENCE: pushes whether the subject (on top) is a sequence for pattern matching. */
    static int matchSequence(Object[] lp, int sp) {
        lp[sp] = isSequence(Ops.type(lp[sp - 1]));
        return sp + 1;
    }

    /** MATCH_MAPPING: pushes whether the subject (on top) is a mapping for pattern matching. */
    static int matchMapping(Object[] lp, int sp) {
        lp[sp] = isMapping(Ops.type(lp[sp - 1]));
        return sp + 1;
    }

    /** Whether instances of {@code t} match sequence patterns (CPython's {@code Py_TPFLAGS_SEQUENCE}). */
    static boolean isSequence(PyType t) {
        for (PyType m : t.mro()) {
            if (m == PyList.TYPE || m == PyTuple.TYPE || m == PyRange.TYPE) {
                return true;
            }
            if (m == PyDict.TYPE || m == StrMethods.TYPE || m == PyBytes.TYPE || m == CoreTypes.OBJECT) {
                continue;
            }
            // built-in sequences defined outside the core (when present): memoryview, deque, array
            if (isBuiltin(m, "builtins", "memoryview") || isBuiltin(m, "collections", "deque")
                    || isBuiltin(m, "array", "array")) {
                return true;
            }
        }
        return false;
    }

    /** Whether instances of {@code t} match mapping patterns (CPython's {@code Py_TPFLAGS_MAPPING}). */
    static boolean isMapping(PyType t) {
        for (PyType m : t.mro()) {
            if (m == PyDict.TYPE || isBuiltin(m, "builtins", "mappingproxy")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBuiltin(PyType t, String module, String name) {
        return !t.isHeapType() && name.equals(t.name()) && module.equals(t.module());
    }

    // CPython 3.11: Python/ceval.c MATCH_KEYS, match_keys
    /**
     * MATCH_KEYS: with the subject and a tuple of keys on the stack, pushes the tuple of their values,
     * or None when a key is missing; ValueError on a repeated key.
     */
    static int matchKeys(Object[] lp, int sp) {
        lp[sp] = matchKeys(lp[sp - 2], (PyTuple) lp[sp - 1]);
        return sp + 1;
    }

    private static Object matchKeys(Object map, PyTuple keys) {
        int n = keys.size();
        if (n == 0) {
            return PyTuple.EMPTY;
        }
        // map.get(key, dummy): no __missing__, no key creation in defaultdict-like subclasses
        PyDict exact = Ops.type(map) == PyDict.TYPE ? (PyDict) map : null;
        Object get = exact == null ? Ops.getattr(map, "get") : null;
        PySet seen = new PySet();
        Object dummy = exact == null ? CoreTypes.OBJECT.call(new Object[0], null) : null;
        Object[] values = new Object[n];
        for (int i = 0; i < n; i++) {
            Object key = keys.get(i);
            if (!seen.addElement(key)) {
                throw Errors.valueError("mapping pattern checks duplicate key (" + Ops.repr(key) + ")");
            }
            Object v = exact != null ? exact.get(key) : Ops.call(get, key, dummy);
            if (v == null || v == dummy) {
                return PyNone.NONE;
            }
            values[i] = v;
        }
        return PyTuple.wrap(values);
    }

    // CPython 3.11: Python/ceval.c MATCH_CLASS
    /**
     * MATCH_CLASS {@code nargs}: pops the class and the tuple of keyword names and replaces the subject
     * by the tuple of extracted attributes, or None when the subject does not match.
     */
    static int matchClass(Object[] lp, int sp, int nargs) {
        Object attrs = matchClass(lp[sp - 3], lp[sp - 2], nargs, (PyTuple) lp[sp - 1]);
        lp[sp - 3] = attrs == null ? PyNone.NONE : attrs;
        lp[sp - 2] = null;
        lp[sp - 1] = null;
        return sp - 2;
    }

    // CPython 3.11: Python/ceval.c match_class
    private static PyTuple matchClass(Object subject, Object cls, int nargs, PyTuple kwargs) {
        if (!(cls instanceof PyType type)) {
            throw Errors.typeError("called match pattern must be a type");
        }
        if (!isInstance(subject, type)) {
            return null;
        }
        if (nargs == 0 && kwargs.isEmpty()) {
            return PyTuple.EMPTY;
        }
        List<String> seen = new ArrayList<>(nargs + kwargs.size());
        Object[] attrs = new Object[nargs + kwargs.size()];
        if (nargs > 0) {
            boolean matchSelf = false;
            Object matchArgs = attrOrNull(type, "__match_args__");
            if (matchArgs == null) {
                matchArgs = PyTuple.EMPTY;
                matchSelf = isMatchSelf(type);
            } else if (Ops.type(matchArgs) != PyTuple.TYPE) {
                throw Errors.typeError(tpName(type) + ".__match_args__ must be a tuple (got "
                        + Errors.typeName(matchArgs) + ")");
            }
            PyTuple names = (PyTuple) matchArgs;
            int allowed = matchSelf ? 1 : names.size();
            if (allowed < nargs) {
                throw Errors.typeError(tpName(type) + "() accepts " + allowed + " positional sub-pattern"
                        + (allowed == 1 ? "" : "s") + " (" + nargs + " given)");
            }
            if (matchSelf) {
                attrs[0] = subject;
            } else {
                for (int i = 0; i < nargs; i++) {
                    Object name = names.get(i);
                    if (!(name instanceof String s)) {
                        throw Errors.typeError("__match_args__ elements must be strings (got "
                                + Errors.typeName(name) + ")");
                    }
                    Object attr = classAttr(subject, type, s, seen);
                    if (attr == null) {
                        return null;
                    }
                    attrs[i] = attr;
                }
            }
        }
        for (int i = 0; i < kwargs.size(); i++) {
            Object attr = classAttr(subject, type, (String) kwargs.get(i), seen);
            if (attr == null) {
                return null;
            }
            attrs[nargs + i] = attr;
        }
        return PyTuple.wrap(attrs);
    }

    // CPython 3.11: Python/ceval.c match_class_attr
    private static Object classAttr(Object subject, PyType type, String name, List<String> seen) {
        if (seen.contains(name)) {
            throw Errors.typeError(tpName(type) + "() got multiple sub-patterns for attribute " + Ops.repr(name));
        }
        seen.add(name);
        return attrOrNull(subject, name);
    }

    /** {@code getattr(o, name)}, or null where that raises AttributeError (which is then dropped). */
    private static Object attrOrNull(Object o, String name) {
        try {
            return Ops.getattr(o, name);
        } catch (PyBaseException e) {
            if (e.isInstance(ExceptionTypes.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    /** CPython's {@code tp_name}: a class's own name; module-qualified for built-in types outside builtins. */
    private static String tpName(PyType t) {
        String module = t.module();
        return t.isHeapType() || module == null || module.equals("builtins") ? t.name() : module + "." + t.name();
    }

    private static boolean isMatchSelf(PyType type) {
        for (PyType m : type.mro()) {
            for (PyType s : MATCH_SELF) {
                if (m == s) {
                    return true;
                }
            }
            if (isBuiltin(m, "builtins", "bytearray")) {
                return true;
            }
        }
        return false;
    }

    // CPython 3.11: Objects/abstract.c PyObject_IsInstance (a metaclass may define __instancecheck__)
    private static boolean isInstance(Object subject, PyType type) {
        PyType t = Ops.type(subject);
        if (t == type) {
            return true;
        }
        PyType meta = type.type();
        if (meta != CoreTypes.TYPE) {
            Object check = meta.lookup("__instancecheck__");
            if (check != null) {
                return Ops.isTrue(Ops.call(check, type, subject));
            }
        }
        return t.isSubtypeOf(type);
    }
}
