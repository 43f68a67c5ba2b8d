package dev.adder.vm;

/**
 * The addresses reprs show ({@code <function f at 0x7f...>}): derived from the object's identity
 * hash, stable for the object's life. Not {@code id()}, which the builtins define.
 */
final class Ids {
    private Ids() {
    }

    /** {@code 0x7f...}-style text for {@code o}. */
    static String hex(Object o) {
        return "0x7f" + String.format("%010x", ((long) System.identityHashCode(o)) << 4);
    }
}
