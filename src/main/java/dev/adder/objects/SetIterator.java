package dev.adder.objects;

import dev.adder.runtime.Errors;
import dev.adder.runtime.PyType;

/** {@code set_iterator} over a set or frozenset in table order (CPython 3.11: setiter_iternext). */
final class SetIterator extends PyIterator {
    static final PyType TYPE = IteratorTypes.create("set_iterator", true);

    private PySetBase set;
    private int used;
    private int pos;
    private long len;

    SetIterator(PySetBase set) {
        this.set = set;
        this.used = set.size();
        this.len = used;
    }

    @Override
    public Object next() {
        PySetBase s = set;
        if (s == null) {
            return null;
        }
        if (used != s.size()) {
            used = -1;
            throw Errors.runtimeError("Set changed size during iteration");
        }
        PySetBase.Table t = s.table;
        while (true) {
            int j = PySetBase.nextSlot(t, pos);
            if (j < 0) {
                set = null;
                return null;
            }
            pos = j + 1;
            Object k = t.keys[j];
            // another thread may have removed it since nextSlot saw it: the size check reports that next
            if (k != null && k != PySetBase.DUMMY) {
                len--;
                return k;
            }
        }
    }

    @Override
    public long lengthHint() {
        return set != null && used == set.size() ? len : 0;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
