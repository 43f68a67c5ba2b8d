package dev.adder.objects;

import dev.adder.text.StrRepr;

/**
 * Python's str predicates ({@code isalpha}, {@code isdigit}, {@code isdecimal}, {@code isnumeric},
 * {@code isalnum}, {@code isspace}, {@code isidentifier}, {@code isprintable}, {@code isascii},
 * {@code istitle}, {@code islower}, {@code isupper}) with CPython 3.11's Unicode 14.0 rules.
 *
 * <p>The per-character properties come from {@link StrUnicode}, CPython's own data, not from
 * {@code java.lang.Character}: the JDK 17 is Unicode 13.0 (it misses the letters, digits and
 * cased characters added in 14.0, e.g. U+2C2F, U+A7C0, U+10570..U+105BC) and has no
 * Numeric_Type, so it cannot tell {@code '²'.isdigit()} or {@code '½'.isnumeric()}.
 */
public final class StrPredicates {
    private StrPredicates() {}

    /** Python's {@code chr(cp).isalpha()}: categories Lu Ll Lt Lm Lo. */
    static boolean alpha(int cp) {
        if (cp < 128) {
            return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
        }
        return StrUnicode.in(StrUnicode.ALPHA, cp);
    }

    /** Python's {@code chr(cp).isdecimal()}: category Nd. */
    static boolean decimal(int cp) {
        if (cp < 128) {
            return cp >= '0' && cp <= '9';
        }
        return StrUnicode.in(StrUnicode.DECIMAL, cp);
    }

    /** Python's {@code chr(cp).isdigit()}: Numeric_Type Decimal or Digit. */
    static boolean digit(int cp) {
        if (cp < 128) {
            return cp >= '0' && cp <= '9';
        }
        return StrUnicode.in(StrUnicode.DIGIT, cp);
    }

    /** Python's {@code chr(cp).isnumeric()}: any Numeric_Type. */
    static boolean numeric(int cp) {
        if (cp < 128) {
            return cp >= '0' && cp <= '9';
        }
        return StrUnicode.in(StrUnicode.NUMERIC, cp);
    }

    /** Python's {@code chr(cp).isspace()}: bidirectional class WS, B or S, or category Zs. */
    static boolean space(int cp) {
        return cp < 0x10000 && StrSplit.isSpace((char) cp);
    }

    /** CPython's Py_UNICODE_ISLOWER: the Lowercase property. */
    static boolean lower(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z';
        }
        return StrUnicode.in(StrUnicode.LOWER, cp);
    }

    /** CPython's Py_UNICODE_ISUPPER: the Uppercase property. */
    static boolean upper(int cp) {
        if (cp < 128) {
            return cp >= 'A' && cp <= 'Z';
        }
        return StrUnicode.in(StrUnicode.UPPER, cp);
    }

    /** CPython's Py_UNICODE_ISTITLE: category Lt. */
    static boolean title(int cp) {
        return cp >= 128 && StrUnicode.in(StrUnicode.TITLE, cp);
    }

    /** CPython's _PyUnicode_IsCased: Lowercase, Uppercase or Lt. */
    static boolean cased(int cp) {
        return lower(cp) || upper(cp) || title(cp);
    }

    /** CPython's _PyUnicode_IsCaseIgnorable. */
    static boolean caseIgnorable(int cp) {
        if (cp < 128) {
            return cp == '\'' || cp == '.' || cp == ':' || cp == '^' || cp == '`';
        }
        return StrUnicode.in(StrUnicode.CASE_IGNORABLE, cp);
    }

    /** A code point predicate. */
    private interface CodePointTest {
        boolean test(int cp);
    }

    /** True when s is not empty and every code point passes. */
    private static boolean all(String s, CodePointTest t) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!t.test(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** {@code s.isalpha()}. */
    public static boolean isalpha(String s) {
        return all(s, StrPredicates::alpha);
    }

    /** {@code s.isdecimal()}. */
    public static boolean isdecimal(String s) {
        return all(s, StrPredicates::decimal);
    }

    /** {@code s.isdigit()}. */
    public static boolean isdigit(String s) {
        return all(s, StrPredicates::digit);
    }

    /** {@code s.isnumeric()}. */
    public static boolean isnumeric(String s) {
        return all(s, StrPredicates::numeric);
    }

    /** {@code s.isalnum()}: every code point is alpha, decimal, digit or numeric. */
    public static boolean isalnum(String s) {
        return all(s, cp -> alpha(cp) || numeric(cp));
    }

    /** {@code s.isspace()}. */
    public static boolean isspace(String s) {
        return all(s, StrPredicates::space);
    }

    /** {@code s.isascii()}: true for "". */
    public static boolean isascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** {@code s.isprintable()}: true for "". */
    public static boolean isprintable(String s) {
        return s.isEmpty() || all(s, StrRepr::isPrintable);
    }

    /** {@code s.isidentifier()}: XID_Start or '_', then XID_Continue (no keyword check). */
    public static boolean isidentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (first != '_' && !(first < 128 ? alpha(first) : StrUnicode.in(StrUnicode.XID_START, first))) {
            return false;
        }
        for (int i = Character.charCount(first); i < s.length(); ) {
            int cp = s.codePointAt(i);
            boolean ok = cp < 128 ? alpha(cp) || decimal(cp) || cp == '_' : StrUnicode.in(StrUnicode.XID_CONTINUE, cp);
            if (!ok) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** {@code s.islower()}: some cased code point and none upper or title case. */
    public static boolean islower(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (upper(cp) || title(cp)) {
                return false;
            } else if (!cased && lower(cp)) {
                cased = true;
            }
            i += Character.charCount(cp);
        }
        return cased;
    }

    /** {@code s.isupper()}: some cased code point and none lower or title case. */
    public static boolean isupper(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (lower(cp) || title(cp)) {
                return false;
            } else if (!cased && upper(cp)) {
                cased = true;
            }
            i += Character.charCount(cp);
        }
        return cased;
    }

    /** {@code s.istitle()}: upper/title case only after uncased, lower case only after cased. */
    public static boolean istitle(String s) {
        // CPython 3.11: Objects/unicodeobject.c unicode_istitle_impl
        boolean cased = false;
        boolean previousIsCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (upper(cp) || title(cp)) {
                if (previousIsCased) {
                    return false;
                }
                previousIsCased = true;
                cased = true;
            } else if (lower(cp)) {
                if (!previousIsCased) {
                    return false;
                }
                previousIsCased = true;
                cased = true;
            } else {
                previousIsCased = false;
            }
            i += Character.charCount(cp);
        }
        return cased;
    }
}
