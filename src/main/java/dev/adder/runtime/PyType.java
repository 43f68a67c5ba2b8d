package dev.adder.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Python type object: name, bases, method resolution order and a dictionary of attributes
 * (methods, descriptors, class attributes). Operators and protocols are found by looking up their
 * dunder names along the MRO ({@link #lookup}), so built-in types (whose dictionaries are filled
 * once, in the static initializer of the class that defines them, then frozen) and classes written
 * in Python work the same way.
 *
 * <p>Calling a type creates an instance: {@link #newInstance} (the nearest {@link New} up the MRO,
 * CPython's {@code tp_new}) then {@code __init__} if the MRO has one.
 */
public class PyType implements PyObject, PyCallable {
    /** CPython's {@code tp_new}: makes an instance of {@code type} (a subtype of the defining type). */
    @FunctionalInterface
    public interface New {
        /** Creates the instance; {@code args}/{@code kwnames} as in {@link PyCallable#call}. */
        Object create(PyType type, Object[] args, String[] kwnames);
    }

    private String name;
    private String qualname;
    private final String module;
    private final PyType[] bases;
    private PyType[] mro; // plain: read on every lookup; only set while the class is created
    private final Map<String, Object> dict = new LinkedHashMap<>();
    private final boolean heapType;
    private New newFn;
    private final PyType metatype;
    private boolean frozen;
    /** The special methods found along the MRO, cached ({@link #special}); null when stale. */
    private volatile Specials specials;
    /**
     * {@link #entry} results by name (missing names too): replaced (under this type's lock) by a
     * bigger copy on a miss, by an empty one when the MRO changes; an attribute set on this type or
     * a class on its MRO replaces its one entry.
     */
    private volatile EntryTable entries = new EntryTable();
    /** Counts changes of the cached names: a fill computed before a change must not be stored. */
    private volatile int entriesVersion;
    /** Counts changes of this type's special methods, so a racing cache fill cannot store a stale table. */
    private volatile int specialsVersion;
    /** Heap subclasses whose special-method caches depend on this (heap) type: CPython's tp_subclasses. */
    private List<java.lang.ref.WeakReference<PyType>> subclasses;
    /** Instance layout: the number of {@code __slots__} values and whether instances have a {@code __dict__}. */
    private int slotCount;
    private boolean instanceDict = true;
    /** The empty {@link Shape} instances of this class start from (heap types only). */
    private final Shape shapeRoot;

    /** Index for {@link #special}: {@code __getattribute__}. */
    public static final int GETATTRIBUTE = 0;
    /** Index for {@link #special}: {@code __getattr__}. */
    public static final int GETATTR = 1;
    /** Index for {@link #special}: {@code __setattr__}. */
    public static final int SETATTR = 2;
    /** Index for {@link #special}: {@code __delattr__}. */
    public static final int DELATTR = 3;
    /** Index for {@link #special}: {@code __get__}. */
    public static final int GET = 4;
    /** Index for {@link #special}: {@code __set__}. */
    public static final int SET = 5;
    /** Index for {@link #special}: {@code __delete__}. */
    public static final int DELETE = 6;
    /** Index for {@link #special}: {@code __new__}, only when a heap type defines it (else null). */
    public static final int NEW = 7;
    /** Index for {@link #special}: {@code __init__}. */
    public static final int INIT = 8;
    /** Index for {@link #special}: {@code __call__}. */
    public static final int CALL = 9;
    private static final String[] SPECIAL_NAMES = {"__getattribute__", "__getattr__", "__setattr__",
        "__delattr__", "__get__", "__set__", "__delete__", "__new__", "__init__", "__call__"};
    /** A built-in type's definitions, run on first use ({@link #fillLazily}); null once run. */
    private volatile java.util.function.Consumer<PyType> filler;
    private boolean filling;
    /** One lock for every type's filling: definitions may touch other types, and one lock cannot deadlock. */
    private static final Object FILL_LOCK = new Object();

    /**
     * A type. {@code heapType} types (classes made by a {@code class} statement) stay mutable;
     * built-in ones are {@link #freeze frozen} once their definitions are in.
     */
    public PyType(String name, String module, PyType[] bases, New newFn, boolean heapType, PyType metatype) {
        this.name = name;
        this.qualname = name;
        this.module = module;
        this.bases = bases.clone();
        this.heapType = heapType;
        this.metatype = metatype;
        this.shapeRoot = heapType ? new Shape() : null;
        this.mro = Mro.compute(this, this.bases);
        New inherited = newFn;
        // CPython inherits tp_new from the solid base: the first built-in type on the MRO (class C(Mixin, int)).
        for (int i = 1; inherited == null && i < mro.length; i++) {
            inherited = mro[i].heapType ? null : mro[i].newFn;
        }
        this.newFn = inherited;
        if (heapType) {
            for (PyType b : this.bases) {
                b.addSubclass(this);
                if (b.slotCount > slotCount) {
                    slotCount = b.slotCount;
                }
            }
        }
    }

    private synchronized void addSubclass(PyType sub) {
        if (!heapType) {
            return; // built-in types never change, so nothing to invalidate (and they stay immutable)
        }
        if (subclasses == null) {
            subclasses = new ArrayList<>();
        }
        subclasses.removeIf(r -> r.get() == null);
        subclasses.add(new java.lang.ref.WeakReference<>(sub));
    }

    /** The live heap subclasses ({@code __subclasses__()} of a class); empty for built-in types. */
    public synchronized List<PyType> subclasses() {
        List<PyType> out = new ArrayList<>();
        if (subclasses != null) {
            for (java.lang.ref.WeakReference<PyType> r : subclasses) {
                PyType t = r.get();
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /**
     * The special method {@code which} ({@link #GETATTRIBUTE}, ...) found along the MRO, or null:
     * cached, because attribute access and calls ask on every operation.
     */
    public Object special(int which) {
        return specials().methods[which];
    }

    /** The special methods of the MRO and what they imply, computed once per change of the type. */
    private static final class Specials {
        final Object[] methods;
        /** {@code object.__getattribute__} is the MRO's first {@code __getattribute__}. */
        final boolean objectGetattribute;
        /** {@code object.__getattribute__} and no {@code __getattr__}: attribute reads are generic. */
        final boolean genericGet;
        /** {@code object.__setattr__}: attribute writes are generic. */
        final boolean genericSet;

        Specials(Object[] methods) {
            this.methods = methods;
            objectGetattribute = methods[GETATTRIBUTE] instanceof PyMethodDescriptor d && d.owner() == CoreTypes.OBJECT;
            genericGet = isObjectMethod(methods[GETATTRIBUTE], "__getattribute__") && methods[GETATTR] == null;
            genericSet = isObjectMethod(methods[SETATTR], "__setattr__");
        }

        private static boolean isObjectMethod(Object m, String name) {
            return m instanceof PyMethodDescriptor d && d.owner() == CoreTypes.OBJECT && d.name().equals(name);
        }
    }

    private Specials specials() {
        Specials s = specials;
        if (s == null) {
            int v = specialsVersion;
            Object[] m = new Object[SPECIAL_NAMES.length];
            for (int i = 0; i < m.length; i++) {
                m[i] = i == NEW ? heapNew() : lookup(SPECIAL_NAMES[i]);
            }
            s = new Specials(m);
            synchronized (this) { // invalidations change both under this lock: no stale table survives one
                if (v == specialsVersion) {
                    specials = s;
                }
            }
        }
        return s;
    }

    /** Whether attribute reads use {@code object.__getattribute__} (no class on the MRO overrides it). */
    public boolean hasGenericGetattribute() {
        return !heapType || specials().objectGetattribute;
    }

    /**
     * Whether reading an attribute of an instance of this class is the generic rule alone: a class
     * written in Python with {@code object.__getattribute__} and no {@code __getattr__} on its MRO.
     */
    public boolean genericGetattr() {
        return heapType && specials().genericGet;
    }

    /** Whether setting an attribute of an instance of this class is {@code object.__setattr__} (a heap type). */
    public boolean genericSetattr() {
        return heapType && specials().genericSet;
    }

    /** {@code __new__} when a heap type on the MRO defines it before any built-in type does. */
    private Object heapNew() {
        for (PyType t : mro) {
            if (!t.heapType) {
                return null;
            }
            Object v = t.dict.get("__new__");
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** After {@code key} changed in this type's dict: drops the caches that depend on it, here and in subclasses. */
    private void invalidate(String key) {
        boolean special = false;
        if (key.length() >= 5 && key.charAt(0) == '_' && key.charAt(1) == '_') {
            for (String n : SPECIAL_NAMES) {
                if (n.equals(key)) {
                    special = true;
                    break;
                }
            }
        }
        refresh(key, special);
    }

    /** Re-reads {@code key} along the MRO into the cache, here and in subclasses (the MRO is unchanged). */
    private void refresh(String key, boolean special) {
        synchronized (this) { // first: special() refills from entries
            entriesVersion++;
            Object v = settledLookup(key);
            if (v == UNSETTLED) {
                entries = new EntryTable();
            } else {
                entries.replace(key, AttrEntry.of(v));
            }
            if (special) {
                specialsVersion++;
                specials = null;
            }
        }
        for (PyType sub : subclasses()) {
            sub.refresh(key, special);
        }
    }

    private static final Object UNSETTLED = new Object();

    /** {@code key} along the MRO without filling built-in types: UNSETTLED if one still has its definitions to run. */
    private Object settledLookup(String key) {
        for (PyType t : mro) {
            if (!t.heapType && (t.filler != null || !t.frozen)) {
                return UNSETTLED;
            }
            Object v = t.dict.get(key);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Drops every cached lookup, here and in subclasses (the MRO changed). */
    private void invalidate(boolean special) {
        synchronized (this) {
            entriesVersion++;
            entries = new EntryTable();
            if (special) {
                specialsVersion++;
                specials = null;
            }
        }
        for (PyType sub : subclasses()) {
            sub.invalidate(special);
        }
    }

    /** Sets the built-in {@code tp_new} of a type under construction ({@code object}, {@code type}). */
    public PyType defineNew(New fn) {
        if (frozen) {
            throw Errors.typeError("cannot set '__new__' attribute of immutable type '" + name + "'");
        }
        this.newFn = fn;
        return this;
    }

    /** The empty shape of a new instance's attributes (null for built-in types: their instances use dicts). */
    Shape shapeRoot() {
        return shapeRoot;
    }

    /** The number of {@code __slots__} values an instance holds (its own and its bases'). */
    public int slotCount() {
        return slotCount;
    }

    /** Whether instances have a {@code __dict__} (false for classes whose MRO only has {@code __slots__}). */
    public boolean hasInstanceDict() {
        return instanceDict;
    }

    /** Sets the instance layout while the class statement creates the type ({@code __slots__}). */
    public void setLayout(int slots, boolean dict) {
        this.slotCount = slots;
        this.instanceDict = dict;
    }

    /** A built-in type of module {@code builtins} with one base ({@code null} only for {@code object}). */
    public static PyType builtin(String name, PyType base, New newFn) {
        return new PyType(name, "builtins", base == null ? new PyType[0] : new PyType[] {base}, newFn, false, null);
    }

    /** Adds an attribute to a type under construction (built-in types: only before {@link #freeze}). */
    public PyType define(String key, Object value) {
        if (frozen) {
            throw Errors.typeError("cannot set '" + key + "' attribute of immutable type '" + name + "'");
        }
        dict.put(key, value);
        if (heapType) {
            invalidate(key); // built-in types cache nothing before they are frozen
        }
        return this;
    }

    /**
     * Defers a built-in type's definitions (its methods) until the type's attributes are first
     * needed, then {@link #freeze freezes} it: most programs touch few built-in types, and defining
     * the methods of all of them up front costs start-up time (a class per method body).
     */
    public PyType fillLazily(java.util.function.Consumer<PyType> definitions) {
        this.filler = definitions;
        return this;
    }

    /** Runs the deferred definitions once; other threads wait, the defining thread sees them as they come. */
    private void fill() {
        synchronized (FILL_LOCK) {
            java.util.function.Consumer<PyType> f = filler;
            if (f == null || filling) {
                return;
            }
            filling = true;
            try {
                f.accept(this);
                freeze();
            } finally {
                filling = false;
                filler = null;
            }
        }
    }

    /** Ends the definition of a built-in type: its attributes can no longer change. */
    public PyType freeze() {
        frozen = !heapType;
        return this;
    }

    /** Sets or deletes ({@code value == null}) an attribute: {@code C.x = v}. */
    public void setAttribute(String key, Object value) {
        if (filler != null) {
            fill();
        }
        if (!heapType) {
            throw Errors.typeError("cannot set '" + key + "' attribute of immutable type '" + name + "'");
        }
        if (value == null) {
            dict.remove(key);
        } else {
            dict.put(key, value);
        }
        invalidate(key);
    }

    /** The attribute {@code key} found along the MRO (CPython's {@code _PyType_Lookup}), or {@code null}. */
    public Object lookup(String key) {
        return entry(key).value;
    }

    /**
     * The attribute {@code key} found along the MRO with its {@link AttrEntry#kind kind}: cached per
     * type (CPython 3.11's method cache), valid until this type or a base changes.
     */
    public AttrEntry entry(String key) {
        AttrEntry e = entries.get(key);
        return e != null ? e : findEntry(key);
    }

    private AttrEntry findEntry(String key) {
        int version = entriesVersion; // before reading the dicts
        boolean settled = true;
        Object v = null;
        for (PyType t : mro) {
            if (!t.heapType) { // a final field first: classes never have a filler
                if (t.filler != null) {
                    t.fill();
                }
                // a built-in type still being defined (by this thread) may gain the name later
                settled &= t.filler == null && t.frozen;
            }
            v = t.dict.get(key);
            if (v != null) {
                break;
            }
        }
        AttrEntry e = AttrEntry.of(v);
        if (settled) {
            synchronized (this) {
                EntryTable now = entries;
                if (entriesVersion != version) {
                    return e; // the type changed meanwhile: answer this read, cache nothing
                }
                AttrEntry other = now.get(key);
                if (other != null) {
                    return other; // another thread's fill: keep one entry (and its shape cache)
                }
                entries = now.with(key, e);
            }
        }
        return e;
    }

    /** Whether this type is {@code other} or derives from it ({@code issubclass}). */
    public boolean isSubtypeOf(PyType other) {
        if (this == other) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** Creates an instance without calling {@code __init__}: {@code T.__new__(T, *args)}. */
    public Object newInstance(Object[] args, String[] kwnames) {
        if (heapType) {
            Object n = special(NEW);
            if (n != null) {
                if (!(n instanceof PyCallable c)) {
                    throw Errors.typeError("'" + Errors.typeName(n) + "' object is not callable");
                }
                Object[] withType = new Object[args.length + 1];
                withType[0] = this;
                System.arraycopy(args, 0, withType, 1, args.length);
                return c.call(withType, kwnames);
            }
        }
        return newBuiltinInstance(args, kwnames);
    }

    /**
     * Creates an instance with the built-in constructor this type inherits, skipping any
     * {@code __new__} written in Python: what {@code int.__new__(cls, ...)} runs for a subclass.
     */
    public Object newBuiltinInstance(Object[] args, String[] kwnames) {
        if (newFn == null) {
            throw Errors.typeError("cannot create '" + qualifiedName() + "' instances");
        }
        return newFn.create(this, args, kwnames);
    }

    /** {@code T(*args)}: the metaclass's own {@code __call__} if it has one, else {@link #typeCall}. */
    @Override
    public Object call(Object[] args, String[] kwnames) {
        PyType meta = metatype;
        if (meta != null && meta.heapType) {
            Object c = meta.special(CALL);
            if (!(c instanceof PyMethodDescriptor d && d.owner() == CoreTypes.TYPE)) {
                if (!(c instanceof PyCallable pc)) {
                    throw Errors.typeError("'" + meta.name + "' object is not callable");
                }
                Object[] withSelf = new Object[args.length + 1];
                withSelf[0] = this;
                System.arraycopy(args, 0, withSelf, 1, args.length);
                return pc.call(withSelf, kwnames);
            }
        }
        return typeCall(args, kwnames);
    }

    // CPython 3.11: Objects/typeobject.c type_call
    /** {@code type.__call__(T, *args)}: {@code __new__}, then {@code __init__} when the result is a T. */
    public Object typeCall(Object[] args, String[] kwnames) {
        Object instance = newInstance(args, kwnames);
        if (instance instanceof PyObject o && o.type().isSubtypeOf(this)
                && o.type().special(INIT) instanceof PyCallable c) {
            Object[] withSelf = new Object[args.length + 1];
            withSelf[0] = instance;
            System.arraycopy(args, 0, withSelf, 1, args.length);
            Object r = c.call(withSelf, kwnames);
            if (r != PyNone.NONE) {
                throw Errors.typeError("__init__() should return None, not '" + Errors.typeName(r) + "'");
            }
        }
        return instance;
    }

    @Override
    public PyType type() {
        return metatype != null ? metatype : CoreTypes.TYPE;
    }

    /** {@code __name__}. */
    public String name() {
        return name;
    }

    /** {@code __qualname__}. */
    public String qualname() {
        return qualname;
    }

    /**
     * Replaces the MRO of a class being created with what its metaclass's own {@code mro()}
     * returned (CPython 3.11: mro_internal); the first entry must be the class itself.
     */
    public void setMro(PyType[] order) {
        if (!heapType || order.length == 0 || order[0] != this) {
            throw Errors.typeError("mro() must start with the class itself");
        }
        this.mro = order.clone();
        invalidate(true);
    }

    /** Sets {@code __name__} of a class ({@code C.__name__ = "D"}); built-in types refuse. */
    public void setName(String n) {
        if (!heapType) {
            throw Errors.typeError("cannot set '__name__' attribute of immutable type '" + name + "'");
        }
        this.name = n;
    }

    /** Sets {@code __qualname__} (the class statement does). */
    public void setQualname(String q) {
        this.qualname = q;
    }

    /** {@code __module__}. */
    public String module() {
        return module;
    }

    /** The name as {@code repr} and error messages show it: {@code "int"}, {@code "mod.C"}. */
    public String qualifiedName() {
        String m = module;
        if (heapType && dict.get("__module__") instanceof String s) {
            m = s; // C.__module__ = "other" shows in the repr
        }
        return "builtins".equals(m) || m == null ? qualname : m + "." + qualname;
    }

    /** {@code __bases__}. */
    public List<PyType> bases() {
        return Collections.unmodifiableList(Arrays.asList(bases));
    }

    /** {@code __mro__}. */
    public List<PyType> mro() {
        return Collections.unmodifiableList(Arrays.asList(mro));
    }

    /** Whether this is a class made by Python code (mutable, has instance dictionaries). */
    public boolean isHeapType() {
        return heapType;
    }

    /** This type's own attributes ({@code vars(T)}), read-only. */
    public Map<String, Object> dict() {
        if (filler != null) {
            fill();
        }
        return Collections.unmodifiableMap(dict);
    }

    @Override
    public String toString() {
        return "<class '" + qualifiedName() + "'>";
    }

    /** The MRO as an array, for {@link Mro} (not a copy: callers must not change it). */
    PyType[] mroArray() {
        return mro;
    }
}
