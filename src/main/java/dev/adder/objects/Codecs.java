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

    private static final int UTF8 = 0, ASCII = 1, LATIN1 = 2, UTF16 = 3, UTF16LE = 4, UTF16BE = 5, UTF32 = 6,
            UTF32LE = 7, UTF32BE = 8;
    private static final String[] NAMES = {"utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32",
        "utf-32-le", "utf-32-be"};

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
            case "utf-16": case "utf16": case "u16":
                return UTF16;
            case "utf-16-le": case "utf-16le":
                return UTF16LE;
            case "utf-16-be": case "utf-16be":
                return UTF16BE;
            case "utf-32": case "utf32": case "u32":
                return UTF32;
            case "utf-32-le": case "utf-32le":
                return UTF32LE;
            case "utf-32-be": case "utf-32be":
                return UTF32BE;
            default:
                throw Errors.of("LookupError", "unknown encoding: " + encoding);
        }
    }

    /** The normalized name of a codec CPython and Adder both know ("utf-8"), or LookupError "unknown encoding: x". */
    public static String normalize(String encoding) {
        return codecName(codec(encoding));
    }

    private static String codecName(int codec) {
        return NAMES[codec];
    }

    /** The Java charset of a UTF-16/32 codec (the BOM variants encode little-endian, as CPython on x86). */
    private static java.nio.charset.Charset charset(int codec) {
        switch (codec) {
            case UTF16: case UTF16LE: return java.nio.charset.StandardCharsets.UTF_16LE;
            case UTF16BE: return java.nio.charset.StandardCharsets.UTF_16BE;
            case UTF32: case UTF32LE: return java.nio.charset.Charset.forName("UTF-32LE");
            default: return java.nio.charset.Charset.forName("UTF-32BE");
        }
    }

    private static byte[] bom(int codec) {
        return codec == UTF16 ? new byte[] {(byte) 0xff, (byte) 0xfe}
                : codec == UTF32 ? new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0} : new byte[0];
    }

    /** A UnicodeEncodeError/UnicodeDecodeError with CPython's message and its start/end/reason attributes. */
    private static PyBaseException unicodeError(String type, int codec, Object object, int start, int end,
                                                String what, String reason) {
        PyBaseException e = new PyBaseException(type, "'" + codecName(codec) + "' codec can't "
                + (type.equals("UnicodeEncodeError") ? "encode " : "decode ") + what + ": " + reason);
        e.dict().put("encoding", codecName(codec));
        e.dict().put("object", object);
        e.dict().put("start", start);
        e.dict().put("end", end);
        e.dict().put("reason", reason);
        return e;
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
        boolean wide = codec >= UTF16;
        int limit = codec == ASCII ? 0x80 : codec == LATIN1 ? 0x100 : -1;
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        if (wide) {
            out.write(bom(codec), 0, bom(codec).length);
        }
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            boolean bad = limit > 0 ? c >= limit : c >= 0xd800 && c <= 0xdfff;
            if (!bad) {
                if (limit > 0) {
                    out.write(c);
                } else {
                    byte[] b = new String(Character.toChars(c)).getBytes(wide ? charset(codec)
                            : java.nio.charset.StandardCharsets.UTF_8);
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
                    throw unicodeError("UnicodeEncodeError", codec, s, i, end, what, reason);
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
        if (codec >= UTF16) {
            return decodeWide(b, codec, errors);
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

    private static String decodeWide(byte[] b, int codec, String errors) {
        int offset = 0;
        int unit = codec >= UTF32 ? 4 : 2;
        int actual = codec;
        if (codec == UTF16 || codec == UTF32) {
            actual = codec + 1; // little-endian unless a big-endian BOM says otherwise
            if (b.length >= unit && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
                offset = unit;
            } else if (b.length >= 2 && codec == UTF16 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
                offset = 2;
                actual = UTF16BE;
            }
        }
        int usable = offset + (b.length - offset) / unit * unit;
        java.nio.charset.CharsetDecoder d = charset(actual).newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT);
        String text;
        try {
            text = d.decode(java.nio.ByteBuffer.wrap(b, offset, usable - offset)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            if (errors.equals("strict")) {
                throw unicodeError("UnicodeDecodeError", codec, PyBytes.of(b), offset, usable,
                        "bytes in position " + offset + "-" + (usable - 1), "illegal encoding");
            }
            checkHandler(errors);
            text = new String(b, offset, usable - offset, charset(actual));
        }
        if (usable < b.length) {
            StringBuilder sb = new StringBuilder(text);
            fail(codec, errors, b, usable, b.length, "truncated data", sb);
            return sb.toString();
        }
        return text;
    }

    private static void fail(int codec, String errors, byte[] b, int start, int end, String reason, StringBuilder sb) {
        switch (errors) {
            case "strict": {
                String what = end - start == 1
                        ? "byte 0x" + String.format("%02x", b[start] & 0xff) + " in position " + start
                        : "bytes in position " + start + "-" + (end - 1);
                throw unicodeError("UnicodeDecodeError", codec, PyBytes.of(b), start, end, what, reason);
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
