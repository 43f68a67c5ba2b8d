package dev.adder.interop.hosts;

/** A host's listener interface (functional, with a default method). */
@FunctionalInterface
public interface Listener {
    void onEvent(String name, int value);

    default String describe() {
        return "listener";
    }
}
