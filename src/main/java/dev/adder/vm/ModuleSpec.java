package dev.adder.vm;

import dev.adder.objects.Ops;
import dev.adder.objects.PyDict;
import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.HasDict;
import dev.adder.runtime.PyGetSetDescriptor;
import dev.adder.runtime.PyMethodDescriptor;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import java.util.Map;

/**
 * A module's {@code __spec__} (CPython 3.11: Lib/importlib/_bootstrap.py ModuleSpec): its attributes
 * live in an instance dictionary as in CPython ({@code name}, {@code loader}, {@code origin},
 * {@code loader_state}, {@code submodule_search_locations}); {@code parent}, {@code has_location}
 * and {@code cached} are computed.
 */
public final class ModuleSpec implements PyObject, HasDict {
    /** {@code type(m.__spec__)}. */
    public static final PyType TYPE = create();

    /** The loader of built-in (Java) modules: {@code <class '_frozen_importlib.BuiltinImporter'>}. */
    public static final PyType BUILTIN_IMPORTER = new PyType("BuiltinImporter", "_frozen_importlib",
            new PyType[] {CoreTypes.OBJECT}, null, false, null).freeze();

    private final PyDict dict = new PyDict();

    /**
     * A spec. {@code origin} null means None; {@code locations} null means "not a package";
     * {@code hasLocation} says whether {@code origin} is a file ({@code __file__} is set from it).
     */
    public ModuleSpec(String name, Object loader, String origin, Object locations, boolean hasLocation) {
        dict.put("name", name);
        dict.put("loader", loader == null ? PyNone.NONE : loader);
        dict.put("origin", origin == null ? PyNone.NONE : origin);
        dict.put("loader_state", PyNone.NONE);
        dict.put("submodule_search_locations", locations == null ? PyNone.NONE : locations);
        dict.put("_uninitialized_submodules", new dev.adder.objects.PyList());
        dict.put("_set_fileattr", hasLocation);
        dict.put("_cached", PyNone.NONE);
    }

    /** A built-in module's spec: origin "built-in", loader BuiltinImporter. */
    public static ModuleSpec builtin(String name) {
        return new ModuleSpec(name, BUILTIN_IMPORTER, "built-in", null, false);
    }

    /** {@code spec.name} (a str, or whatever a script stored). */
    public Object name() {
        return dict.get("name");
    }

    /** {@code spec.loader} (None when absent). */
    public Object loader() {
        return orNone(dict.get("loader"));
    }

    /** {@code spec.origin} (None when absent). */
    public Object origin() {
        return orNone(dict.get("origin"));
    }

    /** {@code spec.submodule_search_locations} (None for a plain module). */
    public Object locations() {
        return orNone(dict.get("submodule_search_locations"));
    }

    /** Whether {@code origin} names a file ({@code has_location}). */
    public boolean hasLocation() {
        return Ops.isTrue(orNone(dict.get("_set_fileattr")));
    }

    /** {@code spec.parent}: the package for relative imports. */
    public Object parent() {
        Object name = dict.get("name");
        if (locations() != PyNone.NONE || !(name instanceof String s)) {
            return name == null ? PyNone.NONE : name;
        }
        int dot = s.lastIndexOf('.');
        return dot < 0 ? "" : s.substring(0, dot);
    }

    /** Whether the module is still running its body (CPython's {@code _initializing}). */
    public boolean initializing() {
        Object v = dict.get("_initializing");
        return v != null && Ops.isTrue(v);
    }

    /** Marks the module as running (or done running) its body. */
    public void setInitializing(boolean running) {
        dict.put("_initializing", running);
    }

    /** Notes that submodule {@code child} is loading ({@code true}) or done ({@code false}). */
    void submoduleLoading(String child, boolean loading) {
        if (dict.get("_uninitialized_submodules") instanceof dev.adder.objects.PyList l) {
            if (loading) {
                l.add(child);
            } else if (!l.isEmpty()) {
                l.remove(l.size() - 1);
            }
        }
    }

    private static Object orNone(Object v) {
        return v == null ? PyNone.NONE : v;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Map<String, Object> dict() {
        return (Map) dict;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    // CPython 3.11: Lib/importlib/_bootstrap.py ModuleSpec.__repr__
    private String repr() {
        StringBuilder sb = new StringBuilder("ModuleSpec(name=").append(Ops.repr(orNone(dict.get("name"))))
                .append(", loader=").append(Ops.repr(loader()));
        if (origin() != PyNone.NONE) {
            sb.append(", origin=").append(Ops.repr(origin()));
        }
        if (locations() != PyNone.NONE) {
            sb.append(", submodule_search_locations=").append(Ops.repr(locations()));
        }
        return sb.append(')').toString();
    }

    // CPython 3.11: Lib/importlib/_bootstrap.py ModuleSpec.__init__(name, loader, *, origin=None,
    // loader_state=None, is_package=None)
    private static Object construct(PyType type, Object[] args, String[] kwnames) {
        int nkw = dev.adder.runtime.PyCallable.kwCount(kwnames);
        int npos = args.length - nkw;
        if (npos > 2) {
            throw dev.adder.runtime.Errors.typeError("ModuleSpec.__init__() takes 3 positional arguments but "
                    + (npos + 1) + " were given");
        }
        Object name = npos > 0 ? args[0] : null;
        Object loader = npos > 1 ? args[1] : null;
        Object origin = PyNone.NONE;
        Object state = PyNone.NONE;
        Object isPackage = PyNone.NONE;
        for (int i = 0; i < nkw; i++) {
            Object v = args[npos + i];
            switch (kwnames[i]) {
                case "name" -> name = v;
                case "loader" -> loader = v;
                case "origin" -> origin = v;
                case "loader_state" -> state = v;
                case "is_package" -> isPackage = v;
                default -> throw dev.adder.runtime.Errors.typeError(
                        "ModuleSpec.__init__() got an unexpected keyword argument '" + kwnames[i] + "'");
            }
        }
        if (name == null || loader == null) {
            throw dev.adder.runtime.Errors.typeError("ModuleSpec.__init__() missing required positional argument: '"
                    + (name == null ? "name" : "loader") + "'");
        }
        ModuleSpec spec = new ModuleSpec("", loader, null, Ops.isTrue(isPackage) ? new dev.adder.objects.PyList() : null,
                false);
        spec.dict.put("name", name);
        spec.dict.put("origin", origin);
        spec.dict.put("loader_state", state);
        return spec;
    }

    private static PyType create() {
        PyType t = new PyType("ModuleSpec", "_frozen_importlib", new PyType[] {CoreTypes.OBJECT},
                ModuleSpec::construct, false, null);
        return t.fillLazily(ModuleSpec::defineMethods);
    }

    /** The attributes of the type, defined when first needed. */
    private static void defineMethods(PyType t) {
        t.define("__repr__", new PyMethodDescriptor(t, "__repr__", null, (a, k) -> ((ModuleSpec) a[0]).repr()));
        // the constructor (construct) sets everything; __init__ only accepts its arguments
        t.define("__init__", new PyMethodDescriptor(t, "__init__", null, (a, k) -> PyNone.NONE));
        t.define("parent", new PyGetSetDescriptor(t, "parent", o -> ((ModuleSpec) o).parent(), null));
        t.define("has_location", new PyGetSetDescriptor(t, "has_location", o -> ((ModuleSpec) o).hasLocation(),
                null));
        t.define("cached", new PyGetSetDescriptor(t, "cached", o -> orNone(((ModuleSpec) o).dict.get("_cached")),
                (o, v) -> ((ModuleSpec) o).dict.put("_cached", v == null ? PyNone.NONE : v)));
        t.define("__dict__", new PyGetSetDescriptor(t, "__dict__", o -> ((ModuleSpec) o).dict, null));
    }
}
