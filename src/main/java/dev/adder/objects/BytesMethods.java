package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PySingleton;
import dev.adder.runtime.PyType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The {@code bytes} type object and its methods (CPython's Objects/bytesobject.c, bytes_methods.c).
 * Methods whose meaning does not depend on the character set work on the Latin-1 text of the
 * bytes with the str algorithms; white space and case are ASCII-only here, as in CPython.
 * {@link #defineShared} also gives {@code bytearray} ({@link ByteArrayMethods}) these methods.
 */
final class BytesMethods {
    private BytesMethods() {}

    /** self's bytes: a bytes object's own array or a snapshot of a bytearray's; read only. */
    private static byte[] v(Object self) {
        return self instanceof PyBytes b ? b.value() : ((PyByteArray) self).toBytes();
    }

    private static String l(Object self) {
        return new String(v(self), StandardCharsets.ISO_8859_1);
    }

    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The attributes of the type, defined when first needed. */
    static void defineType(PyType t) {
        Methods.slot0(t, "__repr__", Ops::repr);
        Methods.newMethod(t);
        Methods.slot0(t, "__str__", Ops::repr);
        Methods.slot0(t, "__hash__", self -> IntOps.valueOf(Ops.hash(self)));
        Methods.slot0(t, "__iter__", self -> new BytesIterator(v(self)));
        Methods.slot1(t, "__getitem__", BytesMethods::getitem);
        Methods.slot1(t, "__mul__", (self, n) -> IntOps.isInt(n) ? BytesOps.repeat((PyBytes) self, n)
                : PySingleton.NOT_IMPLEMENTED);
        Methods.slot1(t, "__rmul__", (self, n) -> IntOps.isInt(n) ? BytesOps.repeat((PyBytes) self, n)
                : PySingleton.NOT_IMPLEMENTED);
        for (int op = Compare.LT; op <= Compare.GE; op++) {
            int o = op;
            Methods.slot1(t, Compare.DUNDER[op], (self, x) -> x instanceof PyBytes
                    ? Compare.nativeCompare(self, x, o) : PySingleton.NOT_IMPLEMENTED);
        }
        Methods.noArgs(t, "__bytes__", self -> self);
        Methods.noArgs(t, "__getnewargs__", self -> PyTuple.of(self));
        defineShared(t, PyBytes::wrap);
    }

    /**
     * Defines the methods {@code bytes} and {@code bytearray} share on {@code t}; {@code make} turns
     * new bytes (owned by the callee) into a result of t's kind.
     */
    static void defineShared(PyType t, Function<byte[], Object> make) {
        boolean isBytes = t.name().equals("bytes");
        Function<String, Object> b = s -> make.apply(latin1(s));
        Methods.slot0(t, "__len__", self -> self instanceof PyBytes x ? x.value().length : ((PyByteArray) self).size());
        Methods.slot1(t, "__contains__", (self, x) -> {
            if (IntOps.isInt(x) || (!NumberOps.isNative(x) && Ops.type(x).lookup("__index__") != null)) {
                Object i = Ops.index(x);
                long c = i instanceof java.math.BigInteger ? -1 : IntOps.smallValue(IntOps.index(i));
                if (c < 0 || c > 255) {
                    throw Errors.valueError("byte must be in range(0, 256)");
                }
                return l(self).indexOf((char) c) >= 0;
            }
            return l(self).contains(arg(x));
        });
        Methods.slot1(t, "__add__", (self, x) -> {
            if (self instanceof PyBytes a && x instanceof PyBytes y) {
                return BytesOps.concat(a, y);
            }
            byte[] y = BytesOps.isSimple(x) ? BytesOps.buffer(x) : null;
            if (y == null) {
                throw Errors.typeError("can't concat " + Errors.typeName(x) + " to " + Errors.typeName(self));
            }
            byte[] a = v(self);
            byte[] r = Arrays.copyOf(a, a.length + y.length);
            System.arraycopy(y, 0, r, a.length, y.length);
            return make.apply(r);
        });
        Methods.slot1(t, "__mod__", (self, x) -> self instanceof PyBytes p ? BytesOps.percent(p, x)
                : make.apply(BytesOps.percent(PyBytes.wrap(v(self)), x).value()));
        Methods.slot1(t, "__rmod__", (self, x) -> PySingleton.NOT_IMPLEMENTED);
        Methods.keywords(t, "decode", 0, 2, new String[] {"encoding", "errors"}, (self, a) -> Codecs.decode(v(self),
                a[0] == null ? "utf-8" : StrOps.str(a[0], "decode() argument 'encoding'"),
                a[1] == null ? "strict" : StrOps.str(a[1], "decode() argument 'errors'")));
        Methods.keywords(t, "hex", 0, 2, new String[] {"sep", "bytes_per_sep"},
                (self, a) -> BytesOps.hex(v(self), a[0], a[1]));
        Methods.classMethod(t, "fromhex", (args, kw) -> {
            Methods.noKeywords(t, "fromhex", kw);
            if (args.length != 2) {
                throw Errors.typeError(t.name() + ".fromhex() takes exactly one argument (" + (args.length - 1)
                        + " given)");
            }
            Object r = make.apply(BytesOps.fromhex(StrOps.str(args[1], "fromhex() argument")).value());
            return args[0] == t ? r : Ops.call(args[0], r);
        });
        search(t, "find", (self, a) -> StrSearch.find(l(self), sub(a[0]), a[1], a[2]));
        search(t, "rfind", (self, a) -> StrSearch.rfind(l(self), sub(a[0]), a[1], a[2]));
        search(t, "index", (self, a) -> notFound(StrSearch.find(l(self), sub(a[0]), a[1], a[2])));
        search(t, "rindex", (self, a) -> notFound(StrSearch.rfind(l(self), sub(a[0]), a[1], a[2])));
        search(t, "count", (self, a) -> StrSearch.count(l(self), sub(a[0]), a[1], a[2]));
        search(t, "startswith", (self, a) -> StrSearch.startswith(l(self), affix("startswith", a[0]), a[1], a[2]));
        search(t, "endswith", (self, a) -> StrSearch.endswith(l(self), affix("endswith", a[0]), a[1], a[2]));
        Methods.positional(t, "replace", 2, 3, (self, a) -> b.apply(StrSearch.replace(l(self), arg(a[0]), arg(a[1]),
                a[2])));
        Methods.oneArg(t, "removeprefix", (self, p) -> b.apply(StrSearch.removeprefix(l(self), arg(p))));
        Methods.oneArg(t, "removesuffix", (self, p) -> b.apply(StrSearch.removesuffix(l(self), arg(p))));
        // bytes.partition returns the separator object itself; bytearray's makes a new bytearray.
        Methods.oneArg(t, "partition", (self, p) -> partition(StrSplit.partition(l(self), arg(p)), b,
                isBytes ? p : null));
        Methods.oneArg(t, "rpartition", (self, p) -> partition(StrSplit.rpartition(l(self), arg(p)), b,
                isBytes ? p : null));
        String[] splitNames = {"sep", "maxsplit"};
        Methods.keywords(t, "split", 0, 2, splitNames, (self, a) -> split(self, a[0], a[1], false, b));
        Methods.keywords(t, "rsplit", 0, 2, splitNames, (self, a) -> split(self, a[0], a[1], true, b));
        Methods.keywords(t, "splitlines", 0, 1, new String[] {"keepends"},
                (self, a) -> BytesSplit.splitlines(v(self), a[0] != null && keepends(a[0]), make));
        Methods.positional(t, "strip", 0, 1, (self, a) -> b.apply(strip(self, a[0], true, true)));
        Methods.positional(t, "lstrip", 0, 1, (self, a) -> b.apply(strip(self, a[0], true, false)));
        Methods.positional(t, "rstrip", 0, 1, (self, a) -> b.apply(strip(self, a[0], false, true)));
        Methods.positional(t, "center", 1, 2, (self, a) -> b.apply(StrPad.center(l(self), width(a[0]), fill("center", a[1]))));
        Methods.positional(t, "ljust", 1, 2, (self, a) -> b.apply(StrPad.ljust(l(self), width(a[0]), fill("ljust", a[1]))));
        Methods.positional(t, "rjust", 1, 2, (self, a) -> b.apply(StrPad.rjust(l(self), width(a[0]), fill("rjust", a[1]))));
        Methods.oneArg(t, "zfill", (self, w) -> b.apply(StrPad.zfill(l(self), w)));
        Methods.keywords(t, "expandtabs", 0, 1, new String[] {"tabsize"},
                (self, a) -> b.apply(StrPad.expandtabs(l(self), a[0])));
        Methods.oneArg(t, "join", (self, items) -> make.apply(join(self, items)));
        Methods.noArgs(t, "upper", self -> b.apply(ascii(l(self), 'U')));
        Methods.noArgs(t, "lower", self -> b.apply(ascii(l(self), 'L')));
        Methods.noArgs(t, "swapcase", self -> b.apply(ascii(l(self), 'S')));
        Methods.noArgs(t, "capitalize", self -> b.apply(ascii(l(self), 'C')));
        Methods.noArgs(t, "title", self -> b.apply(ascii(l(self), 'T')));
        BytesPredicates.define(t);
        Methods.staticMethod(t, "maketrans", (args, kw) -> {
            Object[] a = Methods.positionalArgs("maketrans", args, 0, 2, 2);
            byte[] from = BytesOps.bytesLike(a[0]);
            byte[] to = BytesOps.bytesLike(a[1]);
            if (from.length != to.length) {
                throw Errors.valueError("maketrans arguments must have same length");
            }
            byte[] table = new byte[256];
            for (int i = 0; i < 256; i++) {
                table[i] = (byte) i;
            }
            for (int i = 0; i < from.length; i++) {
                table[from[i] & 0xff] = to[i];
            }
            return PyBytes.wrap(table);
        });
        Methods.keywords(t, "translate", 1, 2, new String[] {null, "delete"}, (self, a) -> {
            byte[] table = a[0] == PyNone.NONE ? null : BytesOps.bytesLike(a[0]);
            if (table != null && table.length != 256) {
                throw Errors.valueError("translation table must be 256 characters long");
            }
            byte[] del = a[1] == null ? new byte[0] : BytesOps.bytesLike(a[1]);
            boolean[] drop = new boolean[256];
            for (byte d : del) {
                drop[d & 0xff] = true;
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (byte x : v(self)) {
                if (!drop[x & 0xff]) {
                    out.write(table == null ? x : table[x & 0xff]);
                }
            }
            return make.apply(out.toByteArray());
        });
    }

    private static Object notFound(long i) {
        if (i < 0) {
            throw Errors.valueError("subsection not found");
        }
        return i;
    }

    private static PyTuple partition(String[] parts, Function<String, Object> b, Object sep) {
        Object mid = sep != null && !parts[1].isEmpty() ? sep : b.apply(parts[1]);
        return PyTuple.of(b.apply(parts[0]), mid, b.apply(parts[2]));
    }

    /** A bytes argument as Latin-1 text. */
    private static String arg(Object o) {
        return new String(BytesOps.bytesLike(o), StandardCharsets.ISO_8859_1);
    }

    /** The sub argument of find/count: bytes or an int in range(256). */
    private static String sub(Object o) {
        if (IntOps.isInt(o)) {
            long c = o instanceof java.math.BigInteger ? -1 : IntOps.smallValue(IntOps.index(o));
            if (c < 0 || c > 255) {
                throw Errors.valueError("byte must be in range(0, 256)");
            }
            return String.valueOf((char) c);
        }
        byte[] b = BytesOps.simpleBuffer(o);
        if (b != null) {
            return new String(b, StandardCharsets.ISO_8859_1);
        }
        throw Errors.typeError("argument should be integer or bytes-like object, not '" + Errors.typeName(o) + "'");
    }

    private static Object affix(String name, Object o) {
        byte[] b = BytesOps.simpleBuffer(o);
        if (b != null) {
            return new String(b, StandardCharsets.ISO_8859_1);
        }
        if (o instanceof PyTuple t) {
            Object[] r = new Object[t.size()];
            for (int i = 0; i < r.length; i++) {
                r[i] = arg(t.get(i));
            }
            return r;
        }
        throw Errors.typeError(name + " first arg must be bytes or a tuple of bytes, not " + Errors.typeName(o));
    }

    /** splitlines' keepends: Argument Clinic's {@code bool(accept={int})}, a C int. */
    private static boolean keepends(Object o) {
        Object i = Ops.index(o);
        if (i instanceof java.math.BigInteger || (i instanceof Long l && l != l.intValue())) {
            throw Errors.overflowError("Python int too large to convert to C int");
        }
        return ((Number) i).longValue() != 0;
    }

    /** A width argument, converted before the fill argument is looked at (CPython's argument order). */
    private static Object width(Object w) {
        return IntOps.isInt(w) ? w : Ops.index(w);
    }

    private static Object fill(String name, Object f) {
        if (f == null) {
            return null;
        }
        if ((f instanceof PyBytes || f instanceof PyByteArray) && BytesOps.buffer(f).length == 1) {
            return new String(BytesOps.buffer(f), StandardCharsets.ISO_8859_1);
        }
        throw Errors.typeError(name + "() argument 2 must be a byte string of length 1, not " + Errors.typeName(f));
    }

    private static void search(PyType t, String name, Methods.BodyN body) {
        t.define(name, new dev.adder.runtime.PyMethodDescriptor(t, name, null, (args, kw) -> {
            if (!Ops.type(args[0]).isSubtypeOf(t)) {
                throw Errors.typeError("descriptor '" + name + "' for '" + t.name() + "' objects doesn't apply to a '"
                        + Errors.typeName(args[0]) + "' object");
            }
            Methods.noKeywords(t, name, kw);
            int n = args.length - 1;
            if (n < 1) {
                throw Errors.typeError(name + "() takes at least 1 argument (" + n + " given)");
            }
            if (n > 3) {
                throw Errors.typeError(name + "() takes at most 3 arguments (" + n + " given)");
            }
            Object[] a = new Object[3];
            System.arraycopy(args, 1, a, 0, n);
            for (int i = 1; i < 3; i++) {
                // CPython parses start and end before looking at the sub argument.
                if (a[i] != null && a[i] != PyNone.NONE && !SequenceOps.isIndex(a[i])) {
                    throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
                }
            }
            Object r = body.call(Methods.unwrap(t, args[0]), a);
            return r instanceof Long x ? IntOps.valueOf(x) : r;
        }));
    }

    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    private static Object getitem(Object self, Object k) {
        byte[] b = v(self);
        if (k instanceof PySlice sl) {
            return BytesOps.fromLatin1(StrOps.slice(l(self), sl.start(), sl.stop(), sl.step()));
        }
        if (!IntOps.isInt(k) && (NumberOps.isNative(k) || Ops.type(k).lookup("__index__") == null)) {
            throw Errors.typeError("byte indices must be integers or slices, not " + Errors.typeName(k));
        }
        Object i = Ops.index(k);
        long x = i instanceof java.math.BigInteger ? Long.MAX_VALUE : IntOps.smallValue(IntOps.index(i));
        if (x < 0) {
            x += b.length;
        }
        if (x < 0 || x >= b.length) {
            throw Errors.indexError("index out of range");
        }
        return b[(int) x] & 0xff;
    }

    private static PyList split(Object self, Object sep, Object maxsplit, boolean right, Function<String, Object> b) {
        if (maxsplit != null) {
            // Argument Clinic converts maxsplit before the body looks at sep.
            StrOps.ssizeArg(Ops.index(maxsplit));
        }
        String s = l(self);
        List<String> parts;
        if (sep == null || sep == PyNone.NONE) {
            long max = maxsplit == null ? -1 : StrOps.ssizeArg(Ops.index(maxsplit));
            parts = BytesSplit.whitespaceSplit(s, max < 0 ? Long.MAX_VALUE : max, right);
        } else {
            String t = arg(sep);
            parts = right ? StrSplit.rsplit(s, t, maxsplit) : StrSplit.split(s, t, maxsplit);
        }
        PyList r = new PyList();
        for (String p : parts) {
            r.add(b.apply(p));
        }
        return r;
    }

    private static String strip(Object self, Object chars, boolean left, boolean right) {
        String s = l(self);
        String set = chars == null || chars == PyNone.NONE ? null : arg(chars);
        int i = 0;
        int j = s.length();
        while (left && i < j && (set == null ? isSpace(s.charAt(i)) : set.indexOf(s.charAt(i)) >= 0)) {
            i++;
        }
        while (right && j > i && (set == null ? isSpace(s.charAt(j - 1)) : set.indexOf(s.charAt(j - 1)) >= 0)) {
            j--;
        }
        return s.substring(i, j);
    }

    private static byte[] join(Object self, Object items) {
        List<Object> list = StrMethods.iterable(items);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] sep = v(self);
        for (int k = 0; k < list.size(); k++) {
            Object o = list.get(k);
            byte[] x = BytesOps.isSimple(o) ? BytesOps.buffer(o) : null;
            if (x == null) {
                throw Errors.typeError("sequence item " + k + ": expected a bytes-like object, "
                        + Errors.typeName(o) + " found");
            }
            if (k > 0) {
                out.write(sep, 0, sep.length);
            }
            out.write(x, 0, x.length);
        }
        return out.toByteArray();
    }

    /** ASCII case mapping: U upper, L lower, S swapcase, C capitalize, T title. */
    static String ascii(String s, char mode) {
        char[] c = s.toCharArray();
        boolean prevCased = false;
        for (int i = 0; i < c.length; i++) {
            char x = c[i];
            boolean up = x >= 'A' && x <= 'Z';
            boolean low = x >= 'a' && x <= 'z';
            switch (mode) {
                case 'U': if (low) { c[i] = (char) (x - 32); } break;
                case 'L': if (up) { c[i] = (char) (x + 32); } break;
                case 'S': c[i] = up ? (char) (x + 32) : low ? (char) (x - 32) : x; break;
                case 'C':
                    if (i == 0) {
                        c[i] = low ? (char) (x - 32) : x;
                    } else if (up) {
                        c[i] = (char) (x + 32);
                    }
                    break;
                default:
                    if (prevCased) {
                        if (up) {
                            c[i] = (char) (x + 32);
                        }
                    } else if (low) {
                        c[i] = (char) (x - 32);
                    }
                    prevCased = up || low;
            }
        }
        return new String(c);
    }

    /** {@code bytes_iterator}. */
    static final PyType ITERATOR = IteratorTypes.create("bytes_iterator", true);

    /** {@code iter(bytes)}. */
    static final class BytesIterator extends PyIterator {
        private final byte[] b;
        private int index;

        BytesIterator(byte[] b) {
            this.b = b;
        }

        @Override
        public Object next() {
            return index < b.length ? b[index++] & 0xff : null;
        }

        @Override
        public long lengthHint() {
            return b.length - index;
        }

        @Override
        public PyType type() {
            return ITERATOR;
        }
    }
}
