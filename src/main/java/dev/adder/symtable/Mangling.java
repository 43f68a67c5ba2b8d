package dev.adder.symtable;

/** Private name mangling ({@code __x} inside {@code class C} is {@code _C__x}). */
public final class Mangling {
    private Mangling() {}

    /**
     * Returns {@code name} as stored inside a class named {@code privateName} (null outside classes).
     */
    // CPython 3.11: Python/compile.c _Py_Mangle
    public static String mangle(String privateName, String name) {
        if (privateName == null || name.length() < 2 || name.charAt(0) != '_' || name.charAt(1) != '_') {
            return name;
        }
        // Don't mangle __id__ or names with dots (import a.__b).
        if (name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') {
            i++;
        }
        if (i == privateName.length()) {
            return name; // a class named only with underscores mangles nothing
        }
        return "_" + privateName.substring(i) + name;
    }
}
