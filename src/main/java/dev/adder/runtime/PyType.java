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

    private final String name;
    private String qualname;
    private final String module;
    private final PyType[] bases;
    private final PyType[] mro;
    private final Map<String, Object> dict = new LinkedHashMap<>();
    private final boolean heapType;
    private final New newFn;
    private final PyType metatype;
    private boolean frozen;

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
        this.mro = Mro.compute(this, this.bases);
        New inherited = newFn;
        for (int i = 1; inherited == null && i < mro.length; i++) {
            inherited = mro[i].newFn;
        }
        this.newFn = inherited;
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
        return this;
    }

    /** Ends the definition of a built-in type: its attributes can no longer change. */
    public PyType freeze() {
        frozen = !heapType;
        return this;
    }

    /** Sets or deletes ({@code value == null}) an attribute: {@code C.x = v}. */
    public void setAttribute(String key, Object value) {
        if (!heapType) {
            throw Errors.typeError("cannot set '" + key + "' attribute of immutable type '" + name + "'");
        }
        if (value == null) {
            dict.remove(key);
        } else {
            dict.put(key, value);
        }
    }

    /** The attribute {@code key} found along the MRO (CPython's {@code _PyType_Lookup}), or {@code null}. */
    public Object lookup(String key) {
        for (PyType t : mro) {
            Object v = t.dict.get(key);
            if (v != null) {
                return v;
            }
        }
        return null;
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
        if (newFn == null) {
            throw Errors.typeError("cannot create '" + qualifiedName() + "' instances");
        }
        return newFn.create(this, args, kwnames);
    }

    /** {@code T(*args)}: {@code __new__}, then {@code __init__} when some class on the MRO defines one. */
    @Override
    public Object call(Object[] args, String[] kwnames) {
        Object instance = newInstance(args, kwnames);
        Object init = lookup("__init__");
        if (init instanceof PyCallable c && instance instanceof PyObject o && o.type().isSubtypeOf(this)) {
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
        return "builtins".equals(module) || module == null ? qualname : module + "." + qualname;
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
        return Collections.unmodifiableMap(dict);
    }

    @Override
    public String toString() {
        return "<class '" + qualifiedName() + "'>";
    }

    /** CPython 3.11: Objects/typeobject.c mro_implementation (C3 linearization). */
    private static final class Mro {
        static PyType[] compute(PyType self, PyType[] bases) {
            if (bases.length == 0) {
                return new PyType[] {self};
            }
            if (bases.length == 1) {
                PyType[] b = bases[0].mro;
                PyType[] m = new PyType[b.length + 1];
                m[0] = self;
                System.arraycopy(b, 0, m, 1, b.length);
                return m;
            }
            List<List<PyType>> seqs = new ArrayList<>();
            for (PyType b : bases) {
                seqs.add(new ArrayList<>(Arrays.asList(b.mro)));
            }
            seqs.add(new ArrayList<>(Arrays.asList(bases)));
            List<PyType> out = new ArrayList<>();
            out.add(self);
            while (true) {
                seqs.removeIf(List::isEmpty);
                if (seqs.isEmpty()) {
                    return out.toArray(new PyType[0]);
                }
                PyType next = null;
                for (List<PyType> s : seqs) {
                    PyType head = s.get(0);
                    boolean inTail = false;
                    for (List<PyType> other : seqs) {
                        if (other.indexOf(head) > 0) {
                            inTail = true;
                            break;
                        }
                    }
                    if (!inTail) {
                        next = head;
                        break;
                    }
                }
                if (next == null) {
                    StringBuilder names = new StringBuilder();
                    for (PyType b : bases) {
                        names.append(names.length() == 0 ? "" : ", ").append(b.name);
                    }
                    throw Errors.typeError(
                            "Cannot create a consistent method resolution order (MRO) for bases " + names);
                }
                out.add(next);
                for (List<PyType> s : seqs) {
                    if (s.get(0) == next) {
                        s.remove(0);
                    }
                }
            }
        }
    }
}
