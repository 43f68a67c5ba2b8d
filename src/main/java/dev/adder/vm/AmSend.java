package dev.adder.vm;

/**
 * An object SEND resumes directly (CPython's {@code am_send} slot): generators, coroutines, their
 * {@code __await__} wrappers and the awaitables of async generators.
 */
interface AmSend {
    /** Sends {@code value} in: the next yielded value, or null once finished ({@link #returned} then holds the result). */
    Object sendOrNull(Object value);

    /** The result of the step that returned null. */
    Object returned();
}
