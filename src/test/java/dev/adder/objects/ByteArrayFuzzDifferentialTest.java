package dev.adder.objects;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random calls of bytes, bytearray and memoryview methods with assorted arguments, good and
 * bad, against python3: results and, above all, which error CPython raises first.
 */
class ByteArrayFuzzDifferentialTest {
    private static final String[] RECEIVERS = {"bytearray(b'abcdef')", "bytearray(b'')", "b'abc'",
        "memoryview(bytearray(b'abcdef'))", "memoryview(b'qrs')", "bytearray(range(20))", "memoryview(b'abcd')[::2]"};
    private static final String[] VALUES = {"b''", "b'abc'", "bytearray(b'xyz')", "bytearray()", "memoryview(b'hello')",
        "memoryview(bytearray(b'hey'))[::2]", "0", "1", "-1", "255", "256", "2**70", "'s'", "None", "1.5",
        "slice(1, None, -1)", "slice(None, None, 2)", "slice(5, 1)", "[1, 2]", "(b'a',)", "True", "range(3)",
        "b'\\x00\\xff'", "bytearray(b'%s')", "b'%d'", "b'a'"};
    private static final String[] METHODS = {"append", "extend", "insert", "pop", "remove", "find", "count", "index",
        "split", "join", "strip", "replace", "startswith", "partition", "center", "hex", "translate", "decode",
        "tobytes", "tolist", "cast", "__alloc__", "copy", "zfill", "rsplit", "expandtabs", "fromhex", "removeprefix",
        "rfind", "endswith", "ljust", "lstrip", "rpartition", "splitlines", "isalpha", "title", "maketrans"};
    /** Slot wrappers, called with exactly their argument count (CPython's count message has a stray space). */
    private static final Map<String, Integer> SLOTS = Map.of("__getitem__", 1, "__setitem__", 2, "__delitem__", 1,
            "__iadd__", 1, "__add__", 1, "__mod__", 1, "__contains__", 1, "__eq__", 1, "__lt__", 1);
    private static final String[] SLOT_NAMES = SLOTS.keySet().stream().sorted().toArray(String[]::new);

    @Test
    void randomCallsMatchPython3() {
        Random r = new Random(20261121);
        StringBuilder cases = new StringBuilder();
        for (int i = 0; i < 1500; i++) {
            String recv = RECEIVERS[r.nextInt(RECEIVERS.length)];
            String m;
            int n;
            if (r.nextInt(4) == 0) {
                m = SLOT_NAMES[r.nextInt(SLOT_NAMES.length)];
                n = SLOTS.get(m);
            } else {
                m = METHODS[r.nextInt(METHODS.length)];
                n = r.nextInt(4);
            }
            StringBuilder args = new StringBuilder();
            for (int k = 0; k < n; k++) {
                args.append(k > 0 ? ", " : "").append(VALUES[r.nextInt(VALUES.length)]);
            }
            cases.append("x = ").append(recv).append("; r = x.").append(m).append('(').append(args)
                    .append("); (r, x)\n");
        }
        ByteArrayPrograms.check(cases.toString());
    }
}
