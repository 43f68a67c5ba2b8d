package dev.adder.vm;

import dev.adder.objects.Ops;
import dev.adder.objects.PyDict;
import dev.adder.objects.PyList;
import dev.adder.objects.PySet;
import dev.adder.objects.PySlice;
import dev.adder.objects.PyTuple;
import dev.adder.runtime.Errors;
import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyNone;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The VM's building and unpacking opcodes (CPython 3.11: Python/ceval.c BUILD_*, *_APPEND,
 * *_EXTEND, *_UPDATE, UNPACK_*, FORMAT_VALUE). Each takes the stack and its pointer and returns
 * the new pointer, so the dispatch loop stays small.
 */
final class BuildOps {
    private BuildOps() {
    }

    private static Object[] popN(Object[] lp, int sp, int n) {
        Object[] items = new Object[n];
        System.arraycopy(lp, sp - n, items, 0, n);
        Arrays.fill(lp, sp - n, sp, null);
        return items;
    }

    static int buildTuple(Object[] lp, int sp, int n) {
        Object t = n == 0 ? PyTuple.EMPTY : PyTuple.wrap(popN(lp, sp, n));
        sp -= n;
        lp[sp] = t;
        return sp + 1;
    }

    static int buildList(Object[] lp, int sp, int n) {
        PyList l = PyList.of(popN(lp, sp, n));
        sp -= n;
        lp[sp] = l;
        return sp + 1;
    }

    static int buildSet(Object[] lp, int sp, int n) {
        PySet s = new PySet();
        for (int i = sp - n; i < sp; i++) {
            s.addElement(lp[i]);
            lp[i] = null;
        }
        sp -= n;
        lp[sp] = s;
        return sp + 1;
    }

    static int buildMap(Object[] lp, int sp, int n) {
        PyDict d = new PyDict();
        for (int i = sp - 2 * n; i < sp; i += 2) {
            d.put(lp[i], lp[i + 1]);
            lp[i] = null;
            lp[i + 1] = null;
        }
        sp -= 2 * n;
        lp[sp] = d;
        return sp + 1;
    }

    static int buildConstKeyMap(Object[] lp, int sp, int n) {
        Object keys = lp[--sp];
        lp[sp] = null;
        if (!(keys instanceof PyTuple kt) || kt.size() != n) {
            throw Errors.of("SystemError", "bad BUILD_CONST_KEY_MAP keys argument");
        }
        PyDict d = new PyDict();
        for (int i = 0; i < n; i++) {
            d.put(kt.get(i), lp[sp - n + i]);
            lp[sp - n + i] = null;
        }
        sp -= n;
        lp[sp] = d;
        return sp + 1;
    }

    static int buildString(Object[] lp, int sp, int n) {
        long total = 0;
        for (int i = sp - n; i < sp; i++) {
            total += ((String) lp[i]).length();
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw Errors.memoryError("");
        }
        StringBuilder b = new StringBuilder((int) total); // sized once: no regrowth while appending
        for (int i = sp - n; i < sp; i++) {
            b.append((String) lp[i]);
            lp[i] = null;
        }
        sp -= n;
        lp[sp] = b.toString();
        return sp + 1;
    }

    static int buildSlice(Object[] lp, int sp, int n) {
        Object step = n == 3 ? lp[--sp] : PyNone.NONE;
        Object stop = lp[--sp];
        Object start = lp[sp - 1];
        lp[sp] = null;
        lp[sp + 1] = null;
        lp[sp - 1] = new PySlice(start, stop, step);
        return sp;
    }

    /** LIST_TO_TUPLE. */
    static Object listToTuple(Object list) {
        return PyTuple.of(((PyList) list).toArray());
    }

    // CPython 3.11: Python/ceval.c LIST_EXTEND
    static void listExtend(Object list, Object iterable) {
        PyList l = (PyList) list;
        if (iterable instanceof List<?> src) {
            l.addAll(src);
            return;
        }
        Object it;
        try {
            it = Ops.iter(iterable);
        } catch (PyBaseException e) {
            if (e.isInstance(ExceptionTypes.TYPE_ERROR) && Ops.type(iterable).lookup("__iter__") == null
                    && Ops.type(iterable).lookup("__getitem__") == null) {
                throw Errors.typeError("Value after * must be an iterable, not " + Errors.typeName(iterable));
            }
            throw e;
        }
        for (Object v = Ops.next(it); v != null; v = Ops.next(it)) {
            l.add(v);
        }
    }

    static void setUpdate(Object set, Object iterable) {
        PySet s = (PySet) set;
        Object it = Ops.iter(iterable);
        for (Object v = Ops.next(it); v != null; v = Ops.next(it)) {
            s.addElement(v);
        }
    }

    // CPython 3.11: Python/ceval.c DICT_UPDATE
    static void dictUpdate(Object dict, Object update) {
        PyDict d = (PyDict) dict;
        if (update instanceof Map<?, ?> m) {
            d.putAll(m);
            return;
        }
        Object keys = Ops.getattrOrNull(update, "keys");
        if (keys == null) {
            throw Errors.typeError("'" + Errors.typeName(update) + "' object is not a mapping");
        }
        Object it = Ops.iter(Ops.call(keys, new Object[0], null));
        for (Object k = Ops.next(it); k != null; k = Ops.next(it)) {
            d.put(k, Ops.getitem(update, k));
        }
    }

    // CPython 3.11: Python/ceval.c DICT_MERGE, format_kwargs_error
    static void dictMerge(Object func, Object dict, Object update) {
        PyDict d = (PyDict) dict;
        Object keysFn = update instanceof Map<?, ?> ? null : Ops.getattrOrNull(update, "keys");
        if (!(update instanceof Map<?, ?>) && keysFn == null) {
            throw Errors.typeError(CallOps.funcDescription(func) + " argument after ** must be a mapping, not "
                    + Errors.typeName(update));
        }
        Iterable<?> keys;
        if (update instanceof Map<?, ?> m) {
            keys = new ArrayList<>(m.keySet());
        } else {
            List<Object> ks = new ArrayList<>();
            Object it = Ops.iter(Ops.call(keysFn, new Object[0], null));
            for (Object k = Ops.next(it); k != null; k = Ops.next(it)) {
                ks.add(k);
            }
            keys = ks;
        }
        for (Object k : keys) {
            if (d.containsKey(k)) {
                if (!(k instanceof String)) {
                    throw Errors.typeError(CallOps.funcDescription(func) + " keywords must be strings");
                }
                throw Errors.typeError(CallOps.funcDescription(func) + " got multiple values for keyword argument '"
                        + k + "'");
            }
            d.put(k, Ops.getitem(update, k));
        }
    }

    // CPython 3.11: Python/ceval.c unpack_iterable, UNPACK_SEQUENCE
    static int unpackSequence(Object[] lp, int sp, int n) {
        Object seq = lp[--sp];
        if (seq instanceof PyTuple || seq instanceof PyList) {
            List<?> l = (List<?>) seq;
            if (l.size() == n) {
                for (int i = 0; i < n; i++) {
                    lp[sp + n - 1 - i] = l.get(i);
                }
                return sp + n;
            }
        }
        Object[] items = unpack(seq, n, -1);
        for (int i = 0; i < n; i++) {
            lp[sp + n - 1 - i] = items[i];
        }
        return sp + n;
    }

    /** UNPACK_EX: {@code before} items, a list of the rest, {@code after} items; the first on top. */
    static int unpackEx(Object[] lp, int sp, int arg) {
        int before = arg & 0xFF;
        int after = arg >> 8;
        Object seq = lp[--sp];
        Object[] items = unpack(seq, before, after);
        int total = items.length;
        for (int i = 0; i < total; i++) {
            lp[sp + total - 1 - i] = items[i];
        }
        return sp + total;
    }

    private static Object[] unpack(Object seq, int argcnt, int argcntafter) {
        Object it;
        try {
            it = Ops.iter(seq);
        } catch (PyBaseException e) {
            if (e.isInstance(ExceptionTypes.TYPE_ERROR) && Ops.type(seq).lookup("__iter__") == null
                    && Ops.type(seq).lookup("__getitem__") == null) {
                throw Errors.typeError("cannot unpack non-iterable " + Errors.typeName(seq) + " object");
            }
            throw e;
        }
        Object[] out = new Object[argcnt + (argcntafter < 0 ? 0 : 1 + argcntafter)];
        for (int i = 0; i < argcnt; i++) {
            Object v = Ops.next(it);
            if (v == null) {
                if (argcntafter < 0) {
                    throw Errors.valueError("not enough values to unpack (expected " + argcnt + ", got " + i + ")");
                }
                throw Errors.valueError("not enough values to unpack (expected at least " + (argcnt + argcntafter)
                        + ", got " + i + ")");
            }
            out[i] = v;
        }
        if (argcntafter < 0) {
            if (Ops.next(it) != null) {
                throw Errors.valueError("too many values to unpack (expected " + argcnt + ")");
            }
            return out;
        }
        PyList rest = new PyList();
        for (Object v = Ops.next(it); v != null; v = Ops.next(it)) {
            rest.add(v);
        }
        if (rest.size() < argcntafter) {
            throw Errors.valueError("not enough values to unpack (expected at least " + (argcnt + argcntafter)
                    + ", got " + (argcnt + rest.size()) + ")");
        }
        int keep = rest.size() - argcntafter;
        for (int j = 0; j < argcntafter; j++) {
            out[argcnt + 1 + j] = rest.get(keep + j);
        }
        while (rest.size() > keep) {
            rest.remove(rest.size() - 1);
        }
        out[argcnt] = rest;
        return out;
    }

    // CPython 3.11: Python/ceval.c FORMAT_VALUE
    static int formatValue(Object[] lp, int sp, int flags) {
        Object spec = (flags & 0x04) != 0 ? lp[--sp] : null;
        lp[sp] = null;
        Object value = lp[sp - 1];
        switch (flags & 0x03) {
            case 1:
                value = Ops.str(value);
                break;
            case 2:
                value = Ops.repr(value);
                break;
            case 3:
                value = ascii(Ops.repr(value));
                break;
            default:
                break;
        }
        if (spec == null && value instanceof String) {
            lp[sp - 1] = value;
        } else {
            lp[sp - 1] = Ops.format(value, spec == null ? "" : (String) spec);
        }
        return sp;
    }

    /** {@code ascii()}: escapes the non-ASCII code points of a repr as CPython does. */
    static String ascii(String repr) {
        StringBuilder b = new StringBuilder(repr.length());
        repr.codePoints().forEach(cp -> {
            if (cp < 0x80) {
                b.append((char) cp);
            } else if (cp < 0x100) {
                b.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.append(String.format("\\U%08x", cp));
            }
        });
        return b.toString();
    }
}
