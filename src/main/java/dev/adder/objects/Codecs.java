package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.PyBaseException;
import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * {@code str.encode} and {@code bytes.decode} for the codecs programs use most: UTF-8, ASCII and
 * Latin-1, with the error handlers strict, ignore and replace and CPython's exact error messages.
 */
public final class Codecs {
    private Codecs() {}

    private static final int UTF8 = 0, ASCII = 1, LATIN1 = 2;

    /** The codec of an encoding name as CPython normalizes it, or LookupError "unknown encoding: x". */
    private static int codec(String encoding) {
        String n = encoding.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        switch (n) {
            case "utf-8": case "utf8": case "u8": case "utf": case "cp65001":
                return UTF8;
            case "ascii": case "us-ascii": case "646": case "us":
                return ASCII;
            case "latin-1": case "latin1": case "iso-8859-1": case "iso8859-1": case "l1": case "latin":
            case "8859": case "cp819": case "iso-ir-100":
                return LATIN1;
            default:
                throw Errors.of("LookupError", "unknown encoding: " + encoding);
        }
    }

    private static String codecName(int codec) {
        return codec == UTF8 ? "utf-8" : codec == ASCII ? "ascii" : "latin-1";
    }

    private static void checkHandler(String errors) {
        if (!errors.equals("strict") && !errors.equals("ignore") && !errors.equals("replace")) {
            throw Errors.of("LookupError", "unknown error handler name '" + errors + "'");
        }
    }

    /** {@code s.encode(encoding, errors)}. */
    // CPython 3.11: Objects/unicodeobject.c unicode_encode_ucs1, unicode_encode_utf8
    public static PyBytes encode(String s, String encoding, String errors) {
        int codec = codec(encoding);
        if (codec == UTF8 && isWellFormed(s)) {
            return PyBytes.wrap(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        int limit = codec == ASCII ? 0x80 : codec == LATIN1 ? 0x100 : -1;
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            boolean bad = limit > 0 ? c >= limit : c >= 0xd800 && c <= 0xdfff;
            if (!bad) {
                if (limit > 0) {
                    out.write(c);
                } else {
                    byte[] b = new String(Character.toChars(c)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    out.write(b, 0, b.length);
                }
                continue;
            }
            int end = i + 1;
            while (end < cps.length && (limit > 0 ? cps[end] >= limit : cps[end] >= 0xd800 && cps[end] <= 0xdfff)) {
                end++;
            }
            switch (errors) {
                case "strict": {
                    String reason = limit > 0 ? "ordinal not in range(" + limit + ")" : "surrogates not allowed";
                    String what = end - i == 1
                            ? "character '" + escape(c) + "' in position " + i
                            : "characters in position " + i + "-" + (end - 1);
                    throw new PyBaseException("UnicodeEncodeError",
                            "'" + codecName(codec) + "' codec can't encode " + what + ": " + reason);
                }
                case "ignore":
                    break;
                case "replace":
                    for (int k = i; k < end; k++) {
                        out.write('?');
                    }
                    break;
                default:
                    checkHandler(errors);
            }
            i = end - 1;
        }
        return PyBytes.wrap(out.toByteArray());
    }

    /** A character as UnicodeEncodeError's message shows it: {@code \\xe9}, {@code \\u20ac}, {@code \\U0001f600}. */
    private static String escape(int c) {
        return c < 0x100 ? String.format("\\x%02x", c) : c < 0x10000 ? String.format("\\u%04x", c)
                : String.format("\\U%08x", c);
    }

    private static boolean isWellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** {@code b.decode(encoding, errors)}. */
    public static String decode(byte[] b, String encoding, String errors) {
        int codec = codec(encoding);
        if (codec == LATIN1) {
            return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        StringBuilder sb = new StringBuilder(b.length);
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            if (codec == ASCII) {
                fail(codec, errors, b, i, i + 1, "ordinal not in range(128)", sb);
                i++;
                continue;
            }
            int need;
            int lo = 0x80;
            int hi = 0xbf;
            if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                lo = c == 0xe0 ? 0xa0 : 0x80;
                hi = c == 0xed ? 0x9f : 0xbf;
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                lo = c == 0xf0 ? 0x90 : 0x80;
                hi = c == 0xf4 ? 0x8f : 0xbf;
            } else {
                fail(codec, errors, b, i, i + 1, "invalid start byte", sb);
                i++;
                continue;
            }
            int k = i + 1;
            int cp = c & (need == 1 ? 0x1f : need == 2 ? 0x0f : 0x07);
            boolean ok = true;
            for (int j = 0; j < need; j++, k++) {
                if (k >= b.length) {
                    fail(codec, errors, b, i, b.length, "unexpected end of data", sb);
                    return sb.toString();
                }
                int d = b[k] & 0xff;
                int l = j == 0 ? lo : 0x80;
                int h = j == 0 ? hi : 0xbf;
                if (d < l || d > h) {
                    fail(codec, errors, b, i, k, "invalid continuation byte", sb);
                    ok = false;
                    break;
                }
                cp = (cp << 6) | (d & 0x3f);
            }
            if (ok) {
                sb.appendCodePoint(cp);
                i = k;
            } else {
                i = k;
            }
        }
        return sb.toString();
    }

    private static void fail(int codec, String errors, byte[] b, int start, int end, String reason, StringBuilder sb) {
        switch (errors) {
            case "strict": {
                String what = end - start == 1
                        ? "byte 0x" + String.format("%02x", b[start] & 0xff) + " in position " + start
                        : "bytes in position " + start + "-" + (end - 1);
                throw new PyBaseException("UnicodeDecodeError",
                        "'" + codecName(codec) + "' codec can't decode " + what + ": " + reason);
            }
            case "ignore":
                return;
            case "replace":
                sb.append('\ufffd');
                return;
            default:
                checkHandler(errors);
        }
    }
}
