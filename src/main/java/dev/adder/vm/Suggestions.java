package dev.adder.vm;

import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The "Did you mean: 'x'?" of an uncaught NameError (CPython 3.11: Python/suggestions.c): the
 * nearest name by a case-aware Levenshtein distance among the failing frame's co_varnames, then its
 * globals, then its builtins.
 */
final class Suggestions {
    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    private Suggestions() {
    }

    /** Records the missing name on a NameError, as CPython's format_exc_check_arg does. */
    static PyBaseException withName(PyBaseException e, String name) {
        e.dict().put("name", name);
        return e;
    }

    // CPython 3.11: Python/suggestions.c offer_suggestions_for_name_error
    /** The suggestion for {@code e}, or null. */
    static String offer(PyBaseException e) {
        if (!e.isInstance(ExceptionTypes.NAME_ERROR) || !(e.dict().get("name") instanceof String name)) {
            return null;
        }
        PyTraceback tb = ExceptionOps.tb(e);
        if (tb == null) {
            return null;
        }
        while (tb.next() != null) {
            tb = tb.next();
        }
        Frame f = tb.frame();
        String s = best(Arrays.asList(f.code.co_varnames()), name);
        if (s == null) {
            s = best(keys(f.globals), name);
        }
        if (s == null) {
            s = best(keys(f.builtins), name);
        }
        return s;
    }

    private static List<String> keys(java.util.Map<Object, Object> d) {
        List<String> out = new ArrayList<>();
        for (Object k : d.keySet()) {
            out.add(k instanceof String s ? s : null);
        }
        return out;
    }

    // CPython 3.11: Python/suggestions.c calculate_suggestions
    private static String best(List<String> dir, String name) {
        if (dir.size() >= MAX_CANDIDATE_ITEMS) {
            return null;
        }
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        int bestDistance = Integer.MAX_VALUE;
        String suggestion = null;
        for (String item : dir) {
            if (item == null || item.equals(name)) {
                continue;
            }
            byte[] it = item.getBytes(StandardCharsets.UTF_8);
            int maxDistance = (n.length + it.length + 3) * MOVE_COST / 6;
            maxDistance = Math.min(maxDistance, bestDistance - 1);
            int d = distance(n, it, maxDistance);
            if (d > maxDistance) {
                continue;
            }
            if (suggestion == null || d < bestDistance) {
                suggestion = item;
                bestDistance = d;
            }
        }
        return suggestion;
    }

    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) {
            return MOVE_COST;
        }
        if (a == b) {
            return 0;
        }
        int x = a >= 'A' && a <= 'Z' ? a + ('a' - 'A') : a;
        int y = b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
        return x == y ? CASE_COST : MOVE_COST;
    }

    // CPython 3.11: Python/suggestions.c levenshtein_distance
    private static int distance(byte[] a0, byte[] b0, int maxCost) {
        int as = 0;
        int ae = a0.length;
        int bs = 0;
        int be = b0.length;
        while (as < ae && bs < be && a0[as] == b0[bs]) {
            as++;
            bs++;
        }
        while (as < ae && bs < be && a0[ae - 1] == b0[be - 1]) {
            ae--;
            be--;
        }
        int aSize = ae - as;
        int bSize = be - bs;
        if (aSize == 0 || bSize == 0) {
            return (aSize + bSize) * MOVE_COST;
        }
        if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        byte[] a = Arrays.copyOfRange(a0, as, ae);
        byte[] b = Arrays.copyOfRange(b0, bs, be);
        if (b.length < a.length) {
            byte[] t = a;
            a = b;
            b = t;
        }
        if ((b.length - a.length) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        int[] buffer = new int[a.length];
        for (int i = 0, tmp = MOVE_COST; i < a.length; i++, tmp += MOVE_COST) {
            buffer[i] = tmp;
        }
        int result = 0;
        for (int bi = 0; bi < b.length; bi++) {
            byte code = b[bi];
            int distance = bi * MOVE_COST;
            result = distance;
            int minimum = Integer.MAX_VALUE;
            for (int i = 0; i < a.length; i++) {
                int substitute = distance + substitutionCost(code, a[i]);
                distance = buffer[i];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[i] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }
}
