package dev.adder.objects;

import java.util.Locale;

/**
 * Python's str case conversions ({@code lower}, {@code upper}, {@code casefold},
 * {@code capitalize}, {@code title}, {@code swapcase}) with Unicode's full (special) mappings:
 * {@code 'ß'.upper() == 'SS'}, {@code 'ﬁ'.title() == 'Fi'}, {@code 'İ'.lower() == 'i̇'}, and
 * CPython's final-sigma rule for {@code 'Σ'}.
 *
 * <p>Simple and unconditional special mappings come from the JDK (Unicode 13.0; characters new in
 * Unicode 14.0, such as U+2C2F or U+A7C0, are not mapped); the mappings the JDK lacks (full case
 * folding, titlecase special cases) and the case properties come from {@link StrUnicode}.
 */
public final class StrCase {
    private StrCase() {}

    private static final int CAPITAL_SIGMA = 0x3A3;

    /**
     * The case pairs new in Unicode 14.0, which the JDK 17 (Unicode 13.0) does not map, as
     * (first upper, first lower, count) runs; StrUnicodeTest checks every code point's mappings.
     */
    private static final int[] UNICODE14_PAIRS = {
        0x2C2F, 0x2C5F, 1, 0xA7C0, 0xA7C1, 1, 0xA7D0, 0xA7D1, 1, 0xA7D6, 0xA7D7, 1, 0xA7D8, 0xA7D9, 1,
        0x10570, 0x10597, 11, 0x1057C, 0x105A3, 15, 0x1058C, 0x105B3, 7, 0x10594, 0x105BB, 2,
    };

    /** The Unicode 14.0 lower case of cp when the JDK lacks it, else -1. */
    private static int lower14(int cp) {
        if (cp < 0x2C2F || (cp > 0x2C2F && cp < 0xA7C0) || (cp > 0xA7D8 && cp < 0x10570) || cp > 0x10595) {
            return -1;
        }
        for (int i = 0; i < UNICODE14_PAIRS.length; i += 3) {
            int d = cp - UNICODE14_PAIRS[i];
            if (d >= 0 && d < UNICODE14_PAIRS[i + 2]) {
                return UNICODE14_PAIRS[i + 1] + d;
            }
        }
        return -1;
    }

    /** The Unicode 14.0 upper (and title) case of cp when the JDK lacks it, else -1. */
    private static int upper14(int cp) {
        if (cp < 0x2C5F || (cp > 0x2C5F && cp < 0xA7C1) || (cp > 0xA7D9 && cp < 0x10597) || cp > 0x105BC) {
            return -1;
        }
        for (int i = 0; i < UNICODE14_PAIRS.length; i += 3) {
            int d = cp - UNICODE14_PAIRS[i + 1];
            if (d >= 0 && d < UNICODE14_PAIRS[i + 2]) {
                return UNICODE14_PAIRS[i] + d;
            }
        }
        return -1;
    }

    /** Appends the full lower case of {@code cp} (no final-sigma rule). */
    static void appendLower(StringBuilder sb, int cp) {
        if (cp < 128) {
            sb.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
        } else if (cp == 0x130) {
            sb.append("i\u0307"); // the one unconditional special lower-case mapping
        } else {
            int u14 = lower14(cp);
            sb.appendCodePoint(u14 >= 0 ? u14 : Character.toLowerCase(cp));
        }
    }

    /** Appends the full upper case of {@code cp}. */
    static void appendUpper(StringBuilder sb, int cp) {
        if (cp < 128) {
            sb.append((char) (cp >= 'a' && cp <= 'z' ? cp - 32 : cp));
            return;
        }
        if (!specialUpper(cp)) {
            int u14 = upper14(cp);
            sb.appendCodePoint(u14 >= 0 ? u14 : Character.toUpperCase(cp));
            return;
        }
        sb.append(StrOps.chr(cp).toUpperCase(Locale.ROOT));
    }

    /**
     * Whether cp has a full upper-case mapping of several code points (SpecialCasing.txt's
     * unconditional ones); StrUnicodeTest checks all code points, so a gap here would show.
     */
    private static boolean specialUpper(int cp) {
        if (cp < 0xDF || cp > 0xFB17) {
            return false;
        }
        return cp == 0xDF || cp == 0x149 || cp == 0x1F0 || cp == 0x390 || cp == 0x3B0 || cp == 0x587
                || (cp >= 0x1E96 && cp <= 0x1E9A) || (cp >= 0x1F50 && cp <= 0x1FFC) || cp >= 0xFB00;
    }

    /** Appends the full title case of {@code cp}. */
    static void appendTitle(StringBuilder sb, int cp) {
        String special = StrUnicode.TITLE_SPECIAL.get(cp);
        if (special != null) {
            sb.append(special);
            return;
        }
        int u14 = upper14(cp);
        if (u14 >= 0) {
            sb.appendCodePoint(u14);
            return;
        }
        String full = StrOps.chr(cp).toUpperCase(Locale.ROOT);
        int first = full.codePointAt(0);
        if (Character.charCount(first) == full.length()) {
            sb.appendCodePoint(Character.toTitleCase(cp));
            return;
        }
        // Several code points (ß -> SS): the first stays upper, the rest go lower (ß -> Ss).
        sb.appendCodePoint(first);
        for (int i = Character.charCount(first); i < full.length(); ) {
            int c = full.codePointAt(i);
            appendLower(sb, c);
            i += Character.charCount(c);
        }
    }

    /** Appends the lower case of the code point {@code cp} at char index {@code i} of {@code s}, with final sigma. */
    private static void appendLowerAt(StringBuilder sb, String s, int i, int cp) {
        if (cp == CAPITAL_SIGMA) {
            sb.append(finalSigma(s, i) ? '\u03C2' : '\u03C3');
        } else {
            appendLower(sb, cp);
        }
    }

    /** CPython 3.11: Objects/unicodeobject.c handle_capital_sigma. */
    private static boolean finalSigma(String s, int i) {
        int before = -1;
        for (int j = i; j > 0; ) {
            int c = s.codePointBefore(j);
            j -= Character.charCount(c);
            if (!StrPredicates.caseIgnorable(c)) {
                before = c;
                break;
            }
        }
        if (before < 0 || !StrPredicates.cased(before)) {
            return false;
        }
        for (int j = i + 1; j < s.length(); ) {
            int c = s.codePointAt(j);
            if (!StrPredicates.caseIgnorable(c)) {
                return !StrPredicates.cased(c);
            }
            j += Character.charCount(c);
        }
        return true;
    }

    /** Whether s is all ASCII (then the JDK's ASCII case mapping is Python's). */
    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** {@code s.lower()}. */
    public static String lower(String s) {
        if (ascii(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            appendLowerAt(sb, s, i, cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** {@code s.upper()}. */
    public static String upper(String s) {
        if (ascii(s)) {
            return s.toUpperCase(Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            appendUpper(sb, cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** {@code s.casefold()}: full case folding (ß -> ss, ς -> σ). */
    public static String casefold(String s) {
        if (ascii(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            String special = foldSpecial(cp) ? StrUnicode.CASEFOLD_SPECIAL.get(cp) : null;
            if (special != null) {
                sb.append(special);
            } else {
                appendLower(sb, cp);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** The BMP keys of CASEFOLD_SPECIAL as bits, so that casefold boxes no Integer for the others. */
    private static final long[] FOLD_BITS = foldBits();

    private static long[] foldBits() {
        long[] bits = new long[0x10000 / 64];
        for (int cp : StrUnicode.CASEFOLD_SPECIAL.keySet()) {
            if (cp < 0x10000) {
                bits[cp >> 6] |= 1L << cp;
            }
        }
        return bits;
    }

    private static boolean foldSpecial(int cp) {
        return cp >= 0x10000 || (FOLD_BITS[cp >> 6] & (1L << cp)) != 0;
    }

    /** {@code s.capitalize()}: the first code point in title case, the rest lower. */
    public static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int first = s.codePointAt(0);
        appendTitle(sb, first);
        for (int i = Character.charCount(first); i < s.length(); ) {
            int cp = s.codePointAt(i);
            appendLowerAt(sb, s, i, cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** {@code s.title()}: title case after an uncased code point, lower case after a cased one. */
    public static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean previousIsCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (cp < 128) {
                boolean upperCase = cp >= 'A' && cp <= 'Z';
                boolean lowerCase = cp >= 'a' && cp <= 'z';
                sb.append((char) (previousIsCased ? (upperCase ? cp + 32 : cp) : (lowerCase ? cp - 32 : cp)));
                previousIsCased = upperCase || lowerCase;
                i++;
                continue;
            }
            if (previousIsCased) {
                appendLowerAt(sb, s, i, cp);
            } else {
                appendTitle(sb, cp);
            }
            previousIsCased = StrPredicates.cased(cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** {@code s.swapcase()}: upper to lower and lower to upper. */
    public static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (StrPredicates.upper(cp)) {
                appendLowerAt(sb, s, i, cp);
            } else if (StrPredicates.lower(cp)) {
                appendUpper(sb, cp);
            } else {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }
}
