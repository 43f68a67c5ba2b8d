package dev.adder.interop;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The members of a Java class scripts may use: public methods, fields and constructors that are
 * reachable through a public, exported class or interface (a public method declared in a
 * package-private class is taken from a public supertype that declares it, so reflection can call
 * it), minus the hidden ones ({@link HostAccess}). Methods are grouped by name, in a stable order.
 */
final class HostMembers {
    private HostMembers() {
    }

    /** Whether reflection from this module may use public members declared in {@code c}. */
    static boolean isAccessible(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (!Modifier.isPublic(k.getModifiers())) {
                return false;
            }
        }
        Module m = c.getModule();
        return !m.isNamed() || m.isExported(c.getPackageName(), HostMembers.class.getModule());
    }

    /** The visible methods of {@code c} ({@code statics} selects static or instance ones), by name. */
    static Map<String, List<Method>> methods(Class<?> c, boolean statics) {
        Map<String, Method> bySignature = new LinkedHashMap<>();
        for (Method m : c.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) != statics || HostAccess.isHidden(m)) {
                continue;
            }
            Method usable = usable(c, m);
            if (usable == null) {
                continue;
            }
            String key = m.getName() + Arrays.toString(m.getParameterTypes());
            Method old = bySignature.get(key);
            if (old == null || old.getDeclaringClass().isAssignableFrom(usable.getDeclaringClass())) {
                bySignature.put(key, usable);
            }
        }
        Map<String, List<Method>> byName = new TreeMap<>();
        for (Method m : bySignature.values()) {
            byName.computeIfAbsent(m.getName(), k -> new ArrayList<>()).add(m);
        }
        for (List<Method> group : byName.values()) {
            group.sort(Comparator.comparing(Method::toGenericString));
        }
        return byName;
    }

    /** {@code m} itself when callable by reflection, else the same method of an accessible supertype, else null. */
    private static Method usable(Class<?> c, Method m) {
        if (isAccessible(m.getDeclaringClass())) {
            return m;
        }
        if (Modifier.isStatic(m.getModifiers())) {
            return null;
        }
        Deque<Class<?>> todo = new ArrayDeque<>();
        Set<Class<?>> seen = new HashSet<>();
        todo.add(c);
        while (!todo.isEmpty()) {
            Class<?> k = todo.poll();
            if (!seen.add(k)) {
                continue;
            }
            if (k != m.getDeclaringClass() && isAccessible(k)) {
                try {
                    return k.getMethod(m.getName(), m.getParameterTypes());
                } catch (NoSuchMethodException e) {
                    // not declared here: look further up
                }
            }
            if (k.getSuperclass() != null) {
                todo.add(k.getSuperclass());
            }
            todo.addAll(Arrays.asList(k.getInterfaces()));
        }
        return null;
    }

    /** The visible public fields of {@code c} ({@code statics} selects static or instance ones). */
    static List<Field> fields(Class<?> c, boolean statics) {
        List<Field> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Field f : c.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) == statics && isAccessible(f.getDeclaringClass())
                    && !HostAccess.isHidden(f, f.getType()) && names.add(f.getName())) {
                out.add(f);
            }
        }
        return out;
    }

    /** The visible public constructors of {@code c} (none for abstract classes and interfaces). */
    static List<Constructor<?>> constructors(Class<?> c) {
        List<Constructor<?>> out = new ArrayList<>();
        if (c.isInterface() || Modifier.isAbstract(c.getModifiers()) || !isAccessible(c)) {
            return out;
        }
        for (Constructor<?> k : c.getConstructors()) {
            if (!k.isSynthetic() && !HostAccess.hasDeniedParameter(k.getParameterTypes())) {
                out.add(k);
            }
        }
        out.sort(Comparator.comparing(Constructor::toGenericString));
        return out;
    }

    /** A bean property name for a getter/setter suffix: {@code "Name"} → {@code "name"}, {@code "URL"} stays. */
    static String decapitalize(String s) {
        if (s.isEmpty()
                || (s.length() > 1 && Character.isUpperCase(s.charAt(1)) && Character.isUpperCase(s.charAt(0)))) {
            return s;
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
