package dev.adder.interop;

import dev.adder.objects.Ops;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PyObject;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The overloads of one Java method name (or a class's constructors) as one Python callable: picks
 * the overload whose parameters fit the arguments best (by count, then by conversion cost, then
 * the most specific one, as Java would), converts the arguments, calls, and converts the result.
 * Immutable.
 */
final class Overloads {
    private static final Object[] NO_ARGS = {};

    /** How messages name the callable: {@code "ArrayList.add"}. */
    private final String qualname;
    private final Executable[] candidates;
    private final Class<?>[][] params;
    /** A Python-style method of the same name tried when no Java overload fits, or null; takes self first. */
    private final PyCallable fallback;

    Overloads(String qualname, List<? extends Executable> candidates, PyCallable fallback) {
        this.qualname = qualname;
        this.candidates = candidates.toArray(new Executable[0]);
        this.params = new Class<?>[this.candidates.length][];
        for (int i = 0; i < params.length; i++) {
            params[i] = this.candidates[i].getParameterTypes();
        }
        this.fallback = fallback;
    }

    /** The name messages use. */
    String qualname() {
        return qualname;
    }

    /** Calls on {@code self} (null for static methods and constructors) with {@code args[from..]}. */
    Object call(Object self, Object[] args, int from, String[] kwnames) {
        int nkw = PyCallable.kwCount(kwnames);
        int n = args.length - from - nkw;
        if (nkw > 0 && fallback == null) {
            throw Errors.typeError(qualname + "() takes no keyword arguments");
        }
        int best = -1;
        int bestCost = Conversions.RANGE;
        boolean bestVarargs = false;
        if (nkw == 0) {
            for (int c = 0; c < candidates.length; c++) {
                Class<?>[] p = params[c];
                // A lone None in the varargs place is one null element, not a null array.
                boolean loneNone = n == p.length && n > 0 && args[from + n - 1] == PyNone.NONE;
                int cost = loneNone && candidates[c].isVarArgs() ? Conversions.NO : fixedCost(p, args, from, n);
                boolean varargs = false;
                if (cost >= Conversions.RANGE && candidates[c].isVarArgs()) {
                    cost = varargsCost(p, args, from, n);
                    varargs = true;
                }
                if (cost < bestCost || (cost == bestCost && cost < Conversions.RANGE && best >= 0
                        && moreSpecific(p, params[best]) && !moreSpecific(params[best], p))) {
                    best = c;
                    bestCost = cost;
                    bestVarargs = varargs;
                }
            }
        }
        if (best < 0) {
            if (fallback != null) {
                Object[] withSelf = new Object[args.length - from + 1];
                withSelf[0] = self;
                System.arraycopy(args, from, withSelf, 1, args.length - from);
                return fallback.call(withSelf, kwnames);
            }
            throw noMatch(args, from, n);
        }
        Object[] javaArgs = bestVarargs ? packVarargs(params[best], args, from, n) : convert(params[best], args, from);
        return invoke(candidates[best], self, javaArgs);
    }

    private static int fixedCost(Class<?>[] p, Object[] args, int from, int n) {
        if (p.length != n) {
            return Conversions.NO;
        }
        int total = 0;
        for (int i = 0; i < n; i++) {
            int c = Conversions.cost(args[from + i], p[i]);
            if (c >= Conversions.RANGE) {
                return c;
            }
            total += c;
        }
        return total;
    }

    private static int varargsCost(Class<?>[] p, Object[] args, int from, int n) {
        int fixed = p.length - 1;
        if (n < fixed) {
            return Conversions.NO;
        }
        int total = 1000; // Java's third phase: variable arity only when nothing else fits
        Class<?> component = p[fixed].getComponentType();
        for (int i = 0; i < n; i++) {
            int c = Conversions.cost(args[from + i], i < fixed ? p[i] : component);
            if (c >= Conversions.RANGE) {
                return c;
            }
            total += c;
        }
        return total;
    }

    private static Object[] convert(Class<?>[] p, Object[] args, int from) {
        if (p.length == 0) {
            return NO_ARGS;
        }
        Object[] out = new Object[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = Conversions.toJava(args[from + i], p[i]);
        }
        return out;
    }

    private static Object[] packVarargs(Class<?>[] p, Object[] args, int from, int n) {
        int fixed = p.length - 1;
        Object[] out = new Object[p.length];
        for (int i = 0; i < fixed; i++) {
            out[i] = Conversions.toJava(args[from + i], p[i]);
        }
        Class<?> component = p[fixed].getComponentType();
        Object rest = Array.newInstance(component, n - fixed);
        for (int i = fixed; i < n; i++) {
            Array.set(rest, i - fixed, Conversions.toJava(args[from + i], component));
        }
        out[fixed] = rest;
        return out;
    }

    /** Whether every parameter of {@code a} is at least as specific as the one of {@code b}. */
    private static boolean moreSpecific(Class<?>[] a, Class<?>[] b) {
        if (a.length != b.length) {
            return a.length > b.length;
        }
        for (int i = 0; i < a.length; i++) {
            if (!isSubtype(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }

    private static final List<Class<?>> WIDENING = List.of(byte.class, short.class, int.class, long.class,
            float.class, double.class);

    private static boolean isSubtype(Class<?> a, Class<?> b) {
        if (a == b || b.isAssignableFrom(a)) {
            return true;
        }
        if (a.isPrimitive() && b.isPrimitive()) {
            int i = WIDENING.indexOf(a);
            int j = WIDENING.indexOf(b);
            return i >= 0 && j >= 0 && i <= j;
        }
        return a.isPrimitive() && !b.isPrimitive(); // a primitive is more specific than any box
    }

    private Object invoke(Executable e, Object self, Object[] javaArgs) {
        try {
            Object r = e instanceof Method m ? m.invoke(self, javaArgs) : ((Constructor<?>) e).newInstance(javaArgs);
            return Conversions.toPython(r);
        } catch (InvocationTargetException x) {
            throw HostExceptions.toPythonError(x.getCause());
        } catch (IllegalAccessException | InstantiationException x) {
            throw Errors.typeError("cannot call " + qualname + "(): " + x.getMessage());
        } catch (IllegalArgumentException x) {
            throw Errors.typeError(qualname + "(): " + x.getMessage());
        }
    }

    /** The TypeError (or OverflowError) when no overload takes the arguments, as CPython words such errors. */
    private RuntimeException noMatch(Object[] args, int from, int n) {
        List<Integer> fits = new ArrayList<>();
        TreeSet<Integer> counts = new TreeSet<>();
        int minVarargs = Integer.MAX_VALUE;
        for (int c = 0; c < candidates.length; c++) {
            int np = params[c].length;
            if (candidates[c].isVarArgs()) {
                minVarargs = Math.min(minVarargs, np - 1);
                if (n >= np - 1) {
                    fits.add(c);
                    continue;
                }
            }
            counts.add(np);
            if (np == n) {
                fits.add(c);
            }
        }
        if (fits.isEmpty()) {
            return Errors.typeError(qualname + "() takes " + countText(counts, minVarargs) + " (" + n + " given)");
        }
        // An overload that fails only because an int is out of range: its conversion raises OverflowError.
        for (int c : fits) {
            boolean onlyRange = true;
            boolean range = false;
            for (int i = 0; i < n && onlyRange; i++) {
                Class<?> p = i < params[c].length - 1 || !candidates[c].isVarArgs() ? params[c][i]
                        : params[c][params[c].length - 1].getComponentType();
                int cost = Conversions.cost(args[from + i], p);
                range |= cost == Conversions.RANGE;
                onlyRange = cost != Conversions.NO;
            }
            if (onlyRange && range) {
                for (int i = 0; i < n; i++) {
                    Class<?> p = i < params[c].length - 1 || !candidates[c].isVarArgs() ? params[c][i]
                            : params[c][params[c].length - 1].getComponentType();
                    Conversions.toJava(args[from + i], p);
                }
            }
        }
        if (fits.size() == 1 && !candidates[fits.get(0)].isVarArgs()) {
            Class<?>[] p = params[fits.get(0)];
            for (int i = 0; i < n; i++) {
                Object v = args[from + i];
                if (Conversions.cost(v, p[i]) >= Conversions.RANGE) {
                    if (v instanceof PyObject && FunctionalInterfaces.isFunctional(p[i]) && Ops.isCallable(v)) {
                        return FunctionalInterfaces.arityError(v, p[i]);
                    }
                    return Errors.typeError(qualname + "() argument " + (i + 1) + " must be "
                            + Conversions.pythonName(p[i]) + ", not " + Errors.typeName(v));
                }
            }
        }
        StringBuilder sb = new StringBuilder("no overload of ").append(qualname).append("() takes (");
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ", ").append(Errors.typeName(args[from + i]));
        }
        sb.append("); overloads: ");
        for (int k = 0; k < fits.size(); k++) {
            sb.append(k == 0 ? "" : ", ").append(signature(fits.get(k)));
        }
        return Errors.typeError(sb.toString());
    }

    private String signature(int c) {
        StringBuilder sb = new StringBuilder(candidates[c] instanceof Constructor<?>
                ? candidates[c].getDeclaringClass().getSimpleName() : candidates[c].getName()).append('(');
        Class<?>[] p = params[c];
        for (int i = 0; i < p.length; i++) {
            boolean va = i == p.length - 1 && candidates[c].isVarArgs();
            String name = va ? p[i].getComponentType().getSimpleName() + "..." : p[i].getSimpleName();
            sb.append(i == 0 ? "" : ", ").append(name);
        }
        return sb.append(')').toString();
    }

    private static String countText(TreeSet<Integer> counts, int minVarargs) {
        if (minVarargs != Integer.MAX_VALUE) {
            counts.removeIf(k -> k >= minVarargs);
            String least = "at least " + minVarargs + " argument" + (minVarargs == 1 ? "" : "s");
            return counts.isEmpty() ? least : join(counts) + " or " + least;
        }
        if (counts.size() == 1) {
            int k = counts.first();
            return k == 0 ? "no arguments" : "exactly " + k + " argument" + (k == 1 ? "" : "s");
        }
        return join(counts) + " arguments";
    }

    private static String join(TreeSet<Integer> counts) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (int k : counts) {
            sb.append(i == 0 ? "" : i == counts.size() - 1 ? " or " : ", ").append(k);
            i++;
        }
        return sb.toString();
    }
}
