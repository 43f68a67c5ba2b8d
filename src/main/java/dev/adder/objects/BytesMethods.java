package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PySingleton;
import dev.adder.runtime.PyType;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code bytes} type object and its methods (CPython's Objects/bytesobject.c, bytes_methods.c).
 * Methods whose meaning does not depend on the character set work on the Latin-1 text of the
 * bytes with the str algorithms; white space and case are ASCII-only here, as in CPython.
 */
final class BytesMethods {
    private BytesMethods() {}

    private static byte[] v(Object self) {
        return ((PyBytes) self).value();
    }

    private static String l(Object self) {
        return BytesOps.latin1((PyBytes) self);
    }

    private static PyBytes b(String latin1) {
        return BytesOps.fromLatin1(latin1);
    }

    static PyType createType() {
        PyType t = PyType.builtin("bytes", CoreTypes.OBJECT, BytesMethods::newBytes);
        Methods.slot0(t, "__repr__", Ops::repr);
        Methods.newMethod(t);
        Methods.slot0(t, "__str__", Ops::repr);
        Methods.slot0(t, "__hash__", self -> IntOps.valueOf(Ops.hash(self)));
        Methods.slot0(t, "__len__", self -> v(self).length);
        Methods.slot0(t, "__iter__", self -> Ops.iter(new BytesList(v(self))));
        Methods.slot1(t, "__getitem__", BytesMethods::getitem);
        Methods.slot1(t, "__contains__", (self, x) -> {
            if (IntOps.isInt(x) || (!NumberOps.isNative(x) && Ops.type(x).lookup("__index__") != null)) {
                Object i = Ops.index(x);
                long c = i instanceof java.math.BigInteger ? -1 : IntOps.smallValue(IntOps.index(i));
                if (c < 0 || c > 255) {
                    throw Errors.valueError("byte must be in range(0, 256)");
                }
                return l(self).indexOf((char) c) >= 0;
            }
            return l(self).contains(BytesOps.latin1(PyBytes.wrap(BytesOps.bytesLike(x))));
        });
        Methods.slot1(t, "__add__", (self, x) -> {
            if (x instanceof PyBytes y) {
                return BytesOps.concat((PyBytes) self, y);
            }
            throw Errors.typeError("can't concat " + Errors.typeName(x) + " to bytes");
        });
        Methods.slot1(t, "__mul__", (self, n) -> IntOps.isInt(n) ? BytesOps.repeat((PyBytes) self, n)
                : PySingleton.NOT_IMPLEMENTED);
        Methods.slot1(t, "__rmul__", (self, n) -> IntOps.isInt(n) ? BytesOps.repeat((PyBytes) self, n)
                : PySingleton.NOT_IMPLEMENTED);
        Methods.slot1(t, "__mod__", (self, x) -> BytesOps.percent((PyBytes) self, x));
        Methods.slot1(t, "__rmod__", (self, x) -> PySingleton.NOT_IMPLEMENTED);
        for (int op = Compare.LT; op <= Compare.GE; op++) {
            int o = op;
            Methods.slot1(t, Compare.DUNDER[op], (self, x) -> x instanceof PyBytes
                    ? Compare.nativeCompare(self, x, o) : PySingleton.NOT_IMPLEMENTED);
        }
        Methods.noArgs(t, "__bytes__", self -> self);
        Methods.noArgs(t, "__getnewargs__", self -> PyTuple.of(self));
        Methods.keywords(t, "decode", 0, 2, new String[] {"encoding", "errors"}, (self, a) -> Codecs.decode(v(self),
                a[0] == null ? "utf-8" : StrOps.str(a[0], "decode() argument 'encoding'"),
                a[1] == null ? "strict" : StrOps.str(a[1], "decode() argument 'errors'")));
        Methods.keywords(t, "hex", 0, 2, new String[] {"sep", "bytes_per_sep"},
                (self, a) -> BytesOps.hex(v(self), a[0], a[1]));
        Methods.classMethod(t, "fromhex", (args, kw) -> {
            Methods.noKeywords(t, "fromhex", kw);
            if (args.length != 2) {
                throw Errors.typeError("bytes.fromhex() takes exactly one argument (" + (args.length - 1) + " given)");
            }
            PyBytes r = BytesOps.fromhex(StrOps.str(args[1], "fromhex() argument"));
            return args[0] == PyBytes.TYPE ? r : Ops.call(args[0], r);
        });
        search(t, "find", (self, a) -> StrSearch.find(l(self), sub(a[0]), a[1], a[2]));
        search(t, "rfind", (self, a) -> StrSearch.rfind(l(self), sub(a[0]), a[1], a[2]));
        search(t, "index", (self, a) -> notFound(StrSearch.find(l(self), sub(a[0]), a[1], a[2])));
        search(t, "rindex", (self, a) -> notFound(StrSearch.rfind(l(self), sub(a[0]), a[1], a[2])));
        search(t, "count", (self, a) -> StrSearch.count(l(self), sub(a[0]), a[1], a[2]));
        search(t, "startswith", (self, a) -> StrSearch.startswith(l(self), affix("startswith", a[0]), a[1], a[2]));
        search(t, "endswith", (self, a) -> StrSearch.endswith(l(self), affix("endswith", a[0]), a[1], a[2]));
        Methods.positional(t, "replace", 2, 3, (self, a) -> b(StrSearch.replace(l(self), arg(a[0]), arg(a[1]), a[2])));
        Methods.oneArg(t, "removeprefix", (self, p) -> b(StrSearch.removeprefix(l(self), arg(p))));
        Methods.oneArg(t, "removesuffix", (self, p) -> b(StrSearch.removesuffix(l(self), arg(p))));
        Methods.oneArg(t, "partition", (self, p) -> tuple(StrSplit.partition(l(self), arg(p))));
        Methods.oneArg(t, "rpartition", (self, p) -> tuple(StrSplit.rpartition(l(self), arg(p))));
        String[] splitNames = {"sep", "maxsplit"};
        Methods.keywords(t, "split", 0, 2, splitNames, (self, a) -> split(self, a[0], a[1], false));
        Methods.keywords(t, "rsplit", 0, 2, splitNames, (self, a) -> split(self, a[0], a[1], true));
        Methods.keywords(t, "splitlines", 0, 1, new String[] {"keepends"},
                (self, a) -> splitlines(v(self), a[0] != null && Ops.isTrue(a[0])));
        Methods.positional(t, "strip", 0, 1, (self, a) -> strip(self, a[0], true, true));
        Methods.positional(t, "lstrip", 0, 1, (self, a) -> strip(self, a[0], true, false));
        Methods.positional(t, "rstrip", 0, 1, (self, a) -> strip(self, a[0], false, true));
        Methods.positional(t, "center", 1, 2, (self, a) -> b(StrPad.center(l(self), a[0], fill("center", a[1]))));
        Methods.positional(t, "ljust", 1, 2, (self, a) -> b(StrPad.ljust(l(self), a[0], fill("ljust", a[1]))));
        Methods.positional(t, "rjust", 1, 2, (self, a) -> b(StrPad.rjust(l(self), a[0], fill("rjust", a[1]))));
        Methods.oneArg(t, "zfill", (self, w) -> b(StrPad.zfill(l(self), w)));
        Methods.keywords(t, "expandtabs", 0, 1, new String[] {"tabsize"},
                (self, a) -> b(StrPad.expandtabs(l(self), a[0])));
        Methods.oneArg(t, "join", (self, items) -> join(self, items));
        Methods.noArgs(t, "upper", self -> b(ascii(l(self), 'U')));
        Methods.noArgs(t, "lower", self -> b(ascii(l(self), 'L')));
        Methods.noArgs(t, "swapcase", self -> b(ascii(l(self), 'S')));
        Methods.noArgs(t, "capitalize", self -> b(ascii(l(self), 'C')));
        Methods.noArgs(t, "title", self -> b(ascii(l(self), 'T')));
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
            return PyBytes.wrap(out.toByteArray());
        });
        return t.freeze();
    }

    private static Object notFound(long i) {
        if (i < 0) {
            throw Errors.valueError("subsection not found");
        }
        return i;
    }

    private static PyTuple tuple(String[] parts) {
        return PyTuple.of(b(parts[0]), b(parts[1]), b(parts[2]));
    }

    /** A bytes argument as Latin-1 text. */
    private static String arg(Object o) {
        return BytesOps.latin1(PyBytes.wrap(BytesOps.bytesLike(o)));
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
        if (o instanceof PyBytes b) {
            return BytesOps.latin1(b);
        }
        throw Errors.typeError("argument should be integer or bytes-like object, not '" + Errors.typeName(o) + "'");
    }

    private static Object affix(String name, Object o) {
        if (o instanceof PyBytes b) {
            return BytesOps.latin1(b);
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

    private static Object fill(String name, Object f) {
        if (f == null) {
            return null;
        }
        if (f instanceof PyBytes b && b.value().length == 1) {
            return BytesOps.latin1(b);
        }
        throw Errors.typeError(name + "() argument 2 must be a byte string of length 1, not " + Errors.typeName(f));
    }

    private static void search(PyType t, String name, Methods.BodyN body) {
        t.define(name, new dev.adder.runtime.PyMethodDescriptor(t, name, null, (args, kw) -> {
            if (!(args[0] instanceof PyBytes)) {
                throw Errors.typeError("descriptor '" + name + "' for 'bytes' objects doesn't apply to a '"
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
            Object r = body.call(args[0], a);
            return r instanceof Long x ? IntOps.valueOf(x) : r;
        }));
    }

    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }

    private static Object getitem(Object self, Object k) {
        byte[] b = v(self);
        if (k instanceof PySlice sl) {
            return b(StrOps.slice(l(self), sl.start(), sl.stop(), sl.step()));
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

    private static PyList split(Object self, Object sep, Object maxsplit, boolean right) {
        String s = l(self);
        List<String> parts;
        if (sep == null || sep == PyNone.NONE) {
            long max = maxsplit == null ? -1 : StrOps.ssizeArg(Ops.index(maxsplit));
            parts = whitespaceSplit(s, max < 0 ? Long.MAX_VALUE : max, right);
        } else {
            String t = arg(sep);
            parts = right ? StrSplit.rsplit(s, t, maxsplit) : StrSplit.split(s, t, maxsplit);
        }
        PyList r = new PyList();
        for (String p : parts) {
            r.add(b(p));
        }
        return r;
    }

    private static List<String> whitespaceSplit(String s, long max, boolean right) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        if (!right) {
            int i = 0;
            while (true) {
                while (i < n && isSpace(s.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (out.size() == max) {
                    out.add(s.substring(i));
                    break;
                }
                int j = i;
                while (j < n && !isSpace(s.charAt(j))) {
                    j++;
                }
                out.add(s.substring(i, j));
                i = j;
            }
            return out;
        }
        int j = n;
        while (true) {
            while (j > 0 && isSpace(s.charAt(j - 1))) {
                j--;
            }
            if (j <= 0) {
                break;
            }
            if (out.size() == max) {
                out.add(s.substring(0, j));
                break;
            }
            int i = j;
            while (i > 0 && !isSpace(s.charAt(i - 1))) {
                i--;
            }
            out.add(s.substring(i, j));
            j = i;
        }
        java.util.Collections.reverse(out);
        return out;
    }

    private static PyList splitlines(byte[] b, boolean keepends) {
        PyList r = new PyList();
        int n = b.length;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && b[j] != '\n' && b[j] != '\r') {
                j++;
            }
            int eol = j;
            if (j < n) {
                j += b[j] == '\r' && j + 1 < n && b[j + 1] == '\n' ? 2 : 1;
            }
            r.add(PyBytes.wrap(java.util.Arrays.copyOfRange(b, i, keepends ? j : eol)));
            i = j;
        }
        return r;
    }

    private static PyBytes strip(Object self, Object chars, boolean left, boolean right) {
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
        return b(s.substring(i, j));
    }

    private static PyBytes join(Object self, Object items) {
        List<Object> list = StrMethods.iterable(items);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] sep = v(self);
        for (int k = 0; k < list.size(); k++) {
            Object o = list.get(k);
            if (!(o instanceof PyBytes x)) {
                throw Errors.typeError("sequence item " + k + ": expected a bytes-like object, "
                        + Errors.typeName(o) + " found");
            }
            if (k > 0) {
                out.write(sep, 0, sep.length);
            }
            out.write(x.value(), 0, x.value().length);
        }
        return PyBytes.wrap(out.toByteArray());
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

    // CPython 3.11: Objects/bytesobject.c bytes_new_impl
    private static Object newBytes(PyType type, Object[] args, String[] kw) {
        if (type != PyBytes.TYPE) {
            throw Errors.notImplemented("subclasses of bytes are not supported yet");
        }
        Object[] a = Methods.keywordArgs("bytes", args, 0, kw, 0, 3, new String[] {"source", "encoding", "errors"});
        Object x = a[0];
        if (x == null) {
            if (a[1] != null || a[2] != null) {
                throw Errors.typeError(a[1] != null ? "encoding without a string argument"
                        : "errors without a string argument");
            }
            return PyBytes.wrap(new byte[0]);
        }
        if (x instanceof String s) {
            if (a[1] == null) {
                throw Errors.typeError("string argument without an encoding");
            }
            return Codecs.encode(s, StrOps.str(a[1], "bytes() argument 'encoding'"),
                    a[2] == null ? "strict" : StrOps.str(a[2], "bytes() argument 'errors'"));
        }
        if (a[1] != null) {
            throw Errors.typeError("encoding without a string argument");
        }
        if (a[2] != null) {
            throw Errors.typeError("errors without a string argument");
        }
        if (x instanceof PyBytes) {
            return x;
        }
        if (IntOps.isInt(x) || (!NumberOps.isNative(x) && Ops.type(x).lookup("__index__") != null
                && Ops.type(x).lookup("__bytes__") == null)) {
            long n = StrOps.asSsize(Ops.index(x));
            if (n < 0) {
                throw Errors.valueError("negative count");
            }
            if (n > Integer.MAX_VALUE - 16) {
                throw Errors.memoryError("");
            }
            return PyBytes.wrap(new byte[(int) n]);
        }
        return PyBytes.wrap(BytesOps.fromObject(x));
    }

    /** The bytes as a list of ints, for iteration. */
    static final class BytesList extends java.util.AbstractList<Object> {
        private final byte[] b;

        BytesList(byte[] b) {
            this.b = b;
        }

        @Override
        public Object get(int i) {
            return b[i] & 0xff;
        }

        @Override
        public int size() {
            return b.length;
        }
    }
}
