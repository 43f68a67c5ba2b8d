package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.PyType;
import java.math.BigInteger;

/**
 * Python's {@code range(start, stop, step)}, {@code step != 0}. Bounds are Python ints of any size;
 * when they and the length fit in 64 bits ({@link #isSmall}) the {@code long} accessors and fast
 * paths apply. Methods are in {@link RangeMethods}.
 */
public final class PyRange implements PyObject {
    /** {@code range}. */
    public static final PyType TYPE = BuiltinTypeTable.builtin("range", CoreTypes.OBJECT, BuiltinTypeTable.RANGE);

    private final Object start;
    private final Object stop;
    private final Object step;
    private final boolean small;
    private final long lstart;
    private final long lstop;
    private final long lstep;
    private final long llength;

    /** {@code range(start, stop, step)} with 64-bit bounds. */
    public PyRange(long start, long stop, long step) {
        this(IntOps.valueOf(start), IntOps.valueOf(stop), IntOps.valueOf(step));
    }

    /** {@code range(start, stop, step)} for Python ints (Integer/Long/BigInteger); {@code step != 0}. */
    public PyRange(Object start, Object stop, Object step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        long len = -1;
        if (!(start instanceof BigInteger) && !(stop instanceof BigInteger) && !(step instanceof BigInteger)) {
            len = smallLength(((Number) start).longValue(), ((Number) stop).longValue(), ((Number) step).longValue());
        }
        this.small = len >= 0;
        this.lstart = small ? ((Number) start).longValue() : 0;
        this.lstop = small ? ((Number) stop).longValue() : 0;
        this.lstep = small ? ((Number) step).longValue() : 0;
        this.llength = len;
    }

    /** The length when it fits in a long, else -1. */
    private static long smallLength(long start, long stop, long step) {
        try {
            if (step > 0) {
                return start < stop ? (Math.subtractExact(stop, start) - 1) / step + 1 : 0;
            }
            return start > stop ? (Math.subtractExact(start, stop) - 1) / Math.negateExact(step) + 1 : 0;
        } catch (ArithmeticException e) {
            return -1;
        }
    }

    /** Whether bounds and length fit in 64 bits. */
    public boolean isSmall() {
        return small;
    }

    /** {@code start} (64-bit ranges only). */
    public long start() {
        requireSmall();
        return lstart;
    }

    /** {@code stop} (64-bit ranges only). */
    public long stop() {
        requireSmall();
        return lstop;
    }

    /** {@code step} (64-bit ranges only). */
    public long step() {
        requireSmall();
        return lstep;
    }

    /** {@code r.start} as a Python int. */
    public Object startObject() {
        return start;
    }

    /** {@code r.stop} as a Python int. */
    public Object stopObject() {
        return stop;
    }

    /** {@code r.step} as a Python int. */
    public Object stepObject() {
        return step;
    }

    private void requireSmall() {
        if (!small) {
            throw Errors.overflowError("Python int too large to convert to C ssize_t");
        }
    }

    /** The number of values ({@code OverflowError} when it does not fit in 64 bits). */
    public long length() {
        requireSmall();
        return llength;
    }

    /** The number of values as a Python int of any size ({@code len()} of huge ranges needs this). */
    public Object lengthObject() {
        if (small) {
            return IntOps.valueOf(llength);
        }
        BigInteger a = IntOps.toBig(start);
        BigInteger b = IntOps.toBig(stop);
        BigInteger s = IntOps.toBig(step);
        BigInteger n;
        if (s.signum() > 0) {
            n = a.compareTo(b) < 0 ? b.subtract(a).subtract(BigInteger.ONE).divide(s).add(BigInteger.ONE) : BigInteger.ZERO;
        } else {
            n = a.compareTo(b) > 0 ? a.subtract(b).subtract(BigInteger.ONE).divide(s.negate()).add(BigInteger.ONE)
                    : BigInteger.ZERO;
        }
        return IntOps.normalize(n);
    }

    /** {@code len(r)} as a Python int: {@code OverflowError} beyond {@code sys.maxsize}, as CPython. */
    public Object pyLen() {
        Object n = lengthObject();
        if (n instanceof BigInteger) {
            throw Errors.overflowError("Python int too large to convert to C ssize_t");
        }
        return n;
    }

    /** The i-th value (64-bit ranges, 0 <= i < length). */
    public long at(long i) {
        return lstart + i * lstep;
    }

    /** The i-th value for any ints (0 <= i < length). */
    public Object atObject(Object i) {
        if (small && !(i instanceof BigInteger)) {
            return IntOps.valueOf(at(((Number) i).longValue()));
        }
        return IntOps.normalize(IntOps.toBig(start).add(IntOps.toBig(i).multiply(IntOps.toBig(step))));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyRange r && IntOps.eq(start, r.start) && IntOps.eq(stop, r.stop) && IntOps.eq(step, r.step);
    }

    @Override
    public int hashCode() {
        return start.hashCode() * 31 + stop.hashCode();
    }

    @Override
    public String toString() {
        return RangeMethods.repr(this);
    }
}
