package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.HasSlots;
import dev.adder.runtime.PyType;

/** {@code obj.__class__ = C} (CPython 3.11: Objects/typeobject.c object_set_class, compatible_for_assignment). */
final class ClassAssignment {
    private ClassAssignment() {}

    static void set(Object self, Object value) {
        if (value == null) {
            throw Errors.typeError("can't delete __class__ attribute");
        }
        if (!(value instanceof PyType newType)) {
            throw Errors.typeError("__class__ must be set to a class, not '" + Errors.typeName(value) + "' object");
        }
        PyType old = Ops.type(self);
        if (!newType.isHeapType() || !old.isHeapType() || !(self instanceof HasSlots h)) {
            throw Errors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        if (newType.slotCount() != old.slotCount() || newType.hasInstanceDict() != old.hasInstanceDict()
                || !sameSlots(old, newType)) {
            throw Errors.typeError("__class__ assignment: '" + newType.name() + "' object layout differs from '"
                    + old.name() + "'");
        }
        h.setType(newType);
    }

    /** Whether both classes hold the same slot names in the same cells (CPython: same_slots_added). */
    private static boolean sameSlots(PyType a, PyType b) {
        return a.slotCount() == 0 || java.util.Arrays.equals(slotNames(a), slotNames(b));
    }

    private static String[] slotNames(PyType t) {
        String[] names = new String[t.slotCount()];
        for (PyType c : t.mro()) {
            for (Object v : c.dict().values()) {
                if (v instanceof SlotDescriptor d && d.index() < names.length && names[d.index()] == null) {
                    names[d.index()] = d.name();
                }
            }
        }
        return names;
    }
}
