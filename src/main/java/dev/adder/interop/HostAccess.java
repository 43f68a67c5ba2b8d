package dev.adder.interop;

import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What scripts may reach of the JVM: a policy on fully qualified class names for
 * {@code from java.util import ArrayList} (deny all by default), plus the rules no policy can lift:
 * reflection, class loading, threads, processes, {@code System}/{@code Runtime}, modules and the
 * {@code javax.script} API are never visible, neither as members of host objects nor as values.
 */
public final class HostAccess implements Predicate<String> {
    /** The default policy: no class can be imported. */
    public static final HostAccess DENY_ALL = new HostAccess(name -> false);

    /** Members of {@code Object} that scripts never see on any host object. */
    private static final Set<String> HIDDEN_METHODS = Set.of("getClass", "wait", "notify", "notifyAll",
            "finalize", "clone");

    private final Predicate<String> allowed;

    private HostAccess(Predicate<String> allowed) {
        this.allowed = allowed;
    }

    /** A policy allowing the classes whose fully qualified names {@code allowed} accepts (minus the denied types). */
    public static HostAccess of(Predicate<String> allowed) {
        return allowed instanceof HostAccess h ? h : new HostAccess(Objects.requireNonNull(allowed));
    }

    /** A policy allowing exactly the named classes ({@code "java.util.ArrayList"}). */
    public static HostAccess allowing(String... classNames) {
        Set<String> names = Set.copyOf(java.util.Arrays.asList(classNames));
        return new HostAccess(names::contains);
    }

    /** Whether the class named {@code className} may be imported (the denied types never may). */
    @Override
    public boolean test(String className) {
        return allowed.test(className);
    }

    /** Whether class {@code c} may be imported by a script under this policy. */
    public boolean allows(Class<?> c) {
        return !isDeniedType(c) && java.lang.reflect.Modifier.isPublic(c.getModifiers()) && test(c.getName());
    }

    /**
     * Whether values of type {@code t} must never reach Python: {@code Class}, class loaders,
     * reflection and method handles, threads, processes, {@code System}, {@code Runtime}, the security
     * manager, modules, and {@code javax.script} objects (arrays of them too).
     */
    public static boolean isDeniedType(Class<?> t) {
        while (t.isArray()) {
            t = t.getComponentType();
        }
        if (t.isPrimitive()) {
            return false;
        }
        if (t == Class.class || t == System.class || t == Runtime.class || t == ProcessBuilder.class
                || t == ThreadGroup.class || t == Module.class || t == ModuleLayer.class
                || t == StackWalker.class || isSecurityManager(t)
                || ClassLoader.class.isAssignableFrom(t) || Thread.class.isAssignableFrom(t)
                || Process.class.isAssignableFrom(t) || ProcessHandle.class.isAssignableFrom(t)) {
            return true;
        }
        String n = t.getName();
        return n.startsWith("java.lang.reflect.") || n.startsWith("java.lang.invoke.")
                || n.startsWith("javax.script.") || n.startsWith("java.lang.Runtime$")
                || n.startsWith("java.lang.ProcessBuilder$") || n.startsWith("java.lang.ModuleLayer$")
                || n.startsWith("java.lang.module.") || n.startsWith("sun.") || n.startsWith("jdk.internal.")
                || ADDER_PACKAGES.contains(t.getPackageName());
    }

    /** Adder's own packages: their objects are Python values or internals, never host objects. */
    private static final Set<String> ADDER_PACKAGES = Set.of("dev.adder.ast", "dev.adder.builtins",
            "dev.adder.bytecode", "dev.adder.cli", "dev.adder.compiler", "dev.adder.interop", "dev.adder.jsr223",
            "dev.adder.objects", "dev.adder.runtime", "dev.adder.symtable", "dev.adder.syntax", "dev.adder.text",
            "dev.adder.vm");

    @SuppressWarnings("removal")
    private static boolean isSecurityManager(Class<?> t) {
        return SecurityManager.class.isAssignableFrom(t);
    }

    /**
     * Whether a method is hidden from scripts: {@code getClass}, {@code wait}, {@code notify}... or
     * any method whose parameter or return types are denied ({@link #isDeniedType}).
     */
    static boolean isHidden(Method m) {
        if (HIDDEN_METHODS.contains(m.getName()) || m.isSynthetic() || m.isBridge()) {
            return true;
        }
        return isDeniedType(m.getReturnType()) || hasDeniedParameter(m.getParameterTypes());
    }

    /** Whether a constructor or method takes a parameter of a denied type. */
    static boolean hasDeniedParameter(Class<?>[] params) {
        for (Class<?> p : params) {
            if (isDeniedType(p)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a field is hidden from scripts (its type is denied). */
    static boolean isHidden(Member m, Class<?> type) {
        return m.isSynthetic() || isDeniedType(type);
    }
}
