package dev.adder.objects;

import static dev.adder.objects.StrDifferential.randomString;

import dev.adder.objects.StrDifferential.Case;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Differential tests of StrPredicates (isalpha ... isupper) against python3. */
class StrPredicatesTest {
    private static final String[] METHODS = {"isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace",
        "isidentifier", "isprintable", "isascii", "istitle", "islower", "isupper"};

    @Test
    void predicatesAgreeWithPython() {
        Random r = new Random(67);
        List<Case> cases = new ArrayList<>();
        for (int k = 0; k < 4000; k++) {
            // Short strings, so that all-true answers are common too.
            String s = randomString(r, 1 + r.nextInt(3));
            cases.add(new Case(METHODS[r.nextInt(METHODS.length)], s));
        }
        for (String m : METHODS) {
            for (String s : new String[] {"", "abc", "Abc", "ABC", "Hello World", "Hello world", "ǅungla", "1²③",
                    "½", "一二三", "٣٤", "_x1", "1x", "x·y", "𝐀", "a b", " \t\n", "\u00a0", "\u200b", "ß"}) {
                cases.add(new Case(m, s));
            }
        }
        StrDifferential.check(cases);
    }
}
