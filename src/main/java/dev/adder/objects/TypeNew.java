package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.HasDict;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyDescriptor;
import dev.adder.runtime.PyGetSetDescriptor;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code type.__new__(meta, name, bases, ns, **kw)}: creates a class (CPython 3.11:
 * Objects/typeobject.c type_new and its helpers): the most derived metaclass, the namespace
 * copied into the class, {@code __slots__}, implicit static/class methods, {@code __set_name__}
 * and {@code __init_subclass__}.
 */
public final class TypeNew {
    private TypeNew() {}

    // CPython 3.11: Objects/typeobject.c _PyType_CalculateMetaclass
    /** The most derived of {@code meta} and the metaclasses of {@code bases}, or the "metaclass conflict" error. */
    public static PyType calculateMetaclass(PyType meta, Object[] bases) {
        PyType winner = meta;
        for (Object b : bases) {
            PyType bt = Ops.type(b);
            if (winner.isSubtypeOf(bt)) {
                continue;
            }
            if (bt.isSubtypeOf(winner)) {
                winner = bt;
                continue;
            }
            throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /** {@code type.__new__} / {@code type(...)}: {@code args} are (name, bases, ns) then keyword values. */
    static Object typeNew(PyType meta, Object[] args, String[] kwnames) {
        int nkw = PyCallable.kwCount(kwnames);
        int npos = args.length - nkw;
        if (meta == CoreTypes.TYPE && npos == 1 && nkw == 0) {
            return Ops.type(args[0]);
        }
        if (npos != 3) {
            throw Errors.typeError(meta == CoreTypes.TYPE ? "type() takes 1 or 3 arguments"
                    : "type.__new__() takes exactly 3 arguments (" + npos + " given)");
        }
        if (!(args[0] instanceof String name)) {
            throw Errors.typeError("type.__new__() argument 1 must be str, not " + Errors.typeName(args[0]));
        }
        if (!(args[1] instanceof PyTuple basesTuple)) {
            throw Errors.typeError("type.__new__() argument 2 must be tuple, not " + Errors.typeName(args[1]));
        }
        if (!(args[2] instanceof PyDict ns)) {
            throw Errors.typeError("type.__new__() argument 3 must be dict, not " + Errors.typeName(args[2]));
        }
        Object[] bases = basesTuple.toArray();
        PyType winner = calculateMetaclass(meta, bases);
        if (winner != meta) {
            Object wn = winner.lookup("__new__");
            if (wn != CoreMethods.TYPE_NEW) {
                Object[] a = args.clone();
                Object[] all = new Object[a.length + 1];
                all[0] = winner;
                System.arraycopy(a, 0, all, 1, a.length);
                return Ops.call(wn, all, kwnames);
            }
        }
        String[] kwn = new String[nkw];
        Object[] kwv = new Object[nkw];
        for (int i = 0; i < nkw; i++) {
            kwn[i] = kwnames[i];
            kwv[i] = args[npos + i];
        }
        return create(winner, name, bases, ns, kwn, kwv);
    }

    private static PyType[] checkBases(Object[] bases) {
        if (bases.length == 0) {
            return new PyType[] {CoreTypes.OBJECT};
        }
        PyType[] bs = new PyType[bases.length];
        for (int i = 0; i < bases.length; i++) {
            if (!(bases[i] instanceof PyType t)) {
                throw Errors.typeError("type.__new__() argument 2 must be tuple of types, not "
                        + Errors.typeName(bases[i]));
            }
            FinalTypes.checkAcceptableBase(t);
            for (int j = 0; j < i; j++) {
                if (bs[j] == t) {
                    throw Errors.typeError("duplicate base class " + t.name());
                }
            }
            bs[i] = t;
        }
        return bs;
    }

    /** Makes the class: the type object, its attributes, then {@code __set_name__} and {@code __init_subclass__}. */
    static PyType create(PyType meta, String name, Object[] bases, PyDict ns, String[] kwn, Object[] kwv) {
        PyType[] bs = checkBases(bases);
        Object module = ns.get("__module__");
        Object qualname = ns.get("__qualname__");
        if (qualname != null && !(qualname instanceof String)) {
            throw Errors.typeError("type __qualname__ must be a str, not " + Errors.typeName(qualname));
        }
        Object slots = ns.get("__slots__");
        List<String> slotNames = slots == null ? null : slotNames(name, slots);
        FinalTypes.checkSlots(bs, slotNames);
        FinalTypes.checkLayout(bs);
        PyType t = new PyType(name, module instanceof String s ? s : null, bs, null, true,
                meta == CoreTypes.TYPE ? null : meta);
        t.setQualname(qualname == null ? name : (String) qualname);
        customMro(t, meta);
        boolean baseDict = false;
        int baseSlots = 0;
        for (PyType b : bs) {
            // built-in values (int, str, tuple...) have no __dict__; exceptions do
            baseDict |= b.isHeapType() ? b.hasInstanceDict() : b.isSubtypeOf(dev.adder.runtime.ExceptionTypes.BASE_EXCEPTION);
            baseSlots = Math.max(baseSlots, b.slotCount());
        }
        bestBase(bs);
        boolean addDict = slotNames == null || slotNames.contains("__dict__");
        boolean addWeakref = slotNames == null || slotNames.contains("__weakref__");
        int nslots = baseSlots;
        Object classcell = null;
        for (Map.Entry<Object, Object> e : ns.entrySet()) {
            Object k = e.getKey();
            if ("__qualname__".equals(k)) {
                continue;
            }
            if ("__classcell__".equals(k)) {
                classcell = e.getValue();
                continue;
            }
            String key = k instanceof String s ? s : Ops.str(k);
            Object v = e.getValue();
            if (isFunction(v) && (key.equals("__init_subclass__") || key.equals("__class_getitem__"))) {
                v = FunctionWrappers.classMethod(v);
            } else if (isFunction(v) && key.equals("__new__")) {
                v = FunctionWrappers.staticMethod(v);
            }
            t.setAttribute(key, v);
        }
        if (slotNames != null) {
            for (String s : slotNames) {
                if (s.equals("__dict__") || s.equals("__weakref__")) {
                    continue;
                }
                if (ns.containsKey(s)) {
                    throw Errors.valueError(Ops.repr(s) + " in __slots__ conflicts with class variable");
                }
                t.setAttribute(s, new SlotDescriptor(t, s, nslots++));
            }
        }
        t.setLayout(nslots, baseDict || addDict);
        if (addDict && t.lookup("__dict__") == null) {
            t.setAttribute("__dict__", dictDescriptor(t));
        }
        if (addWeakref && t.lookup("__weakref__") == null) {
            t.setAttribute("__weakref__", new PyGetSetDescriptor(t, "__weakref__", o -> PyNone.NONE, null));
        }
        if (ns.containsKey("__eq__") && !ns.containsKey("__hash__")) {
            t.setAttribute("__hash__", PyNone.NONE); // CPython 3.11: inherit_slots / type_ready_set_hash
        }
        if (t.dict().get("__doc__") == null) {
            t.setAttribute("__doc__", PyNone.NONE);
        }
        if (classcell != null) {
            setClassCell(t, classcell);
        }
        setNames(t);
        initSubclass(t, kwn, kwv);
        return t;
    }

    // CPython 3.11: Objects/typeobject.c mro_internal, mro_check (a metaclass that overrides mro())
    private static void customMro(PyType t, PyType meta) {
        if (meta == CoreTypes.TYPE) {
            return;
        }
        Object f = meta.lookup("mro");
        if (f == null || f == CoreTypes.TYPE.lookup("mro")) {
            return;
        }
        Object r = Ops.call(f, t);
        java.util.List<PyType> order = new ArrayList<>();
        Object it = Ops.iter(r);
        for (Object x; (x = Ops.next(it)) != null; ) {
            if (!(x instanceof PyType k)) {
                throw Errors.typeError("mro() returned a non-class ('" + Errors.typeName(x) + "')");
            }
            order.add(k);
        }
        t.setMro(order.toArray(new PyType[0]));
    }

    // CPython 3.11: Objects/typeobject.c best_base / solid_base
    private static void bestBase(PyType[] bases) {
        PyType winner = null;
        for (PyType b : bases) {
            PyType candidate = solidBase(b);
            if (winner == null || winner.isSubtypeOf(candidate)) {
                winner = winner == null ? candidate : winner;
            } else if (candidate.isSubtypeOf(winner)) {
                winner = candidate;
            } else {
                throw Errors.typeError("multiple bases have instance lay-out conflict");
            }
        }
    }

    /** The class that fixes the instance layout of {@code t}: the last to add slots, or its built-in base. */
    private static PyType solidBase(PyType t) {
        for (PyType c : t.mro()) {
            if (!c.isHeapType()) {
                return c.isSubtypeOf(dev.adder.runtime.ExceptionTypes.BASE_EXCEPTION)
                        ? dev.adder.runtime.ExceptionTypes.BASE_EXCEPTION : c;
            }
            for (Object v : c.dict().values()) {
                if (v instanceof SlotDescriptor d && d.owner() == c) {
                    return c;
                }
            }
        }
        return CoreTypes.OBJECT;
    }

    private static boolean isFunction(Object v) {
        return v instanceof PyDescriptor d && d.isMethod() && Ops.type(v).name().equals("function");
    }

    private static void setClassCell(PyType t, Object classcell) {
        if (!(classcell instanceof dev.adder.runtime.PyObject cell) || !cell.type().name().equals("cell")) {
            throw Errors.typeError("__classcell__ must be a nonlocal cell, not " + Ops.repr(Ops.type(classcell)));
        }
        Ops.setattr(classcell, "cell_contents", t);
    }

    private static List<String> slotNames(String cls, Object slots) {
        List<String> out = new ArrayList<>();
        Object it = Ops.iter(slots instanceof String ? PyTuple.of(slots) : slots);
        for (Object s; (s = Ops.next(it)) != null; ) {
            if (!(s instanceof String n)) {
                throw Errors.typeError("__slots__ items must be strings, not '" + Errors.typeName(s) + "'");
            }
            if (!isIdentifier(n)) {
                throw Errors.typeError("__slots__ must be identifiers");
            }
            if ((n.equals("__dict__") || n.equals("__weakref__")) && out.contains(n)) {
                throw Errors.typeError(n + " slot disallowed: we already got one");
            }
            out.add(mangle(cls, n));
        }
        return out;
    }

    private static boolean isIdentifier(String n) {
        if (n.isEmpty() || !Character.isUnicodeIdentifierStart(n.codePointAt(0)) && n.charAt(0) != '_') {
            return false;
        }
        return n.codePoints().allMatch(c -> Character.isUnicodeIdentifierPart(c) && c != 0);
    }

    // CPython 3.11: Python/compile.c _Py_Mangle (private names in __slots__)
    private static String mangle(String cls, String n) {
        if (!n.startsWith("__") || n.endsWith("__") || n.contains(".")) {
            return n;
        }
        int i = 0;
        while (i < cls.length() && cls.charAt(i) == '_') {
            i++;
        }
        return i == cls.length() ? n : "_" + cls.substring(i) + n;
    }

    private static PyGetSetDescriptor dictDescriptor(PyType owner) {
        return new PyGetSetDescriptor(owner, "__dict__", o -> {
            if (o instanceof HasDict h) {
                Object d = h.dict();
                return d instanceof PyDict pd ? pd : snapshot(h.dict());
            }
            throw Errors.attributeError("'" + Errors.typeName(o) + "' object has no attribute '__dict__'");
        }, (o, v) -> {
            if (v == null) {
                throw Errors.typeError("cannot delete __dict__");
            }
            if (!(v instanceof PyDict nd)) {
                throw Errors.typeError("__dict__ must be set to a dictionary, not a '" + Errors.typeName(v) + "'");
            }
            if (!(o instanceof HasDict h)) {
                throw Errors.attributeError("'" + Errors.typeName(o) + "' object has no attribute '__dict__'");
            }
            Map<String, Object> d = h.dict();
            Object[] keys = nd.keysArray();
            synchronized (d) {
                d.clear();
                for (Object k : keys) {
                    d.put(k instanceof String s ? s : Ops.str(k), nd.get(k));
                }
            }
        });
    }

    private static PyDict snapshot(Map<String, Object> m) {
        PyDict d = new PyDict();
        d.putAll(m);
        return d;
    }

    // CPython 3.11: Objects/typeobject.c type_new_set_names
    private static void setNames(PyType t) {
        for (Map.Entry<String, Object> e : new ArrayList<>(t.dict().entrySet())) {
            Object v = e.getValue();
            Object f = Ops.type(v).lookup("__set_name__");
            if (f == null) {
                continue;
            }
            try {
                Ops.call(f, v, t, e.getKey());
            } catch (PyBaseException ex) {
                PyBaseException err = Errors.runtimeError("Error calling __set_name__ on '" + Errors.typeName(v)
                        + "' instance " + Ops.repr(e.getKey()) + " in '" + t.name() + "'");
                err.setCause(ex);
                throw err;
            }
        }
    }

    // CPython 3.11: Objects/typeobject.c init_subclass (super(type, type).__init_subclass__(**kwds))
    private static void initSubclass(PyType t, String[] kwn, Object[] kwv) {
        List<PyType> mro = t.mro();
        for (int i = 1; i < mro.size(); i++) {
            Object f = mro.get(i).dict().get("__init_subclass__");
            if (f == null) {
                continue;
            }
            Object bound = f instanceof PyDescriptor d && !(f instanceof PyType) ? d.get(null, t) : f;
            Ops.call(bound, kwv, kwn.length == 0 ? null : kwn);
            return;
        }
    }
}
