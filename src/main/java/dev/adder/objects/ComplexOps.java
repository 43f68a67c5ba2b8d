package dev.adder.objects;

import dev.adder.runtime.Errors;

/** Complex arithmetic as CPython computes it (Objects/complexobject.c), so results match bit for bit. */
public final class ComplexOps {
    private ComplexOps() {}

    /** Whether {@code v} is a number complex arithmetic accepts: int, bool, float or complex. */
    static boolean isNumber(Object v) {
        return v instanceof PyComplex || v instanceof Double || IntOps.isInt(v);
    }

    /** {@code v} as a complex (ints convert through float: OverflowError when too large). */
    static PyComplex of(Object v) {
        if (v instanceof PyComplex c) {
            return c;
        } else if (v instanceof Double d) {
            return new PyComplex(d, 0.0);
        }
        return new PyComplex(IntOps.toDouble(v), 0.0);
    }

    /** {@code a + b}. */
    public static PyComplex add(PyComplex a, PyComplex b) {
        return new PyComplex(a.real() + b.real(), a.imag() + b.imag());
    }

    /** {@code a - b}. */
    public static PyComplex sub(PyComplex a, PyComplex b) {
        return new PyComplex(a.real() - b.real(), a.imag() - b.imag());
    }

    /** {@code a * b}. */
    public static PyComplex mul(PyComplex a, PyComplex b) {
        return new PyComplex(a.real() * b.real() - a.imag() * b.imag(), a.real() * b.imag() + a.imag() * b.real());
    }

    /** {@code a / b}: ZeroDivisionError "complex division by zero". */
    // CPython 3.11: Objects/complexobject.c _Py_c_quot
    public static PyComplex div(PyComplex a, PyComplex b) {
        double absBr = Math.abs(b.real());
        double absBi = Math.abs(b.imag());
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                throw Errors.zeroDivisionError("complex division by zero");
            }
            double ratio = b.imag() / b.real();
            double denom = b.real() + b.imag() * ratio;
            return new PyComplex((a.real() + a.imag() * ratio) / denom, (a.imag() - a.real() * ratio) / denom);
        } else if (absBi >= absBr) {
            double ratio = b.real() / b.imag();
            double denom = b.real() * ratio + b.imag();
            return new PyComplex((a.real() * ratio + a.imag()) / denom, (a.imag() * ratio - a.real()) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN);
    }

    /** {@code a ** b}: ZeroDivisionError for 0 to a negative/complex power, OverflowError "complex exponentiation". */
    // CPython 3.11: Objects/complexobject.c complex_pow, _Py_c_pow, c_powi
    public static PyComplex pow(PyComplex a, PyComplex b) {
        PyComplex r;
        if (b.imag() == 0.0 && b.real() == Math.floor(b.real()) && Math.abs(b.real()) <= 100.0) {
            r = powi(a, (long) b.real());
        } else {
            r = cpow(a, b);
        }
        if (Double.isInfinite(r.real()) || Double.isInfinite(r.imag())) {
            throw Errors.overflowError("complex exponentiation");
        }
        return r;
    }

    private static PyComplex cpow(PyComplex a, PyComplex b) {
        if (b.real() == 0.0 && b.imag() == 0.0) {
            return new PyComplex(1.0, 0.0);
        }
        if (a.real() == 0.0 && a.imag() == 0.0) {
            if (b.imag() != 0.0 || b.real() < 0.0) {
                throw Errors.zeroDivisionError("0.0 to a negative or complex power");
            }
            return new PyComplex(0.0, 0.0);
        }
        double vabs = Math.hypot(a.real(), a.imag());
        double len = Math.pow(vabs, b.real());
        double at = Math.atan2(a.imag(), a.real());
        double phase = at * b.real();
        if (b.imag() != 0.0) {
            len /= Math.exp(at * b.imag());
            phase += b.imag() * Math.log(vabs);
        }
        if (Double.isInfinite(phase)) {
            // cos/sin of an infinity set errno to EDOM in C, which complex_pow reports so.
            throw Errors.zeroDivisionError("0.0 to a negative or complex power");
        }
        return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
    }

    private static PyComplex powi(PyComplex x, long n) {
        if (n > 0) {
            return powu(x, n);
        }
        PyComplex p = powu(x, -n);
        if (p.real() == 0.0 && p.imag() == 0.0 && n < 0) {
            throw Errors.zeroDivisionError("0.0 to a negative or complex power");
        }
        return div(new PyComplex(1.0, 0.0), p);
    }

    private static PyComplex powu(PyComplex x, long n) {
        PyComplex r = new PyComplex(1.0, 0.0);
        PyComplex p = x;
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                r = mul(r, p);
            }
            mask <<= 1;
            p = mul(p, p);
        }
        return r;
    }

    /** {@code abs(z)}: OverflowError "absolute value too large" when finite parts overflow. */
    public static double abs(PyComplex z) {
        double re = z.real();
        double im = z.imag();
        if (Double.isInfinite(re) || Double.isInfinite(im)) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(re) || Double.isNaN(im)) {
            return Double.NaN;
        }
        double r = Math.hypot(re, im);
        if (Double.isInfinite(r)) {
            throw Errors.overflowError("absolute value too large");
        }
        return r;
    }

    /** {@code hash(z)}: CPython's combination of the parts' hashes. */
    public static long hash(PyComplex z) {
        long h = NumericHash.hashDouble(z.real()) + 1000003L * NumericHash.hashDouble(z.imag());
        return h == -1 ? -2 : h;
    }

    /** {@code a OP b} for complex operands (at least one complex), or null when complex has no such operator. */
    static Object binary(int op, Object a, Object b) {
        PyComplex x = of(a);
        PyComplex y = of(b);
        switch (op) {
            case Arith.ADD: return add(x, y);
            case Arith.SUBTRACT: return sub(x, y);
            case Arith.MULTIPLY: return mul(x, y);
            case Arith.TRUE_DIVIDE: return div(x, y);
            case Arith.POWER: return pow(x, y);
            default: return null;
        }
    }
}
