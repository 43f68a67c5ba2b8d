package dev.adder.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.adder.ast.Python3;
import dev.adder.builtins.PythonRuntime;
import dev.adder.ast.Mod;
import dev.adder.compiler.Compiler;
import dev.adder.syntax.Parser;
import dev.adder.syntax.Source;
import dev.adder.text.FloatRepr;
import dev.adder.vm.Interpreter;
import dev.adder.vm.InterpreterState;
import java.io.StringWriter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The speed paths of session 5 against CPython: fixed-point float formatting without BigDecimal
 * (exact half-even rounding at every precision it takes), int and %-format layouts, str.join,
 * single-char split and count, replace, str(x), BUILD_STRING, and the int/str sorts (stable,
 * keeping the very objects, reverse keeping equal items in order).
 */
class StrFastPathsTest {
    private static String run(String source) {
        StringWriter out = new StringWriter();
        InterpreterState interp = PythonRuntime.create(new String[] {"fp"}, out, new StringWriter(), null);
        PyDict g = PythonRuntime.mainModule(interp, "<fp>").globals();
        Interpreter.runModule(interp, Compiler.compileModule((Mod.Module) Parser.parseFile(
                Source.fromString(source, "<fp>")), "<fp>"), g);
        PythonRuntime.flush(interp);
        return out.toString();
    }

    private static void sameAsCPython(String source) {
        Python3.assumeAvailable();
        List<String> expected = Python3.run(source);
        assertEquals(String.join("\n", expected), run(source).stripTrailing());
    }

    /** Doubles whose 'f' rounding is hard: ties in binary, halfway decimals, tiny, huge, subnormal. */
    private static String floatLiterals() {
        Random rnd = new Random(20261122);
        StringBuilder sb = new StringBuilder("[0.0, -0.0, 0.5, 1.5, 2.5, 2.675, 0.125, 0.375, 1e-300, 5e-324, "
                + "1e15, 1e16, 1e17, 1e18, 1e19, 1e22, 0.005, 0.015, 0.025, 9.995, 999999.9999, 1.0000000000000002, "
                + "4503599627370496.5, 9007199254740993.0, 4.611686018427388e18, 9.223372036854776e18, 9.2e18, "
                + "0.5e-18, 1.5e-18, 2.5e-18, 5e-19, 4.9e-19, 123456.789, -3.14159, 1.7976931348623157e308");
        for (int i = 0; i < 400; i++) {
            double[] vs = {
                Double.longBitsToDouble(rnd.nextLong()), (rnd.nextDouble() - 0.5) * 2000, rnd.nextInt(2_000_000) / 8.0,
                rnd.nextInt(2_000_000) * 0.001, rnd.nextInt(2_000_000) * 1e-12, (rnd.nextInt(20000) + 0.5) / 100,
            };
            for (double v : vs) {
                if (Double.isFinite(v)) {
                    sb.append(", ").append(FloatRepr.floatRepr(v));
                }
            }
        }
        return sb.append("]").toString();
    }

    @Test
    void fixedPointFloatFormatting() {
        sameAsCPython("vals = " + floatLiterals() + "\n" + """
                for v in vals:
                    for p in (0, 1, 2, 3, 5, 6, 10, 17, 18, 19):
                        print(f"{v:.{p}f}|{v:#.{p}f}|{v:z.{p}f}|{v:.{p}%}|{'%.*f' % (p, v)}|{v:+.{p}F}|{v:12.{p}f}|{v:_>+14,.{p}f}")
                """);
    }

    @Test
    void intAndPercentLayouts() {
        sameAsCPython("""
                ints = [0, 1, -1, 7, -7, 2**31-1, -2**31, 2**63-1, -2**63, 2**64, -2**64, 12345678901, True]
                for i in ints:
                    print([format(i, s) for s in ("", "d", "05d", "+d", "-d", " d", ",", "_", "10", "<10", "^10",
                                                  "=+10", "x", "#x", "#o", "b", "X", "n", "012,d", "#010x", "0=8")])
                    print([f % i for f in ("%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%#x", "%#X", "%o",
                                           "%#o", "%.5d", "%i", "%u", "%08.3d", "%s", "%r", "%10s|", "%.2s", "%-10r|")])
                print("%s-%d %s %.3s %r" % ("itém", 3, "\\U0001F600x", "\\U0001F600\\U0001F601abc", "\\U0001F600"))
                print("%5s|%-6s|%.1s|%c|%5c|" % ("\\U0001F600", "\\U0001F600", "\\U0001F600\\U0001F600", 0x1F600, "é"))
                print(format("\\U0001F600", "*^7") + format(3, "\\U0001F600>6") + format(2.5, "\\U0001F600<9.2f"))
                x = 3; y = 'é'; z = '\\U0001F600'
                print(f"{x}{y}{z}", f"{x:>3}|{y:^5}|{z!r}", f"a{x}b{y}c{z}d{x:05d}", f"{''}{''}", f"{x:{y}>{x}}")
                print(str(5), str(), str(b'ab', 'ascii'), str(object=3), repr(str(1.5)), str('\\U0001F600'))
                """);
    }

    @Test
    void joinSplitCountReplace() {
        sameAsCPython("""
                s = "a,b,,c,"
                print(s.split(","), s.split(",", 1), s.split(",", 0), s.split(",", -1), s.split(sep=",", maxsplit=2))
                print("".split(","), ",".split(","), "x😀y😀".split("😀"), "aébé".split("é"), "a--b--c".split("--", 1))
                x = "abc"; print(x.split(",")[0] is x, x.split("b"), "a  b ".split())
                print("00100".count("0"), "00100".count("0", 1), "00100".count("0", 1, -1), "😀a😀".count("a"),
                      "😀a😀".count("😀"), "aaa".count("aa"), "abc".count(""), "".count("a"), "a😀0😀0".count("0", 2))
                print(",".join([]), ",".join(["a"]), "".join(["a", "b"]), ", ".join(("x", "y")), "-".join("abc"),
                      "-".join({"a": 1, "b": 2}), "+".join(map(str, range(5))), "😀".join(["x", "y"]), "é".join("ab"))
                class S(str): pass
                print("-".join([S("q"), "r"]), type("-".join([S("q")])).__name__)
                for bad in (["a", 1], [1], ["a", None, 3], 5):
                    try:
                        print("-".join(bad))
                    except TypeError as e:
                        print(e)
                print("aXbXc".replace("X", ""), "aXbXc".replace("X", "YY"), "aaaa".replace("aa", "b"),
                      "a😀b".replace("😀", "!"), "abc".replace("b", "é"), "xx".replace("x", "y", 1), "ab".replace("", "-"))
                """);
    }

    @Test
    void intAndStrSortsAreStableAndKeepObjects() {
        sameAsCPython("""
                l = [5, 3, -1, 2**31-1, -2**31, 3, 0, 5]; l.sort(); print(l); l.sort(reverse=True); print(l)
                a = 1000; b = 999 + int("1"); c = 999
                l = [a, b, c]; l.sort(); print(l[1] is a, l[2] is b)
                l = [a, b, c]; l.sort(reverse=True); print(l[0] is a, l[1] is b)
                print(sorted([(i * 7919) % 10007 for i in range(3000)])[::97])
                print(sorted([(i * 7919) % 10007 for i in range(3000)], reverse=True)[::97])
                words = ["b", "a", "\\U0001F600", "\\uffff", "\\ue000", "ab", "", "a", "\\ud7ff", "é"]
                print(sorted(words) == sorted(words, key=lambda w: [ord(ch) for ch in w]), sorted(words, reverse=True))
                plain = ["b", "a", "\\uffff", "\\ue000", "ab", "", "a", "é", "B"]
                print(sorted(plain), sorted(plain, reverse=True))
                p = "x" * 3; q = "".join(["x", "x", "x"])
                r = sorted([q, "a", p]); print(r[1] is q, r[2] is p)
                r = sorted([q, "a", p], reverse=True); print(r[0] is q, r[1] is p)
                """);
    }
}
