package dev.adder.objects;

import dev.adder.runtime.PyType;

/** The ASCII-only {@code bytes.is*} and {@code bytearray.is*} predicates (CPython's Objects/bytes_methods.c). */
final class BytesPredicates {
    private BytesPredicates() {}

    static void define(PyType t) {
        Methods.noArgs(t, "isalnum", self -> all(self, c -> isAlpha(c) || isDigit(c)));
        Methods.noArgs(t, "isalpha", self -> all(self, BytesPredicates::isAlpha));
        Methods.noArgs(t, "isdigit", self -> all(self, BytesPredicates::isDigit));
        Methods.noArgs(t, "isspace", self -> all(self, BytesMethods::isSpace));
        Methods.noArgs(t, "isascii", self -> {
            for (byte b : value(self)) {
                if (b < 0) {
                    return false;
                }
            }
            return true;
        });
        Methods.noArgs(t, "islower", self -> cased(self, false));
        Methods.noArgs(t, "isupper", self -> cased(self, true));
        Methods.noArgs(t, "istitle", BytesPredicates::istitle);
    }

    /** self's bytes (bytes or bytearray). */
    private static byte[] value(Object self) {
        return self instanceof PyBytes b ? b.value() : ((PyByteArray) self).toBytes();
    }

    private static boolean isAlpha(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean all(Object self, java.util.function.IntPredicate p) {
        byte[] v = value(self);
        if (v.length == 0) {
            return false;
        }
        for (byte b : v) {
            if (!p.test(b & 0xff)) {
                return false;
            }
        }
        return true;
    }

    private static boolean cased(Object self, boolean upper) {
        boolean any = false;
        for (byte b : value(self)) {
            boolean up = b >= 'A' && b <= 'Z';
            boolean low = b >= 'a' && b <= 'z';
            if (upper ? low : up) {
                return false;
            }
            any |= upper ? up : low;
        }
        return any;
    }

    private static boolean istitle(Object self) {
        boolean cased = false;
        boolean prevCased = false;
        for (byte b : value(self)) {
            boolean up = b >= 'A' && b <= 'Z';
            boolean low = b >= 'a' && b <= 'z';
            if (up) {
                if (prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else if (low) {
                if (!prevCased) {
                    return false;
                }
                prevCased = true;
                cased = true;
            } else {
                prevCased = false;
            }
        }
        return cased;
    }
}
