package dev.adder.builtins;

import dev.adder.objects.Ops;
import dev.adder.runtime.Errors;
import dev.adder.runtime.HasDict;
import dev.adder.runtime.PyDescriptor;
import dev.adder.runtime.PyGetSetDescriptor;
import dev.adder.runtime.PyMethodDescriptor;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import dev.adder.vm.Frame;
import dev.adder.vm.InterpreterState;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code super()} and {@code super(type, obj)}: attribute lookup that starts after {@code type} in the MRO of
 * {@code obj}'s class (CPython 3.11: Objects/typeobject.c super_getattro). The lookup is exposed as
 * the object's attribute dictionary, which generic attribute access and LOAD_METHOD consult before
 * the type's own non-data attributes, so {@code super(C, self).__init__(...)} finds the base
 * class's method rather than {@code object.__init__} bound to the super object.
 *
 * <p>The zero-argument form reads the calling frame's first argument and {@code __class__} cell, so
 * the type belongs to one interpreter ({@link StartupTable#superType}): its constructor needs that
 * interpreter's thread state.
 */
public final class PySuper implements PyObject, HasDict {
    private final PyType type;
    private final PyType thisClass;
    private final Object obj;
    private final PyType objType;
    private final Map<String, Object> view = new Lookup();

    private PySuper(PyType type, PyType thisClass, Object obj, PyType objType) {
        this.type = type;
        this.thisClass = thisClass;
        this.obj = obj;
        this.objType = objType;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** The MRO-skipping lookup, as a read-only map (see the class comment). */
    @Override
    public Map<String, Object> dict() {
        return view;
    }

    // CPython 3.11: Objects/typeobject.c super_getattro
    private Object find(String name) {
        if (objType == null || name.equals("__class__")) {
            return null;
        }
        List<PyType> mro = objType.mro();
        int i = mro.indexOf(thisClass);
        for (i++; i > 0 && i < mro.size(); i++) {
            Object v = mro.get(i).dict().get(name);
            if (v != null) {
                if (v instanceof PyDescriptor d && !(v instanceof PyType)) {
                    return d.get(obj == objType ? null : obj, objType);
                }
                return v;
            }
        }
        return null;
    }

    /** The lookup as a map: {@code get}/{@code containsKey} search the MRO; nothing is stored. */
    private final class Lookup extends AbstractMap<String, Object> {
        @Override
        public Object get(Object key) {
            return key instanceof String s ? find(s) : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public Object put(String key, Object value) {
            throw Errors.attributeError("'super' object has no attribute '" + key + "'");
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return Collections.emptySet();
        }
    }

    @Override
    public String toString() {
        String self = objType == null ? "NULL" : "<" + objType.name() + " object>";
        return "<super: " + Ops.repr(thisClass) + ", " + self + ">";
    }

    // CPython 3.11: Objects/typeobject.c super_init_impl, supercheck
    static Object create(InterpreterState interp, PyType type, Object[] args, String[] kw) {
        Args.noKeywords("super", kw);
        int n = Args.positional("super()", args, kw, 0, 2);
        if (n == 0) {
            Frame f = interp.threadState().currentFrame();
            if (f == null) {
                throw Errors.runtimeError("super(): no current frame");
            }
            args = f.superArguments();
            n = 2;
        }
        if (!(args[0] instanceof PyType t)) {
            throw Errors.typeError("super() argument 1 must be a type, not " + Errors.typeName(args[0]));
        }
        if (n == 1 || args[1] == PyNone.NONE) {
            return new PySuper(type, t, null, null);
        }
        Object o = args[1];
        PyType objType;
        if (o instanceof PyType ot && ot.isSubtypeOf(t)) {
            objType = ot;
        } else if (Ops.type(o).isSubtypeOf(t)) {
            objType = Ops.type(o);
        } else {
            throw Errors.typeError("super(type, obj): obj must be an instance or subtype of type");
        }
        return new PySuper(type, t, o, objType);
    }

    private static PySuper self(Object o) {
        if (o instanceof PySuper s) {
            return s;
        }
        throw Errors.typeError("descriptor for 'super' objects doesn't apply to a '" + Errors.typeName(o) + "' object");
    }

    /** The attributes of {@code interp}'s {@code super} type, defined when first needed. */
    static void defineType(PyType t, InterpreterState interp) {
        t.define("__init__", new PyMethodDescriptor(t, "__init__", null, (a, k) -> PyNone.NONE));
        t.define("__repr__", new PyMethodDescriptor(t, "__repr__", null, (a, k) -> self(a[0]).toString()));
        t.define("__thisclass__", new PyGetSetDescriptor(t, "__thisclass__", o -> self(o).thisClass, null));
        t.define("__self__", new PyGetSetDescriptor(t, "__self__", o -> {
            PySuper s = self(o);
            return s.obj == null ? PyNone.NONE : s.obj;
        }, null));
        t.define("__get__", new PyMethodDescriptor(t, "__get__", null, (a, k) -> {
            PySuper s = self(a[0]);
            Object obj = a.length > 1 ? a[1] : PyNone.NONE;
            // CPython 3.11: Objects/typeobject.c super_descr_get
            if (obj == PyNone.NONE || s.obj != null) {
                return s;
            }
            return create(interp, s.type, new Object[] {s.thisClass, obj}, null);
        }));
        t.define("__self_class__", new PyGetSetDescriptor(t, "__self_class__", o -> {
            PySuper s = self(o);
            return s.objType == null ? PyNone.NONE : s.objType;
        }, null));
    }
}
