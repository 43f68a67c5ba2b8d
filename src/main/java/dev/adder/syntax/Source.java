package dev.adder.syntax;

/** STUB by the lead so the build compiles; helper "tok" replaces this file entirely. */
public final class Source {
    private final byte[] bytes;
    private final String filename;

    private Source(byte[] bytes, String filename) {
        this.bytes = bytes;
        this.filename = filename;
    }

    public static Source fromBytes(byte[] raw, String filename) {
        return new Source(raw, filename);
    }

    public static Source fromString(String text, String filename) {
        return new Source(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), filename);
    }

    public byte[] bytes() { return bytes; }

    public String filename() { return filename; }

    public String lineText(int lineno) { return null; }

    public int charOffset(int lineno, int byteCol) { return byteCol; }
}
