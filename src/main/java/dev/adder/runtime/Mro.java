package dev.adder.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** CPython 3.11: Objects/typeobject.c mro_implementation (C3 linearization), for {@link PyType}. */
final class Mro {
    private Mro() {}

    /** The MRO of a class {@code self} with these bases: the class first; TypeError when no order is consistent. */
    static PyType[] compute(PyType self, PyType[] bases) {
        if (bases.length == 0) {
            return new PyType[] {self};
        }
        if (bases.length == 1) {
            PyType[] b = bases[0].mroArray();
            PyType[] m = new PyType[b.length + 1];
            m[0] = self;
            System.arraycopy(b, 0, m, 1, b.length);
            return m;
        }
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(Arrays.asList(b.mroArray())));
        }
        seqs.add(new ArrayList<>(Arrays.asList(bases)));
        List<PyType> out = new ArrayList<>();
        out.add(self);
        while (true) {
            for (java.util.Iterator<List<PyType>> it = seqs.iterator(); it.hasNext(); ) {
                if (it.next().isEmpty()) {
                    it.remove(); // a loop, not removeIf(List::isEmpty): no lambda to link at start-up
                }
            }
            if (seqs.isEmpty()) {
                return out.toArray(new PyType[0]);
            }
            PyType next = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> other : seqs) {
                    if (other.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    next = head;
                    break;
                }
            }
            if (next == null) {
                // CPython 3.11: set_mro_error names the heads of the lists still to merge.
                List<PyType> heads = new ArrayList<>();
                for (List<PyType> sq : seqs) {
                    if (!heads.contains(sq.get(0))) {
                        heads.add(sq.get(0));
                    }
                }
                StringBuilder names = new StringBuilder();
                for (PyType b : heads) {
                    names.append(names.length() == 0 ? "" : ", ").append(b.name());
                }
                throw Errors.typeError(
                        "Cannot create a consistent method resolution\norder (MRO) for bases " + names);
            }
            out.add(next);
            for (List<PyType> s : seqs) {
                if (s.get(0) == next) {
                    s.remove(0);
                }
            }
        }
    }
}
