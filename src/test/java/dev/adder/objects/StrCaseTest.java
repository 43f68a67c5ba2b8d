package dev.adder.objects;

import static dev.adder.objects.StrDifferential.randomString;

import dev.adder.objects.StrDifferential.Case;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Differential tests of StrCase (lower, upper, casefold, capitalize, title, swapcase) against python3. */
class StrCaseTest {
    private static final String[] METHODS = {"lower", "upper", "casefold", "capitalize", "title", "swapcase"};

    @Test
    void caseConversionsAgreeWithPython() {
        Random r = new Random(53);
        List<Case> cases = new ArrayList<>();
        for (int k = 0; k < 2500; k++) {
            String s = randomString(r, 7);
            cases.add(new Case(METHODS[r.nextInt(METHODS.length)], s));
        }
        for (String m : METHODS) {
            for (String s : new String[] {"ΣΑΣ", "ΑΣ", "Σ", "aΣ'", "aΣ'b", "ὈΔΥΣΣΕΎΣ", "A.Σ.", "ßtraße", "ﬁsh ﬂy", "ǆemal",
                    "İstanbul", "ŉ", "ᾳ ᾼ", "hello wORLD", "they're bill's", "𐐨𐐀x", "e\u0301Σ", "\u0345Σ"}) {
                cases.add(new Case(m, s));
            }
        }
        StrDifferential.check(cases);
    }
}
