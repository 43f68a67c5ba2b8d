package dev.adder.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.adder.interop.hosts.Calculator;
import dev.adder.interop.hosts.EventSource;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Bad input from scripts gives Python exceptions, never a Java exception (which the VM would report as SystemError). */
class InteropRobustnessTest {
    private static final String SAMPLES = "samples = [None, 0, -1, 2**31, 2**70, 1.5, float('nan'), 'x', '', True, [1],"
            + " (1,), {}, lambda: 0, lambda a: a, lambda a, b: b, c, ValueError('v')]\n";

    @Test
    void everyMethodWithOddArguments() {
        PyHarness py = new PyHarness().put("c", new Calculator()).put("src", new EventSource());
        List<String> names = new ArrayList<>();
        for (Method m : Calculator.class.getMethods()) {
            if (!names.contains(m.getName()) && !m.getName().equals("sleepInterrupted")) {
                names.add(m.getName());
            }
        }
        py.put("names", dev.adder.objects.PyList.of(names.toArray()));
        String out = py.exec(SAMPLES
                + "bad = []\n"
                + "for n in names + ['count', 'label', 'enabled', 'size', 'name']:\n"
                + "    for a in samples:\n"
                + "        for args in [(), (a,), (a, a), (1, a)]:\n"
                + "            try:\n"
                + "                f = getattr(c, n)\n"
                + "                f(*args)\n"
                + "            except SystemError as e:\n"
                + "                bad.append((n, args, str(e)))\n"
                + "            except Exception:\n"
                + "                pass\n"
                + "        try:\n"
                + "            setattr(c, n, a)\n"
                + "        except SystemError as e:\n"
                + "            bad.append(('set', n, str(e)))\n"
                + "        except Exception:\n"
                + "            pass\n"
                + "print(bad)\n");
        assertEquals("[]", out.strip());
    }

    @Test
    void containersWithOddKeysAndValues() {
        PyHarness py = new PyHarness();
        py.put("xs", new ArrayList<>(List.of(1, 2, 3))).put("m", new HashMap<>()).put("t", new TreeMap<>())
                .put("s", new TreeSet<>()).put("a", new int[3]).put("fixed", List.of(1, 2))
                .put("c", new Calculator());
        String out = py.exec(SAMPLES
                + "bad = []\n"
                + "ops = [lambda o, k: o[k], lambda o, k: o.__setitem__(k, k), lambda o, k: o.__delitem__(k),\n"
                + "       lambda o, k: k in o, lambda o, k: o.append(k), lambda o, k: o.pop(k), lambda o, k: o.add(k),\n"
                + "       lambda o, k: o.index(k), lambda o, k: o.insert(k, k), lambda o, k: o.get(k, k),\n"
                + "       lambda o, k: o.update(k), lambda o, k: o.extend(k), lambda o, k: o[k:k],\n"
                + "       lambda o, k: o.discard(k), lambda o, k: len(o), lambda o, k: list(o), lambda o, k: o == k,\n"
                + "       lambda o, k: hash(o), lambda o, k: repr(o)]\n"
                + "for o in [xs, m, t, s, a, fixed]:\n"
                + "    for op in ops:\n"
                + "        for k in samples:\n"
                + "            try:\n"
                + "                op(o, k)\n"
                + "            except SystemError as e:\n"
                + "                bad.append((type(o).__name__, k, str(e)))\n"
                + "            except Exception:\n"
                + "                pass\n"
                + "print(bad)\n");
        assertEquals("[]", out.strip());
    }
}
