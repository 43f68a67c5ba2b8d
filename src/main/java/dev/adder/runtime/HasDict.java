package dev.adder.runtime;

import java.util.Map;

/** A value with an instance {@code __dict__} that attribute access reads and writes. */
public interface HasDict {
    /** The live {@code __dict__}. */
    Map<String, Object> dict();
}
