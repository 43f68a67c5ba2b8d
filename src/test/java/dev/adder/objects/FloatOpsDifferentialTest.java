package dev.adder.objects;

import static dev.adder.objects.NumericDifferential.f;
import static dev.adder.objects.NumericDifferential.i;
import static dev.adder.objects.NumericDifferential.num;

import dev.adder.objects.NumericDifferential.Case;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Compares float arithmetic, rounding, hashing and int/float comparisons with python3. */
class FloatOpsDifferentialTest {
    static List<Double> specialFloats() {
        double[] v = {0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, 0.1, -0.1, 3.0, -3.0, 7.0, 10.0, 1e16,
            123.456, -987.654321, 2.675, 0.125, 0.375, 1e308, -1e308, Double.MAX_VALUE, -Double.MAX_VALUE,
            Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, 1e-300, 1e-310, Math.PI, Math.E,
            9007199254740992.0, 9007199254740994.0, -9007199254740992.0, 4503599627370497.0, 9.223372036854775807E18,
            -9.223372036854775808E18, 1.8446744073709552E19, 0.3333333333333333, 1e22, 1e23, 5e-324 * 3,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 1.0 / 3, 2.0 / 3, 100.0, 1e-5};
        List<Double> out = new ArrayList<>();
        for (double d : v) {
            out.add(d);
        }
        return out;
    }

    static List<Double> randomFloats(Random rnd, int count) {
        List<Double> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            switch (k % 4) {
                case 0 -> out.add(Double.longBitsToDouble(rnd.nextLong()));
                case 1 -> out.add((rnd.nextDouble() - 0.5) * Math.pow(10, rnd.nextInt(40) - 20));
                case 2 -> out.add((double) (rnd.nextInt(2001) - 1000) / (1 + rnd.nextInt(16)));
                default -> out.add(Math.round(rnd.nextGaussian() * 1000) / 8.0);
            }
        }
        return out;
    }

    private static void arithmetic(List<Case> cases, double a, double b) {
        String args = " " + f(a) + " " + f(b);
        cases.add(new Case("truediv" + args, () -> FloatOps.truediv(a, b)));
        cases.add(new Case("floordiv" + args, () -> FloatOps.floordiv(a, b)));
        cases.add(new Case("mod" + args, () -> FloatOps.mod(a, b)));
        cases.add(new Case("divmod" + args, () -> FloatOps.divmod(a, b)));
        cases.add(new Case("pow" + args, () -> FloatOps.pow(a, b)));
    }

    @Test
    void arithmeticOnSpecialAndRandomPairs() {
        List<Case> cases = new ArrayList<>();
        List<Double> values = specialFloats();
        for (double a : values) {
            for (double b : values) {
                arithmetic(cases, a, b);
            }
        }
        Random rnd = new Random(3);
        List<Double> random = randomFloats(rnd, 3000);
        for (int k = 0; k + 1 < random.size(); k++) {
            arithmetic(cases, random.get(k), random.get(k + 1));
            arithmetic(cases, random.get(k), values.get(rnd.nextInt(values.size())));
        }
        // Integral exponents: the exact path must round as the C library does.
        for (int k = 0; k < 2000; k++) {
            double base = random.get(k);
            double e = rnd.nextInt(130) - 65;
            cases.add(new Case("pow " + f(base) + " " + f(e), () -> FloatOps.pow(base, e)));
            double small = 1 + rnd.nextDouble() * 3;
            cases.add(new Case("pow " + f(small) + " " + f(e), () -> FloatOps.pow(small, e)));
        }
        NumericDifferential.check(cases);
    }

    @Test
    void unaryRoundingHashRatio() {
        List<Case> cases = new ArrayList<>();
        List<Double> values = specialFloats();
        values.addAll(randomFloats(new Random(11), 2000));
        for (double a : values) {
            String x = f(a);
            cases.add(new Case("repr " + x, () -> FloatOps.repr(a)));
            cases.add(new Case("round1 " + x, () -> Rounding.round(a)));
            cases.add(new Case("int " + x, () -> IntOps.fromDouble(a)));
            cases.add(new Case("isint " + x, () -> FloatOps.isInteger(a)));
            cases.add(new Case("ratio " + x, () -> FloatOps.asIntegerRatio(a)));
            if (!Double.isNaN(a)) {
                cases.add(new Case("hash " + x, () -> IntOps.valueOf(NumericHash.hashDouble(a))));
            }
            for (int n : new int[] {0, 1, 2, 3, 5, -1, -2, 10, 17, 300, 330, -300, -310, -400}) {
                cases.add(new Case("round2 " + x + " " + i(n), () -> Rounding.round(a, n)));
            }
        }
        NumericDifferential.check(cases);
    }

    @Test
    void mixedIntFloatComparisonsAreExact() {
        List<Case> cases = new ArrayList<>();
        List<Double> floats = specialFloats();
        floats.addAll(randomFloats(new Random(5), 300));
        List<Object> ints = IntOpsDifferentialTest.boundaryInts();
        for (double d : new double[] {9007199254740992.0, 9.223372036854775807E18, 1.8446744073709552E19, 1e300}) {
            BigInteger exact = IntOps.toBig(IntOps.fromDouble(d));
            for (int delta = -1; delta <= 1; delta++) {
                ints.add(IntOps.normalize(exact.add(BigInteger.valueOf(delta))));
                ints.add(IntOps.normalize(exact.add(BigInteger.valueOf(delta)).negate()));
            }
        }
        String[] ops = {"lt", "le", "eq", "ne", "gt", "ge"};
        for (double d : floats) {
            for (Object n : ints) {
                for (int op = 0; op < ops.length; op++) {
                    int o = op;
                    cases.add(new Case(ops[op] + " " + f(d) + " " + num(n), () -> FloatOps.compare(d, n, o)));
                    cases.add(new Case(ops[op] + " " + num(n) + " " + f(d), () -> FloatOps.compare(n, d, o)));
                }
            }
        }
        NumericDifferential.check(cases);
    }
}
