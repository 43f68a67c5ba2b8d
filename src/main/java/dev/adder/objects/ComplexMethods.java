package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.PyType;

/** The {@code complex} type object and its methods (CPython's Objects/complexobject.c). */
final class ComplexMethods {
    private ComplexMethods() {}

    private static final String[] NAMES = {"real", "imag"};

    /** The attributes of the type, defined when first needed. */
    static void defineType(PyType t) {
        NumberDunders.arithmetic(t, ComplexOps::isNumber, Arith.ADD, Arith.SUBTRACT, Arith.MULTIPLY,
                Arith.TRUE_DIVIDE);
        NumberDunders.divmodAndPow(t, ComplexOps::isNumber, false);
        Methods.newMethod(t);
        NumberDunders.comparisons(t, ComplexOps::isNumber);
        NumberDunders.common(t);
        Methods.noArgs(t, "conjugate", self -> new PyComplex(((PyComplex) self).real(), -((PyComplex) self).imag()));
        Methods.noArgs(t, "__complex__", self -> self);
        Methods.noArgs(t, "__getnewargs__", self -> PyTuple.of(((PyComplex) self).real(), ((PyComplex) self).imag()));
        t.define("real", new MemberDescriptor(t, "real", self -> ((PyComplex) BuiltinValue.unwrap(self)).real()));
        t.define("imag", new MemberDescriptor(t, "imag", self -> ((PyComplex) BuiltinValue.unwrap(self)).imag()));
    }

    /** {@code format(z, spec)}. */
    // CPython 3.11: Python/formatter_unicode.c format_complex_internal
    static String format(PyComplex z, String spec) {
        if (spec.isEmpty()) {
            return Ops.str(z);
        }
        FormatSpec f = FormatSpec.parse(spec, "complex", 0, '>');
        if (f.fill() == '0') {
            throw Errors.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (f.align() == '=') {
            throw Errors.valueError("'=' alignment flag is not allowed in complex format specifier");
        }
        int type = f.type();
        switch (type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n':
                break;
            default:
                throw FormatSpec.unknownType(type, "complex");
        }
        double re = z.real();
        double im = z.imag();
        boolean skipRe = false;
        boolean parens = false;
        int precision = (int) Math.min(f.precision(), Integer.MAX_VALUE);
        int defaultPrecision = 6;
        if (type == 0) {
            type = 'r';
            defaultPrecision = 0;
            if (re == 0.0 && Math.copySign(1.0, re) == 1.0) {
                skipRe = true;
            } else {
                parens = true;
            }
        }
        if (type == 'n') {
            type = 'g';
        }
        if (precision < 0) {
            precision = defaultPrecision;
        } else if (type == 'r') {
            type = 'g';
        }
        StringBuilder sb = new StringBuilder();
        if (parens) {
            sb.append('(');
        }
        if (!skipRe) {
            sb.append(part(re, (char) type, precision, f, f.sign()));
        }
        sb.append(part(im, (char) type, precision, f, skipRe ? f.sign() : '+')).append('j');
        if (parens) {
            sb.append(')');
        }
        String body = sb.toString();
        long padding = f.width() - body.codePointCount(0, body.length());
        if (padding <= 0) {
            return body;
        }
        StringBuilder out = new StringBuilder();
        long left = f.align() == '<' ? 0 : f.align() == '^' ? padding / 2 : padding;
        FormatLayout.pad(out, f.fill(), left);
        out.append(body);
        FormatLayout.pad(out, f.fill(), padding - left);
        return out.toString();
    }

    private static String part(double x, char type, int precision, FormatSpec f, char sign) {
        String text = FormatDouble.toText(x, type, precision, f.alternate(), false, f.noNegZero());
        boolean negative = text.startsWith("-");
        int start = negative ? 1 : 0;
        int digitsEnd = start;
        while (digitsEnd < text.length() && text.charAt(digitsEnd) >= '0' && text.charAt(digitsEnd) <= '9') {
            digitsEnd++;
        }
        boolean hasDecimal = digitsEnd < text.length() && text.charAt(digitsEnd) == '.';
        String remainder = text.substring(hasDecimal ? digitsEnd + 1 : digitsEnd);
        FormatSpec bare = new FormatSpec(' ', '>', sign, f.noNegZero(), f.alternate(), -1, f.grouping(), precision, type);
        return FormatLayout.layout(bare, negative, "", text.substring(start, digitsEnd), hasDecimal, remainder);
    }

    // CPython 3.11: Objects/complexobject.c complex_new_impl
    static Object newComplex(PyType type, Object[] args, String[] kw) {
        if (type != PyComplex.TYPE) {
            // CPython 3.11: Objects/complexobject.c complex_subtype_from_doubles
            return BuiltinSubclassInstance.of(type, newComplex(PyComplex.TYPE, args, kw));
        }
        Object[] a = Methods.keywordArgs("complex", args, 0, kw, 0, 2, NAMES);
        Object r = a[0];
        Object i = a[1];
        if (r == null) {
            r = 0;
        }
        if (r instanceof BuiltinValue v && v.value() instanceof String) {
            r = v.value();
        }
        if (r instanceof String s) {
            if (i != null) {
                throw Errors.typeError("complex() can't take second arg if first is a string");
            }
            return parse(s);
        }
        if (BuiltinValue.unwrap(i) instanceof String) {
            throw Errors.typeError("complex() second arg can't be a string");
        }
        double crr;
        double cri = 0.0;
        boolean crComplex = false;
        PyComplex rc = asComplex(r);
        if (rc != null) {
            crr = rc.real();
            cri = rc.imag();
            crComplex = true;
        } else if (r instanceof Double || IntOps.isInt(r) || hasFloat(r)) {
            crr = FloatMethods.toFloat(r);
        } else {
            throw Errors.typeError("complex() first argument must be a string or a number, not '"
                    + Errors.typeName(r) + "'");
        }
        double cir;
        if (i == null) {
            cir = cri;
        } else if (i instanceof PyComplex ic) {
            crr -= ic.imag();
            cir = ic.real();
        } else if (i instanceof Double || IntOps.isInt(i) || hasFloat(i)) {
            cir = FloatMethods.toFloat(i);
        } else {
            throw Errors.typeError("complex() second argument must be a number, not '" + Errors.typeName(i) + "'");
        }
        if (crComplex && i != null) {
            cir += cri;
        }
        return new PyComplex(crr, cir);
    }

    private static boolean hasFloat(Object o) {
        return !NumberOps.isNative(o) && (Ops.type(o).lookup("__float__") != null
                || Ops.type(o).lookup("__index__") != null);
    }

    private static PyComplex asComplex(Object o) {
        if (o instanceof PyComplex c) {
            return c;
        }
        if (NumberOps.isNative(o)) {
            return null;
        }
        Object f = Ops.type(o).lookup("__complex__");
        if (f == null) {
            return null;
        }
        Object r = Ops.call(f, o);
        if (!(r instanceof PyComplex c)) {
            throw Errors.typeError("__complex__ returned non-complex (type " + Errors.typeName(r) + ")");
        }
        return c;
    }

    /** {@code complex("1+2j")}. */
    // CPython 3.11: Objects/complexobject.c complex_from_string_inner
    static PyComplex parse(String text) {
        String s = text.strip();
        if (s.startsWith("(") && s.endsWith(")") && s.length() >= 2) {
            s = s.substring(1, s.length() - 1).strip();
        }
        int n = s.length();
        int end = floatEnd(s, 0);
        if (end == 0) {
            // "j", "+j", "-j"
            int k = 0;
            double sign = 1.0;
            if (k < n && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
                sign = s.charAt(k) == '-' ? -1.0 : 1.0;
                k++;
            }
            if (k == n - 1 && isJ(s.charAt(k))) {
                return new PyComplex(0.0, sign);
            }
            throw malformed();
        }
        double x = number(s.substring(0, end));
        if (end == n) {
            return new PyComplex(x, 0.0);
        }
        if (end == n - 1 && isJ(s.charAt(end))) {
            return new PyComplex(0.0, x);
        }
        char c = s.charAt(end);
        if (c != '+' && c != '-') {
            throw malformed();
        }
        int end2 = floatEnd(s, end);
        if (end2 == end) {
            if (end + 2 == n && isJ(s.charAt(end + 1))) {
                return new PyComplex(x, c == '-' ? -1.0 : 1.0);
            }
            throw malformed();
        }
        if (end2 == n - 1 && isJ(s.charAt(end2))) {
            return new PyComplex(x, number(s.substring(end, end2)));
        }
        throw malformed();
    }

    private static boolean isJ(char c) {
        return c == 'j' || c == 'J';
    }

    private static double number(String t) {
        try {
            return FloatParse.parse(t);
        } catch (dev.adder.runtime.PyBaseException e) {
            throw malformed();
        }
    }

    /** The end of the float literal starting at {@code i} (sign, digits, '.', exponent, inf, nan), or i. */
    private static int floatEnd(String s, int i) {
        int n = s.length();
        int k = i;
        if (k < n && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
            k++;
        }
        String rest = s.substring(k).toLowerCase(java.util.Locale.ROOT);
        if (rest.startsWith("infinity")) {
            return k + 8;
        } else if (rest.startsWith("inf") || rest.startsWith("nan")) {
            return k + 3;
        }
        int digits = 0;
        while (k < n && (Character.isDigit(s.charAt(k)) || s.charAt(k) == '_')) {
            k++;
            digits++;
        }
        if (k < n && s.charAt(k) == '.') {
            k++;
            while (k < n && (Character.isDigit(s.charAt(k)) || s.charAt(k) == '_')) {
                k++;
                digits++;
            }
        }
        if (digits == 0) {
            return i;
        }
        if (k < n && (s.charAt(k) == 'e' || s.charAt(k) == 'E')) {
            int e = k + 1;
            if (e < n && (s.charAt(e) == '+' || s.charAt(e) == '-')) {
                e++;
            }
            int start = e;
            while (e < n && Character.isDigit(s.charAt(e))) {
                e++;
            }
            if (e > start) {
                k = e;
            }
        }
        return k;
    }

    private static RuntimeException malformed() {
        return Errors.valueError("complex() arg is a malformed string");
    }
}
