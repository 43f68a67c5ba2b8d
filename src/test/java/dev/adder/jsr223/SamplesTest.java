package dev.adder.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.adder.ast.Python3;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The samples in {@code samples/} are compiled and run here, so they never rot: each host's output is
 * compared with what python3 computes from the same Python file.
 */
class SamplesTest {
    @TempDir
    Path out;

    private List<String> compileAndRun(String dir, String mainClass, String pyFile) throws Exception {
        Path sample = Path.of("samples", dir);
        String classpath = System.getProperty("java.class.path");
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        Process javac = new ProcessBuilder(bin.resolve("javac").toString(), "-d", out.toString(), "-cp", classpath,
                sample.resolve(mainClass + ".java").toString()).inheritIO().start();
        assertEquals(0, javac.waitFor(), "javac " + mainClass);
        String java = bin.resolve("java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-cp", out + File.pathSeparator + classpath, mainClass,
                sample.resolve(pyFile).toString()));
        return Python3.runCommand(cmd);
    }

    @Test
    void configHostReadsTypedValues() throws Exception {
        Python3.assumeAvailable();
        List<String> host = compileAndRun("config", "ConfigHost", "config.py");
        List<String> cpython = Python3.run(
                "g = {'cpu_count': 8, 'env': {'PORT_OFFSET': '80', 'DEBUG': 'False'}}\n"
                + "exec(open('samples/config/config.py').read(), g)\n"
                + "for k in ['name', 'port', 'debug', 'timeout_seconds']:\n"
                + "    v = g[k]\n    print(f'{k}={str(v).lower() if isinstance(v, bool) else v}')\n"
                + "print('hosts=' + ','.join(g['hosts']))\n"
                + "print(f\"requests_per_second={g['limits']['requests_per_second']}\")\n"
                + "print(f\"burst={g['limits']['burst']}\")\nprint(g['greeting']('ada'))\n");
        assertEquals(cpython, host);
    }

    @Test
    void callbacksHostCallsClosuresFromThreads() throws Exception {
        Python3.assumeAvailable();
        List<String> host = compileAndRun("callbacks", "CallbacksHost", "callbacks.py");
        List<String> cpython = Python3.run(
                "import functools\nclass Bus:\n    def __init__(self):\n        self.ls = []\n"
                + "    def subscribe(self, l):\n        self.ls.append(l)\n"
                + "    def publish(self, k):\n        for l in self.ls:\n            l(k)\n"
                + "bus = Bus()\ng = {'bus': bus}\nexec(open('samples/callbacks/callbacks.py').read(), g)\n"
                + "total = 0\nfor t in range(4):\n    for i in range(1000):\n"
                + "        bus.publish('even' if i % 2 == 0 else 'odd')\n        total += g['scale'](i)\n"
                + "words = sorted(['pear', 'fig', 'banana', 'kiwi', 'apple'], key=functools.cmp_to_key(g['shortest_first']))\n"
                + "print('sorted=[' + ', '.join(words) + ']')\n"
                + "print('received=' + str(dict(sorted(g['received'].items()))))\n"
                + "print('scale calls=' + str(g['scale'].__closure__[0].cell_contents))\nprint('sum=' + str(total))\n");
        assertEquals(cpython, host);
    }

    @Test
    void samplesAreShownInTheReadme() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        for (String f : List.of("samples/config/ConfigHost.java", "samples/callbacks/CallbacksHost.java")) {
            assertEquals(true, readme.contains(f), "README mentions " + f);
        }
    }
}
