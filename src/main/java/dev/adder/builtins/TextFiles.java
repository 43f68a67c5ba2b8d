package dev.adder.builtins;

import dev.adder.objects.Codecs;
import java.io.Reader;
import java.io.Writer;

/**
 * Text files: a {@link TextStream} ({@code _io.TextIOWrapper}) over a {@link BinaryFile}, decoding
 * and encoding with Adder's codecs (so errors read as CPython's {@code UnicodeDecodeError}s) and
 * translating newlines as {@code open()}'s {@code newline} argument says.
 */
final class TextFiles {
    private TextFiles() {}

    /**
     * The text stream of {@code raw}; {@code encodingName} is what the {@code encoding} attribute
     * shows, {@code codec} the normalized codec, {@code newline} null for universal newlines.
     */
    static TextStream open(BinaryFile raw, String name, String mode, String encodingName, String codec,
                           String errors, String newline) {
        Reader in = raw.readable() ? new DecodingReader(raw, codec, errors, newline == null) : null;
        Writer out = raw.writable() ? new EncodingWriter(raw, codec, errors, newline) : null;
        return TextStream.file(name, mode, encodingName, in, out, raw::close);
    }

    /** Reads and decodes the rest of the file at the first read (config-sized files; errors as CPython words them). */
    private static final class DecodingReader extends Reader {
        private final BinaryFile raw;
        private final String codec;
        private final String errors;
        private final boolean universal;
        private String text;
        private int next;

        DecodingReader(BinaryFile raw, String codec, String errors, boolean universal) {
            this.raw = raw;
            this.codec = codec;
            this.errors = errors;
            this.universal = universal;
        }

        @Override
        public int read(char[] buf, int off, int len) {
            if (text == null) {
                String s = Codecs.decode(raw.read(-1, "I/O operation on closed file."), codec, errors);
                text = universal && s.indexOf('\r') >= 0 ? s.replace("\r\n", "\n").replace('\r', '\n') : s;
            }
            if (next >= text.length()) {
                return -1;
            }
            int n = Math.min(len, text.length() - next);
            text.getChars(next, next + n, buf, off);
            next += n;
            return n;
        }

        @Override
        public void close() {
            // the TextStream closes the file itself
        }
    }

    /** Encodes each write with the codec (a byte-order mark only once) into the binary file's buffer. */
    private static final class EncodingWriter extends Writer {
        private final BinaryFile raw;
        private final String errors;
        private final String newline;
        private String codec;

        EncodingWriter(BinaryFile raw, String codec, String errors, String newline) {
            this.raw = raw;
            this.codec = codec;
            this.errors = errors;
            this.newline = newline;
        }

        @Override
        public void write(char[] buf, int off, int len) {
            write(new String(buf, off, len));
        }

        @Override
        public void write(String s) {
            if (newline != null && newline.length() > 0 && !newline.equals("\n")) {
                s = s.replace("\n", newline);
            }
            raw.write(Codecs.encode(s, codec, errors).value(), "I/O operation on closed file.");
            if (codec.equals("utf-16") || codec.equals("utf-32")) {
                codec = codec + "-le"; // the byte-order mark starts the file, not every write
            }
        }

        @Override
        public void flush() {
            raw.flushWrites();
        }

        @Override
        public void close() {
            // the TextStream closes the file itself
        }
    }
}
