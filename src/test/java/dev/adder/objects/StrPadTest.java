package dev.adder.objects;

import static dev.adder.objects.StrDifferential.needle;
import static dev.adder.objects.StrDifferential.randomString;

import dev.adder.objects.StrDifferential.Case;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Differential tests of StrPad (strip ... expandtabs) against python3. */
class StrPadTest {
    @Test
    void paddingAndStrippingAgreeWithPython() {
        Random r = new Random(41);
        List<Case> cases = new ArrayList<>();
        String[] strips = {"strip", "lstrip", "rstrip"};
        String[] pads = {"center", "ljust", "rjust"};
        String[] fills = {"*", "😀", "é", " ", "ab", "", "e\u0301"};
        for (int k = 0; k < 2500; k++) {
            String s = randomString(r, 6);
            String m = strips[r.nextInt(3)];
            cases.add(r.nextInt(3) == 0 ? new Case(m, s) : new Case(m, s, needle(r, s)));
            String p = pads[r.nextInt(3)];
            int width = r.nextInt(14) - 2;
            cases.add(r.nextBoolean() ? new Case(p, s, width) : new Case(p, s, width, fills[r.nextInt(fills.length)]));
            String z = (r.nextInt(3) == 0 ? (r.nextBoolean() ? "-" : "+") : "") + randomString(r, 3);
            cases.add(new Case("zfill", z, r.nextInt(12) - 2));
            String t = randomString(r, 3) + "\t" + randomString(r, 3) + (r.nextBoolean() ? "\t\n\t" : "\r\t") + randomString(r, 2);
            cases.add(r.nextBoolean() ? new Case("expandtabs", t) : new Case("expandtabs", t, r.nextInt(10) - 2));
        }
        cases.add(new Case("strip", "abc", 1));
        cases.add(new Case("lstrip", "abc", 1));
        cases.add(new Case("rstrip", "abc", 1));
        cases.add(new Case("center", "abc", 5, 1));
        cases.add(new Case("center", "abc", 1.0));
        cases.add(new Case("center", "abc", null));
        cases.add(new Case("strip", "abc", 1.5));
        cases.add(new Case("zfill", "abc", "a"));
        cases.add(new Case("expandtabs", "a\tb", "a"));
        cases.add(new Case("center", "abc", BigInteger.ONE.shiftLeft(70)));
        cases.add(new Case("ljust", "abc", 1L << 62));
        cases.add(new Case("ljust", "", 0));
        cases.add(new Case("zfill", "-", 3));
        cases.add(new Case("zfill", "a", BigInteger.ONE.shiftLeft(64).negate()));
        cases.add(new Case("expandtabs", "a\tb", 1L << 31));
        cases.add(new Case("expandtabs", "a\tb", -(1L << 31) - 1));
        cases.add(new Case("expandtabs", "a\tb", BigInteger.ONE.shiftLeft(70)));
        cases.add(new Case("expandtabs", "a😀\tb", 3));
        cases.add(new Case("zfill", "", 3));
        StrDifferential.check(cases);
    }
}
