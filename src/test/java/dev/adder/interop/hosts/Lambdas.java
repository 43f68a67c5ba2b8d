package dev.adder.interop.hosts;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/** Java lambdas made outside Adder's packages (whose classes scripts never see). */
public final class Lambdas {
    private Lambdas() {
    }

    public static Function<Object, Object> twice() {
        return x -> x instanceof Integer i ? i * 2 : "?";
    }

    public static BiFunction<Object, Object, Object> pair() {
        return (a, b) -> a + "/" + b;
    }

    public static Supplier<Object> nothing() {
        return () -> null;
    }
}
