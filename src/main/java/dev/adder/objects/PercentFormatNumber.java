package dev.adder.objects;

import dev.adder.runtime.Errors;
import java.math.BigInteger;
import java.util.Locale;

/** The numeric conversions of {@code str % args}: %d %i %u %o %x %X, %e %f %g (and capitals), %c. */
// CPython 3.11: Objects/unicodeobject.c mainformatlong, _PyUnicode_FormatLong, formatfloat, formatchar
final class PercentFormatNumber {
    private PercentFormatNumber() {}

    /** Converts {@code v} for %d %i %u %o %x %X: sign, '0x'/'0o' prefix when {@code alt}, at least {@code prec} digits. */
    static String formatLong(Object v, int type, boolean alt, int prec) {
        Object i;
        if (IntOps.isInt(v)) {
            i = IntOps.index(v);
        } else if (v instanceof Double d) {
            if (type == 'o' || type == 'x' || type == 'X') {
                throw wrongType(v, type);
            }
            i = IntOps.fromDouble(d);
        } else if (!NumberOps.isNative(v) && v instanceof dev.adder.runtime.PyObject p
                && (p.type().lookup("__index__") != null || (p.type().lookup("__int__") != null
                && type != 'o' && type != 'x' && type != 'X'))) {
            // CPython 3.11: mainformatlong takes __index__ (and __int__ for %d %i %u).
            i = p.type().lookup("__index__") != null ? Ops.index(v) : IntConstructor.toInt(v);
        } else {
            throw wrongType(v, type);
        }
        if (prec > PercentFormat.MAX_LENGTH) {
            throw Errors.memoryError("");
        }
        boolean negative;
        String digits;
        if (i instanceof BigInteger big) {
            negative = big.signum() < 0;
            digits = switch (type) {
                case 'o' -> big.abs().toString(8);
                case 'x', 'X' -> big.abs().toString(16);
                default -> IntText.repr(IntOps.abs(i));
            };
        } else {
            long x = ((Number) i).longValue();
            negative = x < 0;
            if (!negative && prec <= 0 && !alt && (type == 'd' || type == 'i' || type == 'u')) {
                return Long.toString(x);
            }
            // -Long.MIN_VALUE overflows, but as an unsigned value it is the magnitude.
            long mag = negative ? -x : x;
            digits = switch (type) {
                case 'o' -> Long.toOctalString(mag);
                case 'x', 'X' -> Long.toHexString(mag);
                default -> Long.toUnsignedString(mag);
            };
        }
        StringBuilder sb = new StringBuilder(digits.length() + 4 + Math.max(0, prec));
        if (negative) {
            sb.append('-');
        }
        if (alt && type != 'd' && type != 'i' && type != 'u') {
            sb.append('0').append(type == 'o' ? 'o' : 'x');
        }
        for (int k = digits.length(); k < prec; k++) {
            sb.append('0');
        }
        sb.append(digits);
        String s = sb.toString();
        return type == 'X' ? s.toUpperCase(Locale.ROOT) : s;
    }

    private static RuntimeException wrongType(Object v, int type) {
        if (type == 'o' || type == 'x' || type == 'X') {
            return Errors.typeError("%" + (char) type + " format: an integer is required, not " + FormatText.typeName(v));
        }
        return Errors.typeError("%" + (char) type + " format: a real number is required, not " + FormatText.typeName(v));
    }

    /** Converts {@code v} for %e %E %f %F %g %G. */
    static String formatFloat(Object v, int type, boolean alt, int prec) {
        double x;
        v = BuiltinValue.unwrap(v);
        if (v instanceof Double d) {
            x = d;
        } else if (IntOps.isInt(v)) {
            x = IntOps.toDouble(IntOps.index(v));
        } else {
            throw Errors.typeError("must be real number, not " + FormatText.typeName(v));
        }
        return FormatDouble.toText(x, (char) type, prec, alt, false, false);
    }

    /** The code point for %c: a one-character str or an int in range(0x110000). */
    static int formatChar(Object v) {
        v = BuiltinValue.unwrap(v);
        if (v instanceof String s) {
            if (s.codePointCount(0, s.length()) == 1) {
                return s.codePointAt(0);
            }
            throw Errors.typeError("%c requires int or char");
        }
        if (!IntOps.isInt(v)) {
            throw Errors.typeError("%c requires int or char");
        }
        Object i = IntOps.index(v);
        if (i instanceof BigInteger || ((Number) i).longValue() < 0 || ((Number) i).longValue() > 0x10ffff) {
            throw Errors.overflowError("%c arg not in range(0x110000)");
        }
        return ((Number) i).intValue();
    }
}
