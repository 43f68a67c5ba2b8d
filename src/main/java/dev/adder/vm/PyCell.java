package dev.adder.vm;

import dev.adder.objects.Ops;
import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyGetSetDescriptor;
import dev.adder.runtime.PyMethodDescriptor;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;

/**
 * A cell ({@code types.CellType}): the box through which a function and the functions nested in it
 * share one variable (CPython 3.11: Objects/cellobject.c). A frame's cell slot holds the cell; a
 * closure is a tuple of cells. {@link #get} returns null while the cell is empty.
 */
public final class PyCell implements PyObject {
    /** {@code type(cell)}: {@code cell}. */
    public static final PyType TYPE = createType();

    /**
     * Read with acquire and written with release ordering: a value another thread stored is seen
     * with everything written before it, as with {@code volatile}, but without the full fence a
     * volatile write costs on every {@code STORE_DEREF} (a nonlocal counter's whole body).
     */
    private Object contents;

    /** A cell holding {@code contents} (null: empty). */
    public PyCell(Object contents) {
        set(contents);
    }

    /** The contents, or null when empty. */
    public Object get() {
        Object c = contents;
        java.lang.invoke.VarHandle.acquireFence();
        return c;
    }

    /** Sets the contents (null empties the cell). */
    public void set(Object value) {
        java.lang.invoke.VarHandle.releaseFence();
        contents = value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** CPython's repr: {@code <cell at 0x...: int object at 0x...>} or {@code <cell at 0x...: empty>}. */
    public String repr() {
        Object c = get();
        String at = "<cell at " + Ids.hex(this) + ": ";
        return c == null ? at + "empty>" : at + Ops.type(c).name() + " object at " + Ids.hex(c) + ">";
    }

    private static PyType createType() {
        PyType t = PyType.builtin("cell", CoreTypes.OBJECT, (type, args, kw) -> {
            if (PyCallable.kwCount(kw) > 0) {
                throw Errors.typeError("cell() takes no keyword arguments");
            }
            if (args.length > 1) {
                throw Errors.typeError("cell expected at most 1 argument, got " + args.length);
            }
            return new PyCell(args.length == 1 ? args[0] : null);
        });
        t.define("cell_contents", new PyGetSetDescriptor(t, "cell_contents", self -> {
            Object v = cell(self).get();
            if (v == null) {
                throw Errors.valueError("Cell is empty");
            }
            return v;
        }, (self, v) -> cell(self).set(v)));
        t.define("__repr__", new PyMethodDescriptor(t, "__repr__", null, (args, kw) -> cell(args[0]).repr()));
        return t.freeze();
    }

    private static PyCell cell(Object self) {
        if (self instanceof PyCell c) {
            return c;
        }
        throw Errors.typeError("descriptor for 'cell' objects doesn't apply to a '" + Errors.typeName(self) + "' object");
    }
}
