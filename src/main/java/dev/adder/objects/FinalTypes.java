package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.PyType;
import java.util.Set;

/**
 * The built-in types a class statement cannot derive from (CPython's types without
 * {@code Py_TPFLAGS_BASETYPE}): {@code class B(bool)} is "type 'bool' is not an acceptable base type".
 */
public final class FinalTypes {
    private FinalTypes() {}

    private static final Set<String> NAMES = Set.of("bool", "range", "slice", "memoryview", "NoneType",
            "NotImplementedType", "ellipsis", "function", "builtin_function_or_method", "method",
            "method_descriptor", "wrapper_descriptor", "method-wrapper", "getset_descriptor", "member_descriptor",
            "classmethod_descriptor", "generator", "coroutine", "async_generator", "code", "frame", "cell",
            "traceback", "mappingproxy", "dict_keys", "dict_values", "dict_items", "dict_keyiterator",
            "dict_valueiterator", "dict_itemiterator", "list_iterator", "list_reverseiterator", "tuple_iterator",
            "range_iterator", "longrange_iterator", "set_iterator", "str_ascii_iterator", "str_iterator",
            "bytes_iterator", "bytearray_iterator", "callable_iterator", "iterator");

    /**
     * Raises CPython's TypeError for a non-empty {@code __slots__} (even {@code __dict__} alone) in a
     * subclass of a variable-size type: int, bytes, tuple.
     */
    public static void checkSlots(PyType[] bases, java.util.List<String> slotNames) {
        if (slotNames == null || slotNames.isEmpty()) {
            return;
        }
        for (PyType b : bases) {
            for (PyType t : b.mro()) {
                if (!t.isHeapType()) {
                    if (t == IntMethods.TYPE || t == PyBytes.TYPE || t == PyTuple.TYPE) {
                        throw Errors.typeError("nonempty __slots__ not supported for subtype of '" + b.name() + "'");
                    }
                    break;
                }
            }
        }
    }

    /** The built-in type whose instance layout {@code t}'s instances have: the first one on its MRO. */
    public static PyType solidBase(PyType t) {
        for (PyType m : t.mro()) {
            if (!m.isHeapType()) {
                return m;
            }
        }
        return t;
    }

    /**
     * CPython 3.11: Objects/typeobject.c best_base: bases whose built-in layouts are unrelated
     * ({@code class C(int, str)}) give "multiple bases have instance lay-out conflict". Only the
     * value and container types count: exceptions share a layout ({@code class E(ValueError, KeyError)}).
     */
    public static void checkLayout(PyType[] bases) {
        PyType best = null;
        for (PyType b : bases) {
            PyType solid = solidBase(b);
            if (!LAYOUT_NAMES.contains(solid.name()) || !"builtins".equals(solid.module())) {
                continue;
            }
            if (best == null || solid.isSubtypeOf(best)) {
                best = solid;
            } else if (!best.isSubtypeOf(solid)) {
                throw Errors.typeError("multiple bases have instance lay-out conflict");
            }
        }
    }

    private static final Set<String> LAYOUT_NAMES = Set.of("int", "str", "float", "bytes", "complex", "tuple",
            "frozenset", "list", "dict", "set", "bytearray");

    /** Raises CPython's TypeError when {@code base} is a built-in type that cannot be subclassed. */
    public static void checkAcceptableBase(PyType base) {
        if (!base.isHeapType() && "builtins".equals(base.module()) && NAMES.contains(base.name())) {
            throw Errors.typeError("type '" + base.name() + "' is not an acceptable base type");
        }
    }
}
