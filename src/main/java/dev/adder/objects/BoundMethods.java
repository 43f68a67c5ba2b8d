package dev.adder.objects;

import dev.adder.runtime.PyMethod;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PySingleton;
import dev.adder.runtime.PyType;

/**
 * The attributes of bound methods ({@code types.MethodType}, CPython 3.11: Objects/classobject.c):
 * {@code __self__}, {@code __func__}, the function's names and doc, repr, equality and hash.
 */
final class BoundMethods {
    private BoundMethods() {}

    static void define(PyType t) {
        Methods.getter(t, "__self__", m -> ((PyMethod) m).self());
        Methods.getter(t, "__func__", m -> ((PyMethod) m).function());
        for (String name : new String[] {"__name__", "__qualname__", "__doc__", "__module__"}) {
            Methods.getter(t, name, m -> {
                Object v = Ops.getattrOrNull(((PyMethod) m).function(), name);
                return v == null ? PyNone.NONE : v;
            });
        }
        Methods.slot0(t, "__repr__", m -> {
            PyMethod pm = (PyMethod) m;
            Object q = Ops.getattrOrNull(pm.function(), "__qualname__");
            if (q == null) {
                q = Ops.getattrOrNull(pm.function(), "__name__");
            }
            return "<bound method " + (q instanceof String s ? s : "?") + " of " + Ops.repr(pm.self()) + ">";
        });
        Methods.slot1(t, "__eq__", (a, b) -> {
            if (!(b instanceof PyMethod mb)) {
                return PySingleton.NOT_IMPLEMENTED;
            }
            PyMethod ma = (PyMethod) a;
            return ma.self() == mb.self() && Ops.eq(ma.function(), mb.function());
        });
        Methods.slot0(t, "__hash__", m -> {
            PyMethod pm = (PyMethod) m;
            return (long) System.identityHashCode(pm.self()) ^ Ops.hash(pm.function());
        });
    }
}
