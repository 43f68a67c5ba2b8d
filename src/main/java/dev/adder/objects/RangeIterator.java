package dev.adder.objects;

import dev.adder.runtime.PyType;
import java.math.BigInteger;

/** {@code range_iterator}: {@code iter(range)} and {@code reversed(range)} (and CPython's {@code longrange_iterator} for huge ranges). */
final class RangeIterator extends PyIterator {
    static final PyType TYPE = IteratorTypes.create("range_iterator", true);
    static final PyType LONG_TYPE = IteratorTypes.create("longrange_iterator", true);

    private long next;
    private final long step;
    private long remaining;

    RangeIterator(long start, long step, long length) {
        this.next = start;
        this.step = step;
        this.remaining = length;
    }

    /** {@code iter(r)}. */
    static PyIterator forward(PyRange r) {
        if (r.isSmall() && fits(r.startObject(), r.stepObject(), r.length())) {
            return new RangeIterator(r.start(), r.step(), r.length());
        }
        return new Big(IntOps.toBig(r.startObject()), IntOps.toBig(r.stepObject()), IntOps.toBig(r.lengthObject()));
    }

    /** {@code reversed(r)}. */
    static PyIterator reverse(PyRange r) {
        BigInteger n = IntOps.toBig(r.lengthObject());
        BigInteger step = IntOps.toBig(r.stepObject());
        BigInteger last = n.signum() == 0 ? IntOps.toBig(r.startObject())
                : IntOps.toBig(r.startObject()).add(n.subtract(BigInteger.ONE).multiply(step));
        BigInteger neg = step.negate();
        if (n.bitLength() < 63 && last.bitLength() < 63 && neg.bitLength() < 63
                && last.add(neg.multiply(n)).bitLength() < 63) {
            return new RangeIterator(last.longValue(), neg.longValue(), n.longValue());
        }
        return new Big(last, neg, n);
    }

    /** Whether every value (and the one after the last) fits in a long. */
    private static boolean fits(Object start, Object step, long n) {
        BigInteger end = IntOps.toBig(start).add(IntOps.toBig(step).multiply(BigInteger.valueOf(n)));
        return end.bitLength() < 64;
    }

    @Override
    public Object next() {
        if (remaining <= 0) {
            return null;
        }
        remaining--;
        long v = next;
        next = v + step;
        return v == (int) v ? (Object) (int) v : (Object) v;
    }

    @Override
    public long lengthHint() {
        return remaining;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Iteration with values or lengths beyond 64 bits. */
    private static final class Big extends PyIterator {
        private BigInteger next;
        private final BigInteger step;
        private BigInteger remaining;

        Big(BigInteger start, BigInteger step, BigInteger length) {
            this.next = start;
            this.step = step;
            this.remaining = length;
        }

        @Override
        public Object next() {
            if (remaining.signum() <= 0) {
                return null;
            }
            remaining = remaining.subtract(BigInteger.ONE);
            BigInteger v = next;
            next = v.add(step);
            return IntOps.normalize(v);
        }

        @Override
        public long lengthHint() {
            return remaining.bitLength() < 63 ? remaining.longValue() : Long.MAX_VALUE;
        }

        @Override
        public PyType type() {
            return LONG_TYPE;
        }
    }
}
