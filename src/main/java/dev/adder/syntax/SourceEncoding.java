package dev.adder.syntax;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * PEP 263 source encodings: finds the coding cookie on line 1 or 2 and re-encodes the source to
 * UTF-8 with a {@code java.nio.charset} decoder, raising CPython's errors
 * ({@code "unknown encoding: uft-8"}, {@code "encoding problem: utf8 with BOM"}, codec errors).
 */
final class SourceEncoding {
    private SourceEncoding() {}

    /** A Python codec: its name in error messages, its Java charset, and its error kind. */
    private record Codec(String errorName, String javaName, int kind) {}

    private static final int UTF8 = 0;
    private static final int ASCII = 1;
    private static final int LATIN1 = 2;
    private static final int CHARMAP = 3;
    private static final int MULTIBYTE = 4;
    private static final int UTF16 = 5;

    /** Normalized Python codec names and aliases (encodings/aliases.py) to codecs. */
    private static final Map<String, Codec> CODECS = buildCodecs();

    private static Map<String, Codec> buildCodecs() {
        Map<String, Codec> m = new HashMap<>();
        add(m, new Codec("utf-8", "UTF-8", UTF8), "utf_8 utf8 u8 utf utf8_ucs2 utf8_ucs4 cp65001");
        add(m, new Codec("latin-1", "ISO-8859-1", LATIN1),
                "latin_1 latin1 iso8859_1 iso_8859_1 8859 cp819 latin l1 iso_ir_100 csisolatin1 iso_8859_1_1987 ibm819");
        add(m, new Codec("ascii", "US-ASCII", ASCII),
                "ascii 646 us_ascii us ansi_x3.4_1968 ansi_x3_4_1968 ansi_x3.4_1986 cp367 csascii ibm367"
                        + " iso646_us iso_646.irv_1991 iso_ir_6");
        for (int i = 1250; i <= 1258; i++) {
            add(m, new Codec("charmap", "windows-" + i, CHARMAP), "cp" + i + " windows_" + i + " " + i);
        }
        String[] latinN = {null, null, "latin2 l2", "latin3 l3", "latin4 l4", "cyrillic", "arabic", "greek greek8",
            "hebrew", "latin5 l5", "latin6 l6", "thai", null, "latin7 l7", "latin8 l8", "latin9 l9", "latin10 l10"};
        for (int i = 2; i <= 16; i++) {
            if (i == 12) {
                continue;
            }
            String aliases = "iso8859_" + i + " iso_8859_" + i + (latinN[i] != null ? " " + latinN[i] : "");
            add(m, new Codec("charmap", "ISO-8859-" + i, CHARMAP), aliases);
        }
        add(m, new Codec("charmap", "KOI8-R", CHARMAP), "koi8_r cskoi8r");
        add(m, new Codec("charmap", "KOI8-U", CHARMAP), "koi8_u");
        for (String cp : new String[] {"437", "737", "775", "850", "852", "855", "857", "858", "860", "861", "862",
            "863", "864", "865", "866", "869", "874"}) {
            add(m, new Codec("charmap", cp.equals("874") ? "x-IBM874" : "IBM" + cp, CHARMAP),
                    "cp" + cp + " " + cp + " ibm" + cp);
        }
        add(m, new Codec("charmap", "x-MacRoman", CHARMAP), "mac_roman macroman macintosh");
        add(m, new Codec("charmap", "x-MacCyrillic", CHARMAP), "mac_cyrillic maccyrillic");
        add(m, new Codec("charmap", "x-MacGreek", CHARMAP), "mac_greek macgreek");
        add(m, new Codec("charmap", "x-MacCentralEurope", CHARMAP), "mac_latin2 maclatin2 maccentraleurope");
        add(m, new Codec("utf-16", "UTF-16", UTF16), "utf_16 u16 utf16");
        add(m, new Codec("utf-16-le", "UTF-16LE", UTF16), "utf_16_le utf_16le unicodelittleunmarked");
        add(m, new Codec("utf-16-be", "UTF-16BE", UTF16), "utf_16_be utf_16be unicodebigunmarked");
        add(m, new Codec("utf-32", "UTF-32", UTF16), "utf_32 u32 utf32");
        add(m, new Codec("utf-32-le", "UTF-32LE", UTF16), "utf_32_le utf_32le");
        add(m, new Codec("utf-32-be", "UTF-32BE", UTF16), "utf_32_be utf_32be");
        add(m, new Codec("euc_jp", "EUC-JP", MULTIBYTE), "euc_jp eucjp ujis u_jis");
        add(m, new Codec("shift_jis", "Shift_JIS", MULTIBYTE), "shift_jis sjis s_jis shiftjis csshiftjis");
        add(m, new Codec("cp932", "windows-31j", MULTIBYTE), "cp932 932 ms932 mskanji ms_kanji");
        add(m, new Codec("euc_kr", "EUC-KR", MULTIBYTE),
                "euc_kr euckr korean ksc5601 ks_c_5601 ks_c_5601_1987 ksx1001 ks_x_1001");
        add(m, new Codec("cp949", "x-windows-949", MULTIBYTE), "cp949 949 ms949 uhc");
        add(m, new Codec("gbk", "GBK", MULTIBYTE), "gbk 936 cp936 ms936");
        add(m, new Codec("gb2312", "GB2312", MULTIBYTE),
                "gb2312 chinese csiso58gb231280 euc_cn euccn eucgb2312_cn gb2312_1980 gb2312_80 iso_ir_58");
        add(m, new Codec("gb18030", "GB18030", MULTIBYTE), "gb18030 gb18030_2000");
        add(m, new Codec("big5", "Big5", MULTIBYTE), "big5 big5_tw csbig5");
        add(m, new Codec("big5hkscs", "Big5-HKSCS", MULTIBYTE), "big5hkscs hkscs");
        add(m, new Codec("iso2022_jp", "ISO-2022-JP", MULTIBYTE), "iso2022_jp csiso2022jp iso2022jp iso_2022_jp");
        add(m, new Codec("iso2022_kr", "ISO-2022-KR", MULTIBYTE), "iso2022_kr csiso2022kr iso2022kr iso_2022_kr");
        return m;
    }

    private static void add(Map<String, Codec> m, Codec codec, String names) {
        for (String n : names.split(" ")) {
            m.put(n, codec);
        }
    }

    // CPython 3.11: Lib/encodings/__init__.py normalize_encoding, after codecs.lookup lower-cases
    private static String normalize(String name) {
        StringBuilder b = new StringBuilder(name.length());
        boolean punct = false;
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.') {
                if (punct && b.length() > 0) {
                    b.append('_');
                }
                b.append(c);
                punct = false;
            } else {
                punct = true;
            }
        }
        return b.toString();
    }

    /** CPython's name for the encoding spelled in a cookie (Parser/tokenizer.c get_normal_name). */
    static String normalName(String s) {
        StringBuilder b = new StringBuilder(12);
        for (int i = 0; i < 12 && i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c == '_' ? '-' : Character.toLowerCase(c));
        }
        String buf = b.toString();
        if (buf.equals("utf-8") || buf.startsWith("utf-8-")) {
            return "utf-8";
        }
        if (buf.equals("latin-1") || buf.equals("iso-8859-1") || buf.equals("iso-latin-1")
                || buf.startsWith("latin-1-") || buf.startsWith("iso-8859-1-") || buf.startsWith("iso-latin-1-")) {
            return "iso-8859-1";
        }
        return s;
    }

    /**
     * The cookie's encoding name in {@code b[from, from+size)}, normalized, or null when the line
     * has none.
     */
    // CPython 3.11: Parser/tokenizer.c get_coding_spec
    static String codingSpec(byte[] b, int from, int size) {
        int i = 0;
        for (; i < size - 6; i++) {
            byte c = b[from + i];
            if (c == '#') {
                break;
            }
            if (c != ' ' && c != '\t' && c != '\f') {
                return null;
            }
        }
        for (; i < size - 6; i++) {
            int t = from + i;
            if (b[t] != 'c' || b[t + 1] != 'o' || b[t + 2] != 'd' || b[t + 3] != 'i' || b[t + 4] != 'n'
                    || b[t + 5] != 'g') {
                continue;
            }
            t += 6;
            if (b[t] != ':' && b[t] != '=') {
                continue;
            }
            do {
                t++;
            } while (t < b.length && (b[t] == ' ' || b[t] == '\t'));
            int begin = t;
            while (t < b.length && isNameChar(b[t])) {
                t++;
            }
            if (begin < t) {
                return normalName(new String(b, begin, t - begin, StandardCharsets.ISO_8859_1));
            }
        }
        return null;
    }

    private static boolean isNameChar(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                || c == '.';
    }

    /** Whether a line without a cookie lets line 2 still hold one (blank or comment only). */
    static boolean onlyCommentOrBlank(byte[] b, int from, int size) {
        for (int i = 0; i < size; i++) {
            byte c = b[from + i];
            if (c == '#' || c == '\n' || c == '\r') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\f') {
                return false;
            }
        }
        return true;
    }

    /** A tokenizer-initialization error: CPython's SyntaxError with lineno 0 and offset -1. */
    static PythonSyntaxError initError(String msg, String filename) {
        return new PythonSyntaxError("SyntaxError", msg, filename, 0, -1, 0, 0, null);
    }

    /**
     * Decodes {@code b[from, to)} from the named Python encoding and returns its UTF-8 bytes.
     */
    // CPython 3.11: Parser/tokenizer.c translate_into_utf8
    static byte[] toUtf8(byte[] b, int from, int to, String encoding, String filename) {
        Codec codec = CODECS.get(normalize(encoding));
        if (codec == null || !Charset.isSupported(codec.javaName)) {
            throw initError("unknown encoding: " + encoding, filename);
        }
        switch (codec.kind) {
            case UTF8: {
                SourceUtf8.Error e = SourceUtf8.firstError(b, from, to);
                if (e != null) {
                    throw initError(e.message(b, from), filename);
                }
                byte[] out = new byte[to - from];
                System.arraycopy(b, from, out, 0, out.length);
                return out;
            }
            case ASCII:
                for (int i = from; i < to; i++) {
                    if (b[i] < 0) {
                        throw initError("'ascii' codec can't decode byte 0x" + SourceUtf8.hex2(b[i] & 0xFF)
                                + " in position " + (i - from) + ": ordinal not in range(128)", filename);
                    }
                }
                break;
            default:
                break;
        }
        CharsetDecoder dec = Charset.forName(codec.javaName).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, from, to - from);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) (to - from) * 2 + 16));
        CoderResult r = dec.decode(in, out, true);
        if (!r.isError()) {
            r = dec.flush(out);
        }
        if (r.isOverflow()) {
            // Two chars per byte always suffice; never expected.
            throw initError("'" + codec.errorName + "' codec: decoded source too large", filename);
        }
        if (r.isError()) {
            int pos = in.position() - from;
            throw initError(codecMessage(codec, b, in.position(), pos, r.length()), filename);
        }
        out.flip();
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String codecMessage(Codec codec, byte[] b, int abs, int pos, int len) {
        String where = len <= 1 || abs + len > b.length
                ? "byte 0x" + SourceUtf8.hex2(b[Math.min(abs, b.length - 1)] & 0xFF) + " in position " + pos
                : "bytes in position " + pos + "-" + (pos + len - 1);
        String reason = switch (codec.kind) {
            case CHARMAP -> "character maps to <undefined>";
            case UTF16 -> "illegal encoding";
            default -> "illegal multibyte sequence";
        };
        return "'" + codec.errorName + "' codec can't decode " + where + ": " + reason;
    }
}
