package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.PyType;
import java.util.Iterator;
import java.util.ServiceLoader;

/**
 * The Python type of a Java object that is not a Python value (a host object): {@link Ops#type}
 * asks here. The types come from the {@link ForeignTypeProvider} found through
 * {@link ServiceLoader} ({@code dev.adder.interop} provides one); without a provider every such
 * object has one opaque type. One type per Java class, computed once and immutable, so all
 * interpreters share them.
 */
public final class ForeignTypes {
    /** The type of Java objects when no provider is present: no attributes at all. */
    public static final PyType OPAQUE = new PyType("JavaObject", "java", new PyType[] {CoreTypes.OBJECT},
            null, false, null).freeze();

    private static final ForeignTypeProvider PROVIDER = load();

    private static final ClassValue<PyType> TYPES = new ClassValue<>() {
        @Override
        protected PyType computeValue(Class<?> c) {
            PyType t = PROVIDER == null ? null : PROVIDER.typeFor(c);
            return t == null ? OPAQUE : t;
        }
    };

    private ForeignTypes() {
    }

    private static ForeignTypeProvider load() {
        Iterator<ForeignTypeProvider> it = ServiceLoader.load(ForeignTypeProvider.class,
                ForeignTypeProvider.class.getClassLoader()).iterator();
        return it.hasNext() ? it.next() : null;
    }

    /** The Python type of the host object {@code o} (never null). */
    public static PyType of(Object o) {
        return TYPES.get(o.getClass());
    }
}
