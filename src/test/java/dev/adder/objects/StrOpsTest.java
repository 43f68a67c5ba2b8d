package dev.adder.objects;

import dev.adder.objects.StrDifferential.Case;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Differential tests of StrOps (len, indexing, slicing, +, *, comparison) against python3. */
class StrOpsTest {
    @Test
    void indexingSlicingAndOperatorsAgreeWithPython() {
        Random r = new Random(11);
        List<Case> cases = new ArrayList<>();
        for (int k = 0; k < 3000; k++) {
            String s = StrDifferential.randomString(r, 6);
            cases.add(new Case("len", s));
            cases.add(new Case("getitem", s, StrDifferential.index(r)));
            Object step = r.nextInt(6) == 0 ? null : (Object) (r.nextInt(9) - 4);
            cases.add(new Case("slice", s, StrDifferential.index(r), StrDifferential.index(r), step));
            String t = r.nextBoolean() ? StrDifferential.randomString(r, 3) : StrDifferential.needle(r, s);
            cases.add(new Case("concat", s, t));
            cases.add(new Case("repeat", s, r.nextInt(7) - 2));
            String u = r.nextInt(3) == 0 ? s + StrDifferential.randomString(r, 1) : StrDifferential.randomString(r, 3);
            for (String op : new String[] {"lt", "le", "gt", "ge", "eq"}) {
                cases.add(new Case(op, s, u));
            }
        }
        for (int k = 0; k < 500; k++) {
            String s = StrDifferential.randomString(r, 30);
            int len = StrOps.len(s);
            cases.add(new Case("getitem", s, r.nextInt(2 * len + 3) - len - 1));
            cases.add(new Case("slice", s, r.nextInt(2 * len + 3) - len - 1, r.nextInt(2 * len + 3) - len - 1,
                    r.nextInt(11) - 5 == 0 ? 1 : r.nextInt(11) - 5));
        }
        // Errors and extremes, checked before any allocation.
        cases.add(new Case("getitem", "abc", 1.0));
        cases.add(new Case("getitem", "abc", null));
        cases.add(new Case("getitem", "abc", true));
        cases.add(new Case("getitem", "", 0));
        cases.add(new Case("getitem", "a😀b", -2));
        cases.add(new Case("slice", "abc", 1.0, null, null));
        cases.add(new Case("slice", "abc", null, null, 0));
        cases.add(new Case("slice", "abc", null, null, BigInteger.ONE.shiftLeft(70).negate()));
        cases.add(new Case("slice", "a😀b𝄞c", null, null, BigInteger.ONE.shiftLeft(70)));
        cases.add(new Case("concat", "abc", 1));
        cases.add(new Case("concat", "abc", null));
        cases.add(new Case("repeat", "abc", null));
        cases.add(new Case("repeat", "abc", 1.5));
        cases.add(new Case("repeat", "abc", BigInteger.ONE.shiftLeft(70)));
        cases.add(new Case("repeat", "abc", BigInteger.ONE.shiftLeft(70).negate()));
        cases.add(new Case("repeat", "abc", 1L << 62));
        cases.add(new Case("repeat", "abc", Long.MAX_VALUE));
        cases.add(new Case("repeat", "", Long.MAX_VALUE));
        cases.add(new Case("repeat", "a", true));
        // Lone surrogates are single code points in both (a high followed by a low would pair up in Java).
        for (String lone : new String[] {"\ud800", "a\udc00b", "\udfff😀\ud83d"}) {
            cases.add(new Case("len", lone));
            cases.add(new Case("getitem", lone, -1));
            cases.add(new Case("getitem", lone, 0));
            cases.add(new Case("slice", lone, null, null, -1));
            cases.add(new Case("lt", lone, "\ue000"));
        }
        for (String[] pair : new String[][] {{"a\ud83dz", "a😀"}, {"a😀", "a\ud83d"}, {"a\ud83d", "a\ue000"},
                {"😀", "😁"}, {"\udc00", "😀"}, {"a\ud83d\ud83d", "a😀"}}) {
            cases.add(new Case("lt", pair[0], pair[1]));
            cases.add(new Case("gt", pair[0], pair[1]));
            cases.add(new Case("lt", pair[1], pair[0]));
        }
        cases.add(new Case("lt", "\uffff", "😀"));
        cases.add(new Case("lt", "\ue000", "𝄞"));
        cases.add(new Case("gt", "a\uffffb", "a😀"));
        StrDifferential.check(cases);
    }
}
