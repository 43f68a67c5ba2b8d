package dev.adder.syntax;

/**
 * Which kind of target an invalid-target check is for: CPython 3.11's {@code TARGETS_TYPE}
 * (Parser/pegen.h), choosing "cannot assign to" or "cannot delete" and how comparisons are searched.
 */
public enum TargetsType {
    /** Assignment targets ({@code a, b = ...}, {@code with ... as a}). */
    STAR_TARGETS,
    /** {@code del} targets. */
    DEL_TARGETS,
    /** {@code for} targets, where {@code a in b} was parsed as a comparison. */
    FOR_TARGETS
}
