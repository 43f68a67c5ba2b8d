package dev.adder.objects;

import dev.adder.runtime.Errors;
import java.math.BigInteger;

/** {@code format(value, spec)} for the built-in values formatting knows: int, bool, float and str. */
public final class FormatValue {
    private FormatValue() {}

    /** Whether {@link #format} handles {@code value}'s type. */
    public static boolean handles(Object value) {
        return value instanceof String || value instanceof Double || value instanceof Integer || value instanceof Long
                || value instanceof BigInteger || value instanceof Boolean;
    }

    /**
     * Returns {@code format(value, spec)} for an int, bool, float or str; other types are the
     * runtime's business ({@code object.__format__} and user {@code __format__} methods).
     */
    public static String format(Object value, String spec) {
        if (value instanceof String s) {
            return StrFormat.format(s, spec);
        } else if (value instanceof Double d) {
            return FloatFormat.format(d, spec);
        } else if (handles(value)) {
            return IntFormat.format(value, spec);
        }
        throw Errors.typeError("FormatValue cannot format a '" + Errors.typeName(value) + "'");
    }
}
