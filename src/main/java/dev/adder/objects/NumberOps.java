package dev.adder.objects;

/** The built-in numeric and sequence fast paths of {@link Arith}: int, float, str and bool operands. */
final class NumberOps {
    private NumberOps() {}

    /** {@code a OP b} when both operands are built-in numbers (or str/list concatenation), else null. */
    static Object binary(int op, Object a, Object b) {
        if (IntOps.isInt(a) && IntOps.isInt(b)) {
            switch (op) {
                case Arith.ADD: return IntOps.add(a, b);
                case Arith.SUBTRACT: return IntOps.sub(a, b);
                case Arith.MULTIPLY: return IntOps.mul(a, b);
                default: return null;
            }
        }
        if (a instanceof String s && op == Arith.ADD && b instanceof String) {
            return StrOps.concat(s, b);
        }
        return null;
    }
}
