package dev.adder;

/** Adder's version, as the engine factory reports it ({@code VersionTest} keeps it equal to the pom's). */
public final class Version {
    /** The project version. */
    public static final String VERSION = "0.1.0-SNAPSHOT";

    private Version() {
    }
}
