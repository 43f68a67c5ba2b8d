package dev.adder.objects;

import dev.adder.runtime.ExceptionTypes;
import dev.adder.runtime.PyBaseException;
import dev.adder.runtime.PyType;

/**
 * The iterators of the built-in sequences: {@code list_iterator} (which sees appends made while
 * iterating, as CPython's does), {@code list_reverseiterator}, {@code tuple_iterator},
 * {@code str_ascii_iterator}/{@code str_iterator}, and {@code iterator}, the one {@code iter()} makes
 * for objects with only {@code __getitem__}.
 */
final class SequenceIterators {
    private SequenceIterators() {}

    static final PyType LIST_ITERATOR = IteratorTypes.create("list_iterator", true);
    static final PyType LIST_REVERSE_ITERATOR = IteratorTypes.create("list_reverseiterator", true);
    static final PyType TUPLE_ITERATOR = IteratorTypes.create("tuple_iterator", true);
    static final PyType STR_ASCII_ITERATOR = IteratorTypes.create("str_ascii_iterator", true);
    static final PyType STR_ITERATOR = IteratorTypes.create("str_iterator", true);
    static final PyType SEQ_ITERATOR = IteratorTypes.create("iterator", true);

    /** {@code iter(list)}. */
    static final class ListIterator extends PyIterator {
        private PyList list;
        private int index;

        ListIterator(PyList list) {
            this.list = list;
        }

        @Override
        public Object next() {
            PyList l = list;
            if (l == null) {
                return null;
            }
            int i = index;
            // itemAt: never a slot a racing removal just cleared (DESIGN §4)
            Object v = l.itemAt(i);
            if (v != null) {
                index = i + 1;
                return v;
            }
            list = null;
            return null;
        }

        @Override
        public long lengthHint() {
            return list == null ? 0 : Math.max(0, list.size() - index);
        }

        @Override
        public PyType type() {
            return LIST_ITERATOR;
        }
    }

    /** {@code reversed(list)}. */
    static final class ListReverseIterator extends PyIterator {
        private PyList list;
        private int index;

        ListReverseIterator(PyList list) {
            this.list = list;
            this.index = list.size() - 1;
        }

        @Override
        public Object next() {
            PyList l = list;
            if (l == null) {
                return null;
            }
            int i = index;
            Object v = i >= 0 ? l.itemAt(i) : null;
            if (v != null) {
                index = i - 1;
                return v;
            }
            index = -1;
            list = null;
            return null;
        }

        @Override
        public long lengthHint() {
            return list == null ? 0 : Math.max(0, Math.min(index + 1, list.size()));
        }

        @Override
        public PyType type() {
            return LIST_REVERSE_ITERATOR;
        }
    }

    /** {@code iter(tuple)}. */
    static final class TupleIterator extends PyIterator {
        private final Object[] items;
        private int index;

        TupleIterator(PyTuple t) {
            this.items = t.items();
        }

        @Override
        public Object next() {
            int i = index;
            if (i < items.length) {
                index = i + 1;
                return items[i];
            }
            return null;
        }

        @Override
        public long lengthHint() {
            return items.length - index;
        }

        @Override
        public PyType type() {
            return TUPLE_ITERATOR;
        }
    }

    /** {@code iter(str)}: one code point at a time. */
    static final class StrIterator extends PyIterator {
        private final String s;
        private final boolean ascii;
        private int index;

        StrIterator(String s) {
            this.s = s;
            boolean a = true;
            for (int i = 0; i < s.length() && a; i++) {
                a = s.charAt(i) < 128;
            }
            this.ascii = a;
        }

        @Override
        public Object next() {
            int i = index;
            if (i >= s.length()) {
                return null;
            }
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                index = i + 2;
                return s.substring(i, i + 2);
            }
            index = i + 1;
            return String.valueOf(c);
        }

        @Override
        public long lengthHint() {
            return s.codePointCount(Math.min(index, s.length()), s.length());
        }

        @Override
        public PyType type() {
            return ascii ? STR_ASCII_ITERATOR : STR_ITERATOR;
        }
    }

    /** {@code iter(obj)} for an object with {@code __getitem__} only: obj[0], obj[1], ... until IndexError. */
    static final class SeqIterator extends PyIterator {
        private Object seq;
        private long index;

        SeqIterator(Object seq) {
            this.seq = seq;
        }

        @Override
        public Object next() {
            Object s = seq;
            if (s == null) {
                return null;
            }
            try {
                Object r = Ops.getitem(s, IntOps.valueOf(index));
                index++;
                return r;
            } catch (PyBaseException e) {
                if (e.isInstance(ExceptionTypes.INDEX_ERROR) || e.isInstance(ExceptionTypes.STOP_ITERATION)) {
                    seq = null;
                    return null;
                }
                throw e;
            }
        }

        @Override
        public PyType type() {
            return SEQ_ITERATOR;
        }
    }
}
