package dev.adder.objects;

import static dev.adder.objects.StrDifferential.needle;
import static dev.adder.objects.StrDifferential.randomString;

import dev.adder.objects.StrDifferential.Case;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Differential tests of StrSplit (split ... join) against python3. */
class StrSplitTest {
    @Test
    void splittingAgreesWithPython() {
        Random r = new Random(37);
        List<Case> cases = new ArrayList<>();
        for (int k = 0; k < 2500; k++) {
            String s = randomString(r, 8);
            String m = r.nextBoolean() ? "split" : "rsplit";
            Object sep = r.nextInt(3) == 0 ? null : needle(r, s);
            switch (r.nextInt(3)) {
                case 0 -> cases.add(new Case(m, s));
                case 1 -> cases.add(new Case(m, s, sep));
                default -> cases.add(new Case(m, s, sep, r.nextInt(5) - 2));
            }
            cases.add(r.nextBoolean() ? new Case("splitlines", s) : new Case("splitlines", s, r.nextBoolean()));
            cases.add(new Case(r.nextBoolean() ? "partition" : "rpartition", s, needle(r, s)));
            List<Object> items = new ArrayList<>();
            for (int i = r.nextInt(4); i > 0; i--) {
                items.add(randomString(r, 2));
            }
            cases.add(new Case("join", randomString(r, 2), items));
        }
        cases.add(new Case("split", "abc", 1));
        cases.add(new Case("rsplit", "abc", ""));
        cases.add(new Case("split", "abc", null, 1.0));
        cases.add(new Case("split", "a b c", null, 1L << 40));
        cases.add(new Case("splitlines", "a\nb", 2));
        cases.add(new Case("splitlines", "a\nb", 1L << 40));
        cases.add(new Case("splitlines", "a\nb", java.math.BigInteger.ONE.shiftLeft(70)));
        cases.add(new Case("splitlines", "a\nb", 1.5));
        cases.add(new Case("split", "a b", null, java.math.BigInteger.ONE.shiftLeft(70)));
        cases.add(new Case("partition", "abc", 1));
        cases.add(new Case("partition", "abc", ""));
        cases.add(new Case("rpartition", "abc", ""));
        cases.add(new Case("join", "-", List.of("a", 1)));
        cases.add(new Case("join", "-", List.of(2)));
        cases.add(new Case("join", "-", java.util.Arrays.asList("a", null)));
        cases.add(new Case("partition", "abc", null));
        cases.add(new Case("split", "abc", 1.5));
        cases.add(new Case("join", "-", List.of()));
        StrDifferential.check(cases);
    }
}
