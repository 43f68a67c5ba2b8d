package dev.adder.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.adder.ast.Python3;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Checks StrUnicode's generated tables, and every code point's case mappings, against python3.
 *
 * <p>{@link #generatorReproducesTheFile} checks that StrUnicode.java is what {@link #GENERATOR}
 * prints; run it with {@code -Dadder.regenerate=true} to rewrite the file (after a python3 upgrade).
 */
class StrUnicodeTest {
    /** The generator of StrUnicode.java: it prints the whole file. */
    private static final String GENERATOR = """
            import unicodedata as ud
            def ranges(pred):
                r=[];s=None
                for c in range(0x110001):
                    if c<0x110000 and pred(c):
                        if s is None: s=c
                    else:
                        if s is not None: r.append((s,c-1)); s=None
                return r
            def b36(n):
                d='0123456789abcdefghijklmnopqrstuvwxyz'; s=''
                while True:
                    s=d[n%36]+s; n//=36
                    if n==0: return s
            def enc(r):
                out=[];prev=0
                for lo,hi in r:
                    out.append(b36(lo-prev)); out.append(b36(hi-lo)); prev=hi
                return ' '.join(out)
            MID={0x27,0x2e,0x3a,0xb7,0x387,0x55f,0x5f4,0x2018,0x2019,0x2024,0x2027,0xfe13,0xfe52,0xfe55,0xff07,0xff0e,0xff1a}
            T=[
             ('ALPHA','chr(c).isalpha()', lambda c: chr(c).isalpha()),
             ('DECIMAL','chr(c).isdecimal()', lambda c: chr(c).isdecimal()),
             ('DIGIT','chr(c).isdigit()', lambda c: chr(c).isdigit()),
             ('NUMERIC','chr(c).isnumeric()', lambda c: chr(c).isnumeric()),
             ('SPACE','chr(c).isspace()', lambda c: chr(c).isspace()),
             ('LOWER','chr(c).islower()', lambda c: chr(c).islower()),
             ('UPPER','chr(c).isupper()', lambda c: chr(c).isupper()),
             ('TITLE','unicodedata.category(chr(c)) == "Lt"', lambda c: ud.category(chr(c))=='Lt'),
             ('CASE_IGNORABLE','category in Mn Me Cf Lm Sk, or Word_Break MidLetter/MidNumLet/Single_Quote', lambda c: ud.category(chr(c)) in ('Mn','Me','Cf','Lm','Sk') or c in MID),
             ('XID_START','chr(c).isidentifier() and c != 0x5f', lambda c: chr(c).isidentifier() and c!=0x5f),
             ('XID_CONTINUE','("a" + chr(c)).isidentifier()', lambda c: ('a'+chr(c)).isidentifier()),
            ]
            import sys
            out=[]
            for name,doc,p in T:
                e=enc(ranges(p))
                lines=[]
                while e:
                    cut=len(e) if len(e)<=96 else e.rfind(' ',0,96)+1
                    lines.append(e[:cut]); e=e[cut:]
                out.append('    /** {@code %s}. */\\n    static final int[] %s = ranges(\\n' % (doc.replace('"','&quot;'),name) +
                  ' +\\n'.join('            "%s"' % l for l in lines) + ');\\n')

            def mapenc(pairs):
                return ';'.join('%x:%s' % (c, ','.join('%x' % ord(x) for x in s)) for c, s in pairs)
            cf=[(c,chr(c).casefold()) for c in range(0x110000) if chr(c).casefold()!=chr(c).lower()]
            ti=[]
            for c in range(0x110000):
                ch=chr(c); u=ch.upper()
                if len(u)>1 and ch.title()!=u[0]+u[1:].lower(): ti.append((c,ch.title()))
            MAPS=[('CASEFOLD_SPECIAL','the code points whose casefold() differs from lower(), with their casefold()',cf),
                  ('TITLE_SPECIAL','the code points whose title() is not their first upper() code point followed by the rest of upper() in lower case',ti)]
            for name,doc,pairs in MAPS:
                e=mapenc(pairs)
                lines=[]
                while e:
                    cut=len(e) if len(e)<=96 else e.rfind(';',0,96)+1
                    lines.append(e[:cut]); e=e[cut:]
                out.append('    /** {@code %s}: %s. */\\n    static final java.util.Map<Integer, String> %s = map(\\n' % (name,doc,name) +
                  ' +\\n'.join('            "%s"' % l for l in lines) + ');\\n')
            body='\\n'.join(out)
            print('''package dev.adder.objects;

            /**
             * The per-code-point Unicode properties that str's predicates and case methods need, exactly as
             * CPython 3.11.7 has them (Unicode 14.0; the JDK 17's {@code Character} is Unicode 13.0 and has no
             * Numeric_Type, so {@code isdigit}/{@code isnumeric} could not come from it anyway).
             *
             * <p>Generated from python3.11 by the script in {@code StrUnicodeTest}, which checks every table
             * against the running python3 for all code points. Encoding: ranges as base-36 pairs
             * (start - previous end, length - 1), space separated.
             */
            final class StrUnicode {
                private StrUnicode() {}

            %s
                private static int[] ranges(String encoded) {
                    int n = 1;
                    for (int i = 0; i < encoded.length(); i++) {
                        if (encoded.charAt(i) == ' ') {
                            n++;
                        }
                    }
                    int[] r = new int[n];
                    int prev = 0;
                    int pos = 0;
                    for (int i = 0; i < n; i += 2) {
                        int sp = encoded.indexOf(' ', pos);
                        int lo = prev + Integer.parseInt(encoded, pos, sp, 36);
                        pos = sp + 1;
                        sp = encoded.indexOf(' ', pos);
                        if (sp < 0) {
                            sp = encoded.length();
                        }
                        int hi = lo + Integer.parseInt(encoded, pos, sp, 36);
                        pos = sp + 1;
                        r[i] = lo;
                        r[i + 1] = hi;
                        prev = hi;
                    }
                    return r;
                }

                private static java.util.Map<Integer, String> map(String encoded) {
                    java.util.Map<Integer, String> m = new java.util.HashMap<>();
                    for (String entry : encoded.split(";")) {
                        int colon = entry.indexOf(':');
                        StringBuilder sb = new StringBuilder();
                        for (String c : entry.substring(colon + 1).split(",")) {
                            sb.appendCodePoint(Integer.parseInt(c, 16));
                        }
                        m.put(Integer.parseInt(entry, 0, colon, 16), sb.toString());
                    }
                    return java.util.Map.copyOf(m);
                }

                /** Whether {@code cp} lies in one of the (first, last) ranges of table {@code r}. */
                static boolean in(int[] r, int cp) {
                    int lo = 0;
                    int hi = (r.length >> 1) - 1;
                    while (lo <= hi) {
                        int mid = (lo + hi) >>> 1;
                        if (cp < r[2 * mid]) {
                            hi = mid - 1;
                        } else if (cp > r[2 * mid + 1]) {
                            lo = mid + 1;
                        } else {
                            return true;
                        }
                    }
                    return false;
                }
            }''' % body)
            """;

    private static final String TABLES = """
            import unicodedata as ud
            MID = {0x27,0x2e,0x3a,0xb7,0x387,0x55f,0x5f4,0x2018,0x2019,0x2024,0x2027,0xfe13,0xfe52,0xfe55,0xff07,0xff0e,0xff1a}
            T = [
             ('ALPHA', lambda c: chr(c).isalpha()),
             ('DECIMAL', lambda c: chr(c).isdecimal()),
             ('DIGIT', lambda c: chr(c).isdigit()),
             ('NUMERIC', lambda c: chr(c).isnumeric()),
             ('SPACE', lambda c: chr(c).isspace()),
             ('LOWER', lambda c: chr(c).islower()),
             ('UPPER', lambda c: chr(c).isupper()),
             ('TITLE', lambda c: ud.category(chr(c)) == 'Lt'),
             ('CASE_IGNORABLE', lambda c: ud.category(chr(c)) in ('Mn','Me','Cf','Lm','Sk') or c in MID),
             ('XID_START', lambda c: chr(c).isidentifier() and c != 0x5f),
             ('XID_CONTINUE', lambda c: ('a' + chr(c)).isidentifier()),
            ]
            for name, p in T:
                out = []
                s = None
                for c in range(0x110001):
                    if c < 0x110000 and p(c):
                        if s is None: s = c
                    elif s is not None:
                        out.append('%x-%x' % (s, c - 1)); s = None
                print(name, ' '.join(out))
            """;

    private static final String CASES = """
            for m in ('lower', 'upper', 'casefold', 'title', 'capitalize', 'swapcase'):
                for c in range(0x110000):
                    if 0xd800 <= c < 0xe000: continue
                    r = getattr(chr(c), m)()
                    if r != chr(c): print(m, '%x' % c, ','.join('%x' % ord(x) for x in r))
            """;

    private static String ranges(int[] t) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.length; i += 2) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(Integer.toHexString(t[i])).append('-').append(Integer.toHexString(t[i + 1]));
        }
        return sb.toString();
    }

    @Test
    void generatorReproducesTheFile() throws java.io.IOException {
        Python3.assumeAvailable();
        java.nio.file.Path file = java.nio.file.Path.of("src/main/java/dev/adder/objects/StrUnicode.java");
        String generated = String.join("\n", Python3.run(GENERATOR)) + "\n";
        if (Boolean.getBoolean("adder.regenerate")) {
            java.nio.file.Files.writeString(file, generated);
        }
        assertEquals(generated, java.nio.file.Files.readString(file));
    }

    @Test
    void tablesAreCPythons() {
        Python3.assumeAvailable();
        Map<String, int[]> tables = new LinkedHashMap<>();
        tables.put("ALPHA", StrUnicode.ALPHA);
        tables.put("DECIMAL", StrUnicode.DECIMAL);
        tables.put("DIGIT", StrUnicode.DIGIT);
        tables.put("NUMERIC", StrUnicode.NUMERIC);
        tables.put("SPACE", StrUnicode.SPACE);
        tables.put("LOWER", StrUnicode.LOWER);
        tables.put("UPPER", StrUnicode.UPPER);
        tables.put("TITLE", StrUnicode.TITLE);
        tables.put("CASE_IGNORABLE", StrUnicode.CASE_IGNORABLE);
        tables.put("XID_START", StrUnicode.XID_START);
        tables.put("XID_CONTINUE", StrUnicode.XID_CONTINUE);
        List<String> lines = Python3.run(TABLES);
        assertEquals(tables.size(), lines.size());
        for (String line : lines) {
            int sp = line.indexOf(' ');
            String name = line.substring(0, sp);
            assertEquals(line.substring(sp + 1), ranges(tables.get(name)), name);
        }
    }

    @Test
    void everyCodePointMapsAsInPython() {
        Python3.assumeAvailable();
        Map<String, UnaryOperator<String>> methods = new LinkedHashMap<>();
        methods.put("lower", StrCase::lower);
        methods.put("upper", StrCase::upper);
        methods.put("casefold", StrCase::casefold);
        methods.put("title", StrCase::title);
        methods.put("capitalize", StrCase::capitalize);
        methods.put("swapcase", StrCase::swapcase);
        List<String> actual = new ArrayList<>();
        for (Map.Entry<String, UnaryOperator<String>> m : methods.entrySet()) {
            for (int c = 0; c < 0x110000; c++) {
                if (c >= 0xd800 && c < 0xe000) {
                    continue;
                }
                String s = StrOps.chr(c);
                String r = m.getValue().apply(s);
                if (!r.equals(s)) {
                    StringBuilder sb = new StringBuilder(m.getKey()).append(' ').append(Integer.toHexString(c)).append(' ');
                    r.codePoints().forEach(x -> sb.append(Integer.toHexString(x)).append(','));
                    sb.setLength(sb.length() - 1);
                    actual.add(sb.toString());
                }
            }
        }
        List<String> expected = Python3.run(CASES);
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(actual);
        List<String> extra = new ArrayList<>(actual);
        extra.removeAll(expected);
        if (!missing.isEmpty() || !extra.isEmpty()) {
            fail("python only (" + missing.size() + "): " + missing.subList(0, Math.min(60, missing.size()))
                    + "\nadder only (" + extra.size() + "): " + extra.subList(0, Math.min(60, extra.size())));
        }
    }
}
