package dev.adder.interop;

import dev.adder.objects.PyDict;
import dev.adder.objects.PyModule;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyNone;
import dev.adder.vm.ModuleFinder;
import java.util.List;
import java.util.function.Predicate;

/**
 * The import hook for Java classes: {@code from java.util import ArrayList} gives the class's Python
 * type (call it to construct; static methods and fields as attributes; an exception class gives its
 * exception type, so {@code except IllegalStateException:} works) when the host's policy allows the
 * class. A denied or missing class raises {@code ModuleNotFoundError: No module named
 * 'java.util.ArrayList'}, exactly as for a missing Python module, so scripts cannot probe the policy.
 */
public final class JavaImports implements ModuleFinder {
    private final HostAccess access;
    private final ClassLoader loader;

    private JavaImports(HostAccess access, ClassLoader loader) {
        this.access = access;
        this.loader = loader;
    }

    /**
     * A module finder serving the classes {@code allowed} accepts (fully qualified names), loaded by
     * the thread's context class loader at import time (else Adder's own loader). Register it with
     * {@code InterpreterState.addModuleFinder}.
     */
    public static ModuleFinder finder(Predicate<String> allowed) {
        return new JavaImports(HostAccess.of(allowed), null);
    }

    /** As {@link #finder(Predicate)}, loading classes with {@code loader}. */
    public static ModuleFinder finder(Predicate<String> allowed, ClassLoader loader) {
        return new JavaImports(HostAccess.of(allowed), loader);
    }

    /**
     * {@code from package import Name, ...}: a fresh module holding the named classes, or null when
     * this is not a Java import (no names, or an undotted package none of whose names is allowed).
     */
    @Override
    public Object find(String name, List<String> fromlist) {
        if (fromlist.isEmpty() || fromlist.contains("*")) {
            return null;
        }
        if (name.indexOf('.') < 0 && !access.test(name + "." + fromlist.get(0))) {
            return null; // `from mymodule import x`: leave the usual error to the import statement
        }
        PyDict globals = new PyDict();
        globals.put("__name__", name);
        globals.put("__doc__", PyNone.NONE);
        globals.put("__package__", name);
        for (String simple : fromlist) {
            String className = name + "." + simple;
            Class<?> c = load(className);
            if (c == null || !access.allows(c)) {
                throw notFound(className);
            }
            globals.put(simple, HostTypes.classType(c));
        }
        return new PyModule(name, globals);
    }

    /** The class {@code className} names ({@code a.b.Outer.Inner} may be {@code a.b.Outer$Inner}) if allowed, else null. */
    private Class<?> load(String className) {
        int dot = className.lastIndexOf('.');
        String nested = dot > 0 ? className.substring(0, dot) + "$" + className.substring(dot + 1) : null;
        boolean flat = access.test(className);
        if (!flat && (nested == null || !access.test(nested))) {
            return null; // never even load a class the policy does not allow
        }
        ClassLoader l = loader != null ? loader : Thread.currentThread().getContextClassLoader();
        if (l == null) {
            l = JavaImports.class.getClassLoader();
        }
        Class<?> c = flat ? forName(className, l) : null;
        if (c == null && nested != null && (access.test(nested) || flat)) {
            c = forName(nested, l);
        }
        return c;
    }

    private static Class<?> forName(String name, ClassLoader l) {
        try {
            return Class.forName(name, false, l);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static PyBaseException notFound(String className) {
        PyBaseException e = new PyBaseException(ExceptionTypes.MODULE_NOT_FOUND_ERROR,
                new Object[] {"No module named '" + className + "'"});
        e.dict().put("name", className);
        return e;
    }
}
