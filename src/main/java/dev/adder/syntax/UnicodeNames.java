package dev.adder.syntax;

import java.util.Locale;

/**
 * Looks up the character a {@code \N{NAME}} escape names, as CPython 3.11's {@code unicodedata}
 * does: case-insensitive names, name aliases, and the algorithmic names of Hangul syllables and
 * CJK unified ideographs.
 *
 * <p>Names come from the JDK's {@link Character#codePointOf} (Unicode 13.0 in Java 17) and from
 * {@link UnicodeNameAliases} (aliases, and the names Unicode 14.0 added, CPython 3.11's version),
 * with what the JDK accepts and CPython does not filtered out: surrounding blanks, the JDK's
 * "BLOCK NAME XXXX" fallback names, and Unicode 1.0 names of control characters (CPython knows
 * those only through their aliases). A JDK newer than CPython's Unicode 14.0 would also accept
 * names added after 14.0.
 */
final class UnicodeNames {
    private UnicodeNames() {}

    private static final int S_BASE = 0xAC00;
    private static final int V_COUNT = 21;
    private static final int T_COUNT = 28;
    private static final String[] L_NAMES = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "",
        "J", "JJ", "C", "K", "T", "P", "H"};
    private static final String[] V_NAMES = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA",
        "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] T_NAMES = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM",
        "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    /**
     * The code point named by {@code s[start, end)}, or -1 if there is none.
     * CPython 3.11: Modules/unicodedata.c _getcode (without named sequences, as \N{} uses it)
     */
    static int lookup(String s, int start, int end) {
        String name = s.substring(start, end);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x80 || c < ' ') {
                return -1;  // every name is printable ASCII
            }
        }
        if (name.startsWith("HANGUL SYLLABLE ")) {
            return hangulSyllable(name, 16);
        }
        if (name.startsWith("CJK UNIFIED IDEOGRAPH-")) {
            return unifiedIdeograph(name, 22);
        }
        Integer alias = UnicodeNameAliases.NAMES.get(name.toUpperCase(Locale.ROOT));
        if (alias != null) {
            return alias;
        }
        if (name.isEmpty() || name.charAt(0) == ' ' || name.charAt(name.length() - 1) == ' ') {
            return -1;  // the JDK trims blanks, CPython does not
        }
        int cp;
        try {
            cp = Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
        if (Character.getType(cp) == Character.CONTROL) {
            return -1;
        }
        String own = Character.getName(cp);
        String hex = Integer.toHexString(cp).toUpperCase(Locale.ROOT);
        if (own == null || (own.endsWith(hex) && own.length() > hex.length()
                && own.charAt(own.length() - hex.length() - 1) == ' ')) {
            return -1;  // the JDK's "BLOCK NAME XXXX" for a character with no name of its own
        }
        return cp;
    }

    /** CPython 3.11: Modules/unicodedata.c find_syllable, used greedily for L, V, then T. */
    private static int hangulSyllable(String name, int pos) {
        int l = longest(name, pos, L_NAMES);
        pos += l < 0 ? 0 : L_NAMES[l].length();
        int v = longest(name, pos, V_NAMES);
        pos += v < 0 ? 0 : V_NAMES[v].length();
        int t = longest(name, pos, T_NAMES);
        pos += t < 0 ? 0 : T_NAMES[t].length();
        if (l < 0 || v < 0 || t < 0 || pos != name.length()) {
            return -1;
        }
        return S_BASE + (l * V_COUNT + v) * T_COUNT + t;
    }

    private static int longest(String name, int pos, String[] parts) {
        int best = -1;
        int bestLen = -1;
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.length() > bestLen && name.startsWith(p, pos)) {
                best = i;
                bestLen = p.length();
            }
        }
        return best;
    }

    /** Four or five upper-case hex digits naming a unified ideograph. */
    private static int unifiedIdeograph(String name, int pos) {
        int n = name.length() - pos;
        if (n != 4 && n != 5) {
            return -1;
        }
        int v = 0;
        for (int i = pos; i < name.length(); i++) {
            char c = name.charAt(i);
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return isUnifiedIdeograph(v) ? v : -1;
    }

    /** CPython 3.11: Modules/unicodedata.c is_unified_ideograph (Unicode 14.0). */
    private static boolean isUnifiedIdeograph(int c) {
        return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF)
                || (c >= 0x20000 && c <= 0x2A6DF) || (c >= 0x2A700 && c <= 0x2B738)
                || (c >= 0x2B740 && c <= 0x2B81D) || (c >= 0x2B820 && c <= 0x2CEA1)
                || (c >= 0x2CEB0 && c <= 0x2EBE0) || (c >= 0x30000 && c <= 0x3134A);
    }
}
