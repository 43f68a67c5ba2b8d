package dev.adder.objects;

import static dev.adder.objects.NumericDifferential.i;
import static dev.adder.objects.NumericDifferential.num;

import dev.adder.objects.NumericDifferential.Case;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Compares int arithmetic with python3 on boundary values (2**31, 2**63, huge, bools) and random ones. */
class IntOpsDifferentialTest {
    /** Boundary ints: around 0, 2**31, 2**32, 2**53, 2**62, 2**63, 2**64, huge, and bools. */
    static List<Object> boundaryInts() {
        List<Object> v = new ArrayList<>();
        String[] bases = {"0", "1", "2", "3", "7", "10", "255", "1000"};
        for (String b : bases) {
            v.add(IntOps.normalize(new BigInteger(b)));
            v.add(IntOps.normalize(new BigInteger(b).negate()));
        }
        int[] powers = {31, 32, 53, 62, 63, 64, 100, 200};
        for (int p : powers) {
            BigInteger two = BigInteger.ONE.shiftLeft(p);
            for (BigInteger x : new BigInteger[] {two.subtract(BigInteger.ONE), two, two.add(BigInteger.ONE)}) {
                v.add(IntOps.normalize(x));
                v.add(IntOps.normalize(x.negate()));
            }
        }
        v.add(IntOps.normalize(BigInteger.valueOf(3).pow(100)));
        v.add(IntOps.normalize(BigInteger.TEN.pow(50).add(BigInteger.valueOf(7)).negate()));
        v.add(true);
        v.add(false);
        return v;
    }

    static List<Object> randomInts(Random rnd, int count) {
        List<Object> v = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int bits = 1 + rnd.nextInt(k % 3 == 0 ? 200 : 70);
            BigInteger x = new BigInteger(bits, rnd);
            v.add(IntOps.normalize(rnd.nextBoolean() ? x : x.negate()));
        }
        return v;
    }

    private static void binary(List<Case> cases, String op, Object a, Object b, BinaryOperator<Object> f) {
        cases.add(new Case(op + " " + num(a) + " " + num(b), () -> f.apply(a, b)));
    }

    private static void arithmetic(List<Case> cases, Object a, Object b) {
        binary(cases, "add", a, b, IntOps::add);
        binary(cases, "sub", a, b, IntOps::sub);
        binary(cases, "mul", a, b, IntOps::mul);
        binary(cases, "floordiv", a, b, IntDivision::floordiv);
        binary(cases, "mod", a, b, IntDivision::mod);
        binary(cases, "divmod", a, b, IntDivision::divmod);
        binary(cases, "truediv", a, b, IntDivision::truediv);
        binary(cases, "and", a, b, IntBits::and);
        binary(cases, "or", a, b, IntBits::or);
        binary(cases, "xor", a, b, IntBits::xor);
        binary(cases, "lt", a, b, IntOps::lt);
        binary(cases, "le", a, b, IntOps::le);
        binary(cases, "eq", a, b, IntOps::eq);
        binary(cases, "gt", a, b, IntOps::gt);
        binary(cases, "ge", a, b, IntOps::ge);
    }

    @Test
    void arithmeticOnBoundaryAndRandomPairs() {
        List<Case> cases = new ArrayList<>();
        List<Object> values = boundaryInts();
        for (Object a : values) {
            for (Object b : values) {
                arithmetic(cases, a, b);
            }
        }
        Random rnd = new Random(42);
        List<Object> random = randomInts(rnd, 600);
        for (int k = 0; k + 1 < random.size(); k++) {
            arithmetic(cases, random.get(k), random.get(k + 1));
            arithmetic(cases, random.get(k), values.get(rnd.nextInt(values.size())));
        }
        NumericDifferential.check(cases);
    }

    private static void unary(List<Case> cases, String op, Object a, UnaryOperator<Object> f) {
        cases.add(new Case(op + " " + num(a), () -> f.apply(a)));
    }

    @Test
    void unaryOperationsHashAndText() {
        List<Case> cases = new ArrayList<>();
        List<Object> values = boundaryInts();
        values.addAll(randomInts(new Random(7), 400));
        values.add(IntOps.normalize(BigInteger.TEN.pow(4300).subtract(BigInteger.ONE)));
        values.add(IntOps.normalize(BigInteger.TEN.pow(4300)));
        values.add(IntOps.normalize(BigInteger.TEN.pow(4300).negate().add(BigInteger.ONE)));
        values.add(IntOps.normalize(BigInteger.ONE.shiftLeft(1023).add(BigInteger.ONE.shiftLeft(970))));
        values.add(IntOps.normalize(BigInteger.ONE.shiftLeft(1024).subtract(BigInteger.ONE.shiftLeft(970))));
        values.add(IntOps.normalize(BigInteger.ONE.shiftLeft(1024).subtract(BigInteger.ONE.shiftLeft(970)).subtract(BigInteger.ONE)));
        for (Object a : values) {
            unary(cases, "neg", a, IntOps::neg);
            unary(cases, "pos", a, IntOps::pos);
            unary(cases, "abs", a, IntOps::abs);
            unary(cases, "invert", a, IntOps::invert);
            unary(cases, "bitlen", a, IntBits::bitLength);
            unary(cases, "bitcount", a, IntBits::bitCount);
            unary(cases, "hash", a, x -> IntOps.valueOf(NumericHash.hashInt(x)));
            unary(cases, "repr", a, IntText::repr);
            unary(cases, "float", a, IntOps::toDouble);
            for (int n : new int[] {-1, -2, -3, -10, -20, -100, 0, 2}) {
                cases.add(new Case("round2 " + num(a) + " " + i(n), () -> Rounding.round(a, n)));
            }
        }
        NumericDifferential.check(cases);
    }

    @Test
    void shiftsAndPowers() {
        List<Case> cases = new ArrayList<>();
        List<Object> values = boundaryInts();
        Object[] counts = {0, 1, 2, 5, 30, 31, 32, 33, 62, 63, 64, 65, 100, 1000, -1, -64, Long.MAX_VALUE,
                IntOps.normalize(BigInteger.ONE.shiftLeft(64)), IntOps.normalize(BigInteger.ONE.shiftLeft(100)),
                IntOps.normalize(BigInteger.ONE.shiftLeft(62)), IntOps.normalize(BigInteger.ONE.shiftLeft(63).negate())};
        Object[] exponents = {0, 1, 2, 3, 5, 7, 10, 31, 32, 62, 63, 64, 100, -1, -2, -3, -100, -2000, true, false};
        for (Object a : values) {
            for (Object n : counts) {
                binary(cases, "lshift", a, n, IntBits::lshift);
                binary(cases, "rshift", a, n, IntBits::rshift);
            }
            for (Object e : exponents) {
                binary(cases, "pow", a, e, IntPow::pow);
            }
            for (Object m : new Object[] {1, -1, 2, 7, -7, 1000000007, IntOps.normalize(BigInteger.ONE.shiftLeft(61).subtract(BigInteger.ONE)),
                    IntOps.normalize(BigInteger.TEN.pow(30).add(BigInteger.valueOf(3))), 0}) {
                for (Object e : new Object[] {0, 1, 5, -1, -3, IntOps.normalize(BigInteger.TEN.pow(20))}) {
                    cases.add(new Case("pow3 " + num(a) + " " + num(e) + " " + num(m), () -> IntPow.pow(a, e, m)));
                }
            }
        }
        Object huge = IntOps.normalize(BigInteger.ONE.shiftLeft(100));
        for (Object a : new Object[] {0, 1, -1, true, false}) {
            binary(cases, "pow", a, huge, IntPow::pow);
        }
        NumericDifferential.check(cases);
    }
}
