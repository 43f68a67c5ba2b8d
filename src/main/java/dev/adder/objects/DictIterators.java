package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.PyType;

/**
 * The iterators over a dict and its views, forward and reversed: CPython's
 * {@code dict_keyiterator}, {@code dict_valueiterator}, {@code dict_itemiterator} and their
 * {@code dict_reverse*} forms, with CPython's checks for a dict changed during iteration.
 */
final class DictIterators {
    private DictIterators() {}

    static final int KEYS = 0, VALUES = 1, ITEMS = 2;
    private static final PyType[] FORWARD = {
        IteratorTypes.create("dict_keyiterator", true),
        IteratorTypes.create("dict_valueiterator", true),
        IteratorTypes.create("dict_itemiterator", true),
    };
    private static final PyType[] REVERSE = {
        IteratorTypes.create("dict_reversekeyiterator", true),
        IteratorTypes.create("dict_reversevalueiterator", true),
        IteratorTypes.create("dict_reverseitemiterator", true),
    };

    /** A forward iterator of {@code kind} over {@code d}. */
    static PyIterator forward(PyDict d, int kind) {
        return new Forward(d, kind);
    }

    /** A reversed iterator of {@code kind} over {@code d}. */
    static PyIterator reverse(PyDict d, int kind) {
        return new Reverse(d, kind);
    }

    /** What entry {@code e} yields, or null when another thread removed it meanwhile. */
    private static Object produce(PyDict.Table t, int e, int kind) {
        Object k = t.keys[e];
        Object v = t.values[e];
        if (k == null || v == null) {
            return null;
        }
        switch (kind) {
            case KEYS:
                return k;
            case VALUES:
                return v;
            default:
                return PyTuple.wrap(new Object[] {k, v});
        }
    }

    // CPython 3.11: Objects/dictobject.c dictiter_iternextkey
    private static final class Forward extends PyIterator {
        private PyDict dict;
        private final int kind;
        private int used;
        private int pos;
        private long len;

        Forward(PyDict d, int kind) {
            this.dict = d;
            this.kind = kind;
            this.used = d.size();
            this.len = used;
        }

        @Override
        public Object next() {
            PyDict d = dict;
            if (d == null) {
                return null;
            }
            if (used != d.size()) {
                used = -1;
                throw Errors.runtimeError("dictionary changed size during iteration");
            }
            PyDict.Table t = d.table();
            while (true) {
                int e = PyDict.nextEntry(t, pos);
                if (e < 0) {
                    dict = null;
                    return null;
                }
                if (len == 0) {
                    dict = null;
                    throw Errors.runtimeError("dictionary keys changed during iteration");
                }
                pos = e + 1;
                Object r = produce(t, e, kind);
                if (r != null) {
                    len--;
                    return r;
                }
                // removed by another thread since nextEntry saw it: the size check reports it next time
            }
        }

        @Override
        public long lengthHint() {
            return dict != null && used == dict.size() ? len : 0;
        }

        @Override
        public PyType type() {
            return FORWARD[kind];
        }
    }

    // CPython 3.11: Objects/dictobject.c dictreviter_iternext
    private static final class Reverse extends PyIterator {
        private PyDict dict;
        private final int kind;
        private final int used;
        private int pos;
        private long len;

        Reverse(PyDict d, int kind) {
            this.dict = d;
            this.kind = kind;
            this.used = d.size();
            this.len = used;
            this.pos = d.table().used - 1;
        }

        @Override
        public Object next() {
            PyDict d = dict;
            if (d == null) {
                return null;
            }
            if (used != d.size()) {
                dict = null;
                throw Errors.runtimeError("dictionary changed size during iteration");
            }
            PyDict.Table t = d.table();
            int e = Math.min(pos, Math.min(t.used, t.keys.length) - 1);
            while (true) {
                while (e >= 0 && t.keys[e] == null) {
                    e--;
                }
                if (e < 0 || len <= 0) {
                    dict = null;
                    return null;
                }
                Object r = produce(t, e, kind);
                e--;
                if (r != null) {
                    pos = e;
                    len--;
                    return r;
                }
            }
        }

        @Override
        public long lengthHint() {
            return dict != null ? len : 0;
        }

        @Override
        public PyType type() {
            return REVERSE[kind];
        }
    }
}
