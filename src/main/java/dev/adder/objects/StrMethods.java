package dev.adder.objects;

import dev.adder.runtime.CoreTypes;
import dev.adder.runtime.Errors;
import dev.adder.runtime.PyCallable;
import dev.adder.runtime.PyNone;
import dev.adder.runtime.PySingleton;
import dev.adder.runtime.PyType;
import dev.adder.text.StrRepr;
import java.util.ArrayList;
import java.util.List;

/** The {@code str} type object and its methods (CPython's Objects/unicodeobject.c); the algorithms are in StrOps and friends. */
public final class StrMethods {
    private StrMethods() {}

    /** {@code str}. */
    public static final PyType TYPE = create();

    private static String s(Object self) {
        return (String) self;
    }

    private static PyType create() {
        PyType t = PyType.builtin("str", CoreTypes.OBJECT, StrMethods::newStr);
        return t.fillLazily(StrMethods::defineMethods);
    }

    /** The attributes of the type, defined when first needed. */
    private static void defineMethods(PyType t) {
        dunders(t);
        Methods.newMethod(t);
        Methods.noArgs(t, "lower", self -> StrCase.lower(s(self)));
        Methods.noArgs(t, "upper", self -> StrCase.upper(s(self)));
        Methods.noArgs(t, "casefold", self -> StrCase.casefold(s(self)));
        Methods.noArgs(t, "capitalize", self -> StrCase.capitalize(s(self)));
        Methods.noArgs(t, "title", self -> StrCase.title(s(self)));
        Methods.noArgs(t, "swapcase", self -> StrCase.swapcase(s(self)));
        Methods.noArgs(t, "isalpha", self -> StrPredicates.isalpha(s(self)));
        Methods.noArgs(t, "isdecimal", self -> StrPredicates.isdecimal(s(self)));
        Methods.noArgs(t, "isdigit", self -> StrPredicates.isdigit(s(self)));
        Methods.noArgs(t, "isnumeric", self -> StrPredicates.isnumeric(s(self)));
        Methods.noArgs(t, "isalnum", self -> StrPredicates.isalnum(s(self)));
        Methods.noArgs(t, "isspace", self -> StrPredicates.isspace(s(self)));
        Methods.noArgs(t, "isascii", self -> StrPredicates.isascii(s(self)));
        Methods.noArgs(t, "isprintable", self -> StrPredicates.isprintable(s(self)));
        Methods.noArgs(t, "isidentifier", self -> StrPredicates.isidentifier(s(self)));
        Methods.noArgs(t, "islower", self -> StrPredicates.islower(s(self)));
        Methods.noArgs(t, "isupper", self -> StrPredicates.isupper(s(self)));
        Methods.noArgs(t, "istitle", self -> StrPredicates.istitle(s(self)));
        search(t, "find", (self, a) -> StrSearch.find(s(self), a[0], a[1], a[2]));
        search(t, "rfind", (self, a) -> StrSearch.rfind(s(self), a[0], a[1], a[2]));
        search(t, "index", (self, a) -> StrSearch.index(s(self), a[0], a[1], a[2]));
        search(t, "rindex", (self, a) -> StrSearch.rindex(s(self), a[0], a[1], a[2]));
        search(t, "count", (self, a) -> StrSearch.count(s(self), a[0], a[1], a[2]));
        search(t, "startswith", (self, a) -> StrSearch.startswith(s(self), affix(a[0]), a[1], a[2]));
        search(t, "endswith", (self, a) -> StrSearch.endswith(s(self), affix(a[0]), a[1], a[2]));
        Methods.positional(t, "center", 1, 2, (self, a) -> StrPad.center(s(self), a[0], a[1]));
        Methods.positional(t, "ljust", 1, 2, (self, a) -> StrPad.ljust(s(self), a[0], a[1]));
        Methods.positional(t, "rjust", 1, 2, (self, a) -> StrPad.rjust(s(self), a[0], a[1]));
        Methods.oneArg(t, "zfill", (self, w) -> StrPad.zfill(s(self), w));
        Methods.positional(t, "strip", 0, 1, (self, a) -> StrPad.strip(s(self), a[0]));
        Methods.positional(t, "lstrip", 0, 1, (self, a) -> StrPad.lstrip(s(self), a[0]));
        Methods.positional(t, "rstrip", 0, 1, (self, a) -> StrPad.rstrip(s(self), a[0]));
        Methods.keywords(t, "expandtabs", 0, 1, new String[] {"tabsize"},
                (self, a) -> StrPad.expandtabs(s(self), a[0]));
        Methods.positional(t, "replace", 2, 3, (self, a) -> StrSearch.replace(s(self), a[0], a[1], a[2]));
        Methods.oneArg(t, "removeprefix", (self, p) -> StrSearch.removeprefix(s(self), p));
        Methods.oneArg(t, "removesuffix", (self, p) -> StrSearch.removesuffix(s(self), p));
        String[] splitNames = {"sep", "maxsplit"};
        Methods.keywords(t, "split", 0, 2, splitNames,
                (self, a) -> PyList.wrap(StrSplit.splitArray(s(self), a[0], a[1])));
        Methods.keywords(t, "rsplit", 0, 2, splitNames,
                (self, a) -> new PyList(StrSplit.rsplit(s(self), a[0], a[1])));
        Methods.keywords(t, "splitlines", 0, 1, new String[] {"keepends"},
                (self, a) -> new PyList(StrSplit.splitlines(s(self), a[0])));
        Methods.oneArg(t, "partition", (self, sep) -> PyTuple.wrap(StrSplit.partition(s(self), sep)));
        Methods.oneArg(t, "rpartition", (self, sep) -> PyTuple.wrap(StrSplit.rpartition(s(self), sep)));
        Methods.oneArg(t, "join", (self, items) -> StrSplit.join(s(self), iterable(items)));
        Methods.keywords(t, "encode", 0, 2, new String[] {"encoding", "errors"}, (self, a) -> Codecs.encode(s(self),
                a[0] == null ? "utf-8" : StrOps.str(a[0], "encode() argument 'encoding'"),
                a[1] == null ? "strict" : StrOps.str(a[1], "encode() argument 'errors'")));
        Methods.oneArg(t, "translate", (self, table) -> StrTranslate.translate(s(self), table));
        Methods.staticMethod(t, "maketrans", (args, kw) -> {
            if (PyCallable.kwCount(kw) != 0) {
                throw Errors.typeError("maketrans() takes no keyword arguments");
            }
            Object[] a = Methods.positionalArgs("maketrans", args, 0, 1, 3);
            return StrTranslate.maketrans(a[0], a[1], a[2]);
        });
        t.define("format", new dev.adder.runtime.PyMethodDescriptor(t, "format", null, (args, kw) -> {
            if (!(Methods.unwrap(t, args[0]) instanceof String self)) {
                throw Errors.typeError("descriptor 'format' for 'str' objects doesn't apply to a '"
                        + Errors.typeName(args[0]) + "' object");
            }
            return StrFormatter.format(self, args, kw);
        }));
        Methods.oneArg(t, "format_map", (self, map) -> StrFormatter.formatMap(s(self), map));
    }

    private static void dunders(PyType t) {
        Methods.slot0(t, "__repr__", self -> StrRepr.strRepr(s(self)));
        Methods.slot0(t, "__str__", self -> self);
        Methods.slot0(t, "__hash__", self -> IntOps.valueOf(Ops.hash(self)));
        Methods.slot0(t, "__len__", self -> StrOps.len(s(self)));
        Methods.slot0(t, "__iter__", Ops::iter);
        Methods.slot1(t, "__contains__", (self, x) -> StrSearch.contains(s(self), x));
        Methods.slot1(t, "__getitem__", (self, k) -> getitem(s(self), k));
        Methods.slot1(t, "__add__", (self, x) -> StrOps.concat(s(self), x));
        Methods.slot1(t, "__mul__", (self, n) -> IntOps.isInt(n) || hasIndex(n) ? StrOps.repeat(s(self), Ops.index(n))
                : PySingleton.NOT_IMPLEMENTED);
        Methods.slot1(t, "__rmul__", (self, n) -> IntOps.isInt(n) || hasIndex(n) ? StrOps.repeat(s(self), Ops.index(n))
                : PySingleton.NOT_IMPLEMENTED);
        Methods.slot1(t, "__mod__", (self, x) -> percent(s(self), x));
        Methods.slot1(t, "__rmod__", (self, x) -> x instanceof String f ? percent(f, self) : PySingleton.NOT_IMPLEMENTED);
        for (int op = Compare.LT; op <= Compare.GE; op++) {
            int o = op;
            Methods.slot1(t, Compare.DUNDER[op], (self, x) -> x instanceof String
                    ? Compare.nativeCompare(self, x, o) : PySingleton.NOT_IMPLEMENTED);
        }
        Methods.oneArg(t, "__format__", (self, spec) -> StrFormat.format(s(self),
                StrOps.str(spec, "__format__() argument")));
        Methods.noArgs(t, "__getnewargs__", self -> PyTuple.of(self));
        Methods.noArgs(t, "__sizeof__", self -> 49 + s(self).length());
    }

    private static boolean hasIndex(Object n) {
        return !NumberOps.isNative(n) && Ops.type(n).lookup("__index__") != null;
    }

    /** {@code s[k]}: an int (or {@code __index__}) or a slice. */
    static String getitem(String s, Object k) {
        if (k instanceof PySlice sl) {
            return StrOps.slice(s, sl.start(), sl.stop(), sl.step());
        }
        if (!IntOps.isInt(k) && hasIndex(k)) {
            return StrOps.getitem(s, Ops.index(k));
        }
        if (!IntOps.isInt(k)) {
            throw Errors.typeError("string indices must be integers, not '" + Errors.typeName(k) + "'");
        }
        return StrOps.getitem(s, k);
    }

    /** {@code format % args} for str. */
    static String percent(String format, Object args) {
        Object a = args instanceof PyTuple t ? t.items() : args;
        return PercentFormat.format(format, a, Ops::str, Ops::repr);
    }

    /** A tuple argument of startswith/endswith as the array the algorithms take. */
    private static Object affix(Object a) {
        return a instanceof PyTuple t ? t.items() : a;
    }

    /** The items of an iterable as a list ({@code str.join}): TypeError "can only join an iterable". */
    static List<Object> iterable(Object items) {
        if (items instanceof List<?> l) {
            @SuppressWarnings("unchecked")
            List<Object> r = (List<Object>) l;
            return r;
        }
        Object it;
        try {
            it = Ops.iter(items);
        } catch (dev.adder.runtime.PyBaseException e) {
            if (e.isInstance(dev.adder.runtime.ExceptionTypes.TYPE_ERROR)) {
                throw Errors.typeError("can only join an iterable");
            }
            throw e;
        }
        List<Object> r = new ArrayList<>();
        for (Object v = Ops.next(it); v != null; v = Ops.next(it)) {
            r.add(v);
        }
        return r;
    }

    /** The search methods' old-style parsing: "find() takes at least 1 argument (0 given)". */
    private static void search(PyType t, String name, Methods.BodyN body) {
        t.define(name, new dev.adder.runtime.PyMethodDescriptor(t, name, null, (args, kw) -> {
            Object self = args[0] instanceof BuiltinValue v && Ops.type(args[0]).isSubtypeOf(t) ? v.value() : args[0];
            if (!(self instanceof String)) {
                throw Errors.typeError("descriptor '" + name + "' for 'str' objects doesn't apply to a '"
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
            Object r = body.call(self, a);
            return r instanceof Long l ? IntOps.valueOf(l) : r;
        }));
    }

    // CPython 3.11: Objects/unicodeobject.c unicode_new_impl
    private static final String[] STR_ARG_NAMES = {"object", "encoding", "errors"};

    private static Object newStr(PyType type, Object[] args, String[] kw) {
        if (type != TYPE) {
            // CPython 3.11: Objects/unicodeobject.c unicode_subtype_new
            return BuiltinSubclassInstance.of(type, newStr(TYPE, args, kw));
        }
        if (args.length == 1 && PyCallable.kwCount(kw) == 0) {
            return Ops.str(args[0]); // str(x), the common call: no argument table to build
        }
        Object[] a = Methods.keywordArgs("str", args, 0, kw, 0, 3, STR_ARG_NAMES);
        if (a[0] == null) {
            if (a[1] != null || a[2] != null) {
                return "";
            }
            return "";
        }
        if (a[1] == null && a[2] == null) {
            return Ops.str(a[0]);
        }
        String encoding = a[1] == null ? "utf-8" : StrOps.str(a[1], "str() argument 'encoding'");
        String errors = a[2] == null ? "strict" : StrOps.str(a[2], "str() argument 'errors'");
        Object source = a[0] instanceof BuiltinValue v ? v.value() : a[0];
        if (source instanceof PyBytes b) {
            return Codecs.decode(b.value(), encoding, errors);
        }
        if (source instanceof String) {
            throw Errors.typeError("decoding str is not supported");
        }
        throw Errors.typeError("decoding to str: need a bytes-like object, " + Errors.typeName(a[0]) + " found");
    }

    /** {@code None} as the methods see an absent optional argument. */
    static Object orNone(Object o) {
        return o == null ? PyNone.NONE : o;
    }
}
